"""Where round tokens go on a page: pure geometry in points, no drawing, so it can be tested exactly.

Tokens are packed in straight rows or in staggered (hexagonal) rows, whichever holds more, and the
whole arrangement is centred on the page so the margins stay equal. The back of a portrait page printed
double-sided and flipped on the long edge is the front mirrored left to right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Sheet:
    """Token centres on one page, in reading order (top row first, left to right)."""

    width: float
    height: float
    diameter: float
    centres: tuple[Point, ...]

    @property
    def capacity(self) -> int:
        return len(self.centres)


def _rows(usable: float, diameter: float, pitch: float) -> int:
    return 0 if usable < diameter else int((usable - diameter) // pitch + 1e-9) + 1


def _straight(width: float, height: float, diameter: float, pitch: float) -> list[Point]:
    cols = _rows(width, diameter, pitch)
    rows = _rows(height, diameter, pitch)
    return [(col * pitch, -row * pitch) for row in range(rows) for col in range(cols)]


def _staggered(width: float, height: float, diameter: float, pitch: float) -> list[Point]:
    """Every other row shifted by half a pitch and rows closer together: about 15% more tokens."""
    row_pitch = pitch * math.sqrt(3) / 2
    rows = _rows(height, diameter, row_pitch)
    full = _rows(width, diameter, pitch)
    shifted = _rows(width - pitch / 2, diameter, pitch)
    points: list[Point] = []
    for row in range(rows):
        offset, cols = (pitch / 2, shifted) if row % 2 else (0.0, full)
        points += [(offset + col * pitch, -row * row_pitch) for col in range(cols)]
    return points


def pack(width: float, height: float, diameter: float, margin: float, gap: float) -> Sheet:
    """The most tokens of this diameter that fit inside the margins, at least gap apart, centred."""
    usable_w, usable_h = width - 2 * margin, height - 2 * margin
    pitch = diameter + gap
    candidates = [
        _straight(usable_w, usable_h, diameter, pitch),
        _staggered(usable_w, usable_h, diameter, pitch),
    ]
    points = max(candidates, key=len)
    if not points:
        return Sheet(width, height, diameter, ())
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    # Centre the block of circles (centres span min..max, circles add a radius each side).
    dx = width / 2 - (min(xs) + max(xs)) / 2
    dy = height / 2 - (min(ys) + max(ys)) / 2
    return Sheet(width, height, diameter, tuple((x + dx, y + dy) for x, y in points))


def mirror_long_edge(centres: tuple[Point, ...], width: float, height: float) -> tuple[Point, ...]:
    """Where each token's back must go so it lands behind its front when the sheet is turned over
    about its long edge: left-right on a portrait page, top-bottom on a landscape one."""
    if width <= height:
        return tuple((width - x, y) for x, y in centres)
    return tuple((x, height - y) for x, y in centres)
