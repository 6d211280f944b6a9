"""Ground rules as a sheet (to hand out), a poster (read at 6 m) or one rule per page (a washing line).

Each rule prints with the because-line(s) of the reasons the domain's rule chooses (see
domain/because), led by "because" joined grammatically (see lead_word). Type sizes are a function
of the paper: a poster's rules are 40 pt on A4 and Letter and 56 pt on A3 (laid out for A3, not
scaled) and continue on more pages rather than shrink; one rule per page is 72 pt or more; only a
sheet searches its size, the largest that needs no more pages than the smallest legible one.
Geometry (rule_layout, rule_pages) is kept apart from drawing (rule_drawing).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reportlab.lib.colors import Color, HexColor

from normlab.domain.because import BecauseChoice, reasons_to_print
from normlab.domain.codebook import CODEBOOK
from normlab.domain.errors import ValidationError
from normlab.domain.model import Dimension, Norm, Status, Team
from normlab.printing.colours import readable
from normlab.printing.furniture import Furniture, furniture
from normlab.printing.lead_word import because_line
from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.pdf import new_canvas
from normlab.printing.rule_drawing import draw_pages
from normlab.printing.rule_layout import (
    SUBTLE,
    Badge,
    Because,
    Flow,
    Frame,
    Header,
    Metrics,
    Page,
    RuleContent,
    TextItem,
    flow,
    pages_needed,
    spread,
)
from normlab.printing.rule_pages import build_pages, line_width
from normlab.printing.signatures import add_signatures, signature_height
from normlab.printing.text import Text, label, prepared
from normlab.printing.validation import require_printable

DEFAULT_TITLE = "Our ground rules"
MAX_SHEET_RULES = 20
MAX_RULES = 60
NEUTRAL = HexColor("#3D4451")
NEUTRAL_TINT = HexColor("#ECEEF1")
BADGE_WORDS = {
    Dimension.OPERATIONAL: "it's the rule",
    Dimension.INTERPERSONAL: "how we treat each other",
    Dimension.DISCUSSIONAL: "so we can discuss",
    Dimension.IDEATIONAL: "so we learn from ideas",
}
"""The codebook's dimensions in plain words, as badges print them (translated by the catalogue)."""


class Layout(StrEnum):
    SHEET = "sheet"
    POSTER = "poster"
    ONE_PER_PAGE = "one-per-page"


@dataclass(frozen=True, slots=True)
class GroundRule:
    """One printed rule: the norm's wording and up to two reasons for its because-lines."""

    text: str
    because: str = ""
    dimension: Dimension | None = None
    also: str = ""
    """A second agreed reason, printed on its own because-line."""
    also_dimension: Dimension | None = None
    agreed_on: date | None = None
    review_by: date | None = None


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
    """The lead of because-lines; "" for none, None for the furniture language's word."""
    language: str = "en"
    signatures: bool = False
    """A strip at the end where the team signs."""


def rule_for(norm: Norm, choice: BecauseChoice = BecauseChoice.AGREED) -> GroundRule:
    reasons = reasons_to_print(norm, choice)
    agreed = [r.agreed_on for r in reasons if r.agreed_on is not None]
    first = reasons[0] if reasons else None
    second = reasons[1] if len(reasons) > 1 else None
    return GroundRule(
        norm.text,
        first.text if first else "",
        first.dimension if first else None,
        second.text if second else "",
        second.dimension if second else None,
        max(agreed) if agreed else None,
        norm.review_by,
    )


def printable_norms(team: Team) -> tuple[Norm, ...]:
    """The team's current and proposed norms in team order: what "rule 1, 2…" count."""
    return tuple(sorted((n for n in team.norms if n.status is not Status.RETIRED), key=lambda n: n.position))


def rules_from_team(team: Team, choice: BecauseChoice = BecauseChoice.AGREED) -> tuple[GroundRule, ...]:
    return tuple(rule_for(n, choice) for n in printable_norms(team))


# --- validation -------------------------------------------------------------------------------------


def validate(options: GroundRulesOptions) -> None:
    """Raise a one-line ValidationError for anything that cannot be printed as asked."""
    words = furniture(options.language)  # an unknown language is an error here
    if not options.rules:
        raise ValidationError("there are no rules to print: choose at least one rule")
    if options.layout is Layout.SHEET and len(options.rules) > MAX_SHEET_RULES:
        raise ValidationError(
            f"a sheet holds at most {MAX_SHEET_RULES} rules; you chose {len(options.rules)}"
        )
    if len(options.rules) > MAX_RULES:
        raise ValidationError(f"at most {MAX_RULES} rules print at once; you chose {len(options.rules)}")
    for number, rule in enumerate(options.rules, start=1):
        if not rule.text.strip():
            raise ValidationError(f"rule {number} has no wording")
    require_printable(("the title", _title(options, words)), ("the team name", options.team))
    for number, rule in enumerate(options.rules, start=1):
        require_printable(
            (f"rule {number}", rule.text),
            (f"the because-line of rule {number}", rule.because),
            (f"the second because-line of rule {number}", rule.also),
        )
    require_printable(("the word before because-lines", _because_word(options, words)))


