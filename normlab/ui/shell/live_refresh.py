"""Other writers' changes appear in the open window by themselves: a cheap counter polled each second."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from normlab.services.watch import ChangeWatch
    from normlab.services.workspace import Workspace

POLL_MS = 1000
"""Another writer's edit shows within this (plus the time the refresh takes): under 2 s."""


class LiveRefresh(QObject):
    """Emits ``refreshNeeded`` when someone else committed; waits while ``busy()`` (an edit is open)."""

    refreshNeeded = Signal()

    def __init__(self, busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = busy
        self._watch: ChangeWatch | None = None
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def attach(self, ws: Workspace) -> None:
        from normlab.services.watch import ChangeWatch

        self.detach()
        try:
            self._watch = ChangeWatch(ws)
        except Exception:  # a database that cannot be watched still works; F5 refreshes it
            self._watch = None
            return
        self.timer.start()

    def detach(self) -> None:
        self.timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self._pending = False

    def poll(self) -> None:
        if self._watch is not None and self._watch.poll():
            self._pending = True
        if self._pending and not self._busy():
            self._pending = False
            self.refreshNeeded.emit()
