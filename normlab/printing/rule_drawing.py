"""Drawing placed ground-rules items on a reportlab canvas: the only place that paints them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas

from normlab.domain.model import Dimension
from normlab.printing.rule_layout import BADGE_ICON, BadgeItem, BarItem, DiscItem, Item, Page, TextItem
from normlab.printing.text import draw_runs, label, runs_width


def draw_page(canvas: Canvas, page: Page) -> None:
    for item in page.items:
        if isinstance(item, TextItem):
            draw_runs(canvas, item.text.runs(item.line), item.x, item.baseline, item.size, item.colour)
        elif isinstance(item, DiscItem):
            _disc(canvas, item)
        elif isinstance(item, BadgeItem):
            _badge(canvas, item)
        elif isinstance(item, BarItem):
            canvas.setFillColor(item.colour)
            canvas.rect(item.x, item.y, item.width, item.height, stroke=0, fill=1)


def draw_pages(canvas: Canvas, pages: Sequence[Page]) -> None:
    for page in pages:
        draw_page(canvas, page)
        canvas.showPage()


def _disc(canvas: Canvas, item: DiscItem) -> None:
    canvas.setFillColor(item.colour)
    canvas.circle(item.x, item.y, item.radius, stroke=0, fill=1)
    digits = label(str(item.number), bold=True)
    runs = digits.runs(digits.lines(1e9)[0])
    size = item.radius * 2 * (0.52 if item.number < 10 else 0.44)
    width = runs_width(runs) * size
    draw_runs(canvas, runs, item.x - width / 2, item.y - size * 0.36, size, white)


def _badge(canvas: Canvas, item: BadgeItem) -> None:
    """Each kind of badge (dimension, size, words) is drawn once as a form and placed."""
    forms: dict[tuple[object, ...], str] = canvas.__dict__.setdefault("_normlab_badges", {})
    key = (item.dimension, round(item.size, 3), round(item.width, 3), item.text.source)
    name = forms.get(key)
    if name is None:
        name = forms[key] = f"badge{len(forms)}"
        canvas.beginForm(name, 0, 0, item.width, item.height)
        _badge_face(canvas, item)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(item.x, item.y)
    canvas.doForm(name)
    canvas.restoreState()


def _badge_face(canvas: Canvas, item: BadgeItem) -> None:
    canvas.setFillColor(item.tint)
    canvas.roundRect(0, 0, item.width, item.height, item.height / 2, stroke=0, fill=1)
    size = item.size
    icon = size * 1.05
    centre_y = item.height / 2
    draw_dimension_icon(canvas, item.dimension, size * 0.7 + icon / 2, centre_y, icon, item.colour)
    runs = item.text.runs(item.text.lines(1e9)[0])
    draw_runs(canvas, runs, size * (0.7 + BADGE_ICON), centre_y - size * 0.34, size, item.colour)


# --- one icon per dimension, for telling badges apart without colour -------------------------------------


def _operational(canvas: Canvas, x: float, y: float, s: float) -> None:
    """A rule book: a page with lines on it."""
    canvas.setLineWidth(s * 0.1)
    canvas.rect(x - s * 0.34, y - s * 0.44, s * 0.68, s * 0.88, stroke=1, fill=0)
    for offset in (0.2, 0.0, -0.2):
        canvas.line(x - s * 0.18, y + s * offset, x + s * 0.18, y + s * offset)


def _interpersonal(canvas: Canvas, x: float, y: float, s: float) -> None:
    """Two people side by side."""
    for dx in (-0.24, 0.24):
        canvas.circle(x + s * dx, y + s * 0.2, s * 0.15, stroke=0, fill=1)
        path = canvas.beginPath()
        path.moveTo(x + s * (dx - 0.24), y - s * 0.45)
        path.curveTo(
            x + s * (dx - 0.24),
            y + s * 0.05,
            x + s * (dx + 0.24),
            y + s * 0.05,
            x + s * (dx + 0.24),
            y - s * 0.45,
        )
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _discussional(canvas: Canvas, x: float, y: float, s: float) -> None:
    """Two speech bubbles, one answering the other."""
    canvas.setLineWidth(s * 0.09)
    canvas.roundRect(x - s * 0.48, y - s * 0.02, s * 0.58, s * 0.42, s * 0.12, stroke=1, fill=0)
    canvas.roundRect(x - s * 0.08, y - s * 0.44, s * 0.56, s * 0.4, s * 0.12, stroke=0, fill=1)


def _ideational(canvas: Canvas, x: float, y: float, s: float) -> None:
    """A light bulb."""
    canvas.circle(x, y + s * 0.1, s * 0.3, stroke=0, fill=1)
    canvas.rect(x - s * 0.14, y - s * 0.42, s * 0.28, s * 0.22, stroke=0, fill=1)


_ICONS: dict[Dimension, Callable[[Canvas, float, float, float], None]] = {
    Dimension.OPERATIONAL: _operational,
    Dimension.INTERPERSONAL: _interpersonal,
    Dimension.DISCUSSIONAL: _discussional,
    Dimension.IDEATIONAL: _ideational,
}


def draw_dimension_icon(
    canvas: Canvas, dimension: Dimension, x: float, y: float, size: float, colour: Color
) -> None:
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colour)
    _ICONS[dimension](canvas, x, y, size)
    canvas.restoreState()


__all__ = ["Item", "draw_dimension_icon", "draw_page", "draw_pages"]
