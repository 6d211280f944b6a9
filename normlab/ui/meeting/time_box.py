"""The optional time box: minutes per norm, counted down on screen while that norm is shown."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from normlab.ui.widgets.i18n import fill, translator

tr = translator("Meeting")


def clock(seconds: float) -> str:
    whole = round(abs(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class TimeBox(QObject):
    """Counts each norm's minutes while it is on screen; going back to a norm goes on where it stopped."""

    def __init__(self, minutes: int | None, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.label = label
        self.used: dict[int, float] = {}
        self._norm: int | None = None
        self._since: float | None = None
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._tick)
        label.setVisible(minutes is not None)

    def show_norm(self, norm_id: int) -> None:
        if self.minutes is None or norm_id == self._norm:
            return
        self._pause()
        self._norm = norm_id
        self._since = time.monotonic()
        self._timer.start()
        self._tick()

    def restart(self, norm_id: int) -> None:
        if self.minutes is None:
            return
        self.used[norm_id] = 0.0
        self._norm = None
        self.show_norm(norm_id)

    def stop(self) -> None:
        self._pause()
        self._norm = None
        self._timer.stop()

    def _pause(self) -> None:
        if self._norm is not None and self._since is not None:
            self.used[self._norm] = self.used.get(self._norm, 0.0) + time.monotonic() - self._since
        self._since = None

    def remaining(self) -> float:
        if self.minutes is None or self._norm is None:
            return 0.0
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self.minutes * 60 - self.used.get(self._norm, 0.0) - running

    def _tick(self) -> None:
        left = self.remaining()
        if left >= 0:
            self.label.setText(fill(tr("⏱ %1 left"), clock(left)))
        else:
            self.label.setText(fill(tr("⏱ Time's up (+%1)"), clock(left)))
