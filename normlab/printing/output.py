"""Saving a rendered PDF so that a failure never leaves a half-written or clobbered file."""

from __future__ import annotations

from pathlib import Path

from normlab.files import write_atomically


def save_pdf(path: str | Path, pdf: bytes) -> Path:
    """Write pdf to path via a temporary file in the same folder and an atomic rename (mode by umask)."""
    return write_atomically(path, pdf, what="the PDF")
