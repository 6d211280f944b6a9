"""Ground rules as a poster (few rules, very large type) or a sheet (up to 20, with because-lines).

The type size is searched, not guessed: every length on the page follows one rule size, and the
largest size that needs no more pages than the smallest legible size would is used. A poster must fit
on one page at that size, or the user is told; a sheet continues on more pages.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageTemplate

from normlab.domain.codebook import CODEBOOK
from normlab.domain.errors import ValidationError
from normlab.domain.model import Dimension, Norm, Rationale, Stance, Status, Team
from normlab.printing.colours import readable
from normlab.printing.errors import DoesNotFitError
from normlab.printing.fonts import ensure_registered
from normlab.printing.furniture import furniture
from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.pdf import CountingCanvas
from normlab.printing.rule_blocks import NEUTRAL_MARK, SUBTLE, Header, Metrics, RuleBlock, RuleContent
from normlab.printing.text import Text, draw_runs, runs_width
from normlab.printing.validation import require_printable

DEFAULT_TITLE = "Our ground rules"
MAX_SHEET_RULES = 20
NEUTRAL_TINT = HexColor("#ECEEF1")


class Layout(StrEnum):
    POSTER = "poster"
    SHEET = "sheet"


@dataclass(frozen=True, slots=True)
class GroundRule:
    """One printed rule: the norm's wording and the because-line of the rationale chosen for it."""

    text: str
    because: str = ""
    dimension: Dimension | None = None


@dataclass(frozen=True, slots=True)
class GroundRulesOptions:
    rules: tuple[GroundRule, ...] = ()
    paper: Paper = Paper.A4
    landscape: bool = False
    layout: Layout = Layout.SHEET
    title: str = ""
    """Empty for the default title in the furniture language ("Our ground rules")."""
    team: str = ""
    date: date | None = None
    badges: bool = True
    because_word: str | None = None
    """Printed before each because-line unless the rationale already starts with it; "" for none,
    None for the furniture language's word ("because", "weil"…)."""
    language: str = "en"
    """The language of the furniture: title, "because", dates, page numbers."""


def chosen_rationale(norm: Norm) -> Rationale | None:
    """The default because-line: the first proposed rationale, else the first held one."""
    ordered = sorted(norm.rationales, key=lambda r: r.position)
    proposed = [r for r in ordered if r.stance is Stance.PROPOSED]
    return (proposed or ordered or [None])[0]


def rule_for(norm: Norm, rationale: Rationale | None = None) -> GroundRule:
    rationale = rationale or chosen_rationale(norm)
    if rationale is None:
        return GroundRule(norm.text)
    return GroundRule(norm.text, rationale.text, rationale.dimension)


def rules_from_team(team: Team) -> tuple[GroundRule, ...]:
    """The team's current and proposed norms in team order, each with its default because-line."""
    norms = sorted((n for n in team.norms if n.status is not Status.RETIRED), key=lambda n: n.position)
    return tuple(rule_for(n) for n in norms)


# --- design ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Design:
    """Type sizes are for A4 and Letter; A3 scales them (and the margins) with the paper."""

    margin_mm: float
    smallest: float
    largest: float
    columns_in_landscape: int

    def metrics(self, layout: Layout, size: float) -> Metrics:
        if layout is Layout.POSTER:
            return Metrics(
                rule=size,
                because=size * 0.56,
                title=size * 1.0,
                subtitle=size * 0.42,
                badge=size * 0.3,
                mark=size * 1.3,
                gutter=size * 1.8,
                gap=size * 0.8,
                inner_gap=size * 0.1,
                smallest_title=size * 0.7,
                title_lines=1,
            )
        return Metrics(
            rule=size,
            because=size * 0.8,
            title=size * 1.8,
            subtitle=size * 0.78,
            badge=size * 0.5,
            mark=size * 1.5,
            gutter=size * 2.3,
            gap=size * 1.05,
            inner_gap=size * 0.2,
            smallest_title=size * 1.15,
            title_lines=2,
        )


DESIGNS = {
    Layout.POSTER: _Design(margin_mm=18, smallest=28.0, largest=84.0, columns_in_landscape=1),
    Layout.SHEET: _Design(margin_mm=20, smallest=11.5, largest=22.0, columns_in_landscape=2),
}


@dataclass
class _Page:
    """The geometry of one layout on one paper, fixed before the type size is searched."""

    width: float
    height: float
    margin: float
    columns: int
    column_gap: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def frame_height(self) -> float:
        return self.height - 2 * self.margin

    @property
    def column_width(self) -> float:
        return (self.frame_width - (self.columns - 1) * self.column_gap) / self.columns


@dataclass
class _Content:
    title: Text
    subtitle: Text | None
    rules: list[RuleContent]
    rtl_page: bool


# --- validation -----------------------------------------------------------------------------------


