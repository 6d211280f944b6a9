"""A SQLite file as the operating system sees it: can it be written, is its disk full, how to open
it only for reading. Standard library only, so the window can look at a file before SQLAlchemy loads.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FULL_BELOW_BYTES = 256 * 1024


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens ``path`` for reading only, even where not even a lock file can be made."""
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    immutable = not has_wal and (immutable or not os.access(path.parent, os.W_OK))
    return path.absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (next to) no room left."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def can_write(path: Path) -> bool:
    """Whether a SQLite file (existing or to be created) and its folder can be written."""
    target = path if path.exists() else path.parent
    while not target.exists() and target != target.parent:
        target = target.parent
    if hasattr(os, "statvfs") and os.statvfs(target).f_flag & os.ST_RDONLY:
        return False
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent if path.parent.exists() else target, os.W_OK)
