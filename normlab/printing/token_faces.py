"""Drawing one token, front or back, and the band of furniture at the foot of a token page.

A front: the faint cut circle, a coloured ring, a pale disc with the kind's icon above its label
and, on one-sided prints, the set's name small at the bottom. A back has no cut circle (a back that
lands slightly off must not show a second line) and carries the kind's word or a ground rule, the
team and the set's name. Every label of a sheet is fitted once, in one size per kind of text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas

from normlab.domain.errors import ValidationError
from normlab.printing.colours import readable, tint
from normlab.printing.furniture import furniture
from normlab.printing.paper import MM
from normlab.printing.text import Line, Text, draw_runs, runs_width
from normlab.printing.token_icons import draw_icon
from normlab.printing.token_layout import Sheet, TokenLayout

if TYPE_CHECKING:
    from normlab.printing.tokens import TokenKind, TokenOptions

CUT_LINE = HexColor("#9AA0A8")
CUT_LINE_WIDTH = 0.5
GUIDE = HexColor("#B8BEC6")
INK = HexColor("#1B1F24")
CHECK_LINE_MM = 50.0


@dataclass(frozen=True)
class LabelFit:
    text: Text
    lines: tuple[Line, ...]
    size: float
    leading: float
    middle: float
    """Height of the middle of the block above (+) or below (-) the circle's centre."""


@lru_cache(maxsize=4096)
def fit_in_band(
    label: str,
    radius: float,
    top: float,
    bottom: float,
    largest: float,
    bold: bool = False,
    smallest: float = 6.0,
    max_lines: int = 4,
) -> LabelFit | None:
    """The largest type size (and its lines) at which label fits inside a circle of this radius,
    between heights bottom and top (relative to the centre); None if not even the smallest does."""
    text = Text(label, bold=bold)
    if not text:
        return None
    middle = (top + bottom) / 2
    size = largest
    while size >= smallest:
        leading = size * (1.36 if text.arabic else 1.15)
        for count in range(1, max_lines + 1):
            block = count * leading
            if block > top - bottom + 1e-6:
                break
            widths = []
            for index in range(count):
                line_top = middle + block / 2 - index * leading
                far = max(abs(line_top), abs(line_top - leading))
                widths.append(2 * math.sqrt(max(radius**2 - far**2, 0.0)) / size)
            if min(widths) <= 0:
                break
            lines = text.lines_within(widths)
            if lines is not None:
                return LabelFit(text, tuple(lines), size, leading, middle)
        size -= 0.25
    return None


def draw_fit(canvas: Canvas, fit: LabelFit, x: float, y: float, colour: Color) -> None:
    """Centre the lines on x and on the fit's middle; each glyph box is centred in its line."""
    block = len(fit.lines) * fit.leading
    for index, line in enumerate(fit.lines):
        runs = fit.text.runs(line)
        width = runs_width(runs) * fit.size
        line_bottom = y + fit.middle + block / 2 - (index + 1) * fit.leading
        baseline = line_bottom + (fit.leading - fit.size * 0.96) / 2 + fit.size * 0.22
        draw_runs(canvas, runs, x - width / 2, baseline, fit.size, colour)


def bleed_inset(diameter: float) -> float:
    """White between the cut line and the colour, so a slightly wobbly cut still looks clean."""
    return max(1.0 * MM, diameter * 0.025)


def inner_radius(diameter: float) -> float:
    return diameter / 2 - bleed_inset(diameter) - max(1.2 * MM, diameter * 0.06)


@dataclass(frozen=True)
class _Look:
    colour: Color
    pale: Color
    ink: Color


