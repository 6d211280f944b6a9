"""Paper sizes and the unit conversions every printable shares."""

from __future__ import annotations

from enum import StrEnum

from normlab.domain.errors import ValidationError

MM = 72.0 / 25.4
"""PDF points per millimetre."""
INCH = 72.0

# Defined here rather than taken from reportlab so that the command line can offer paper sizes
# without loading reportlab before it is needed.
A4 = (210 * MM, 297 * MM)
A3 = (297 * MM, 420 * MM)
LETTER = (8.5 * INCH, 11 * INCH)


class Paper(StrEnum):
    A4 = "A4"
    A3 = "A3"
    LETTER = "Letter"

    @classmethod
    def parse(cls, value: str | Paper) -> Paper:
        """Accept "a4", "A3", "letter"… as typed by a person or a script."""
        if isinstance(value, Paper):
            return value
        for paper in cls:
            if paper.value.lower() == str(value).strip().lower():
                return paper
        choices = ", ".join(p.value for p in cls)
        raise ValidationError(f"unknown paper size {value!r}: choose one of {choices}")

    @property
    def portrait_size(self) -> tuple[float, float]:
        return {Paper.A4: A4, Paper.A3: A3, Paper.LETTER: LETTER}[self]

    @property
    def scale(self) -> float:
        """How much larger this paper is than A4, along one side; type and margins grow with it."""
        width, height = self.portrait_size
        a4_width, a4_height = A4
        return ((width * height) / (a4_width * a4_height)) ** 0.5


def page_size(paper: Paper | str, landscape: bool) -> tuple[float, float]:
    """Width and height in points."""
    width, height = Paper.parse(paper).portrait_size
    return (height, width) if landscape else (width, height)
