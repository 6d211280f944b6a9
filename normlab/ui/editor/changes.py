"""The workspace's change notices, adapted once to a Qt signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from normlab.services.changes import Change

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


class ChangeBridge(QObject):
    """Relays every committed edit's ``Change`` as ``changed``; delivered synchronously."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None

    def attach(self, ws: Workspace) -> None:
        self.detach()
        self._ws = ws
        ws.changes.subscribe(self._relay)

    def detach(self) -> None:
        if self._ws is not None:
            self._ws.changes.unsubscribe(self._relay)
            self._ws = None

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
