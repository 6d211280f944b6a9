"""Saving a rendered PDF so that a failure never leaves a half-written or clobbered file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from normlab.domain.errors import NormlabError


def save_pdf(path: str | Path, pdf: bytes) -> Path:
    """Write pdf to path via a temporary file in the same folder and an atomic rename."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise NormlabError(f"cannot save the PDF: {target} is a folder; give a file name")
    if not folder.is_dir():
        raise NormlabError(f"cannot save the PDF: the folder {folder} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(pdf)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise NormlabError(f"cannot save the PDF to {target}: {exc.strerror or exc}") from None
    return target