def _title(options: GroundRulesOptions, words: Furniture) -> str:
    return options.title.strip() or words(DEFAULT_TITLE)


def _because_word(options: GroundRulesOptions, words: Furniture) -> str:
    return words("because") if options.because_word is None else options.because_word.strip()


# --- content ----------------------------------------------------------------------------------------


def _colours(dimension: Dimension | None) -> tuple[Color, Color]:
    if dimension is None:
        return NEUTRAL, NEUTRAL_TINT
    entry = CODEBOOK[dimension]
    return HexColor(entry.colour), HexColor(entry.tint)


def content(options: GroundRulesOptions) -> tuple[Header, list[RuleContent], bool]:
    """The texts of the page, measured once: header, rules, and whether the page reads right to left."""
    words = furniture(options.language)
    word = _because_word(options, words)
    rules: list[RuleContent] = []
    for number, rule in enumerate(options.rules, start=1):
        colour, _ = _colours(rule.dimension)
        becauses = []
        for reason in (rule.because, rule.also):
            line = because_line(reason, word, words.language)
            if line.lead or line.rest:
                becauses.append(
                    Because(
                        label(line.lead, bold=True) if line.lead else None,
                        prepared(line.rest) if line.rest else None,
                        line.glue == " ",
                    )
                )
        badges = []
        for dimension in dict.fromkeys(d for d in (rule.dimension, rule.also_dimension) if d is not None):
            strong, tint = _colours(dimension)
            badges.append(
                Badge(
                    label(words(BADGE_WORDS[dimension]), bold=True), dimension, readable(strong, 0.12), tint
                )
            )
        rules.append(
            RuleContent(
                number, prepared(rule.text, bold=True), tuple(becauses), tuple(badges), readable(colour, 0.2)
            )
        )
    header = Header(prepared(_title(options, words), bold=True), _subtitles(options, words))
    rtl_page = sum(1 for r in rules if r.text.rtl) * 2 > len(rules)
    return header, rules, rtl_page


def _subtitles(options: GroundRulesOptions, words: Furniture) -> tuple[Text, ...]:
    first = [p for p in (options.team.strip(), words.date(options.date) if options.date else "") if p]
    agreed = [r.agreed_on for r in options.rules if r.agreed_on]
    review = [r.review_by for r in options.rules if r.review_by]
    second = []
    if agreed:
        second.append(words("Agreed on %1", words.date(max(agreed))))
    if review:
        second.append(words("Review by %1", words.date(min(review))))
    return tuple(prepared("  ·  ".join(parts)) for parts in (first, second) if parts)


# --- designs ----------------------------------------------------------------------------------------

POSTER_RULE_PT = {Paper.A4: 38.0, Paper.LETTER: 38.0, Paper.A3: 50.0}
"""A poster's rule size by paper: read at 6 m, 36 pt is the least on A4 and 48 pt on A3."""
ONE_PER_PAGE_PT = {Paper.A4: 80.0, Paper.LETTER: 80.0, Paper.A3: 110.0}


def sheet_metrics(size: float) -> Metrics:
    return Metrics(
        rule=size,
        because=size * 0.8,
        title=size * 1.8,
        smallest_title=size * 1.15,
        subtitle=size * 0.78,
        badge=size * 0.56,
        mark=size * 1.5,
        gutter=size * 2.3,
        gap=size * 1.05,
        inner_gap=size * 0.2,
    )


def poster_metrics(paper: Paper) -> Metrics:
    rule = POSTER_RULE_PT[paper]
    return Metrics(
        rule=rule,
        because=rule * 0.62,
        title=rule * 1.3,
        smallest_title=rule * 1.08,
        subtitle=rule * 0.42,
        badge=rule * 0.4,
        mark=rule * 1.25,
        gutter=rule * 1.65,
        gap=rule * 0.7,
        inner_gap=rule * 0.12,
    )


def frame_for(options: GroundRulesOptions, footer: float) -> Frame:
    width, height = page_size(options.paper, options.landscape)
    scale = Paper.parse(options.paper).scale
    if options.layout is Layout.SHEET:
        columns = 2 if options.landscape and len(options.rules) > 3 else 1
        return Frame(width, height, 20 * MM * scale, columns, 12 * MM * scale, footer)
    columns = 2 if options.landscape and options.layout is Layout.POSTER and len(options.rules) > 1 else 1
    return Frame(width, height, 15 * MM * scale, columns, 14 * MM * scale, footer)


