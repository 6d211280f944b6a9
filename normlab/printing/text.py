"""Paragraphs of any script: cleaned, measured once, broken into lines, drawn in runs.

Lines are broken in logical (typed) order and only then put into visual order, one line at a time
(see shaping); reordering a whole paragraph first would put the end of a right-to-left sentence on
its first line. Words are measured as HarfBuzz shapes them, so a line's width is what is drawn.
Chinese and Japanese, written without spaces, may break between characters (not before closing
punctuation, not after opening brackets).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from normlab.printing.fonts import Script, is_ignorable, provide_fonts, script_of
from normlab.printing.shaping import JOINERS, Run, isolate_mixed, measure, visual_runs

__all__ = ["Line", "Run", "Text", "clean", "draw_runs", "is_rtl", "label", "runs_width"]

_SPACES = re.compile(r"\s+")
_CLOSING = set(
    "、。，．,.！？!?：；:;）」』】〕》〉〗〙〛’”)]}ーヽヾゝゞ々…‥〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・"
)
_OPENING = set("（「『【〔《〈〖〘〚‘“([{")


def clean(text: str) -> str:
    """NFC, whitespace collapsed to single spaces, control and formatting characters dropped
    (except the joiners, which shaping needs)."""
    text = unicodedata.normalize("NFC", text)
    kept = (" " if c.isspace() else c for c in text if c.isspace() or c in JOINERS or not is_ignorable(c))
    return _SPACES.sub(" ", "".join(kept)).strip()


def is_rtl(text: str) -> bool:
    """Paragraph direction from its first strong character (Unicode bidi rules P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _breaks_between_characters(char: str) -> bool:
    """Han, kana and CJK symbols: a line may break before or after them without a space."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFF60
        or 0x20000 <= code <= 0x3FFFF
    )


def _units(word: str) -> list[str]:
    """A space-free word cut where a line may break inside it (only around CJK characters)."""
    if word.isascii() or not any(_breaks_between_characters(c) for c in word):
        return [word]
    units = [word[0]]
    for previous, char in pairwise(word):
        cjk = _breaks_between_characters(char) or _breaks_between_characters(previous)
        if cjk and char not in _CLOSING and previous not in _OPENING:
            units.append(char)
        else:
            units[-1] += char
    return units


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    """Logical order."""
    width: float
    """At 1 pt."""


class Text:
    """One paragraph in one style, measured at 1 pt so any type size costs only arithmetic."""

    def __init__(self, text: str, bold: bool = False) -> None:
        self.source = clean(text)
        provide_fonts(self.source)
        self.bold = bold
        self.rtl = is_rtl(self.source)
        self.arabic = not self.source.isascii() and any(script_of(c) is Script.ARABIC for c in self.source)
        logical = isolate_mixed(self.source)
        self.words: list[str] = []
        self.glue: list[str] = []
        """What joins each word to the one before it on a line: a space, or nothing inside CJK text."""
        for index, word in enumerate(logical.split(" ") if logical else []):
            for part, unit in enumerate(_units(word)):
                self.words.append(unit)
                self.glue.append("" if part or not index else " ")
        self.widths = [measure(w, bold) for w in self.words]
        self.space = measure(" ", bold)
        self._broken: dict[tuple[float, float], list[Line]] = {}

    def __bool__(self) -> bool:
        return bool(self.words)

    def _glue_width(self, index: int) -> float:
        return self.space if self.glue[index] else 0.0

    @property
    def natural_width(self) -> float:
        """Width of the whole paragraph on one line, at 1 pt."""
        return sum(self.widths) + sum(self._glue_width(i) for i in range(1, len(self.words)))

    def lines(self, width: float, first_indent: float = 0.0) -> list[Line]:
        """Break greedily into lines no wider than width (1 pt units); the first line is shorter
        by first_indent. Words longer than a line are split between characters."""
        key = (round(width, 4), round(first_indent, 4))
        found = self._broken.get(key)
        if found is None:
            if len(self._broken) > 64:  # a size search tries a few widths; keep only recent ones
                self._broken.clear()
            found = self._broken[key] = self._break(width, first_indent)
        return list(found)

    def _break(self, width: float, first_indent: float) -> list[Line]:
        lines: list[Line] = []
        current = ""
        used = 0.0
        limit = width - first_indent
        for word, word_width, glue in self._pieces(width):
            extra = word_width + (measure(glue, self.bold) if current else 0.0)
            if not current and extra > limit + 1e-9 and limit < width:
                lines.append(Line("", 0.0))  # nothing fits beside the indent
                limit = width
            elif current and used + extra > limit + 1e-9:
                lines.append(Line(current, used))
                current, used, limit = "", 0.0, width
                extra = word_width
            current += (glue if current else "") + word
            used += extra
        if current:
            lines.append(Line(current, used))
        return lines

    def lines_within(self, widths: Sequence[float]) -> list[Line] | None:
        """Break into at most len(widths) lines, line i no wider than widths[i] (1 pt units), without
        splitting words; None if the text does not fit that shape (e.g. a circle)."""
        lines: list[Line] = []
        current = ""
        used = 0.0
        for index, (word, word_width) in enumerate(zip(self.words, self.widths, strict=True)):
            extra = word_width + (self._glue_width(index) if current else 0.0)
            if current and used + extra > widths[len(lines)] + 1e-9:
                lines.append(Line(current, used))
                current, used, extra = "", 0.0, word_width
                if len(lines) == len(widths):
                    return None
            if extra > widths[len(lines)] + 1e-9:
                return None
            current += (self.glue[index] if current else "") + word
            used += extra
        if current:
            lines.append(Line(current, used))
        return lines

    def _pieces(self, width: float) -> Iterator[tuple[str, float, str]]:
        for word, word_width, glue in zip(self.words, self.widths, self.glue, strict=True):
            if word_width <= width:
                yield word, word_width, glue
                continue
            piece = ""
            for char in word:
                if piece and measure(piece + char, self.bold) > width:
                    yield piece, measure(piece, self.bold), glue
                    piece, glue = "", ""
                piece += char
            if piece:
                yield piece, measure(piece, self.bold), glue

    def runs(self, line: Line) -> list[Run]:
        """The line in visual order, left to right, split into font runs."""
        return list(visual_runs(line.text, self.rtl, self.bold))


@cache
def label(text: str, bold: bool = False) -> Text:
    """A short fixed text (a number, a badge) prepared once per process."""
    return Text(text, bold)


@lru_cache(maxsize=4096)
def prepared(text: str, bold: bool = False) -> Text:
    """A paragraph measured once and kept while it is printed again and again (the Print centre
    re-renders the same rules at every change of an option)."""
    return Text(text, bold)


def draw_runs(canvas: Canvas, runs: Sequence[Run], x: float, y: float, size: float, colour: Color) -> None:
    """Draw a visual line with its left end at x and baseline at y."""
    canvas.setFillColor(colour)
    text = canvas.beginText(x, y)
    for run in runs:
        text.setFont(run.font, size)
        text.textOut(run.text)
    canvas.drawText(text)


def runs_width(runs: Sequence[Run]) -> float:
    return sum(run.width for run in runs)
