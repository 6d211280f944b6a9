"""Writing a file the way every normlab output is written: whole or not at all, and with the
permissions the user's umask asks for (0644 under the usual umask 022), like any other program's.

The bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file is
renamed over the target, so a crash, a kill or a full disk never leaves a half-written or clobbered
file. ``tempfile.mkstemp`` creates its file private (0600); the mode is set before the rename.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from normlab.domain.errors import DiskFullError, NormlabError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, data: bytes, *, what: str = "the file") -> Path:
    """Write ``data`` to ``path``; an existing file keeps its mode, a new one gets 0666 less the umask."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise NormlabError(f"cannot write {what}: {target} is a folder; give a file name")
    if not folder.is_dir():
        raise NormlabError(f"cannot write {what}: the folder {folder} does not exist")
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _error(exc, what, target) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _error(exc, what, target) from None
    return target


def _error(exc: OSError, what: str, target: Path) -> NormlabError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"cannot write {what} to {target}: the disk is full")
    return NormlabError(f"cannot write {what} to {target}: {exc.strerror or exc}")
