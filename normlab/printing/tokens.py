"""Round talk and response tokens to cut out, with optional backs for double-sided printing.

Drawn straight on the canvas because the geometry is the product: each cut circle is exactly the
diameter asked for, inside the margins, and each back lands behind its front (see token_layout).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas

from normlab.domain.errors import ValidationError
from normlab.printing.colours import readable, tint
from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.pdf import new_canvas
from normlab.printing.text import Line, Text, draw_runs, runs_width
from normlab.printing.token_layout import Sheet, mirror_long_edge, pack
from normlab.printing.validation import require_printable

MIN_DIAMETER_MM = 25.0
MAX_DIAMETER_MM = 80.0
MAX_TOKENS = 5000
CUT_LINE = HexColor("#9AA0A8")
CUT_LINE_WIDTH = 0.5


@dataclass(frozen=True, slots=True)
class TokenKind:
    """One kind of token: its label on the front, its colour (a strong hex), the word on its back."""

    label: str
    colour: str
    back: str = ""


DEFAULT_TALK = TokenKind("I'd like to say…", "#2F6DB5", "Talk")
DEFAULT_RESPONSES = (
    TokenKind("I agree because…", "#2E7D4F", "Respond"),
    TokenKind("I disagree because…", "#B4473C", "Respond"),
    TokenKind("Building on…", "#B7791F", "Respond"),
    TokenKind("Can you explain…?", "#6B4FA0", "Respond"),
)


@dataclass(frozen=True, slots=True)
class TokenOptions:
    """How many tokens of which kinds, and how they are printed.

    Each person gets ``talk_per_person`` talk tokens and ``respond_per_person`` response tokens;
    response tokens are shared out evenly over the response kinds (with 2 per person and the four
    default kinds, a class of 30 gets 15 of each).
    """

    people: int = 30
    talk_per_person: int = 3
    respond_per_person: int = 2
    diameter_mm: float = 40.0
    paper: Paper = Paper.A4
    landscape: bool = False
    duplex: bool = False
    talk: TokenKind = DEFAULT_TALK
    responses: tuple[TokenKind, ...] = DEFAULT_RESPONSES
    team: str = ""
    """Printed small on the backs, so sets from different classes do not get mixed up (left out
    when it cannot fit in two lines of 5 pt type)."""
    margin_mm: float = 10.0
    gap_mm: float = 2.0


def token_sequence(options: TokenOptions) -> list[TokenKind]:
    """Every token to print, grouped by kind: the talk tokens, then each response kind in turn."""
    talk = [options.talk] * (options.people * options.talk_per_person)
    responses = options.people * options.respond_per_person
    kinds = options.responses
    if not responses or not kinds:
        return talk
    shared = [responses // len(kinds) + (1 if i < responses % len(kinds) else 0) for i in range(len(kinds))]
    return talk + [kind for kind, count in zip(kinds, shared, strict=True) for _ in range(count)]


def layout(options: TokenOptions) -> Sheet:
    """Where the tokens go on each front page."""
    width, height = page_size(options.paper, options.landscape)
    return pack(width, height, options.diameter_mm * MM, options.margin_mm * MM, options.gap_mm * MM)


def page_count(options: TokenOptions) -> int:
    """Pages in the PDF, counting backs."""
    validate(options)
    fronts = math.ceil(len(token_sequence(options)) / layout(options).capacity)
    return fronts * (2 if options.duplex else 1)


# --- validation -----------------------------------------------------------------------------------


def validate(options: TokenOptions) -> None:
    """Raise a one-line ValidationError for anything that cannot be printed as asked."""
    if not MIN_DIAMETER_MM <= options.diameter_mm <= MAX_DIAMETER_MM:
        raise ValidationError(
            f"the token diameter must be between {MIN_DIAMETER_MM:.0f} and {MAX_DIAMETER_MM:.0f} mm "
            f"(you asked for {options.diameter_mm:g} mm)"
        )
    if options.people < 1:
        raise ValidationError("the number of people must be at least 1")
    if options.talk_per_person < 0 or options.respond_per_person < 0:
        raise ValidationError("the number of tokens per person cannot be negative")
    if options.talk_per_person + options.respond_per_person == 0:
        raise ValidationError("there are no tokens to print: give each person at least one token")
    if options.respond_per_person and not options.responses:
        raise ValidationError("response tokens were asked for, but there are no response kinds")
    total = options.people * (options.talk_per_person + options.respond_per_person)
    if total > MAX_TOKENS:
        raise ValidationError(f"{total} tokens is too many for one print; the most is {MAX_TOKENS}")
    if not 5.0 <= options.margin_mm <= 30.0:
        raise ValidationError("the page margin must be between 5 and 30 mm")
    if not 0.0 <= options.gap_mm <= 20.0:
        raise ValidationError("the gap between tokens must be between 0 and 20 mm")
    kinds = ([options.talk] if options.talk_per_person else []) + (
        list(options.responses) if options.respond_per_person else []
    )
    for kind in kinds:
        if not kind.label.strip():
            raise ValidationError("every token needs a label")
        _colour(kind)
        require_printable((f"the token label “{kind.label}”", kind.label), ("the back of a token", kind.back))
    require_printable(("the team name", options.team))
    if layout(options).capacity == 0:
        raise ValidationError(
            f"a {options.diameter_mm:g} mm token does not fit on this paper inside the margins"
        )


def _colour(kind: TokenKind) -> Color:
    try:
        return HexColor(kind.colour)
    except (ValueError, TypeError):
        raise ValidationError(
            f"the colour “{kind.colour}” of the token “{kind.label}” is not a colour like #2F6DB5"
        ) from None


# --- rendering ------------------------------------------------------------------------------------


def render_tokens(options: TokenOptions) -> bytes:
    """The token sheets as PDF bytes; with duplex, each front page is followed by its back."""
    validate(options)
    sheet = layout(options)
    tokens = token_sequence(options)
    faces = _faces(tuple(dict.fromkeys(tokens)), sheet.diameter, options)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (sheet.width, sheet.height), "Talk and response tokens")
    backs = mirror_long_edge(sheet.centres, sheet.width, sheet.height)
    for start in range(0, len(tokens), sheet.capacity):
        chunk = tokens[start : start + sheet.capacity]
        for (x, y), kind in zip(sheet.centres, chunk, strict=False):
            faces[kind].draw(canvas, x, y, back=False)
        canvas.showPage()
        if options.duplex:
            for (x, y), kind in zip(backs, chunk, strict=False):
                faces[kind].draw(canvas, x, y, back=True)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _faces(kinds: tuple[TokenKind, ...], diameter: float, options: TokenOptions) -> dict[TokenKind, _Face]:
    """One face per kind; every front label in the same type size, so a sheet looks even."""
    inner = _inner_radius(diameter)
    fronts = {}
    for kind in kinds:
        fit = fit_in_circle(kind.label, inner * 0.88, diameter * 0.15, bold=True)
        if fit is None:
            raise ValidationError(
                f"the label “{kind.label}” is too long for a {options.diameter_mm:g} mm token; "
                "shorten it or choose a larger diameter"
            )
        fronts[kind] = fit
    common = min(fit.size for fit in fronts.values())
    team = options.team.strip()
    team_fit = (
        fit_in_circle(team, inner, diameter * 0.07, smallest=5.0, max_lines=2, offset=-inner * 0.5)
        if team
        else None
    )
    faces = {}
    for kind in kinds:
        front = fit_in_circle(kind.label, inner * 0.88, common, bold=True)
        back = None
        if kind.back.strip():
            offset, lines = (inner * 0.15, 1) if team_fit else (0.0, 2)
            back = fit_in_circle(
                kind.back, inner * 0.9, diameter * 0.2, bold=True, max_lines=lines, offset=offset
            )
            if back is None:
                raise ValidationError(
                    f"the back “{kind.back}” is too long for a {options.diameter_mm:g} mm token; "
                    "shorten it or choose a larger diameter"
                )
        colour = HexColor(kind.colour)
        faces[kind] = _Face(diameter, colour, tint(colour), readable(colour), front, back, team_fit)
    return faces


@dataclass(frozen=True)
class _LabelFit:
    text: Text
    lines: tuple[Line, ...]
    size: float
    leading: float
    offset: float
    """Where the middle of the block sits above (+) or below (-) the circle's centre."""


