"""Where everything on a ground-rules page goes: pure geometry, no canvas, so layouts are tested
without rendering (and a sheet's type size can be searched in a few milliseconds).

A page is a header (title, team and dates, an accent bar) above one or two columns of rule blocks.
A block is a numbered disc beside the rule's lines, its because-lines and its badges; blocks stay
whole unless one is taller than a column. What comes out is a list of pages, each a list of
placed items in page coordinates (points, y upwards).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.colors import Color, HexColor

from normlab.domain.model import Dimension
from normlab.printing.text import Line, Text

INK = HexColor("#1B1F24")
MUTED = HexColor("#3F4853")
"""Because-lines: 9:1 on white, well above the 7:1 asked for text read from a distance."""
SUBTLE = HexColor("#4F5863")


@dataclass(frozen=True, slots=True)
class Metrics:
    """Every length on the page, derived from one rule type size."""

    rule: float
    because: float
    title: float
    smallest_title: float
    subtitle: float
    badge: float
    mark: float
    """Diameter of the numbered disc."""
    gutter: float
    gap: float
    inner_gap: float
    title_lines: int = 2
    leading: float = 1.2


@dataclass(frozen=True, slots=True)
class Frame:
    """The page and the part of it the rules may use."""

    width: float
    height: float
    margin: float
    columns: int = 1
    column_gap: float = 0.0
    footer: float = 0.0
    """Reserved at the bottom for the page number."""

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def column_width(self) -> float:
        return (self.inner_width - (self.columns - 1) * self.column_gap) / self.columns

    @property
    def top(self) -> float:
        return self.height - self.margin

    @property
    def bottom(self) -> float:
        return self.margin + self.footer


# --- what is drawn ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextItem:
    text: Text
    line: Line
    x: float
    """Left end of the line as drawn."""
    baseline: float
    size: float
    colour: Color


@dataclass(frozen=True, slots=True)
class DiscItem:
    x: float
    y: float
    radius: float
    colour: Color
    number: int


@dataclass(frozen=True, slots=True)
class BadgeItem:
    x: float
    y: float
    """Bottom of the pill."""
    width: float
    height: float
    size: float
    text: Text
    dimension: Dimension
    colour: Color
    tint: Color


@dataclass(frozen=True, slots=True)
class BarItem:
    x: float
    y: float
    width: float
    height: float
    colour: Color


Item = TextItem | DiscItem | BadgeItem | BarItem


@dataclass
class Page:
    items: list[Item] = field(default_factory=list)


# --- content ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Because:
    lead: Text | None
    rest: Text | None
    glue: bool
    """A space between lead and rest."""


@dataclass(frozen=True, slots=True)
class Badge:
    text: Text
    dimension: Dimension
    colour: Color
    tint: Color


@dataclass(frozen=True, slots=True)
class RuleContent:
    number: int
    text: Text
    becauses: tuple[Because, ...]
    badges: tuple[Badge, ...]
    colour: Color
    """Of the number disc and the lead word."""


@dataclass(frozen=True, slots=True)
class Header:
    title: Text
    subtitles: tuple[Text, ...]


# --- rows of one block ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    height: float
    kind: str  # "rule", "because", "badges"
    size: float = 0.0
    line: Line | None = None
    text: Text | None = None
    lead: Text | None = None
    glue: bool = True
    colour: Color = INK
    lead_colour: Color = INK
    badges: tuple[Badge, ...] = ()
    first: bool = False
    """The first row of a rule (the disc goes beside it)."""


def _leading(text: Text, base: float) -> float:
    return base + 0.2 if text.arabic else base


def block_rows(rule: RuleContent, m: Metrics, width: float, badges: bool) -> list[Row]:
    """The rows of one rule block in a column of this width (points)."""
    text_width = width - m.gutter
    rows: list[Row] = []
    lead_factor = _leading(rule.text, m.leading)
    for index, line in enumerate(rule.text.lines(text_width / m.rule)):
        rows.append(Row(m.rule * lead_factor, "rule", m.rule, line, rule.text, first=index == 0))
    for because in rule.becauses:
        body = because.rest
        factor = _leading(body or because.lead or rule.text, m.leading)
        indent = 0.0
        if because.lead:
            indent = because.lead.natural_width + (because.lead.space if because.glue else 0.0)
        lines = body.lines(text_width / m.because, indent) if body else [Line("", 0.0)]
        for index, line in enumerate(lines):
            rows.append(
                Row(
                    m.because * factor + (m.inner_gap if index == 0 else 0.0),
                    "because",
                    m.because,
                    line,
                    body,
                    because.lead if index == 0 else None,
                    because.glue,
                    MUTED,
                    rule.colour,
                )
            )
    if badges and rule.badges:
        line: list[Badge] = []
        used = 0.0
        for badge in rule.badges:  # as many badges a row as fit beside each other
            wide = badge_width(badge.text, m.badge) + (m.badge * 0.6 if line else 0.0)
            if line and used + wide > text_width:
                rows.append(Row(m.badge * 2.3, "badges", m.badge, badges=tuple(line)))
                line, used, wide = [], 0.0, wide - m.badge * 0.6
            line.append(badge)
            used += wide
        rows.append(Row(m.badge * 2.3, "badges", m.badge, badges=tuple(line)))
    return rows


BADGE_ICON = 1.25
"""The icon's width in a badge, in badge type sizes."""


