"""The base of the undo commands: one small QUndoCommand per kind of edit, in team_commands,
norm_commands and rationale_commands.

Each command calls one workspace service to do its edit and keeps what the service returned, so
that undo can call the matching service back. Things that undo deletes (a team, a norm, a
rationale) are kept whole and restored with their original ids on redo, so later commands on the
stack that refer to those ids stay valid.

A command whose service fails (for instance a ConflictError on a shared database) reports the
error through ``on_error`` and marks itself obsolete, so the QUndoStack drops it instead of
pretending the edit happened. After a successful step it asks the window, through ``on_focus``,
to show what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QUndoCommand

from normlab.domain.errors import NormlabError

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace
from normlab.ui.widgets.i18n import fill, translator

tr = translator("Commands")


@dataclass(frozen=True, slots=True)
class Focus:
    """What the window should show after a step: a team, a norm in it, a rationale of that norm."""

    team_id: int | None = None
    norm_id: int | None = None
    rationale_id: int | None = None


ErrorHandler = Callable[[str, NormlabError], None]
FocusHandler = Callable[[Focus], None]


def quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


class WorkspaceCommand(QUndoCommand):
    """Base: ``do`` and ``revert`` call the workspace and return where to put the focus."""

    merge_id: ClassVar[int] = -1

    def __init__(self, ws: Workspace, text: str) -> None:
        super().__init__(text)
        self.ws = ws
        self.on_error: ErrorHandler | None = None
        self.on_focus: FocusHandler | None = None
        self.error: NormlabError | None = None

    def typed(self) -> str:
        """The words the person typed for this edit, if any: kept when the edit is refused."""
        return ""

    def do(self) -> Focus | None:
        raise NotImplementedError

    def revert(self) -> Focus | None:
        raise NotImplementedError

    def redo(self) -> None:
        self._step(self.do, tr.noop("%1 could not be done", "%1 is an edit: 'Add norm “Listen”'"))

    def undo(self) -> None:
        self._step(self.revert, tr.noop("%1 could not be undone", "%1 is an edit: 'Add norm “Listen”'"))

    def id(self) -> int:
        return self.merge_id

    def _step(self, step: Callable[[], Focus | None], failure: str) -> None:
        try:
            focus = step()
        except NormlabError as exc:
            self.error = exc
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(fill(tr(failure), self.text()), exc)
            return
        self.error = None
        if focus is not None and self.on_focus is not None:
            self.on_focus(focus)
