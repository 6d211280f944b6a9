"""Platypus flowables for a ground-rules page: the header and one block per rule.

Each block lays its text out as rows (rule lines, because-lines, badge) so it can report its exact
height for the fitting search and, when a single rule is taller than a whole page, split between rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from normlab.printing.text import Line, Text, draw_runs, label, runs_width

INK = HexColor("#1B1F24")
MUTED = HexColor("#46505C")
SUBTLE = HexColor("#5E6773")
NEUTRAL_MARK = HexColor("#3D4451")


@dataclass(frozen=True, slots=True)
class Metrics:
    """Every length on the page, derived from one rule type size so the type shrinks evenly."""

    rule: float
    because: float
    title: float
    subtitle: float
    badge: float
    mark: float
    """Diameter of the numbered disc."""
    gutter: float
    """Width reserved beside the text for the disc."""
    gap: float
    """Space between two rules."""
    inner_gap: float
    """Space between a rule and its because-line."""
    smallest_title: float
    """A long title may shrink to this size to stay within title_lines lines."""
    title_lines: int
    leading: float = 1.22


def leading_for(text: Text, base: float) -> float:
    """Arabic has tall ascenders and deep descenders: give it more room between lines."""
    return base + 0.2 if text.arabic else base


@dataclass(frozen=True, slots=True)
class Row:
    """One drawable line of a block: text (with an optional lead) or the badge."""

    kind: str  # "rule", "because" or "badge"
    height: float
    """Including any space above the line box."""
    text: Text | None = None
    line: Line | None = None
    size: float = 0.0
    colour: Color = INK
    lead: Text | None = None
    lead_colour: Color = INK
    leading: float = 1.22

    @property
    def baseline(self) -> float:
        """Height of the baseline above the row's bottom: the glyph box is centred in the line box."""
        return self.size * ((self.leading - 1.2) / 2 + 0.25)


@dataclass(frozen=True, slots=True)
class RuleContent:
    number: int
    text: Text
    because: Text | None
    lead: Text | None
    """The word before the because-line ("because"), drawn bold in the mark colour."""
    badge: str
    colour: Color
    tint: Color
    ink: Color
    """The colour darkened for small text (see colours.readable)."""


