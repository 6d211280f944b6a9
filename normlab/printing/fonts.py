"""The fonts: the bundled Noto families, plus fallback fonts found at run time for what they lack.

ReportLab's built-in PDF fonts print anything outside Latin-1 as black boxes without a warning, so
every printable draws with embedded TrueType fonts and asks :func:`missing_characters` first. Latin,
Greek, Cyrillic, Arabic and Hebrew are bundled; Chinese, Japanese, Korean and emoji are drawn with a
font of the system or of the ``normlab[cjk]`` extra (see font_sources), registered on first need.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from normlab.paths import resource
from normlab.printing import font_sources


class Script(Enum):
    """The font families we bundle, named after the scripts they are chosen for."""

    LATIN = "NotoSans"  # also Greek and Cyrillic
    ARABIC = "NotoSansArabic"
    HEBREW = "NotoSansHebrew"

    def font(self, bold: bool = False) -> str:
        """The reportlab font name of this family's regular or bold face."""
        ensure_registered()
        return f"{self.value}-{'Bold' if bold else 'Regular'}"

    @property
    def family(self) -> Family:
        ensure_registered()
        return _bundled[self]


@dataclass(frozen=True, eq=False)
class Family:
    """One typeface as printing uses it: a regular and a bold reportlab font, and what both can draw."""

    name: str
    regular: str
    bold: str
    cmap: frozenset[int]
    path: str = ""

    def font(self, bold: bool = False) -> str:
        return self.bold if bold else self.regular

    def covers(self, char: str) -> bool:
        return ord(char) in self.cmap


FALLBACK_ORDER = (Script.LATIN, Script.ARABIC, Script.HEBREW)

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))

_lock = threading.RLock()
_bundled: dict[Script, Family] = {}
_fallbacks: list[Family] = []
_order: tuple[Family, ...] = ()
_order_of: tuple[int, int] = (0, 0)
_all_covered: frozenset[int] = frozenset()
_searched: set[int] = set()
"""Characters a fallback font was already looked for (found or not)."""
_tried_files: set[font_sources.FontFile] = set()


def ensure_registered() -> None:
    """Register the six bundled faces with reportlab, once per process (cheap to call again)."""
    if _bundled:
        return
    with _lock:
        if _bundled:
            return
        _fix_to_unicode()
        found: dict[Script, Family] = {}
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
            found[script] = Family(
                script.value, f"{script.value}-Regular", f"{script.value}-Bold", faces[0] & faces[1]
            )
        _bundled.update(found)


