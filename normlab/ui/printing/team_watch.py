"""Following one team's committed edits while a dialog shows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from normlab.services.changes import Change
from normlab.services.workspace import Workspace


class TeamWatch(QObject):
    """Says ``reload`` once after a burst of edits of the team (or of the list of teams), while the
    dialog is shown; a dialog shown again after a while is told to catch up."""

    reload = Signal()

    def __init__(self, workspace: Workspace, team_id: int, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.workspace = workspace
        self.team_id = team_id
        self._subscribed = False
        self._ever_shown = False
        self._pending = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self._subscribed:
            self.workspace.changes.subscribe(self._on_change)
            self._subscribed = True
            if self._ever_shown:
                self._later()
            self._ever_shown = True
        elif event.type() == QEvent.Type.Hide and self._subscribed:
            self.workspace.changes.unsubscribe(self._on_change)
            self._subscribed = False
        return False

    def _on_change(self, change: Change) -> None:
        if change.team_id == self.team_id or change.teams:
            self._later()

    def _later(self) -> None:
        if self._pending:
            return
        self._pending = True
        try:
            QTimer.singleShot(0, self, self._fire)
        except RuntimeError:  # the dialog is gone but was never hidden
            self.workspace.changes.unsubscribe(self._on_change)

    def _fire(self) -> None:
        self._pending = False
        self.reload.emit()
