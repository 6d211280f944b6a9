"""A class list: one name per line in a UTF-8 text file, for naming each person's set of tokens."""

from __future__ import annotations

from pathlib import Path

from normlab.domain.errors import NormlabError

MAX_NAMES = 1000


def read_class_list(path: str | Path) -> tuple[str, ...]:
    """The names, spaces tidied and blank lines skipped; a NormlabError that names the file (and the
    line) for a file that cannot be read, is not UTF-8 text, or has no names."""
    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NormlabError(f"cannot read the class list {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NormlabError(f"the class list {path} is not UTF-8 text (line {line})") from None
    names = tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if not names:
        raise NormlabError(f"the class list {path} has no names")
    if len(names) > MAX_NAMES:
        raise NormlabError(f"the class list {path} has {len(names)} names; the most is {MAX_NAMES}")
    return names
