"""Colour helpers shared by the printables: text that stays readable in colour and in greyscale."""

from __future__ import annotations

from reportlab.lib.colors import Color


def luminance(colour: Color) -> float:
    """WCAG relative luminance: 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour.rgb())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable(colour: Color, most: float = 0.18) -> Color:
    """The same hue, darkened until its luminance is at most `most`: 0.18 gives small text 4.5:1
    contrast on white (and in greyscale); 0.07 gives 7:1 on a pale tint of the same hue."""
    while luminance(colour) > most:
        colour = Color(colour.red * 0.94, colour.green * 0.94, colour.blue * 0.94)
    return colour


def tint(colour: Color, amount: float = 0.86) -> Color:
    """A pale version of a colour: mixed with this much white."""
    return Color(*(v + (1 - v) * amount for v in colour.rgb()))
