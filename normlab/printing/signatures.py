"""The optional strip at the end of a ground-rules printout where the team signs (``--signatures``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor

from normlab.printing.furniture import furniture
from normlab.printing.paper import MM, Paper
from normlab.printing.rule_layout import SUBTLE, BarItem, Flow, Frame, Metrics, Page, TextItem
from normlab.printing.text import Text

if TYPE_CHECKING:
    from normlab.printing.ground_rules import GroundRulesOptions

LINES = 6
COLUMNS = 3
RULE = HexColor("#9AA0A8")


def signature_height(options: GroundRulesOptions) -> float:
    scale = Paper.parse(options.paper).scale
    return (12 + (LINES // COLUMNS) * 14) * MM * scale


def add_signatures(
    pages: list[Page], result: Flow, frame: Frame, m: Metrics, options: GroundRulesOptions, rtl: bool
) -> None:
    """Put the strip under the last rules, or on a page of its own when they leave no room."""
    height = signature_height(options)
    lowest = min(result.used.get((result.pages - 1, c), frame.top) for c in range(frame.columns))
    if lowest - height < frame.bottom:
        pages.append(Page())
    page = pages[-1]
    scale = Paper.parse(options.paper).scale
    size = 9.5 * scale
    heading = Text(furniture(options.language)("Signatures"), bold=True)
    line = heading.lines(1e9)[0]
    top = frame.bottom + height
    x = frame.width - frame.margin - heading.natural_width * size if rtl else frame.margin
    page.items.append(TextItem(heading, line, x, top - size, size, SUBTLE))
    gap = 8 * MM * scale
    width = (frame.inner_width - (COLUMNS - 1) * gap) / COLUMNS
    rows = LINES // COLUMNS
    for row in range(rows):
        y = top - size * 1.6 - (row + 1) * 14 * MM * scale + 4 * MM * scale
        for column in range(COLUMNS):
            page.items.append(BarItem(frame.margin + column * (width + gap), y, width, 0.6, RULE))
