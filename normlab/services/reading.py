"""Reading an import file: whole, UTF-8, and within what a normlab file can be.

A hostile file gets a one-line ValidationError, never a traceback: invalid UTF-8, a number of more
than 4,300 digits, NaN, a key given twice in one object, brackets nested thousands deep.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from normlab.domain.errors import NormlabError, ValidationError
from normlab.domain.text import for_terminal

MAX_FILE_BYTES = 200_000_000
MAX_DEPTH = 12
"""A normlab file nests seven levels deep; anything much deeper is not one."""


def read_text_file(path: str | Path, what: str = "text") -> str:
    """A whole UTF-8 file (a BOM is fine), or a one-line error saying why not."""
    target = Path(path)
    try:
        if target.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                f"{target}: {target.stat().st_size:,} bytes is more than a normlab {what} file "
                f"can hold ({MAX_FILE_BYTES // 1_000_000} MB)"
            )
        return target.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise NormlabError(f"{target}: no such file") from None
    except IsADirectoryError:
        raise NormlabError(f"{target}: is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{target}: not a UTF-8 text file (byte {exc.start + 1})") from None
    except OSError as exc:
        raise NormlabError(f"cannot read {target}: {exc.strerror or exc}") from None


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the key “{for_terminal(key)}” appears twice in one object")
            seen.add(key)
    return result


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number normlab reads")


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (a value inside counts a level); only objects and lists are walked."""
    deepest, stack = 1, [(value, 1)]
    containers = (dict, list)
    while stack:
        item, depth = stack.pop()
        children = item.values() if type(item) is dict else item
        if children:
            deepest = max(deepest, depth + 1)  # a value inside is one level deeper, text or not
            stack.extend((child, depth + 1) for child in children if type(child) in containers)
    return deepest


def loads_document(text: str, where: str) -> dict[str, Any]:
    """Parse a JSON interchange document; anything that is not one is a one-line error."""
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{where}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ValidationError(
            f"{where}: nested more than {MAX_DEPTH} levels deep; not a normlab file"
        ) from None
    except ValueError as exc:  # a number of more than 4,300 digits, NaN, a repeated key
        raise ValidationError(f"{where}: not a normlab file ({exc})") from None
    if not isinstance(document, dict):
        raise ValidationError(f"{where}: not a normlab file (expected a JSON object)")
    if _depth(document) > MAX_DEPTH:
        raise ValidationError(f"{where}: nested more than {MAX_DEPTH} levels deep; not a normlab file")
    return document