# --- layout -----------------------------------------------------------------------------------------


@dataclass
class Laid:
    """The pages, ready to draw, and the rule size they use."""

    pages: list[Page]
    rule_size: float


def footer_size(options: GroundRulesOptions) -> float:
    scale = Paper.parse(options.paper).scale
    return (12.0 if options.layout is not Layout.SHEET else 8.5) * scale


def lay_out(options: GroundRulesOptions) -> Laid:
    """Every page of the printout as placed items (no drawing)."""
    validate(options)
    header, rules, rtl = content(options)
    if options.layout is Layout.ONE_PER_PAGE:
        from normlab.printing.one_per_page import lay_out_one_per_page

        pages, size = lay_out_one_per_page(options, header, rules, rtl)
    else:
        pages, size = _lay_out_flow(options, header, rules, rtl)
    if len(pages) > 1:
        _footers(options, pages)
    return Laid(pages, size)


def _lay_out_flow(
    options: GroundRulesOptions, header: Header, rules: list[RuleContent], rtl: bool
) -> tuple[list[Page], float]:
    frame = frame_for(options, footer_size(options) * 1.8)
    if options.layout is Layout.POSTER:
        metrics = poster_metrics(Paper.parse(options.paper))
        result = flow(header, rules, metrics, frame, options.badges)
        if result.pages > 1:  # even out the pages: 3, 3, 2 rather than 3, 4, 1
            columns = result.pages * frame.columns
            evened = flow(header, rules, metrics, frame, options.badges, -(-len(rules) // columns))
            if evened.pages == result.pages:
                result = evened
        spread(result, frame, metrics.rule * 0.9)
    else:
        metrics, result = _fit_sheet(options, header, rules, frame)
    pages = build_pages(result, frame, metrics, rtl)
    if options.signatures:
        add_signatures(pages, result, frame, metrics, options, rtl)
    return pages, metrics.rule


def _fit_sheet(
    options: GroundRulesOptions, header: Header, rules: list[RuleContent], frame: Frame
) -> tuple[Metrics, Flow]:
    """The largest rule size between the smallest legible and the largest that needs no more pages
    than the smallest does (and leaves room for the signatures when asked). The search counts
    pages from block heights alone; only the size chosen is laid out in full."""
    scale = Paper.parse(options.paper).scale
    smallest, largest = 11.5 * scale, 22.0 * scale
    reserve = signature_height(options) if options.signatures else 0.0

    def pages_at(size: float) -> int:
        pages, lowest = pages_needed(header, rules, sheet_metrics(size), frame, options.badges)
        return pages + (1 if reserve and lowest - reserve < frame.bottom else 0)

    wanted = pages_at(smallest)
    size = largest
    if pages_at(largest) > wanted:
        low, high = smallest, largest
        while high - low > 0.25:
            middle = (low + high) / 2
            if pages_at(middle) <= wanted:
                low = middle
            else:
                high = middle
        size = low
    metrics = sheet_metrics(size)
    return metrics, flow(header, rules, metrics, frame, options.badges)


def _footers(options: GroundRulesOptions, pages: list[Page]) -> None:
    """'page 2 of 3', centred in the bottom margin, with the title and team when they fit."""
    words = furniture(options.language)
    width, _ = page_size(options.paper, options.landscape)
    size = footer_size(options)
    margin = frame_for(options, 0).margin
    title = _title(options, words)
    for number, page in enumerate(pages, start=1):
        where = words("page %1 of %2", number, len(pages))
        for parts in ((title, options.team.strip(), where), (options.team.strip(), where), (where,)):
            text = Text("  ·  ".join(p for p in parts if p))
            if text.natural_width * size <= width - 2 * margin:
                break
        line = text.lines(1e9)[0]
        x = (width - line_width(text, line) * size) / 2
        page.items.append(TextItem(text, line, x, margin * 0.5, size, SUBTLE))


# --- rendering --------------------------------------------------------------------------------------


def render_ground_rules(options: GroundRulesOptions) -> bytes:
    """The ground rules as PDF bytes. Raises ValidationError or UnprintableTextError."""
    return render_laid(options, lay_out(options))


def render_laid(options: GroundRulesOptions, laid: Laid) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer, page_size(options.paper, options.landscape), _title(options, furniture(options.language))
    )
    draw_pages(canvas, laid.pages)
    canvas.save()
    return buffer.getvalue()


def page_count(options: GroundRulesOptions) -> int:
    return len(lay_out(options).pages)
