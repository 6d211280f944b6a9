"""Talk and response tokens to cut or punch: one set per person, grid or hex, optional backs.

Each person gets a set: their talk tokens and N of each response kind, laid out together (a set is
never split over two pages when it fits on one), with the person's name or set number small on
every token. Drawn straight on the canvas because the geometry is the product: each cut circle is
exactly the diameter asked for, inside the margins, and each back lands behind its front.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.colors import Color, HexColor

from normlab.domain.errors import ValidationError
from normlab.printing.furniture import furniture
from normlab.printing.ground_rules import GroundRule
from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.pdf import new_canvas
from normlab.printing.token_faces import CUT_LINE, Faces, draw_band
from normlab.printing.token_layout import DuplexEdge, Sheet, TokenLayout, behind, pack, plan_pages
from normlab.printing.validation import require_printable

__all__ = [
    "CUT_LINE",
    "DEFAULT_RESPONSES",
    "DEFAULT_TALK",
    "PUNCH_SIZES_MM",
    "BackContent",
    "DuplexEdge",
    "TokenKind",
    "TokenLayout",
    "TokenOptions",
    "TokenPlan",
    "page_count",
    "plan",
    "render_tokens",
    "token_sequence",
]

MIN_DIAMETER_MM = 20.0
MAX_DIAMETER_MM = 80.0
PUNCH_SIZES_MM = (25.0, 38.0, 51.0)
"""The common circle punches; any diameter in between works with scissors."""
MAX_TOKENS = 5000
MAX_NAME_LENGTH = 60
FIRST_BAND_MM = 24.0
"""Room at the bottom of page 1 for the "how to print" box and the check line."""
BAND_MM = 11.0
"""Room at the bottom of every other front page for the check line."""


@dataclass(frozen=True, slots=True)
class TokenKind:
    """One kind of token: its label on the front, its colour (a strong hex), the word on its back
    and its icon (talk, agree, disagree, build, ask; see token_icons)."""

    label: str
    colour: str
    back: str = ""
    icon: str = ""


DEFAULT_TALK = TokenKind("I'd like to say…", "#1B3A6B", "Talk", "talk")
DEFAULT_RESPONSES = (
    TokenKind("I agree with ___ because…", "#3DBE9A", "Agree", "agree"),
    TokenKind("I disagree because…", "#D55E00", "Disagree", "disagree"),
    TokenKind("I'd like to build on ___'s idea", "#F0E442", "Build on", "build"),
    TokenKind("Can you explain…?", "#8ACDF2", "Ask", "ask"),
)
"""Colours picked so that any two kinds differ in luminance by at least 0.15 (greyscale copies) and
stay apart for colour-blind eyes (Okabe-Ito hues); each kind also has its own icon."""


def localised(kind: TokenKind, language: str) -> TokenKind:
    """A default kind in the furniture language (a kind the user wrote stays as written)."""
    words = furniture(language)
    return TokenKind(words(kind.label), kind.colour, words(kind.back) if kind.back else "", kind.icon)


class BackContent(StrEnum):
    KIND = "kind"
    RULE = "rule"


@dataclass(frozen=True, slots=True)
class TokenOptions:
    """How many tokens of which kinds, and how they are printed."""

    people: int = 30
    talk_per_person: int = 3
    each_response: int = 1
    """Tokens of each response kind per person."""
    diameter_mm: float = 38.0
    paper: Paper = Paper.A4
    landscape: bool = False
    layout: TokenLayout = TokenLayout.GRID
    duplex: bool = False
    duplex_edge: DuplexEdge = DuplexEdge.LONG
    talk: TokenKind | None = None
    """None for the default talk token in the furniture language."""
    responses: tuple[TokenKind, ...] | None = None
    team: str = ""
    """Printed small on the backs, so sets from different classes do not get mixed up."""
    names: tuple[str, ...] = ()
    """One per person (then they set the number of people); printed small on each token of a set."""
    back: BackContent = BackContent.KIND
    rules: tuple[GroundRule, ...] = ()
    """The ground rules printed on the backs with back=RULE, one per token in turn."""
    language: str = "en"
    margin_mm: float = 10.0
    gap_mm: float = 2.0

    @property
    def talk_kind(self) -> TokenKind:
        return self.talk or localised(DEFAULT_TALK, self.language)

    @property
    def response_kinds(self) -> tuple[TokenKind, ...]:
        if self.responses is None:
            return tuple(localised(k, self.language) for k in DEFAULT_RESPONSES)
        return self.responses

    @property
    def head_count(self) -> int:
        return len(self.names) if self.names else self.people


def person_set(options: TokenOptions) -> list[TokenKind]:
    """One person's tokens: the talk tokens, then each response kind in turn."""
    talk = [options.talk_kind] * options.talk_per_person
    return talk + [kind for kind in options.response_kinds for _ in range(options.each_response)]


def token_sequence(options: TokenOptions) -> list[TokenKind]:
    """Every token to print, set after set."""
    return person_set(options) * options.head_count


# --- geometry and counts --------------------------------------------------------------------------


def sheets(options: TokenOptions) -> tuple[Sheet, Sheet]:
    """The token positions of the first page and of every later page."""
    width, height = page_size(options.paper, options.landscape)
    args = (width, height, options.diameter_mm * MM, options.margin_mm * MM, options.gap_mm * MM)
    return (
        pack(*args, layout=options.layout, band=FIRST_BAND_MM * MM),
        pack(*args, layout=options.layout, band=BAND_MM * MM),
    )


