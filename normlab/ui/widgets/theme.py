"""The window's colours: a light and a dark set, and one taken from the system's high-contrast palette.

Text colours meet WCAG's 4.5:1 against what they stand on (tests/ui/test_accessibility.py measures
every pair the stylesheet uses). The dimensions keep the codebook's hues; where a chip's words would
be hard to read, the chip's fill is darkened (or lightened) until they are not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from PySide6.QtGui import QColor, QPalette

from normlab.domain.codebook import CODEBOOK
from normlab.domain.model import Dimension

MIN_CONTRAST = 4.5


def luminance(colour: str | QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    c = QColor(colour)

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: str, b: str, share: float) -> str:
    """``share`` of colour ``a`` over colour ``b``."""
    ca, cb = QColor(a), QColor(b)
    parts = [
        round(x * share + y * (1 - share)) for x, y in zip(ca.getRgb()[:3], cb.getRgb()[:3], strict=True)
    ]
    return QColor(*parts).name().upper()


def readable_on(background: str, colour: str, minimum: float = MIN_CONTRAST) -> str:
    """``colour``, darkened on a light background (lightened on a dark one) until it reads at ``minimum``."""
    c = QColor(colour)
    dark_background = luminance(background) < 0.18
    for _ in range(60):
        if contrast(c, background) >= minimum:
            break
        c = c.lighter(106) if dark_background else c.darker(106)
    return c.name().upper()


def words_on(fill: str, light: str = "#FFFFFF", dark: str = "#111418") -> str:
    """White or near-black, whichever reads better on ``fill``."""
    return light if contrast(light, fill) >= contrast(dark, fill) else dark


@dataclass(frozen=True, slots=True)
class DimensionColours:
    strong: str
    """Chips, bars and the lane's top edge."""
    on_strong: str
    """Words on a chip."""
    tint: str
    """The lane's and a held card's background."""
    text: str
    """The dimension's name written on its tint or on the window."""


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    dark: bool
    background: str
    surface: str
    sidebar: str
    border: str
    field_border: str
    text: str
    muted: str
    accent: str
    """Focus rings, links, the selected tab's underline."""
    primary: str
    """The main button of a screen; white words stand on it."""
    selection: str
    hover: str
    alternate: str
    track: str
    disabled: str
    placeholder: str
    warning_tint: str
    warning_border: str
    warning_text: str
    due: str
    """Due for review: always with the word "due", the colour only adds to it."""
    high_contrast: bool = False
    selection_text: str = ""
    """Words on a selected row (the text colour unless the scheme says otherwise)."""
    on_primary: str = "#FFFFFF"

    def dimension(self, dimension: Dimension) -> DimensionColours:
        return _dimension_colours(self, dimension)


LIGHT = Theme(
    name="light",
    dark=False,
    background="#F3F4F6",
    surface="#FFFFFF",
    sidebar="#E8EBEF",
    border="#D9DEE4",
    field_border="#8C96A2",
    text="#1F2933",
    muted="#545D69",
    accent="#2458C6",
    primary="#2458C6",
    selection="#DCE7FC",
    hover="#EEF3FC",
    alternate="#F8F9FB",
    track="#E3E7EC",
    disabled="#A0A7B0",
    placeholder="#666F7B",
    warning_tint="#FEF3C7",
    warning_border="#E0B548",
    warning_text="#6B3605",
    due="#9A3412",
)

DARK = Theme(
    name="dark",
    dark=True,
    background="#16191D",
    surface="#20242A",
    sidebar="#1B1F24",
    border="#353B43",
    field_border="#6B7581",
    text="#E6E9ED",
    muted="#A9B2BC",
    accent="#7BA4F5",
    primary="#3563CC",
    selection="#2B3C5E",
    hover="#2A3038",
    alternate="#23282E",
    track="#30363E",
    disabled="#6B737D",
    placeholder="#959EA8",
    warning_tint="#3B2F14",
    warning_border="#8A6A22",
    warning_text="#F6D690",
    due="#F4A07A",
)

_DARK_STRONG = {
    Dimension.OPERATIONAL: "#A3ACB6",
    Dimension.INTERPERSONAL: "#E6A84A",
    Dimension.DISCUSSIONAL: "#46B8A9",
    Dimension.IDEATIONAL: "#A897EA",
}


@cache
def _dimension_colours(theme: Theme, dimension: Dimension) -> DimensionColours:
    entry = CODEBOOK[dimension]
    if theme.high_contrast:
        return DimensionColours(theme.text, theme.surface, theme.surface, theme.text)
    if theme.dark:
        strong = _DARK_STRONG[dimension]
        tint = mix(strong, theme.surface, 0.14)
    else:
        strong, tint = entry.colour, entry.tint
    on_strong = words_on(strong)
    if contrast(on_strong, strong) < MIN_CONTRAST:  # a middle tone: move the fill, keep the hue
        strong = readable_on(on_strong, strong)
    return DimensionColours(strong, on_strong, tint, readable_on(tint, strong))


def from_palette(palette: QPalette) -> Theme:
    """The system's own colours (a high-contrast scheme): the window keeps them as they are."""

    def colour(role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
        return palette.color(group, role).name().upper()

    window, base, text = (
        colour(QPalette.ColorRole.Window),
        colour(QPalette.ColorRole.Base),
        colour(QPalette.ColorRole.WindowText),
    )
    highlight = colour(QPalette.ColorRole.Highlight)
    dark = luminance(window) < 0.18
    return replace(
        DARK if dark else LIGHT,
        name="high-contrast",
        high_contrast=True,
        background=window,
        surface=base,
        sidebar=window,
        border=text,
        field_border=text,
        text=text,
        muted=text,
        accent=highlight,
        primary=highlight,
        selection=highlight,
        hover=base,
        alternate=base,
        track=window,
        disabled=colour(QPalette.ColorRole.WindowText, QPalette.ColorGroup.Disabled),
        placeholder=text,
        warning_tint=base,
        warning_border=text,
        warning_text=text,
        due=text,
        selection_text=colour(QPalette.ColorRole.HighlightedText),
        on_primary=colour(QPalette.ColorRole.HighlightedText),
    )