@dataclass(frozen=True)
class _Face:
    """Everything needed to draw one kind of token, worked out once per render."""

    diameter: float
    colour: Color
    pale: Color
    ink: Color
    front: _LabelFit | None
    back: _LabelFit | None
    team: _LabelFit | None

    def draw(self, canvas: Canvas, x: float, y: float, back: bool) -> None:
        radius = self.diameter / 2
        canvas.setStrokeColor(CUT_LINE)
        canvas.setLineWidth(CUT_LINE_WIDTH)
        canvas.circle(x, y, radius, stroke=1, fill=0)
        canvas.setFillColor(self.colour)
        canvas.circle(x, y, radius - _bleed_inset(self.diameter), stroke=0, fill=1)
        canvas.setFillColor(white if back else self.pale)
        canvas.circle(x, y, _inner_radius(self.diameter), stroke=0, fill=1)
        ink = self.ink
        if not back:
            if self.front:
                _draw_fit(canvas, self.front, x, y, ink)
            return
        if self.back:
            _draw_fit(canvas, self.back, x, y, ink)
        if self.team:
            _draw_fit(canvas, self.team, x, y, ink)


def _bleed_inset(diameter: float) -> float:
    """White between the cut line and the colour, so a slightly wobbly cut still looks clean."""
    return max(1.0 * MM, diameter * 0.025)


