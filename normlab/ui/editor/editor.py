"""The open workspace, its undo stack and its change notices: what every view and action shares.

When the database cannot be reached (a shared server restarting, the network gone), an edit is not
lost: it waits, in order, with the ones after it, the window says so, and every ``RETRY_MS`` the
editor checks the database again and saves them as soon as it answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from normlab.domain.errors import ConflictError, NormlabError
from normlab.services.opening import when_open
from normlab.ui.editor.changes import ChangeBridge
from normlab.ui.editor.commands import ErrorHandler, Focus, WorkspaceCommand

if TYPE_CHECKING:
    from normlab.services.backups import AutoBackup
    from normlab.services.workspace import Workspace


class Editor(QObject):
    """Runs commands on the undo stack and routes their errors and focus requests to the window."""

    focusRequested = Signal(object)
    """A ``Focus``: what the window should show after a command ran, was undone or redone."""
    failed = Signal(str, str)
    """A command failed: (what could not be done, the error in plain words)."""
    refused = Signal(str, str, str)
    """A command was refused because someone else changed the same thing first (a ConflictError):
    (what could not be done, the error in plain words, the words the person typed for it)."""
    workspaceChanged = Signal()
    waitingChanged = Signal(int)
    """How many edits are waiting for the database to be reachable again (0: all saved)."""

    RETRY_MS = 2000

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.stack = QUndoStack(self)
        self.changes = ChangeBridge(self)
        self.changes.attach(ws)
        self._last_ok = True
        self._waiting: list[WorkspaceCommand] = []
        self._retry = QTimer(self, interval=self.RETRY_MS)
        self._retry.timeout.connect(self._save_waiting)
        self._backups: AutoBackup | None = None

    def start_backups(self) -> None:
        """Back the database up now and then every few minutes of editing (SQLite files only)."""
        self._stop_backups()
        when_open(self.ws, self._start_backups_now)

    def _start_backups_now(self) -> None:
        from normlab.services.backups import AutoBackup  # loads the store: not before the first paint

        self._backups = AutoBackup(self.ws)
        self._backups.start()

    def _stop_backups(self) -> None:
        if self._backups is not None:
            self._backups.stop()

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def push(self, command: WorkspaceCommand, *, on_error: ErrorHandler | None = None) -> bool:
        """Do ``command`` and keep it for undo; False (and nothing kept) when it failed.

        ``on_error`` takes the command's failures (now, and on a later undo or redo) instead of
        the window's error dialog: the meeting screen says them on screen. If the database cannot
        be reached, the command waits (True: it is kept, not lost) and is saved when it can be.
        """
        command.on_error = self._reporter(on_error, command)
        command.on_focus = self._focus
        if self._waiting or not self.ws.reachable():
            self._waiting.append(command)
            self._retry.start()
            self.waitingChanged.emit(len(self._waiting))
            return True
        self._last_ok = True
        self.stack.push(command)
        return self._last_ok

    def _reporter(self, on_error: ErrorHandler | None, command: WorkspaceCommand) -> ErrorHandler:
        if on_error is None:
            return lambda what, exc: self._report(what, exc, command)

        def report(what: str, exc: NormlabError) -> None:
            self._last_ok = False
            on_error(what, exc)

        return report

    def save_waiting(self) -> bool:
        """Try once more to save the edits waiting for the database; True when none is left."""
        self._save_waiting()
        return not self._waiting

    def _save_waiting(self) -> None:
        if not self._waiting or not self.ws.reachable():
            return
        while self._waiting:
            command = self._waiting.pop(0)
            self._last_ok = True
            self.stack.push(command)
        self._retry.stop()
        self.waitingChanged.emit(0)

    def switch(self, ws: Workspace) -> None:
        """Use another database: the old one is closed and its undo history dropped."""
        old = self.ws
        backing_up = self._backups is not None
        self._stop_backups()
        self._backups = None
        self.stack.clear()
        self.changes.attach(ws)
        self.ws = ws
        old.close()
        if backing_up:
            self.start_backups()
        self.workspaceChanged.emit()

    def close(self) -> None:
        self._stop_backups()
        self.changes.detach()
        self.ws.close()

    def _report(self, what: str, exc: NormlabError, command: WorkspaceCommand | None = None) -> None:
        self._last_ok = False
        if isinstance(exc, ConflictError):
            self.refused.emit(what, str(exc), command.typed() if command is not None else "")
        else:
            self.failed.emit(what, str(exc))

    def _focus(self, focus: Focus) -> None:
        self.focusRequested.emit(focus)
