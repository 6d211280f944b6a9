"""The Chinese, Japanese and Korean fonts of the optional extra ``normlab[cjk]``.

They come as variable fonts whose default instance is the thinnest weight; reportlab embeds only
that default. With fontTools (part of the extra) a regular-weight instance is made once, on first
use, and kept in the user's cache folder; without it the thin default still prints.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

_PACKAGE = "justmytype_intl_cjk"
_LANGUAGES = ("sc", "tc", "jp", "kr")
_REGULAR = 400
_lock = threading.Lock()


@cache
def _font_folder() -> Path | None:
    try:
        from importlib.resources import files

        folder = Path(str(files(_PACKAGE))) / "fonts" / "ofl"
    except (ImportError, ModuleNotFoundError, TypeError):
        return None
    return folder if folder.is_dir() else None


def _order(chars: str) -> tuple[str, ...]:
    """Korean text wants the Korean design, kana the Japanese one; Han characters default to SC."""
    first: list[str] = []
    if any(0xAC00 <= ord(c) <= 0xD7AF or 0x1100 <= ord(c) <= 0x11FF for c in chars):
        first.append("kr")
    if any(0x3040 <= ord(c) <= 0x30FF for c in chars):
        first.append("jp")
    return tuple(dict.fromkeys([*first, *_LANGUAGES]))


def extra_cjk_fonts(chars: str) -> list[Path]:
    """The extra's font files (regular-weight instances where possible) in the order that suits chars;
    empty when the extra is not installed or chars has no East Asian characters."""
    folder = _font_folder()
    if folder is None or not any(_is_east_asian(c) for c in chars):
        return []
    paths = []
    for language in _order(chars):
        found = sorted((folder / f"notosans{language}").glob("*.ttf"))
        if found:
            paths.append(_regular_instance(found[0]))
    return paths


def _is_east_asian(char: str) -> bool:
    code = ord(char)
    return (
        0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def _cache_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("normlab", appauthor=False) / "fonts"


def _regular_instance(variable: Path) -> Path:
    """A static regular-weight copy of a variable font, made once; the font itself if that fails."""
    target = _cache_folder() / f"{variable.stem.split('[')[0]}-{_REGULAR}.ttf"
    if target.is_file():
        return target
    with _lock:
        if target.is_file():
            return target
        try:
            from fontTools.ttLib import TTFont
            from fontTools.varLib import instancer
        except ImportError:
            return variable
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            font = instancer.instantiateVariableFont(TTFont(str(variable)), {"wght": _REGULAR})
            handle, temp = tempfile.mkstemp(dir=target.parent, suffix=".part")
            os.close(handle)
            try:
                font.save(temp)
                os.replace(temp, target)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
        except Exception as exc:  # a broken cache folder must not stop printing
            log.warning("could not make a regular instance of %s: %s", variable.name, exc)
            return variable
    return target
