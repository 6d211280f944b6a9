"""Paragraphs of any script: cleaned, shaped, measured once, broken into lines, drawn in runs.

Lines are broken in logical (typed) order and only then put into visual order with python-bidi, one
line at a time; reordering a whole paragraph first would put the end of a right-to-left sentence on
its first line. Arabic is shaped with arabic-reshaper (presentation forms) because reportlab's own
right-to-left support needs rlbidi, which is not on PyPI.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from normlab.printing.fonts import Script, font_runs, is_ignorable, run_width, script_of, text_width

_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": True,
        "support_ligatures": True,
        # Only lam-alef: the word ligatures depend on the font and are not needed for legibility.
        "ARABIC LIGATURE ALLAH": False,
    }
)
_SPACES = re.compile(r"\s+")


_JOINERS = "\u200c\u200d"
"""Zero-width (non-)joiners steer Arabic-script shaping (Persian needs ZWNJ); kept until shaped."""


def clean(text: str) -> str:
    """NFC, whitespace collapsed to single spaces, control and formatting characters dropped
    (except the joiners, which shaping needs)."""
    text = unicodedata.normalize("NFC", text)
    kept = (" " if c.isspace() else c for c in text if c.isspace() or c in _JOINERS or not is_ignorable(c))
    return _SPACES.sub(" ", "".join(kept)).strip()


def _drop_joiners(text: str) -> str:
    return text.translate({ord(c): None for c in _JOINERS})


def is_rtl(text: str) -> bool:
    """Paragraph direction from its first strong character (Unicode bidi rules P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    """Logical order."""
    width: float
    """At 1 pt."""


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    font: str
    width: float
    """At 1 pt."""


class Text:
    """One paragraph in one style, measured at 1 pt so any type size costs only arithmetic."""

    def __init__(self, text: str, bold: bool = False) -> None:
        self.source = clean(text)
        self.bold = bold
        self.rtl = is_rtl(self.source)
        self._bidi = _has_rtl(self.source)
        self.arabic = any(script_of(c) is Script.ARABIC for c in self.source) if self._bidi else False
        shaped = _RESHAPER.reshape(self.source) if self._bidi else self.source
        shaped = _drop_joiners(shaped)
        self.source = _drop_joiners(self.source)
        self.words = shaped.split(" ") if shaped else []
        self.widths = [text_width(w, bold) for w in self.words]
        self.space = text_width(" ", bold)

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def natural_width(self) -> float:
        """Width of the whole paragraph on one line, at 1 pt."""
        return sum(self.widths) + self.space * max(0, len(self.words) - 1)

    def lines(self, width: float, first_indent: float = 0.0) -> list[Line]:
        """Break greedily into lines no wider than width (1 pt units); the first line is shorter
        by first_indent. Words longer than a line are split between characters."""
        lines: list[Line] = []
        current: list[str] = []
        used = 0.0
        limit = width - first_indent
        for word, word_width in self._pieces(width):
            extra = word_width + (self.space if current else 0.0)
            if not current and extra > limit + 1e-9 and limit < width:
                lines.append(Line("", 0.0))  # nothing fits beside the indent
                limit = width
            elif current and used + extra > limit + 1e-9:
                lines.append(Line(" ".join(current), used))
                current, used, limit = [], 0.0, width
                extra = word_width
            current.append(word)
            used += extra
        if current:
            lines.append(Line(" ".join(current), used))
        return lines

    def lines_within(self, widths: Sequence[float]) -> list[Line] | None:
        """Break into at most len(widths) lines, line i no wider than widths[i] (1 pt units), without
        splitting words; None if the text does not fit that shape (e.g. a circle)."""
        lines: list[Line] = []
        current: list[str] = []
        used = 0.0
        for word, word_width in zip(self.words, self.widths, strict=True):
            extra = word_width + (self.space if current else 0.0)
            if current and used + extra > widths[len(lines)] + 1e-9:
                lines.append(Line(" ".join(current), used))
                current, used, extra = [], 0.0, word_width
                if len(lines) == len(widths):
                    return None
            if extra > widths[len(lines)] + 1e-9:
                return None
            current.append(word)
            used += extra
        if current:
            lines.append(Line(" ".join(current), used))
        return lines

    def _pieces(self, width: float) -> Iterator[tuple[str, float]]:
        for word, word_width in zip(self.words, self.widths, strict=True):
            if word_width <= width:
                yield word, word_width
                continue
            piece, piece_width = "", 0.0
            for char in word:
                char_width = text_width(char, self.bold)  # reportlab applies no kerning
                if piece and piece_width + char_width > width:
                    yield piece, piece_width
                    piece, piece_width = "", 0.0
                piece += char
                piece_width += char_width
            if piece:
                yield piece, piece_width

    def runs(self, line: Line) -> list[Run]:
        """The line in visual order, left to right, split into font runs."""
        visual = _visual(line.text, self.rtl) if self._bidi else line.text
        return [Run(chunk, font, run_width(chunk, font)) for chunk, font in font_runs(visual, self.bold)]


@cache
def label(text: str, bold: bool = False) -> Text:
    """A short fixed text (a number, a badge) prepared once per process."""
    return Text(text, bold)


@lru_cache(maxsize=4096)
def _visual(text: str, rtl: bool) -> str:
    return get_display(text, base_dir="R" if rtl else "L")


def draw_runs(canvas: Canvas, runs: list[Run], x: float, y: float, size: float, colour: Color) -> None:
    """Draw a visual line with its left end at x and baseline at y."""
    canvas.setFillColor(colour)
    text = canvas.beginText(x, y)
    for run in runs:
        text.setFont(run.font, size)
        text.textOut(run.text)
    canvas.drawText(text)


def runs_width(runs: list[Run]) -> float:
    return sum(run.width for run in runs)