class Faces:
    """Everything needed to draw the tokens of one print, worked out once."""

    def __init__(self, options: TokenOptions, kinds: list[TokenKind]) -> None:
        from normlab.printing.tokens import BackContent, colour

        self.options = options
        self.diameter = options.diameter_mm * MM
        self.inner = inner_radius(self.diameter)
        self.rule_backs = options.back is BackContent.RULE
        self.icon_size = self.inner * 0.42
        self.icon_y = self.inner * 0.5
        self._looks = {}
        for kind in dict.fromkeys(kinds):
            strong = colour(kind)
            self._looks[kind] = _Look(strong, tint(strong), readable(strong, 0.06))
        label_top = self.icon_y - self.icon_size * 0.62
        name_on_front = not options.duplex
        label_bottom = -self.inner * (0.44 if name_on_front else 0.82)
        fits = {}
        for kind in self._looks:
            fit = fit_in_band(
                kind.label, self.inner * 0.96, label_top, label_bottom, self.diameter * 0.13, True
            ) or fit_in_band(
                kind.label, self.inner * 0.98, label_top, label_bottom, self.diameter * 0.13, True, 4.5, 5
            )
            if fit is None:
                raise ValidationError(
                    f"the label “{kind.label}” is too long for a {options.diameter_mm:g} mm token; "
                    "shorten it or choose a larger diameter"
                )
            fits[kind] = fit
        common = min(fit.size for fit in fits.values())
        self._fronts = {
            kind: fit_in_band(kind.label, self.inner * 0.96, label_top, label_bottom, common, True)
            or fits[kind]
            for kind in self._looks
        }
        self._backs = {}
        if not self.rule_backs:
            for kind in self._looks:
                if kind.back.strip():
                    fit = fit_in_band(
                        kind.back,
                        self.inner * 0.92,
                        label_top,
                        -self.inner * 0.2,
                        self.diameter * 0.16,
                        True,
                        5.0,
                        2,
                    )
                    if fit is None:
                        raise ValidationError(
                            f"the back “{kind.back}” is too long for a {options.diameter_mm:g} mm token; "
                            "shorten it or choose a larger diameter"
                        )
                    self._backs[kind] = fit
        team = options.team.strip()
        self._team = (
            fit_in_band(
                team,
                self.inner,
                -self.inner * 0.22,
                -self.inner * 0.42,
                self.diameter * 0.07,
                smallest=4.5,
                max_lines=1,
            )
            if team and options.duplex
            else None
        )
        self._rule_fits: dict[int, tuple[LabelFit | None, LabelFit | None]] = {}
        self._forms: dict[tuple[TokenKind, bool, int], str] = {}

    def look(self, kind: TokenKind) -> _Look:
        return self._looks[kind]

    # --- one token ----------------------------------------------------------------------------

    def _disc(self, canvas: Canvas, kind: TokenKind, x: float, y: float, cut: bool, back: bool) -> _Look:
        look = self._looks[kind]
        radius = self.diameter / 2
        if cut:
            canvas.setStrokeColor(CUT_LINE)
            canvas.setLineWidth(CUT_LINE_WIDTH)
            canvas.circle(x, y, radius, stroke=1, fill=0)
        canvas.setFillColor(look.colour)
        canvas.circle(x, y, radius - bleed_inset(self.diameter), stroke=0, fill=1)
        canvas.setFillColor(white if back else look.pale)
        canvas.circle(x, y, self.inner, stroke=0, fill=1)
        return look

    def _place(self, canvas: Canvas, kind: TokenKind, back: bool, token: int, x: float, y: float) -> None:
        """Everything a face of this kind shares is drawn once, as a form, and placed at (x, y)."""
        key = (kind, back, token % len(self.options.rules) if back and self.rule_backs else 0)
        name = self._forms.get(key)
        if name is None:
            name = self._forms[key] = f"token{len(self._forms)}"
            extent = self.diameter / 2 + 1
            canvas.beginForm(name, -extent, -extent, extent, extent)
            if back:
                self._back_face(canvas, kind, token)
            else:
                self._front_face(canvas, kind)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(name)
        canvas.restoreState()

    def front(self, canvas: Canvas, kind: TokenKind, x: float, y: float, person: int) -> None:
        self._place(canvas, kind, False, 0, x, y)
        if not self.options.duplex:
            self._name(canvas, x, y, person, self._looks[kind].ink, -self.inner * 0.48)

    def back(self, canvas: Canvas, kind: TokenKind, x: float, y: float, person: int, token: int) -> None:
        self._place(canvas, kind, True, token, x, y)
        self._name(canvas, x, y, person, self._looks[kind].ink, -self.inner * 0.46)

    def _front_face(self, canvas: Canvas, kind: TokenKind) -> None:
        x = y = 0.0
        look = self._disc(canvas, kind, x, y, cut=True, back=False)
        draw_icon(canvas, kind.icon, x, y + self.icon_y, self.icon_size, look.ink)
        fit = self._fronts[kind]
        if fit is not None:
            draw_fit(canvas, fit, x, y, look.ink)

    def _back_face(self, canvas: Canvas, kind: TokenKind, token: int) -> None:
        x = y = 0.0
        look = self._disc(canvas, kind, x, y, cut=False, back=True)
        if self.rule_backs:
            rule, because = self._rule(token)
            if rule is not None:
                draw_fit(canvas, rule, x, y, INK)
            if because is not None:
                draw_fit(canvas, because, x, y, look.ink)
        else:
            draw_icon(canvas, kind.icon, x, y + self.icon_y, self.icon_size, look.ink)
            fit = self._backs.get(kind)
            if fit is not None:
                draw_fit(canvas, fit, x, y, look.ink)
        if self._team is not None and not self.rule_backs:
            draw_fit(canvas, self._team, x, y, look.ink)

    def _name(self, canvas: Canvas, x: float, y: float, person: int, colour: Color, top: float) -> None:
        """The set's name or number, in up to two small lines from top down to the disc's edge."""
        from normlab.printing.tokens import set_label

        fit = _small_label(set_label(self.options, person), self.inner, top, self.diameter * 0.075)
        if fit is not None:
            draw_fit(canvas, fit, x, y, colour)

    def _rule(self, token: int) -> tuple[LabelFit | None, LabelFit | None]:
        """The ground rule for the token-th token of a set (rules are dealt out in turn)."""
        index = token % len(self.options.rules)
        if index not in self._rule_fits:
            rule = self.options.rules[index]
            inner = self.inner * 0.95
            because = rule.because.strip()
            word = furniture(self.options.language)("because")
            because_text = (
                f"{word} {because}" if because and not because.lower().startswith(word.lower()) else because
            )
            rule_fit = fit_in_band(
                rule.text,
                inner,
                self.inner * 0.78,
                -self.inner * 0.05 if because else -self.inner * 0.6,
                self.diameter * 0.11,
                True,
                smallest=5.0,
                max_lines=5,
            )
            because_fit = (
                fit_in_band(
                    because_text,
                    inner,
                    -self.inner * 0.1,
                    -self.inner * 0.62,
                    self.diameter * 0.08,
                    smallest=4.5,
                    max_lines=4,
                )
                if because
                else None
            )
            if rule_fit is None:
                raise ValidationError(
                    f"rule {index + 1} is too long for the back of a {self.options.diameter_mm:g} mm "
                    "token; choose a larger diameter or print the kind on the backs"
                )
            self._rule_fits[index] = (rule_fit, because_fit)
        return self._rule_fits[index]

    # --- the page -----------------------------------------------------------------------------

    def draw_cut_lines(self, canvas: Canvas, sheet: Sheet) -> None:
        """Thin dashed guides between rows and columns for a guillotine (grid layout only)."""
        if sheet.layout is not TokenLayout.GRID or self.options.gap_mm <= 0:
            return
        canvas.saveState()
        canvas.setStrokeColor(GUIDE)
        canvas.setLineWidth(0.3)
        canvas.setDash(2, 2)
        canvas.lines([(*a, *b) for a, b in sheet.cut_lines()])
        canvas.restoreState()


