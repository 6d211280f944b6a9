"""Colour helpers shared by the printables: text that stays readable in colour and in greyscale."""

from __future__ import annotations

from reportlab.lib.colors import Color


def _luminance(colour: Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour.rgb())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable(colour: Color) -> Color:
    """The same hue, darkened until small text in it has 4.5:1 contrast on white (and in greyscale)."""
    while _luminance(colour) > 0.18:
        colour = Color(colour.red * 0.94, colour.green * 0.94, colour.blue * 0.94)
    return colour


def tint(colour: Color, amount: float = 0.86) -> Color:
    """A pale version of a colour: mixed with this much white."""
    return Color(*(v + (1 - v) * amount for v in colour.rgb()))