@dataclass(frozen=True, slots=True)
class TokenPlan:
    """What a print of tokens will take, for the command line and the Print centre to say."""

    tokens: int
    sets: int
    set_size: int
    first_page: int
    """Tokens that fit on the first page (it also holds the "how to print" box)."""
    per_page: int
    """Tokens that fit on every other page."""
    sheets: int
    """Sheets of card (front pages)."""
    pages: int
    """Pages in the PDF, backs included."""
    duplex: bool


def plan(options: TokenOptions) -> TokenPlan:
    validate(options)
    first, later = sheets(options)
    size = len(person_set(options))
    fronts = len(plan_pages([first.capacity, later.capacity], size, options.head_count))
    return TokenPlan(
        tokens=size * options.head_count,
        sets=options.head_count,
        set_size=size,
        first_page=first.capacity,
        per_page=later.capacity,
        sheets=fronts,
        pages=fronts * (2 if options.duplex else 1),
        duplex=options.duplex,
    )


def page_count(options: TokenOptions) -> int:
    """Pages in the PDF, counting backs."""
    return plan(options).pages


# --- validation -----------------------------------------------------------------------------------


def validate(options: TokenOptions) -> None:
    """Raise a one-line ValidationError for anything that cannot be printed as asked."""
    furniture(options.language)  # an unknown language is an error here
    if not (isinstance(options.diameter_mm, int | float) and math.isfinite(options.diameter_mm)) or not (
        MIN_DIAMETER_MM <= options.diameter_mm <= MAX_DIAMETER_MM
    ):
        raise ValidationError(
            f"the token diameter must be between {MIN_DIAMETER_MM:.0f} and {MAX_DIAMETER_MM:.0f} mm "
            f"(you asked for {options.diameter_mm:g} mm)"
        )
    if options.head_count < 1:
        raise ValidationError("the number of people must be at least 1")
    if options.talk_per_person < 0 or options.each_response < 0:
        raise ValidationError("the number of tokens per person cannot be negative")
    if options.talk_per_person + options.each_response == 0:
        raise ValidationError("there are no tokens to print: give each person at least one token")
    if options.each_response and not options.response_kinds:
        raise ValidationError("response tokens were asked for, but there are no response kinds")
    total = len(person_set(options)) * options.head_count
    if total > MAX_TOKENS:
        raise ValidationError(f"{total} tokens is too many for one print; the most is {MAX_TOKENS}")
    if not 5.0 <= options.margin_mm <= 30.0:
        raise ValidationError("the page margin must be between 5 and 30 mm")
    if not 0.0 <= options.gap_mm <= 20.0:
        raise ValidationError("the gap between tokens must be between 0 and 20 mm")
    for kind in dict.fromkeys(person_set(options)):
        if not kind.label.strip():
            raise ValidationError("every token needs a label")
        colour(kind)
        require_printable((f"the token label “{kind.label}”", kind.label), ("the back of a token", kind.back))
    require_printable(("the team name", options.team))
    for number, name in enumerate(options.names, start=1):
        if not name.strip():
            raise ValidationError(f"name {number} of the class list is empty")
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError(
                f"name {number} of the class list is longer than {MAX_NAME_LENGTH} characters"
            )
        require_printable((f"name {number} of the class list", name))
    if options.back is BackContent.RULE:
        if not options.rules:
            raise ValidationError("there are no ground rules to print on the backs")
        for number, rule in enumerate(options.rules, start=1):
            require_printable(
                (f"rule {number}", rule.text), (f"the because-line of rule {number}", rule.because)
            )
    first, later = sheets(options)
    if first.capacity == 0 or later.capacity == 0:
        raise ValidationError(
            f"a {options.diameter_mm:g} mm token does not fit on this paper inside the margins"
        )


def colour(kind: TokenKind) -> Color:
    try:
        return HexColor(kind.colour)
    except (ValueError, TypeError):
        raise ValidationError(
            f"the colour “{kind.colour}” of the token “{kind.label}” is not a colour like #2F6DB5"
        ) from None


# --- rendering ------------------------------------------------------------------------------------


def set_label(options: TokenOptions, person: int) -> str:
    if options.names:
        return options.names[person].strip()
    return furniture(options.language)("Set %1", person + 1)


def render_tokens(options: TokenOptions) -> bytes:
    """The token sheets as PDF bytes; with duplex, each front page is followed by its back."""
    validate(options)
    first, later = sheets(options)
    kinds = person_set(options)
    pages = plan_pages([first.capacity, later.capacity], len(kinds), options.head_count)
    faces = Faces(options, kinds)
    buffer = io.BytesIO()
    words = furniture(options.language)
    canvas = new_canvas(buffer, (first.width, first.height), words("Talk and response tokens"))
    canvas.setViewerPreference("PrintScaling", "None")
    if options.duplex:
        edge = "DuplexFlipLongEdge" if options.duplex_edge is DuplexEdge.LONG else "DuplexFlipShortEdge"
        canvas.setViewerPreference("Duplex", edge)
    else:
        canvas.setViewerPreference("Duplex", "Simplex")
    for index, slots in enumerate(pages):
        sheet = first if index == 0 else later
        faces.draw_cut_lines(canvas, sheet)
        for (person, token), (x, y) in zip(slots, sheet.centres, strict=False):
            faces.front(canvas, kinds[token], x, y, person)
        draw_band(canvas, options, sheet, first_page=index == 0)
        canvas.showPage()
        if options.duplex:
            for (person, token), centre in zip(slots, sheet.centres, strict=False):
                x, y = behind(centre, sheet.width, sheet.height, options.duplex_edge)
                faces.back(canvas, kinds[token], x, y, person, token)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()