def validate(options: GroundRulesOptions) -> None:
    """Raise a one-line ValidationError for anything that cannot be printed as asked."""
    if not options.rules:
        raise ValidationError("there are no rules to print: choose at least one rule")
    if options.layout is Layout.SHEET and len(options.rules) > MAX_SHEET_RULES:
        raise ValidationError(
            f"a sheet holds at most {MAX_SHEET_RULES} rules; you chose {len(options.rules)}"
        )
    for number, rule in enumerate(options.rules, start=1):
        if not rule.text.strip():
            raise ValidationError(f"rule {number} has no wording")
    require_printable(("the title", options.title), ("the team name", options.team))
    for number, rule in enumerate(options.rules, start=1):
        require_printable((f"rule {number}", rule.text), (f"the because-line of rule {number}", rule.because))
    require_printable(("the word before because-lines", _because_word(options)))


# --- rendering ------------------------------------------------------------------------------------


def render_ground_rules(options: GroundRulesOptions) -> bytes:
    """The ground rules as PDF bytes. Raises ValidationError, UnprintableTextError, DoesNotFitError."""
    validate(options)
    ensure_registered()
    design = DESIGNS[options.layout]
    width, height = page_size(options.paper, options.landscape)
    scale = Paper.parse(options.paper).scale
    columns = design.columns_in_landscape if options.landscape and len(options.rules) > 3 else 1
    page = _Page(width, height, design.margin_mm * MM * scale, columns, 12 * MM * scale)
    content = _content(options)
    size = _fit(options, design, page, content, scale)
    metrics = design.metrics(options.layout, size)
    story, header_height = _story(options, page, content, metrics)
    if options.layout is Layout.POSTER:
        _spread(story, page.frame_height - _total_height(story, page, header_height), metrics)
    return _build(options, page, story, header_height)


def _content(options: GroundRulesOptions) -> _Content:
    dated = furniture(options.language).date(options.date) if options.date else ""
    subtitle_parts = [p for p in (options.team.strip(), dated) if p]
    word = _because_word(options)
    rules: list[RuleContent] = []
    for number, rule in enumerate(options.rules, start=1):
        colour, tint, badge = _colours(rule.dimension, options.badges)
        because: Text | None = Text(rule.because) if rule.because.strip() else None
        rule_lead: Text | None = None
        if because and word:
            because, rule_lead = _split_lead(rule.because, word)
        rules.append(
            RuleContent(
                number, Text(rule.text, bold=True), because, rule_lead, badge, colour, tint, readable(colour)
            )
        )
    rtl_rules = sum(1 for r in rules if r.text.rtl)
    return _Content(
        title=Text(_title(options), bold=True),
        subtitle=Text("  ·  ".join(subtitle_parts)) if subtitle_parts else None,
        rules=rules,
        rtl_page=rtl_rules * 2 > len(rules),
    )


def _split_lead(because: str, word: str) -> tuple[Text | None, Text]:
    """The because-line and its lead word: "Because it helps" prints as **because** it helps, and
    "So we can…" reads on after the lead as "so we can…"."""
    text = because.strip()
    if text.lower().startswith(word.lower() + " ") or text.lower() == word.lower():
        text = text[len(word) :].lstrip(" ,:")
    elif _ordinary_capital(text):
        text = text[0].lower() + text[1:]
    return (Text(text) if text else None), Text(word.strip(), bold=True)


def _ordinary_capital(text: str) -> bool:
    """True for "So we…" and "A question…"; False for "I think…", "ICU…", "McKenzie…"."""
    word = text.split(" ", 1)[0]
    if not word[:1].isupper() or word == "I" or word.startswith(("I'", "I’")):
        return False
    return not any(c.isupper() for c in word[1:])


def _colours(dimension: Dimension | None, badges: bool) -> tuple[Color, Color, str]:
    if badges and dimension is not None:
        entry = CODEBOOK[dimension]
        return HexColor(entry.colour), HexColor(entry.tint), entry.label
    return NEUTRAL_MARK, NEUTRAL_TINT, ""


def _title(options: GroundRulesOptions) -> str:
    return options.title.strip() or furniture(options.language)(DEFAULT_TITLE)


def _because_word(options: GroundRulesOptions) -> str:
    if options.because_word is None:
        return furniture(options.language)("because")
    return options.because_word.strip()


def _story(
    options: GroundRulesOptions, page: _Page, content: _Content, metrics: Metrics
) -> tuple[list[Flowable], float]:
    header = Header(content.title, content.subtitle, metrics, content.rtl_page)
    _, header_height = header.wrap(page.frame_width, page.frame_height)
    blocks: list[Flowable] = [
        RuleBlock(rule, metrics, content.rtl_page, 0.0 if index == 0 else metrics.gap, page.frame_height)
        for index, rule in enumerate(content.rules)
    ]
    return [header, *blocks], header_height