def badge_width(text: Text, size: float) -> float:
    return text.natural_width * size + size * (BADGE_ICON + 1.6)


def block_height_only(rule: RuleContent, m: Metrics, width: float, badges: bool) -> float:
    """What block_rows would add up to, without building the rows (for a size search)."""
    text_width = width - m.gutter
    height = len(rule.text.lines(text_width / m.rule)) * m.rule * _leading(rule.text, m.leading)
    for because in rule.becauses:
        body = because.rest
        indent = 0.0
        if because.lead:
            indent = because.lead.natural_width + (because.lead.space if because.glue else 0.0)
        count = len(body.lines(text_width / m.because, indent)) if body else 1
        height += count * m.because * _leading(body or because.lead or rule.text, m.leading) + m.inner_gap
    if badges and rule.badges:
        used, rows = 0.0, 1
        for badge in rule.badges:
            wide = badge_width(badge.text, m.badge) + (m.badge * 0.6 if used else 0.0)
            if used and used + wide > text_width:
                rows, used, wide = rows + 1, 0.0, wide - m.badge * 0.6
            used += wide
        height += rows * m.badge * 2.3
    return max(height, m.mark * 1.05)


def pages_needed(
    header: Header, rules: Sequence[RuleContent], m: Metrics, frame: Frame, badges: bool
) -> tuple[int, float]:
    """How many pages flow() would fill, and the lowest point used in the last column, from block
    heights alone (a block taller than a column counts as filling the columns it spans)."""
    _, header_height = header_rows(header, m, frame.inner_width)

    def top_of(page: int) -> float:
        return frame.top - header_height if page == 0 else frame.top

    page, column = 0, 0
    cursor = top_of(0)
    empty = True
    for rule in rules:
        height = block_height_only(rule, m, frame.column_width, badges)
        gap = 0.0 if empty else m.gap
        if not empty and cursor - gap - height < frame.bottom - 1e-6:
            column += 1
            if column >= frame.columns:
                page, column = page + 1, 0
            cursor, gap, empty = top_of(page), 0.0, True
        while empty and height > cursor - frame.bottom + 1e-6:
            height -= cursor - frame.bottom
            column += 1
            if column >= frame.columns:
                page, column = page + 1, 0
            cursor = top_of(page)
        cursor -= gap + height
        empty = False
    return page + 1, cursor


def block_height(rows: Sequence[Row], m: Metrics) -> float:
    return max(sum(r.height for r in rows), m.mark * 1.05)


# --- the header -------------------------------------------------------------------------------------