def _inner_radius(diameter: float) -> float:
    return diameter / 2 - _bleed_inset(diameter) - max(1.2 * MM, diameter * 0.06)


@lru_cache(maxsize=1024)
def fit_in_circle(
    label: str,
    radius: float,
    largest: float,
    bold: bool = False,
    smallest: float = 6.0,
    max_lines: int = 4,
    offset: float = 0.0,
) -> _LabelFit | None:
    """The largest type size (and its lines) at which label fits in a circle of this radius, with
    the middle of the text block offset from the centre; None if not even the smallest size fits."""
    text = Text(label, bold=bold)
    if not text:
        return None
    size = largest
    while size >= smallest:
        leading = size * (1.36 if text.arabic else 1.15)
        for count in range(1, max_lines + 1):
            block = count * leading
            widths = []
            for index in range(count):
                top = offset + block / 2 - index * leading
                far = max(abs(top), abs(top - leading))
                widths.append(2 * math.sqrt(max(radius**2 - far**2, 0.0)) / size)
            if min(widths) <= 0:
                break
            lines = text.lines_within(widths)
            if lines is not None:
                return _LabelFit(text, tuple(lines), size, leading, offset)
        size -= 0.25
    return None


def _draw_fit(canvas: Canvas, fit: _LabelFit, x: float, y: float, colour: Color) -> None:
    """Centre the lines on (x, y) plus the fit's offset; each glyph box is centred in its line."""
    y += fit.offset
    block = len(fit.lines) * fit.leading
    for index, line in enumerate(fit.lines):
        runs = fit.text.runs(line)
        width = runs_width(runs) * fit.size
        line_bottom = y + block / 2 - (index + 1) * fit.leading
        baseline = line_bottom + (fit.leading - fit.size * 0.96) / 2 + fit.size * 0.22
        draw_runs(canvas, runs, x - width / 2, baseline, fit.size, colour)
