"""The pre-brief card for the start of a simulation or teaching session (A4, A5 or A6, or a 16:9
slide to project): the team's pre-brief statement, the session's rules with their because-lines,
room for the session's objectives, and the pause word.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from normlab.domain.errors import ValidationError
from normlab.domain.model import Norm
from normlab.printing.furniture import furniture
from normlab.printing.ground_rules import GroundRule
from normlab.printing.lead_word import because_line
from normlab.printing.paper import MM
from normlab.printing.pdf import new_canvas
from normlab.printing.rule_drawing import draw_page
from normlab.printing.rule_layout import INK, MUTED, SUBTLE, BarItem, Page, TextItem
from normlab.printing.rule_pages import line_width
from normlab.printing.text import Text
from normlab.printing.validation import require_printable

CARD_SIZES = {"A4": (210 * MM, 297 * MM), "A5": (148 * MM, 210 * MM), "A6": (105 * MM, 148 * MM)}
SLIDE = (254 * MM, 142.875 * MM)
"""16:9, the size presentation programs use for widescreen slides."""
DEFAULT_STATEMENT = (
    "Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. "
    "What is said here stays here."
)
RULE_LINE = "#9AA0A8"
SESSION_SETTINGS = ("teaching session", "simulation", "pre-brief", "session")
"""Settings whose rules a pre-brief takes when no setting is chosen, the first the team has."""


def same_setting(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def session_setting(norms: Sequence[Norm]) -> str | None:
    """The setting of a team's session rules (its “teaching session”, say), if it has one."""
    for wanted in SESSION_SETTINGS:
        found = next((n.setting for n in norms if same_setting(n.setting, wanted)), None)
        if found is not None:
            return found
    return None


def session_norms(norms: Sequence[Norm]) -> list[Norm]:
    """The rules a pre-brief prints by default: those of the session setting, else all of them."""
    setting = session_setting(norms)
    return [n for n in norms if setting is None or same_setting(n.setting, setting)]


@dataclass(frozen=True, slots=True)
class PreBriefOptions:
    rules: tuple[GroundRule, ...] = ()
    paper: str = "A5"
    slide: bool = False
    team: str = ""
    statement: str = ""
    """Empty for normlab's own wording in the furniture language."""
    attribution: str = ""
    """Who the statement is from, when it is a standard text (e.g. a Basic Assumption's source)."""
    objectives: tuple[str, ...] = ()
    pause_word: str = ""
    language: str = "en"


def card_size(options: PreBriefOptions) -> tuple[float, float]:
    """Width and height of the card (or slide) in points."""
    if options.slide:
        return SLIDE
    try:
        return CARD_SIZES[options.paper.strip().upper()]
    except KeyError:
        raise ValidationError(f"unknown card size {options.paper!r}: choose one of A4, A5, A6") from None


def validate(options: PreBriefOptions) -> None:
    card_size(options)
    words = furniture(options.language)
    fields = [
        ("the statement", options.statement or words(DEFAULT_STATEMENT)),
        ("the attribution", options.attribution),
    ]
    fields += [(f"objective {n}", text) for n, text in enumerate(options.objectives, start=1)]
    fields += [("the pause word", options.pause_word), ("the team name", options.team)]
    for number, rule in enumerate(options.rules, start=1):
        fields += [(f"rule {number}", rule.text), (f"the because-line of rule {number}", rule.because)]
    require_printable(*fields)


class _Column:
    """Lays text out downwards in one column, at a scale that may be reduced to fit the page."""

    def __init__(self, left: float, width: float, top: float, scale: float, rtl: bool) -> None:
        self.left, self.width, self.y, self.scale, self.rtl = left, width, top, scale, rtl
        self.items: list = []

    def text(
        self,
        text: Text,
        size: float,
        colour=INK,
        indent: float = 0.0,
        lead: Text | None = None,
        space: float = 0.0,
    ) -> None:
        size *= self.scale
        self.y -= space * self.scale
        leading = size * (1.45 if text.arabic else 1.25)
        lead_w = (lead.natural_width + lead.space) if lead else 0.0
        lines = text.lines((self.width - indent) / size, lead_w) if text else []
        for index, line in enumerate(lines):
            self.y -= leading
            offset = indent + (lead_w * size if index == 0 and lead else 0.0)
            drawn = line_width(text, line) * size
            x = self.left + self.width - offset - drawn if self.rtl else self.left + offset
            if index == 0 and lead:
                lead_line = lead.lines(1e9)[0]
                lead_x = (
                    self.left + self.width - indent - line_width(lead, lead_line) * size
                    if self.rtl
                    else self.left + indent
                )
                self.items.append(TextItem(lead, lead_line, lead_x, self.y + size * 0.25, size, SUBTLE))
            self.items.append(TextItem(text, line, x, self.y + size * 0.25, size, colour))
            if index == 0:
                lead = None

    def rule_line(self, indent: float = 0.0, space: float = 14.0) -> None:
        from reportlab.lib.colors import HexColor

        self.y -= space * self.scale
        self.items.append(BarItem(self.left + indent, self.y, self.width - indent, 0.6, HexColor(RULE_LINE)))


def lay_out(options: PreBriefOptions) -> tuple[tuple[float, float], Page]:
    validate(options)
    width, height = card_size(options)
    words = furniture(options.language)
    margin = min(width, height) * 0.08
    rtl = words.rtl
    scale = min(width, height) / (148 * MM)
    base = 1.6  # as large as the card allows: start big, shrink until everything fits
    while True:
        column = _Column(margin, width - 2 * margin, height - margin, scale * base, rtl)
        _content(column, options)
        if column.y >= margin or base < 0.4:
            break
        base *= 0.93
    page = Page(column.items)
    return (width, height), page


def _content(column: _Column, options: PreBriefOptions) -> None:
    words = furniture(options.language)
    column.text(Text(words("Before we start"), bold=True), 17, INK)
    if options.team.strip():
        column.text(Text(options.team), 9.5, SUBTLE)
    column.text(Text(options.statement.strip() or words(DEFAULT_STATEMENT)), 10.5, INK, space=6)
    if options.attribution.strip():
        column.text(Text("— " + options.attribution.strip()), 8.5, SUBTLE)
    column.text(Text(words("Rules for this session"), bold=True), 12, INK, space=9)
    word = words("because")
    for number, rule in enumerate(options.rules, start=1):
        column.text(Text(f"{number}. {rule.text}", bold=True), 10, INK, space=3)
        line = because_line(rule.because, word, words.language)
        if line.rest or line.lead:
            column.text(
                Text(line.rest),
                8.5,
                MUTED,
                indent=12 * column.scale,
                lead=Text(line.lead, bold=True) if line.lead else None,
            )
    column.text(Text(words("Objectives"), bold=True), 12, INK, space=9)
    if options.objectives:
        for objective in options.objectives:
            column.text(Text("• " + objective), 9.5, INK)
    else:
        for _ in range(3):
            column.rule_line()
    column.text(Text(words("Pause word"), bold=True), 12, INK, space=9)
    if options.pause_word.strip():
        column.text(Text(options.pause_word.strip(), bold=True), 16, INK)
    else:
        column.rule_line()


def render_pre_brief(options: PreBriefOptions) -> bytes:
    size, page = lay_out(options)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, size, furniture(options.language)("Before we start"))
    draw_page(canvas, page)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