def header_rows(
    header: Header, m: Metrics, width: float
) -> tuple[list[tuple[Text, Line, float, float]], float]:
    """(text, line, size, line height) rows of the header and its total height with the bar."""
    size = m.title
    while size > m.smallest_title and len(header.title.lines(width / size)) > m.title_lines:
        size = max(m.smallest_title, size * 0.94)
    rows = [
        (header.title, line, size, size * _leading(header.title, 1.1))
        for line in header.title.lines(width / size)
    ]
    for subtitle in header.subtitles:
        rows += [
            (subtitle, line, m.subtitle, m.subtitle * _leading(subtitle, 1.3))
            for line in subtitle.lines(width / m.subtitle)
        ]
    bar = m.subtitle * 0.7 + max(m.rule * 0.9, 10.0)
    return rows, sum(r[3] for r in rows) + bar


# --- flowing blocks into columns and pages ------------------------------------------------------------


@dataclass
class _Slot:
    page: int
    column: int
    top: float
    bottom: float


@dataclass
class Placement:
    """Where each block (or part of one) went: page, column, top edge, rows."""

    page: int
    column: int
    top: float
    rows: list[Row]
    rule: RuleContent
    show_disc: bool


@dataclass
class Flow:
    placements: list[Placement]
    pages: int
    header_height: float
    header: list[tuple[Text, Line, float, float]]
    used: dict[tuple[int, int], float]
    """Lowest point used in each (page, column)."""


def flow(
    header: Header,
    rules: Sequence[RuleContent],
    m: Metrics,
    frame: Frame,
    badges: bool,
    most_per_column: int = 0,
) -> Flow:
    """Place the header, then each rule block in turn, in the first column with room for it; a block
    taller than a whole column is split between rows. most_per_column (0: no limit) evens out the
    columns of a printout that runs over several pages."""
    header_lines, header_height = header_rows(header, m, frame.inner_width)
    column_top_first = frame.top - header_height
    placements: list[Placement] = []
    used: dict[tuple[int, int], float] = {}
    page, column = 0, 0

    def top_of(page: int) -> float:
        return column_top_first if page == 0 else frame.top

    cursor = top_of(0)
    empty = True
    in_column = 0
    for rule in rules:
        rows = block_rows(rule, m, frame.column_width, badges)
        height = block_height(rows, m)
        gap = 0.0 if empty else m.gap
        full = bool(most_per_column) and in_column >= most_per_column
        if not empty and (full or cursor - gap - height < frame.bottom - 1e-6):
            column += 1
            if column >= frame.columns:
                page, column = page + 1, 0
            cursor, gap, empty, in_column = top_of(page), 0.0, True, 0
        in_column += 1
        show_disc = True
        pending = rows
        while pending:
            room = cursor - gap - frame.bottom
            if block_height(pending, m) <= room + 1e-6 or not empty:
                fits = pending
            else:  # taller than a whole column: as many rows as fit, the rest continues
                fits, total = [], 0.0
                for row in pending:
                    if total + row.height > room and fits:
                        break
                    fits.append(row)
                    total += row.height
            placements.append(Placement(page, column, cursor - gap, fits, rule, show_disc))
            cursor -= gap + (block_height(fits, m) if show_disc else sum(r.height for r in fits))
            used[(page, column)] = cursor
            empty, gap, show_disc = False, m.gap, False
            pending = pending[len(fits) :]
            if pending:
                column += 1
                if column >= frame.columns:
                    page, column = page + 1, 0
                cursor, gap, empty, in_column = top_of(page), 0.0, True, 1
    return Flow(placements, page + 1, header_height, header_lines, used)


def spread(result: Flow, frame: Frame, most: float) -> None:
    """Share each column's spare height between the gaps of its blocks (at most `most` more per
    gap), so a poster's rules fill the page instead of huddling at the top."""
    columns: dict[tuple[int, int], list[Placement]] = {}
    for placement in result.placements:
        columns.setdefault((placement.page, placement.column), []).append(placement)
    for key, placements in columns.items():
        spare = result.used.get(key, frame.bottom) - frame.bottom
        if spare <= 0 or len(placements) < 2:
            continue
        extra = min(spare / (len(placements) - 1), most)
        for index, placement in enumerate(placements):
            placement.top -= extra * index


def with_sizes(m: Metrics, **sizes: float) -> Metrics:
    return replace(m, **sizes)
