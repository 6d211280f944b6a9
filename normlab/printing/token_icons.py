"""One icon per kind of token, drawn as plain shapes, so the kinds are told apart without colour:
on a black-and-white copier and by colour-blind pupils.

talk: a speech bubble; agree: a tick; disagree: a "not equal" sign; build on: a plus;
ask: a question mark. Each is drawn in a box of the given size centred on (x, y).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

ICONS = ("talk", "agree", "disagree", "build", "ask")

Draw = Callable[[Canvas, float, float, float], None]


def _talk(canvas: Canvas, x: float, y: float, size: float) -> None:
    w, h = size, size * 0.68
    left, bottom = x - w / 2, y - h / 2 + size * 0.12
    canvas.roundRect(left, bottom, w, h, h * 0.32, stroke=0, fill=1)
    path = canvas.beginPath()
    path.moveTo(left + w * 0.22, bottom + 1)
    path.lineTo(left + w * 0.12, bottom - size * 0.3)
    path.lineTo(left + w * 0.48, bottom + 1)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _agree(canvas: Canvas, x: float, y: float, size: float) -> None:
    canvas.setLineWidth(size * 0.18)
    path = canvas.beginPath()
    path.moveTo(x - size * 0.42, y + size * 0.02)
    path.lineTo(x - size * 0.12, y - size * 0.3)
    path.lineTo(x + size * 0.44, y + size * 0.36)
    canvas.drawPath(path, stroke=1, fill=0)


def _disagree(canvas: Canvas, x: float, y: float, size: float) -> None:
    bar = size * 0.14
    for offset in (0.17, -0.17):
        canvas.rect(x - size * 0.42, y + size * offset - bar / 2, size * 0.84, bar, stroke=0, fill=1)
    canvas.setLineWidth(size * 0.14)
    canvas.line(x + size * 0.2, y + size * 0.45, x - size * 0.2, y - size * 0.45)


def _build(canvas: Canvas, x: float, y: float, size: float) -> None:
    bar = size * 0.22
    canvas.rect(x - size * 0.42, y - bar / 2, size * 0.84, bar, stroke=0, fill=1)
    canvas.rect(x - bar / 2, y - size * 0.42, bar, size * 0.84, stroke=0, fill=1)


def _ask(canvas: Canvas, x: float, y: float, size: float) -> None:
    canvas.setLineWidth(size * 0.17)
    path = canvas.beginPath()
    path.arc(x - size * 0.26, y - size * 0.02, x + size * 0.26, y + size * 0.5, 170, -250)
    path.lineTo(x, y - size * 0.16)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.circle(x, y - size * 0.4, size * 0.1, stroke=0, fill=1)


_DRAW: dict[str, Draw] = {
    "talk": _talk,
    "agree": _agree,
    "disagree": _disagree,
    "build": _build,
    "ask": _ask,
}


def draw_icon(canvas: Canvas, name: str, x: float, y: float, size: float, colour: Color) -> None:
    """Draw the named icon (nothing for an unknown or empty name)."""
    draw = _DRAW.get(name)
    if draw is None:
        return
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colour)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    draw(canvas, x, y, size)
    canvas.restoreState()