@lru_cache(maxsize=4096)
def _small_label(label: str, inner: float, top: float, largest: float) -> LabelFit | None:
    """A name in at most two lines at 4.5 pt or more; shortened with an ellipsis if need be."""
    bottom = -inner * 0.9
    for text in (label, *(label[:n].rstrip() + "…" for n in range(len(label) - 1, 0, -1))):
        fit = fit_in_band(text, inner * 0.98, top, bottom, largest, smallest=4.5, max_lines=2)
        if fit is not None:
            return fit
    return None


# --- the band at the foot of a page -----------------------------------------------------------------


def draw_band(canvas: Canvas, options: TokenOptions, sheet: Sheet, first_page: bool) -> None:
    """The 50 mm check line on every front page; on the first, the "how to print" box beside it."""
    words = furniture(options.language)
    margin = options.margin_mm * MM
    length = CHECK_LINE_MM * MM
    right = sheet.width - margin
    line_y = margin + 6.5 * MM
    x0 = right - length
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(x0, line_y, right, line_y)
    canvas.line(x0, line_y - 1.5 * MM, x0, line_y + 1.5 * MM)
    canvas.line(right, line_y - 1.5 * MM, right, line_y + 1.5 * MM)
    canvas.restoreState()
    note = Text(words("This line is 50 mm long. If it is shorter or longer, the printer scaled the page."))
    size = 6.5
    lines = note.lines(length / size)[:2]
    for index, line in enumerate(lines):
        runs = note.runs(line)
        draw_runs(canvas, runs, right - runs_width(runs) * size, line_y - (3.2 + index * 2.8) * MM, size, INK)
    if first_page:
        _how_to_print(canvas, options, margin, x0 - 6 * MM, sheet)


def _how_to_print(canvas: Canvas, options: TokenOptions, left: float, right: float, sheet: Sheet) -> None:
    words = furniture(options.language)
    if options.duplex:
        edge = "long" if options.duplex_edge.value == "long" else "short"
        sides = words(f"Double-sided: flip on the {edge} edge.")
    else:
        sides = words("One-sided: no backs.")
    items = [
        words("Print at actual size (100%), not “fit to page”."),
        words("Use card (160–250 g/m²) so the tokens last."),
        sides,
        words("Cut along the grey lines or punch with a %1 mm circle punch.", f"{options.diameter_mm:g}"),
    ]
    size, heading_size = 7.0, 8.5
    width = right - left - 6 * MM
    top = options.margin_mm * MM + (24.0 - 1.5) * MM
    height = (24.0 - 3.0) * MM
    canvas.saveState()
    canvas.setStrokeColor(GUIDE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(left, top - height, right - left, height, 2 * MM, stroke=1, fill=0)
    canvas.restoreState()
    rtl = furniture(options.language).rtl
    y = top - 3 * MM - heading_size
    heading = Text(words("How to print"), bold=True)
    _line(canvas, heading, heading.lines(1e9)[0], left + 3 * MM, width, y, heading_size, rtl)
    y -= heading_size * 0.6
    for item in items:
        text = Text("• " + item if not rtl else item + " •")
        for line in text.lines(width / size)[:2]:
            y -= size * 1.3
            _line(canvas, text, line, left + 3 * MM, width, y, size, rtl)


def _line(
    canvas: Canvas, text: Text, line: Line, left: float, width: float, y: float, size: float, rtl: bool
) -> None:
    runs = text.runs(line)
    x = left + width - runs_width(runs) * size if rtl else left
    draw_runs(canvas, runs, x, y, size, INK)
