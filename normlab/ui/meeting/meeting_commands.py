"""Undo commands a meeting adds to the editor's: decide about a norm, change the meeting's record, end it.

Everything else a meeting does (add a reason, move it, agree it, reword, set a review date) is the
editor's own command given the meeting's id.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from normlab.domain.model import Consensus, Norm, Outcome
from normlab.services import meetings
from normlab.services.meetings import DecisionEdit, SessionEdit
from normlab.services.workspace import Workspace
from normlab.ui.editor.commands import Focus, WorkspaceCommand, quoted
from normlab.ui.widgets.i18n import day_text, fill, translator

tr = translator("Meeting")

VERBS = {
    Outcome.KEEP: tr.noop("Keep %1", "undo text"),
    Outcome.REVISE: tr.noop("Revise %1", "undo text"),
    Outcome.RETIRE: tr.noop("Retire %1", "undo text"),
}


class Decide(WorkspaceCommand):
    """Record what the meeting decided about a norm (again: replace it), with an optional consensus check."""

    def __init__(
        self,
        ws: Workspace,
        session_id: int,
        norm: Norm,
        outcome: Outcome,
        *,
        consensus: Consensus | None = None,
        note: str = "",
        seen: Any = meetings.UNCHECKED,
    ) -> None:
        super().__init__(ws, fill(tr(VERBS[outcome]), quoted(norm.text, 30)))
        self.session_id = session_id
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.outcome = outcome
        self.consensus = consensus
        self.note = note
        self.seen = seen
        self.edit: DecisionEdit | None = None

    def do(self) -> Focus:
        if self.edit is None:
            self.edit = meetings.decide(
                self.ws,
                self.session_id,
                self.norm_id,
                self.outcome,
                note=self.note,
                consensus=self.consensus,
                expected=self.seen,
            )
        else:
            self.edit = meetings.redo_decision(self.ws, self.edit)
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        assert self.edit is not None
        meetings.undo_decision(self.ws, self.edit)
        return Focus(self.team_id, self.norm_id)


class UpdateSession(WorkspaceCommand):
    """Change who came, the agenda, the time box or the notes of a meeting."""

    def __init__(self, ws: Workspace, session_id: int, text: str, **fields: Any) -> None:
        super().__init__(ws, text)
        self.session_id = session_id
        self.fields = fields
        self.edit: SessionEdit | None = None

    def do(self) -> None:
        expected = self.edit.before if self.edit is not None else meetings.UNCHECKED
        self.edit = meetings.update_session(self.ws, self.session_id, expected=expected, **self.fields)

    def revert(self) -> None:
        assert self.edit is not None
        meetings.restore_session_fields(self.ws, self.edit)


class EndMeeting(WorkspaceCommand):
    """End the meeting (it is kept, and no longer offered to be continued); undo takes it up again."""

    def __init__(self, ws: Workspace, session_id: int, held_on: date) -> None:
        super().__init__(ws, fill(tr("End the meeting of %1"), day_text(held_on)))
        self.session_id = session_id

    def do(self) -> None:
        meetings.end_session(self.ws, self.session_id)

    def revert(self) -> None:
        meetings.continue_session(self.ws, self.session_id)