class RuleBlock(Flowable):
    """Number disc beside the rule, its because-line and an optional dimension badge."""

    def __init__(
        self,
        content: RuleContent,
        metrics: Metrics,
        rtl_page: bool,
        space_before: float,
        max_height: float,
        rows: list[Row] | None = None,
        show_mark: bool = True,
    ) -> None:
        super().__init__()
        self.content = content
        self.metrics = metrics
        self.rtl_page = rtl_page
        self.spaceBefore = space_before
        self.max_height = max_height
        self._rows = rows
        self.show_mark = show_mark
        self._width = 0.0

    # --- layout -------------------------------------------------------------------------------

    def text_width(self, avail_width: float) -> float:
        return avail_width - self.metrics.gutter

    def rows(self, avail_width: float) -> list[Row]:
        if self._rows is not None:
            return self._rows
        m, c = self.metrics, self.content
        width = self.text_width(avail_width)
        rows: list[Row] = []
        rule_leading = leading_for(c.text, m.leading)
        for line in c.text.lines(width / m.rule):
            rows.append(Row("rule", m.rule * rule_leading, c.text, line, m.rule, INK, leading=rule_leading))
        if c.because:
            because_leading = leading_for(c.because, m.leading)
            indent = 0.0
            if c.lead:
                indent = c.lead.natural_width + c.lead.space
            for index, line in enumerate(c.because.lines(width / m.because, indent)):
                height = m.because * because_leading + (m.inner_gap if index == 0 else 0.0)
                lead = c.lead if index == 0 else None
                rows.append(
                    Row(
                        "because",
                        height,
                        c.because,
                        line,
                        m.because,
                        MUTED,
                        lead,
                        c.ink,
                        because_leading,
                    )
                )
        if c.badge:
            rows.append(Row("badge", m.badge * 2.9, size=m.badge, colour=c.ink))
        return rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        self._rows = self.rows(availWidth)
        height = sum(r.height for r in self._rows)
        if self.show_mark:
            height = max(height, self.metrics.mark * 1.05)
        self.height = height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Keep a rule together unless it is taller than a whole page; then split between rows."""
        self.wrap(availWidth, availHeight)
        if self.height <= self.max_height + 1e-6:
            return []
        rows = self._rows or []
        used, cut = 0.0, 0
        while cut < len(rows) and used + rows[cut].height <= availHeight:
            used += rows[cut].height
            cut += 1
        if cut == 0 or cut == len(rows):
            return []
        head = RuleBlock(
            self.content,
            self.metrics,
            self.rtl_page,
            self.spaceBefore,
            self.max_height,
            rows[:cut],
            self.show_mark,
        )
        tail_rows = rows[cut:]
        first = tail_rows[0]
        if first.kind != "badge":  # a continued line needs no gap above it
            tail_rows[0] = replace(first, height=first.size * first.leading)
        tail = RuleBlock(self.content, self.metrics, self.rtl_page, 0.0, self.max_height, tail_rows, False)
        return [head, tail]

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        canvas: Canvas = self.canv
        m = self.metrics
        text_width = self.text_width(self._width)
        text_left = 0.0 if self.rtl_page else m.gutter
        rows = self._rows or []
        y = self.height
        for index, row in enumerate(rows):
            y -= row.height
            if row.kind == "badge":
                self._draw_badge(canvas, text_left, text_width, y, row)
                continue
            assert row.text is not None and row.line is not None
            baseline = y + row.baseline
            if index == 0 and self.show_mark:
                self._draw_mark(canvas, baseline + m.rule * 0.36)
            runs = row.text.runs(row.line)
            width = runs_width(runs) * row.size
            lead_width = 0.0
            if row.lead:
                lead_runs = row.lead.runs(row.lead.lines(1e9)[0])
                lead_width = (runs_width(lead_runs) + row.lead.space) * row.size
                lead_x = (
                    text_left + text_width - lead_width + row.lead.space * row.size
                    if row.text.rtl
                    else text_left
                )
                draw_runs(canvas, lead_runs, lead_x, baseline, row.size, row.lead_colour)
            x = text_left + text_width - lead_width - width if row.text.rtl else text_left + lead_width
            draw_runs(canvas, runs, x, baseline, row.size, row.colour)

    def _draw_mark(self, canvas: Canvas, centre_y: float) -> None:
        m, c = self.metrics, self.content
        radius = m.mark / 2
        centre_x = self._width - radius if self.rtl_page else radius
        canvas.setFillColor(c.colour)
        canvas.circle(centre_x, centre_y, radius, stroke=0, fill=1)
        digits = label(str(c.number), bold=True)
        runs = digits.runs(digits.lines(1e9)[0])
        size = m.mark * (0.52 if c.number < 10 else 0.44)
        width = runs_width(runs) * size
        draw_runs(canvas, runs, centre_x - width / 2, centre_y - size * 0.36, size, white)

    def _draw_badge(self, canvas: Canvas, left: float, width: float, y: float, row: Row) -> None:
        badge = label(self.content.badge.upper(), bold=True)
        runs = badge.runs(badge.lines(1e9)[0])
        size = row.size
        tracking = size * 0.08
        text_w = runs_width(runs) * size + tracking * max(0, len(badge.source) - 1)
        pad = size * 0.7
        pill_h = size * 1.75
        pill_w = text_w + 2 * pad
        bottom = y + row.height - size * 0.55 - pill_h
        x = left + width - pill_w if self.rtl_page else left
        canvas.setFillColor(self.content.tint)
        canvas.roundRect(x, bottom, pill_w, pill_h, pill_h / 2, stroke=0, fill=1)
        canvas.setFillColor(row.colour)
        text = canvas.beginText(x + pad, bottom + (pill_h - size * 0.72) / 2)
        text.setCharSpace(tracking)
        for run in runs:
            text.setFont(run.font, size)
            text.textOut(run.text)
        canvas.drawText(text)


class Header(Flowable):
    """Title, then team and date, then a short accent rule."""

    def __init__(self, title: Text, subtitle: Text | None, metrics: Metrics, rtl_page: bool) -> None:
        super().__init__()
        self.title = title
        self.subtitle = subtitle
        self.metrics = metrics
        self.rtl_page = rtl_page
        self._rows: list[tuple[Text, Line, float, Color, float]] = []
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        m = self.metrics
        self._width = availWidth
        size = self.title_size(availWidth)
        rows = [
            (self.title, line, size, INK, size * leading_for(self.title, 1.12))
            for line in self.title.lines(availWidth / size)
        ]
        if self.subtitle:
            rows += [
                (self.subtitle, line, m.subtitle, SUBTLE, m.subtitle * leading_for(self.subtitle, 1.3))
                for line in self.subtitle.lines(availWidth / m.subtitle)
            ]
        self._rows = rows
        self.height = sum(r[4] for r in rows) + self.rule_space
        return availWidth, self.height

    def title_size(self, width: float) -> float:
        """A long title gets smaller, down to its smallest size, to stay within its lines."""
        m = self.metrics
        size = m.title
        while size > m.smallest_title and len(self.title.lines(width / size)) > m.title_lines:
            size = max(m.smallest_title, size * 0.94)
        return size

    @property
    def rule_space(self) -> float:
        """Room below the text for the accent rule and the gap before the first rule."""
        return self.metrics.subtitle * 0.7 + self.metrics.rule * 1.0

    def draw(self) -> None:
        canvas: Canvas = self.canv
        y = self.height
        for text, line, size, colour, height in self._rows:
            y -= height
            runs = text.runs(line)
            width = runs_width(runs) * size
            x = self._width - width if self.rtl_page else 0.0
            leading = height / size
            draw_runs(canvas, runs, x, y + size * ((leading - 1.2) / 2 + 0.25), size, colour)
        bar_y = y - self.metrics.subtitle * 0.7
        bar_w = min(self._width, self.metrics.rule * 3.5)
        canvas.setFillColor(INK)
        thickness = max(1.2, self.metrics.rule * 0.14)
        x = self._width - bar_w if self.rtl_page else 0.0
        canvas.rect(x, bar_y, bar_w, thickness, stroke=0, fill=1)
