"""One rule per page, for the "washing line" a class hangs across the room: the rule as large as
the page allows (72 pt or more on A4), its because-lines and badges, the title small above."""

from __future__ import annotations

from typing import TYPE_CHECKING

from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.rule_layout import (
    INK,
    MUTED,
    SUBTLE,
    BadgeItem,
    DiscItem,
    Header,
    Page,
    RuleContent,
    TextItem,
    badge_width,
)
from normlab.printing.rule_pages import line_width
from normlab.printing.text import Line

if TYPE_CHECKING:
    from normlab.printing.ground_rules import GroundRulesOptions

SMALLEST_PT = 48.0


def lay_out_one_per_page(
    options: GroundRulesOptions, header: Header, rules: list[RuleContent], rtl: bool
) -> tuple[list[Page], float]:
    from normlab.printing.ground_rules import ONE_PER_PAGE_PT

    width, height = page_size(options.paper, options.landscape)
    scale = Paper.parse(options.paper).scale
    margin = 18 * MM * scale
    label = 14.0 * scale
    top = height - margin - label * 2.2
    bottom = margin + label * 2.0
    pages = []
    smallest_used = ONE_PER_PAGE_PT[Paper.parse(options.paper)]
    for rule in rules:
        page = Page()
        title_line = header.title.lines(1e9)[0]
        title_x = width - margin - line_width(header.title, title_line) * label if rtl else margin
        page.items.append(TextItem(header.title, title_line, title_x, height - margin - label, label, SUBTLE))
        size = ONE_PER_PAGE_PT[Paper.parse(options.paper)]
        while True:
            blocks = _blocks(rule, size, width - 2 * margin, options.badges)
            total = sum(h for *_, h in blocks)
            if total + size * 0.8 * 1.3 <= top - bottom or size <= SMALLEST_PT:
                break
            size = max(SMALLEST_PT, size * 0.94)
        smallest_used = min(smallest_used, size)
        disc = size * 0.8
        y = (top + bottom) / 2 + (total + disc * 1.3) / 2
        page.items.append(DiscItem(width / 2, y - disc / 2, disc / 2, rule.colour, rule.number))
        y -= disc * 1.3
        for kind, text, line, lead, row_size, row_height in blocks:
            y -= row_height
            baseline = y + row_size * 0.28
            if kind == "badges":
                _badges(page, rule, width, y, row_size)
                continue
            drawn = (line_width(text, line) if text and line else 0.0) * row_size
            lead_w = (line_width(lead, lead.lines(1e9)[0]) + lead.space) * row_size if lead else 0.0
            x = (width - drawn - lead_w) / 2
            if lead:
                lead_x = x + drawn if rtl else x
                page.items.append(TextItem(lead, lead.lines(1e9)[0], lead_x, baseline, row_size, rule.colour))
            if text and line and line.text:
                page.items.append(
                    TextItem(
                        text,
                        line,
                        x if rtl else x + lead_w,
                        baseline,
                        row_size,
                        INK if kind == "rule" else MUTED,
                    )
                )
        pages.append(page)
    return pages, smallest_used


def _blocks(rule: RuleContent, size: float, width: float, badges: bool) -> list[tuple]:
    rows: list[tuple] = []
    for line in rule.text.lines(width / size):
        rows.append(("rule", rule.text, line, None, size, size * 1.15))
    because = size * 0.6
    for reason in rule.becauses:
        indent = (reason.lead.natural_width + reason.lead.space) if reason.lead else 0.0
        lines = reason.rest.lines(width / because, indent) if reason.rest else [Line("", 0.0)]
        for index, line in enumerate(lines):
            extra = size * 0.35 if index == 0 else 0.0
            rows.append(
                (
                    "because",
                    reason.rest,
                    line,
                    reason.lead if index == 0 else None,
                    because,
                    because * 1.2 + extra,
                )
            )
    if badges and rule.badges:
        rows.append(("badges", None, None, None, size * 0.3, size * 0.3 * 2.6))
    return rows


def _badges(page: Page, rule: RuleContent, width: float, y: float, size: float) -> None:
    pills = [badge_width(b.text, size) for b in rule.badges]
    x = (width - sum(pills) - size * 0.6 * (len(pills) - 1)) / 2
    for badge, pill in zip(rule.badges, pills, strict=True):
        page.items.append(
            BadgeItem(x, y, pill, size * 1.75, size, badge.text, badge.dimension, badge.colour, badge.tint)
        )
        x += pill + size * 0.6
