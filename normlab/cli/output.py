"""What the command line writes: UTF-8 whatever the locale, and nothing a terminal would obey.

Names and texts come from the database and from imported files; printed raw, an escape sequence in
a team's name could clear the screen or retitle the terminal. Every line the commands print goes
through ``for_terminal``; data written with ``export -o -`` goes out as UTF-8 bytes, unchanged.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from normlab.domain.text import for_terminal


class _Escaping:
    """A text stream that escapes control characters (but newlines and tabs) on the way out."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(for_terminal(text, keep_lines=True))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _utf8(stream: TextIO) -> None:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


@contextlib.contextmanager
def terminal_safe() -> Iterator[None]:
    """While the block runs, stdout and stderr write UTF-8 and escape control characters."""
    saved = sys.stdout, sys.stderr
    for stream in saved:
        _utf8(stream)
    sys.stdout, sys.stderr = _Escaping(saved[0]), _Escaping(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def write_data(text: str) -> None:
    """Data for a pipe (``-o -``): UTF-8 bytes, exactly as exported."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8", "surrogateescape"))
    buffer.flush()
