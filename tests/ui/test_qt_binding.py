"""The Qt binding's known faults stay worked around (see normlab/ui/__init__.py)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QModelIndex

import normlab.ui


def test_empty_qvariants_never_run_none_down() -> None:
    """Each empty QVariant handed back by PySide6 6.12.0 takes a reference from None; painting a
    window does that millions of times. With the workaround the interpreter never frees None."""
    for _ in range(100_000):
        QModelIndex().data()
    gc.collect()
    assert sys.getrefcount(None) > 1_000_000 or not normlab.ui.NONE_WORKAROUND
    assert sys.getrefcount(None) > 0
