"""Type sizes of the meeting screen: fractions of the screen's height, times the zoom.

Built for a projector read from 6 m: the norm's wording is at least 1/20 of the height, the reasons
about half that, so a room can read them; Ctrl++ / Ctrl+- / Ctrl+0 change the zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

ZOOM_STEP = 1.15
ZOOM_LIMITS = (0.6, 2.0)


@dataclass(frozen=True, slots=True)
class Scale:
    height: int
    zoom: float = 1.0

    def _px(self, fraction: float, smallest: float) -> int:
        return round(max(self.height * fraction, smallest) * self.zoom)

    @property
    def wording(self) -> int:
        """The norm's wording: 1/17 of the height (at least 1/20 at the smallest zoom step)."""
        return self._px(1 / 17, 22)

    @property
    def reason(self) -> int:
        return self._px(1 / 34, 14)

    def reason_for(self, most_in_a_column: int) -> int:
        """Reasons as large as the fullest column allows: fewer reasons, larger type."""
        if most_in_a_column <= 2:
            return self._px(1 / 27, 15)
        if most_in_a_column <= 4:
            return self._px(1 / 31, 14)
        return self.reason

    @property
    def heading(self) -> int:
        return self._px(1 / 38, 13)

    @property
    def small(self) -> int:
        return self._px(1 / 56, 11)

    @property
    def gap(self) -> int:
        return max(4, round(self.height / 120 * self.zoom))

    def zoomed(self, step: int) -> Scale:
        """One step in (1), out (-1), or back to 100 % (0)."""
        zoom = 1.0 if step == 0 else self.zoom * ZOOM_STEP**step
        low, high = ZOOM_LIMITS
        return Scale(self.height, round(min(high, max(low, zoom)), 3))

    def at_height(self, height: int) -> Scale:
        return Scale(max(200, height), self.zoom)
