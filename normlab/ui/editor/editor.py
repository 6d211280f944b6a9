"""The open workspace, its undo stack and its change notices: what every view and action shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from normlab.domain.errors import ConflictError, NormlabError
from normlab.ui.editor.changes import ChangeBridge
from normlab.ui.editor.commands import ErrorHandler, Focus, WorkspaceCommand

if TYPE_CHECKING:
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

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.stack = QUndoStack(self)
        self.changes = ChangeBridge(self)
        self.changes.attach(ws)
        self._last_ok = True

    def push(self, command: WorkspaceCommand, *, on_error: ErrorHandler | None = None) -> bool:
        """Do ``command`` and keep it for undo; False (and nothing kept) when it failed.

        ``on_error`` takes the command's failures (now, and on a later undo or redo) instead of
        the window's error dialog: the meeting screen says them on screen.
        """
        command.on_error = self._reporter(on_error, command)
        command.on_focus = self._focus
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

    def switch(self, ws: Workspace) -> None:
        """Use another database: the old one is closed and its undo history dropped."""
        old = self.ws
        self.stack.clear()
        self.changes.attach(ws)
        self.ws = ws
        old.close()
        self.workspaceChanged.emit()

    def close(self) -> None:
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
