"""Platypus flowables that set any script the way the rest of printing does (fallback fonts, HarfBuzz,
right-to-left lines), for the documents that flow over many pages: the team report."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable

from normlab.printing.rule_pages import line_width
from normlab.printing.text import Line, Text, draw_runs

INK = HexColor("#1B1F24")


class Para(Flowable):
    """One paragraph of one style; splits between lines across pages."""

    def __init__(
        self,
        text: str | Text,
        size: float = 10.0,
        bold: bool = False,
        colour: Color = INK,
        indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        outline: str = "",
        lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.text = text if isinstance(text, Text) else Text(text, bold)
        self.size = size
        self.colour = colour
        self.indent = indent
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.outline = outline
        """A heading for the table of contents ("" for none)."""
        self._lines = lines
        self._width = 0.0

    @property
    def leading(self) -> float:
        return self.size * (1.45 if self.text.arabic else 1.25)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        if self._lines is None:
            self._lines = self.text.lines((availWidth - self.indent) / self.size)
        self.height = len(self._lines) * self.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.leading)
        lines = self._lines or []
        if fits < 1 or fits >= len(lines):
            return []
        args = (self.text, self.size, False, self.colour, self.indent)
        return [
            Para(*args, self.spaceBefore, 0.0, self.outline, lines[:fits]),
            Para(*args, 0.0, self.spaceAfter, "", lines[fits:]),
        ]

    def draw(self) -> None:
        y = self.height
        for line in self._lines or []:
            y -= self.leading
            runs = self.text.runs(line)
            width = line_width(self.text, line) * self.size
            x = self._width - self.indent - width if self.text.rtl else self.indent
            draw_runs(self.canv, runs, x, y + self.leading * 0.25, self.size, self.colour)