def _fix_to_unicode() -> None:
    """ReportLab writes a character beyond U+FFFF (an emoji, a rare Han character) into the
    ToUnicode map as five hex digits, which readers misread: copy-paste and search then fail.
    PDF wants UTF-16BE there, a surrogate pair for such characters."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "normlab_fixed", False):
        return

    def make(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return cmap
        lines = cmap.split("\n")
        start = lines.index(f"{len(subset)} beginbfchar") + 1
        for index, value in enumerate(subset):
            lines[start + index] = f"<{index:02X}> <{_utf16be(value)}>"
        return "\n".join(lines)

    make.normlab_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


def _utf16be(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def covers(script: Script, char: str) -> bool:
    return script.family.covers(char)


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


def families() -> tuple[Family, ...]:
    """Every family in the order they are tried: bundled first, then fallbacks in the order found."""
    global _order, _order_of, _all_covered
    ensure_registered()
    if _order_of != (id(_fallbacks), len(_fallbacks)):
        _order_of = (id(_fallbacks), len(_fallbacks))
        _order = (*(_bundled[s] for s in FALLBACK_ORDER), *_fallbacks)
        _all_covered = frozenset().union(*(f.cmap for f in _order))
    return _order


def choose_script(char: str, previous: Script | None = None) -> Script:
    """The bundled family to draw one character with (Latin for what none of them has)."""
    family = choose_family(char, previous.family if previous else None)
    for script in Script:
        if _bundled[script] is family:
            return script
    return Script.LATIN


def choose_family(char: str, previous: Family | None = None) -> Family:
    """The family to draw one character with, keeping neutral characters in the current run."""
    ensure_registered()
    wanted = script_of(char)
    if wanted is not None and _bundled[wanted].covers(char):
        return _bundled[wanted]
    if previous is not None and _is_neutral(char) and previous.covers(char):
        return previous
    for family in families():
        if family.covers(char):
            return family
    return _bundled[Script.LATIN]


def font_runs(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """Split text (in any order) into maximal (chunk, font name) runs."""
    for chunk, family in family_runs(text):
        yield chunk, family.font(bold)


def family_runs(text: str) -> Iterator[tuple[str, Family]]:
    """Split text (in any order) into maximal (chunk, family) runs."""
    ensure_registered()
    if text.isascii():  # the common case: Noto Sans draws every printable ASCII character
        if text:
            yield text, _bundled[Script.LATIN]
        return
    current: Family | None = None
    start = 0
    for index, char in enumerate(text):
        family = choose_family(char, current)
        if family is not current:
            if current is not None and index > start:
                yield text[start:index], current
            current, start = family, index
    if current is not None and start < len(text):
        yield text[start:], current


@lru_cache(maxsize=65536)
def run_width(text: str, font: str) -> float:
    return pdfmetrics.stringWidth(text, font, 1.0)


@lru_cache(maxsize=65536)
def text_width(text: str, bold: bool = False) -> float:
    """Width of text at 1 pt, unshaped; multiply by the type size."""
    return sum(run_width(chunk, font) for chunk, font in font_runs(text, bold))


def is_ignorable(char: str) -> bool:
    """Whitespace, control and formatting characters (e.g. bidi marks) and variation selectors
    (the emoji-style selector U+FE0F) are never drawn."""
    code = ord(char)
    return (
        char.isspace()
        or unicodedata.category(char) in ("Cc", "Cf")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def _covered(code: int) -> bool:
    families()
    return code in _all_covered


def provide_fonts(text: str) -> None:
    """Find and register fallback fonts for the characters of text that no registered font draws."""
    ensure_registered()
    if text.isascii():
        return
    wanted = {c for c in text if not is_ignorable(c) and not _covered(ord(c)) and ord(c) not in _searched}
    if not wanted:
        return
    with _lock:
        wanted = {c for c in wanted if not _covered(ord(c))}
        chars = "".join(sorted(wanted))
        for candidate in font_sources.candidates(chars):
            if not wanted:
                break
            family = _register(candidate)
            if family is not None and any(family.covers(c) for c in wanted):
                _fallbacks.append(family)
                wanted = {c for c in wanted if not family.covers(c)}
        _searched.update(ord(c) for c in chars)


def _register(source: font_sources.FontFile) -> Family | None:
    """Open and register a fallback font; None for one reportlab cannot embed (PostScript outlines,
    no outlines at all, embedding not allowed, unreadable)."""
    if source in _tried_files:
        return None
    _tried_files.add(source)
    name = f"NormlabFallback{len(_tried_files)}"
    try:
        face = TTFont(name, str(source.path), subfontIndex=source.index)
        if not face.face.charToGlyph:
            return None
        pdfmetrics.registerFont(face)
    except Exception:  # reportlab raises several kinds for fonts it cannot use
        return None
    return Family(name, name, name, frozenset(face.face.charToGlyph), str(source.path))


def missing_characters(text: str) -> tuple[str, ...]:
    """The distinct characters of text that no available font can draw, in order of appearance."""
    if text.isascii():  # Noto Sans draws every printable ASCII character; the rest is never drawn
        return ()
    text = unicodedata.normalize("NFC", text)
    provide_fonts(text)
    missing: dict[str, None] = {}
    for char in text:
        if char in missing or is_ignorable(char):
            continue
        if not _covered(ord(char)):
            missing[char] = None
    return tuple(missing)


def describe_characters(chars: tuple[str, ...], limit: int = 8) -> str:
    """'我 (U+6211), 们 (U+4EEC)…' for an error message."""
    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:limit])
    more = len(chars) - limit
    return shown + (f" and {more} more" if more > 0 else "")
