"""From a flow of rule blocks to placed items, page by page (still no canvas).

Right-to-left pages mirror the arrangement: the number disc and the text's ragged edge swap sides.
"""

from __future__ import annotations

from reportlab.lib.colors import Color

from normlab.printing.rule_layout import (
    INK,
    SUBTLE,
    BadgeItem,
    BarItem,
    DiscItem,
    Flow,
    Frame,
    Metrics,
    Page,
    Placement,
    Row,
    TextItem,
    badge_width,
)
from normlab.printing.text import Line, Text


class _Placer:
    def __init__(self, frame: Frame, rtl: bool) -> None:
        self.frame = frame
        self.rtl = rtl

    def column_left(self, column: int) -> float:
        f = self.frame
        index = f.columns - 1 - column if self.rtl else column
        return f.margin + index * (f.column_width + f.column_gap)

    def x(self, left: float, width: float, offset: float, thing: float) -> float:
        """The left edge of something `thing` wide, `offset` from the start edge of a box."""
        return left + width - offset - thing if self.rtl else left + offset


def build_pages(result: Flow, frame: Frame, m: Metrics, rtl: bool, title_colour: Color = INK) -> list[Page]:
    pages = [Page() for _ in range(result.pages)]
    placer = _Placer(frame, rtl)
    _header(pages[0], result, frame, m, placer)
    for placement in result.placements:
        _block(pages[placement.page], placement, frame, m, placer)
    return pages


def _header(page: Page, result: Flow, frame: Frame, m: Metrics, placer: _Placer) -> None:
    y = frame.top
    for text, line, size, height in result.header:
        y -= height
        runs_width = line_width(text, line) * size
        x = placer.x(frame.margin, frame.inner_width, 0.0, runs_width)
        colour = INK if text is result.header[0][0] else SUBTLE
        page.items.append(
            TextItem(text, line, x, y + size * ((height / size - 1.2) / 2 + 0.25), size, colour)
        )
    bar_w = min(frame.inner_width, m.rule * 3.5)
    thickness = max(1.2, m.rule * 0.12)
    page.items.append(
        BarItem(
            placer.x(frame.margin, frame.inner_width, 0.0, bar_w), y - m.subtitle * 0.7, bar_w, thickness, INK
        )
    )


def line_width(text: Text, line: Line) -> float:
    """Width at 1 pt of a line as it will be drawn (shaped)."""
    return sum(run.width for run in text.runs(line))


def _block(page: Page, placement: Placement, frame: Frame, m: Metrics, placer: _Placer) -> None:
    left = placer.column_left(placement.column)
    width = frame.column_width
    text_width = width - m.gutter
    y = placement.top
    rule = placement.rule
    for row in placement.rows:
        y -= row.height
        if row.kind == "badges":
            _badges(page, row, left, width, m, y, placer)
            continue
        baseline = (
            y + row.size * ((row.height / row.size - 1.2) / 2 + 0.25)
            if row.kind == "rule"
            else y + row.size * 0.3
        )
        if row.first and placement.show_disc:
            radius = m.mark / 2
            centre_y = baseline + m.rule * 0.36
            x = placer.x(left, width, 0.0, m.mark) + radius
            page.items.append(DiscItem(x, centre_y, radius, rule.colour, rule.number))
        assert row.text is not None or row.lead is not None
        lead_width = 0.0
        if row.lead is not None:
            lead_line = row.lead.lines(1e9)[0]
            lead_width = line_width(row.lead, lead_line) * row.size
            x = placer.x(left + m.gutter if not placer.rtl else left, text_width, 0.0, lead_width)
            page.items.append(TextItem(row.lead, lead_line, x, baseline, row.size, row.lead_colour))
            if row.glue:
                lead_width += row.lead.space * row.size
        if row.text is not None and row.line is not None and row.line.text:
            drawn = line_width(row.text, row.line) * row.size
            start = left + m.gutter if not placer.rtl else left
            x = placer.x(start, text_width, lead_width, drawn)
            page.items.append(TextItem(row.text, row.line, x, baseline, row.size, row.colour))


def _badges(page: Page, row: Row, left: float, width: float, m: Metrics, y: float, placer: _Placer) -> None:
    size = row.size
    height = size * 1.75
    offset = 0.0
    start = left + m.gutter if not placer.rtl else left
    for badge in row.badges:
        pill = badge_width(badge.text, size)
        x = placer.x(start, width - m.gutter, offset, pill)
        bottom = y + row.height - size * 0.35 - height
        page.items.append(
            BadgeItem(x, bottom, pill, height, size, badge.text, badge.dimension, badge.colour, badge.tint)
        )
        offset += pill + size * 0.6
