"""Where round tokens go on a page: pure geometry in points, no drawing, so it can be tested exactly.

Two layouts: a grid (rows and columns with cut lines between them, for a guillotine or a circle
punch) and hex (staggered rows, the most tokens per page, for scissors). The arrangement is centred
in the space the margins and the band at the bottom (check line, "how to print" box) leave.

Double-sided printing turns the sheet over about one edge; a token's back must then be drawn where
the front's point lands on the back page: mirrored left-right when the sheet turns about a vertical
edge (the long edge of a portrait page, the short edge of a landscape one), top-bottom otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

Point = tuple[float, float]
Segment = tuple[Point, Point]


class TokenLayout(StrEnum):
    GRID = "grid"
    HEX = "hex"


class DuplexEdge(StrEnum):
    LONG = "long"
    SHORT = "short"


@dataclass(frozen=True, slots=True)
class Sheet:
    """Token centres on one page, in reading order (top row first, left to right)."""

    width: float
    height: float
    diameter: float
    centres: tuple[Point, ...]
    pitch: float = 0.0
    layout: TokenLayout = TokenLayout.GRID

    @property
    def capacity(self) -> int:
        return len(self.centres)

    def cut_lines(self) -> tuple[Segment, ...]:
        """For a grid: the lines between rows and columns (and around the block), each running the
        block's full width or height so a guillotine can follow it. None for hex."""
        if self.layout is not TokenLayout.GRID or not self.centres:
            return ()
        half = self.pitch / 2
        xs = sorted({round(x, 6) for x, _ in self.centres})
        ys = sorted({round(y, 6) for _, y in self.centres})
        left, right = xs[0] - half, xs[-1] + half
        bottom, top = ys[0] - half, ys[-1] + half
        verticals = [((x - half, bottom), (x - half, top)) for x in xs] + [((right, bottom), (right, top))]
        horizontals = [((left, y - half), (right, y - half)) for y in ys] + [((left, top), (right, top))]
        return tuple(verticals + horizontals)


def _count(usable: float, diameter: float, pitch: float) -> int:
    return 0 if usable < diameter else int((usable - diameter) // pitch + 1e-9) + 1


def _grid(width: float, height: float, diameter: float, pitch: float) -> list[Point]:
    cols = _count(width, diameter, pitch)
    rows = _count(height, diameter, pitch)
    return [(col * pitch, -row * pitch) for row in range(rows) for col in range(cols)]


def _staggered(width: float, height: float, diameter: float, pitch: float) -> list[Point]:
    """Every other row shifted by half a pitch and rows closer together: about 15% more tokens."""
    row_pitch = pitch * math.sqrt(3) / 2
    rows = _count(height, diameter, row_pitch)
    full = _count(width, diameter, pitch)
    shifted = _count(width - pitch / 2, diameter, pitch)
    points: list[Point] = []
    for row in range(rows):
        offset, cols = (pitch / 2, shifted) if row % 2 else (0.0, full)
        points += [(offset + col * pitch, -row * row_pitch) for col in range(cols)]
    return points


def pack(
    width: float,
    height: float,
    diameter: float,
    margin: float,
    gap: float,
    layout: TokenLayout = TokenLayout.GRID,
    band: float = 0.0,
) -> Sheet:
    """The most tokens of this diameter that fit inside the margins and above a band of this height
    at the bottom, at least gap apart, centred in that space."""
    usable_w, usable_h = width - 2 * margin, height - 2 * margin - band
    pitch = diameter + gap
    if layout is TokenLayout.GRID:
        points = _grid(usable_w, usable_h, diameter, pitch)
    else:
        points = max(
            (_staggered(usable_w, usable_h, diameter, pitch), _grid(usable_w, usable_h, diameter, pitch)),
            key=len,
        )
    if not points:
        return Sheet(width, height, diameter, (), pitch, layout)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    dx = width / 2 - (min(xs) + max(xs)) / 2
    dy = margin + band + usable_h / 2 - (min(ys) + max(ys)) / 2
    return Sheet(width, height, diameter, tuple((x + dx, y + dy) for x, y in points), pitch, layout)


def turns_left_right(width: float, height: float, edge: DuplexEdge) -> bool:
    """Whether the sheet turns over about a vertical edge of the page (so backs mirror left-right)."""
    long_is_vertical = height >= width
    return long_is_vertical == (edge is DuplexEdge.LONG)


def behind(point: Point, width: float, height: float, edge: DuplexEdge) -> Point:
    """Where on the back page a point of the front page lands when printed double-sided."""
    x, y = point
    return (width - x, y) if turns_left_right(width, height, edge) else (x, height - y)


def backs(sheet: Sheet, edge: DuplexEdge) -> tuple[Point, ...]:
    return tuple(behind(p, sheet.width, sheet.height, edge) for p in sheet.centres)


def mirror_long_edge(centres: tuple[Point, ...], width: float, height: float) -> tuple[Point, ...]:
    """Backs for printers that turn the sheet over about its long edge."""
    return tuple(behind(p, width, height, DuplexEdge.LONG) for p in centres)


def plan_pages(capacities: list[int], set_size: int, sets: int) -> list[list[tuple[int, int]]]:
    """Which (set, token within set) goes in which slot of which page, keeping each set on one page
    when it fits on one; capacities gives the slots of page 1, page 2… (the last repeats)."""
    pages: list[list[tuple[int, int]]] = [[]]

    def capacity(index: int) -> int:
        return capacities[min(index, len(capacities) - 1)]

    for person in range(sets):
        free = capacity(len(pages) - 1) - len(pages[-1])
        if pages[-1] and set_size > free:
            pages.append([])
        for token in range(set_size):
            if len(pages[-1]) >= capacity(len(pages) - 1):
                pages.append([])
            pages[-1].append((person, token))
    return [page for page in pages if page]