def _frames_used(story: list[Flowable], page: _Page, header_height: float) -> float:
    """Simulate platypus's greedy filling: whole frames used, plus the fraction of the last one."""
    heights = [block.wrap(page.column_width, page.frame_height)[1] for block in story[1:]]
    gaps = [block.getSpaceBefore() for block in story[1:]]
    first_frames = page.columns
    # One column: the header sits in the first frame. Several: it has a frame of its own above them.
    capacity = page.frame_height - header_height
    frames, used, at_top = 0, 0.0, True
    for height, gap in zip(heights, gaps, strict=True):
        space = 0.0 if at_top else gap
        if not at_top and used + space + height > capacity + 1e-6:
            frames += 1
            if frames >= first_frames:
                capacity = page.frame_height
            used, at_top, space = 0.0, True, 0.0
        if height > capacity:  # taller than a whole frame: it will be split
            frames += int(height // capacity)
            used = height % capacity
        else:
            used += space + height
        at_top = False
    return frames + used / capacity


def _total_height(story: list[Flowable], page: _Page, header_height: float) -> float:
    """Height of a single-column story (poster): header plus every block and gap."""
    body = sum(b.wrap(page.column_width, page.frame_height)[1] + b.getSpaceBefore() for b in story[1:])
    return header_height + body


def _pages_needed(frames: float, page: _Page) -> int:
    whole = int(frames) + (1 if frames - int(frames) > 1e-9 else 0)
    return max(1, -(-whole // page.columns))


def _fit(options: GroundRulesOptions, design: _Design, page: _Page, content: _Content, scale: float) -> float:
    """The largest rule size, between the legible smallest and the largest, that needs no more
    pages than the smallest does."""
    smallest, largest = design.smallest * scale, design.largest * scale

    def frames_at(size: float) -> float:
        story, header_height = _story(options, page, content, design.metrics(options.layout, size))
        return _frames_used(story, page, header_height)

    frames = frames_at(smallest)
    pages = _pages_needed(frames, page)
    if options.layout is Layout.POSTER and pages > 1:
        raise DoesNotFitError(
            f"the poster does not fit: {_rules_phrase(len(content.rules))} about {frames:.1f} pages "
            f"even at the smallest legible size ({smallest:.0f} pt); choose fewer rules or the sheet layout"
        )
    if _pages_needed(frames_at(largest), page) <= pages:
        return largest
    low, high = smallest, largest
    while high - low > 0.05:
        middle = (low + high) / 2
        if _pages_needed(frames_at(middle), page) <= pages:
            low = middle
        else:
            high = middle
    return low


def _rules_phrase(count: int) -> str:
    return "1 rule needs" if count == 1 else f"{count} rules need"


def _spread(story: list[Flowable], spare: float, metrics: Metrics) -> None:
    """On a poster, share the spare height between the rules (up to most of a rule's size per gap),
    then centre the rules in what is left below the title."""
    if spare <= 0:
        return
    first, *others = story[1:]
    per_gap = min(spare / len(others), metrics.rule * 0.9) if others else 0.0
    for block in others:
        block.spaceBefore += per_gap
    first.spaceBefore += (spare - per_gap * len(others)) / 2


def _build(options: GroundRulesOptions, page: _Page, story: list[Flowable], header_height: float) -> bytes:
    buffer = io.BytesIO()
    m = page.margin
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page.width, page.height),
        leftMargin=m,
        rightMargin=m,
        topMargin=m,
        bottomMargin=m,
        title=_title(options),
        author="normlab",
        creator="normlab",
    )

    def frame(x: float, y: float, w: float, h: float, ident: str) -> Frame:
        return Frame(x, y, w, h, 0, 0, 0, 0, id=ident, showBoundary=0)

    if page.columns == 1:
        doc.addPageTemplates(
            [PageTemplate("page", [frame(m, m, page.frame_width, page.frame_height, "body")])]
        )
        flow = story
    else:
        top = m + page.frame_height - header_height
        cw, gap = page.column_width, page.column_gap
        first = [frame(m, top - 1, page.frame_width, header_height + 1, "header")] + [
            frame(m + i * (cw + gap), m, cw, top - m, f"col{i}") for i in range(page.columns)
        ]
        later = [frame(m + i * (cw + gap), m, cw, page.frame_height, f"col{i}") for i in range(page.columns)]
        doc.addPageTemplates([PageTemplate("first", first), PageTemplate("later", later)])
        flow = [NextPageTemplate("later"), story[0], FrameBreak(), *story[1:]]

    def decorate(canvas: Canvas, number: int, count: int) -> None:
        if count > 1:
            _footer(canvas, options, page, number, count)

    def canvasmaker(*args: object, **kwargs: object) -> CountingCanvas:
        return CountingCanvas(*args, decorate=decorate, title=_title(options), **kwargs)

    doc.build(flow, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _footer(canvas: Canvas, options: GroundRulesOptions, page: _Page, number: int, count: int) -> None:
    """Centred in the bottom margin; the title and team are dropped if the line would not fit."""
    size = 8.5 * Paper.parse(options.paper).scale
    where = furniture(options.language)("page %1 of %2", number, count)
    for parts in ((_title(options), options.team.strip(), where), (options.team.strip(), where), (where,)):
        footer = Text("  ·  ".join(p for p in parts if p))
        if footer.natural_width * size <= page.frame_width:
            break
    runs = footer.runs(footer.lines(page.frame_width / size)[0])
    x = (page.width - runs_width(runs) * size) / 2
    draw_runs(canvas, runs, x, page.margin * 0.45, size, SUBTLE)
