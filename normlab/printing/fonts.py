"""The bundled fonts: registered with reportlab once, chosen per run of text by script.

ReportLab's built-in PDF fonts print anything outside Latin-1 as black boxes without a warning, so
every printable draws with the embedded Noto fonts below and asks :func:`missing_characters` first.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from enum import Enum
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from normlab.paths import resource


class Script(Enum):
    """The font families we bundle, named after the scripts they are chosen for."""

    LATIN = "NotoSans"  # also Greek and Cyrillic
    ARABIC = "NotoSansArabic"
    HEBREW = "NotoSansHebrew"

    def font(self, bold: bool = False) -> str:
        """The reportlab font name of this family's regular or bold face."""
        ensure_registered()
        return f"{self.value}-{'Bold' if bold else 'Regular'}"


FALLBACK_ORDER = (Script.LATIN, Script.ARABIC, Script.HEBREW)

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))

_lock = threading.Lock()
_cmaps: dict[Script, frozenset[int]] = {}


def ensure_registered() -> None:
    """Register the six faces with reportlab, once per process (cheap to call again)."""
    if _cmaps:
        return
    with _lock:
        if _cmaps:
            return
        cmaps: dict[Script, frozenset[int]] = {}
        for script in Script:
            faces = []
            for weight in ("Regular", "Bold"):
                name = f"{script.value}-{weight}"
                face = TTFont(name, str(resource("fonts", f"{name}.ttf")))
                pdfmetrics.registerFont(face)
                faces.append(frozenset(face.face.charToGlyph))
            pdfmetrics.registerFontFamily(
                script.value,
                normal=f"{script.value}-Regular",
                bold=f"{script.value}-Bold",
                italic=f"{script.value}-Regular",
                boldItalic=f"{script.value}-Bold",
            )
            # Only what both weights can draw counts as covered.
            cmaps[script] = faces[0] & faces[1]
        _cmaps.update(cmaps)


def covers(script: Script, char: str) -> bool:
    ensure_registered()
    return ord(char) in _cmaps[script]


def script_of(char: str) -> Script | None:
    """The script a character belongs to, or None for Latin and neutral characters."""
    code = ord(char)
    if code < 0x0590:  # Latin, Greek, Cyrillic and everything before Hebrew
        return None
    if any(lo <= code <= hi for lo, hi in _ARABIC_RANGES):
        return Script.ARABIC
    if any(lo <= code <= hi for lo, hi in _HEBREW_RANGES):
        return Script.HEBREW
    return None


def _is_neutral(char: str) -> bool:
    """Spaces, digits and punctuation: they may stay in the font of the text around them."""
    return unicodedata.bidirectional(char) not in ("L", "R", "AL")


def choose_script(char: str, previous: Script | None = None) -> Script:
    """The family to draw one character with, keeping neutral characters in the current run."""
    wanted = script_of(char)
    if wanted is not None and covers(wanted, char):
        return wanted
    if previous is not None and _is_neutral(char) and covers(previous, char):
        return previous
    for script in FALLBACK_ORDER:
        if covers(script, char):
            return script
    return Script.LATIN


def font_runs(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """Split text (in any order) into maximal (chunk, font name) runs."""
    if text.isascii():  # the common case: Noto Sans draws every printable ASCII character
        if text:
            yield text, Script.LATIN.font(bold)
        return
    current: Script | None = None
    start = 0
    for index, char in enumerate(text):
        script = choose_script(char, current)
        if script is not current:
            if current is not None and index > start:
                yield text[start:index], current.font(bold)
            current, start = script, index
    if current is not None and start < len(text):
        yield text[start:], current.font(bold)


@lru_cache(maxsize=65536)
def run_width(text: str, font: str) -> float:
    return pdfmetrics.stringWidth(text, font, 1.0)


@lru_cache(maxsize=65536)
def text_width(text: str, bold: bool = False) -> float:
    """Width of text at 1 pt; multiply by the type size."""
    return sum(run_width(chunk, font) for chunk, font in font_runs(text, bold))


def is_ignorable(char: str) -> bool:
    """Whitespace, control and formatting characters (e.g. bidi marks) are never drawn."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def missing_characters(text: str) -> tuple[str, ...]:
    """The distinct characters of text that no bundled font can draw, in order of appearance."""
    ensure_registered()
    missing: dict[str, None] = {}
    for char in unicodedata.normalize("NFC", text):
        if char in missing or is_ignorable(char):
            continue
        if not any(ord(char) in cmap for cmap in _cmaps.values()):
            missing[char] = None
    return tuple(missing)


def describe_characters(chars: tuple[str, ...], limit: int = 8) -> str:
    """'我 (U+6211), 们 (U+4EEC)…' for an error message."""
    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:limit])
    more = len(chars) - limit
    return shown + (f" and {more} more" if more > 0 else "")
