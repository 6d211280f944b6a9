"""Text as glyphs: HarfBuzz shaping through reportlab's own support (uharfbuzz), and the visual order
of mixed-direction lines.

A line's visual order is python-bidi's (the Unicode bidi algorithm in its Python implementation,
which, unlike the Rust one, also mirrors brackets at right-to-left levels).
It is then cut into runs of one font. A run holding right-to-left letters is turned back into reading
order and shaped right-to-left, so HarfBuzz sees Arabic letters in the order it needs to join them and
place their vowel marks, and returns the glyphs in visual order again; brackets that the bidi step
mirrored are un-mirrored first because HarfBuzz mirrors them itself. Runs of simple scripts (Latin,
Greek, Cyrillic, Chinese…) are drawn unshaped, which is what they need and costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from normlab.printing.fonts import family_runs, is_ignorable, run_width

EMBEDDINGS = "\u202a\u202b\u202c\u202d\u202e"
LRE, PDF = "\u202a", "\u202c"
JOINERS = "\u200c\u200d"
"""Zero-width (non-)joiners steer shaping (Persian needs ZWNJ); kept for shaped runs only."""

_COMPLEX = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
    (0x0900, 0x0DFF),  # the Indic scripts
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x18AF),  # Khmer, Mongolian
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_STRONG_RTL = ("R", "AL")
_DROP = re.compile(f"[{EMBEDDINGS}]")
_JOINER_STANDINS = {"\u200c": "\u034f", "\u200d": "\u1ab0"}
"""The bidi algorithm deletes the joiners (class BN); while it runs they are stood in for by two
combining marks nobody types (class NSM), which stay between the letters they join."""
_TO_STANDINS = str.maketrans(_JOINER_STANDINS)
_FROM_STANDINS = str.maketrans({v: k for k, v in _JOINER_STANDINS.items()})


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    """Visual order; a ShapedStr when shaped."""
    font: str
    width: float
    """At 1 pt."""


def needs_shaping(text: str) -> bool:
    for char in text:
        code = ord(char)
        if code < 0x0300:
            continue
        if char in JOINERS or unicodedata.category(char) in ("Mn", "Mc", "Me"):
            return True
        if any(lo <= code <= hi for lo, hi in _COMPLEX):
            return True
    return False


def _printable(text: str) -> str:
    """Drop what is never drawn (joiners stay: shaping needs them)."""
    if text.isascii():
        return text
    return "".join(c for c in text if c == " " or c in JOINERS or not is_ignorable(c))


@lru_cache(maxsize=16384)
def shaped(text: str, font: str) -> str:
    """The run as HarfBuzz shapes it (a ShapedStr), or plain when it needs no shaping."""
    if needs_shaping(text):
        return shapeStr(text, font, 10.0)
    return "".join(c for c in text if c not in JOINERS)


def glyph_width(text: str, font: str) -> float:
    """Width at 1 pt of a run as returned by :func:`shaped`."""
    if isinstance(text, ShapedStr):
        return sum(sd.x_advance for sd in text.__shapeData__) / 1000.0
    return run_width(text, font)


@lru_cache(maxsize=65536)
def measure(text: str, bold: bool = False) -> float:
    """Width at 1 pt of a piece of text in reading order, shaped where it needs it."""
    text = _printable(text)
    total = 0.0
    for chunk, family in family_runs(text):
        font = family.font(bold)
        total += glyph_width(shaped(chunk, font), font)
    return total


def _strong_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text)


def has_bidi(text: str) -> bool:
    """True when the text needs the bidi algorithm (right-to-left letters or Arabic digits)."""
    return not text.isascii() and any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)


@lru_cache(maxsize=8192)
def visual_runs(line: str, rtl: bool, bold: bool) -> tuple[Run, ...]:
    """A line (reading order) as runs in visual order, left to right, each one font."""
    if has_bidi(line):
        ordered = get_display(line.translate(_TO_STANDINS), base_dir="R" if rtl else "L")
        visual = _DROP.sub("", ordered).translate(_FROM_STANDINS)
    else:
        visual = _DROP.sub("", line)
    visual = _printable(visual)
    runs = []
    for chunk, family in family_runs(visual):
        font = family.font(bold)
        if _strong_rtl(chunk):
            logical = "".join(MIRRORED.get(c, c) for c in reversed(chunk))
            glyphs = shaped(logical, font)
        else:
            glyphs = shaped(chunk, font)
        runs.append(Run(glyphs, font, glyph_width(glyphs, font)))
    return tuple(runs)


_LATIN_WORD = "[0-9A-Za-z\u00c0-\u024f]+"
_LATIN_PHRASE = re.compile(f"{_LATIN_WORD}(?:[ .,:/\\-]{_LATIN_WORD})*")


def isolate_mixed(text: str) -> str:
    """In text with right-to-left letters, keep each left-to-right phrase that mixes words and
    numbers ("22 November 2026", "Room 101") together in its own order, in a left-to-right embedding;
    without it the bidi algorithm moves the leading number to the far side of the phrase."""
    if not has_bidi(text):
        return text

    def wrap(match: re.Match[str]) -> str:
        phrase = match.group(0)
        has_digit = any(c.isdigit() for c in phrase)
        has_letter = any(c.isalpha() for c in phrase)
        return f"{LRE}{phrase}{PDF}" if has_digit and has_letter else phrase

    return _LATIN_PHRASE.sub(wrap, text)
