"""The window: what people see and touch. Rooms, from the top down: shell wires the window together;
meeting, printing and editor are the screens; teams the side list; widgets the small shared pieces.
Arrows point down only (see the import contracts in pyproject.toml)."""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> bool:
    """Work around a reference-counting fault of some PySide6 releases (6.12.0): an empty QVariant
    (``QModelIndex.data()`` of a role a model leaves unset, ``QListWidgetItem.data()``...) comes back
    as None without a reference taken. On Python 3.11, where None is not yet immortal, its count then
    runs down as the window paints until the interpreter aborts ("none_dealloc"). Where the fault is
    seen, None gets a head start no process can use up. Python 3.12 and later never free None."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QModelIndex

    before = sys.getrefcount(None)
    for _ in range(8):
        QModelIndex().data()
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    return True


NONE_WORKAROUND = _keep_none_alive()
