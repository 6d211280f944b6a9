"""Undo commands for what a norm rests on and when to look again: agree, reorder, review-by date.

Used by the lanes and by the meeting screen alike; in a meeting they carry its id, so the
revisions they record name it. Undo puts back exactly what the service said was stored before and
takes the recorded revision out of the history again; redo records a new one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from normlab.domain.model import Norm, Rationale
from normlab.ui.editor.commands import Focus, WorkspaceCommand, quoted
from normlab.ui.widgets.i18n import day_text, fill, translator

tr = translator("Commands")

if TYPE_CHECKING:
    from types import ModuleType

    from normlab.services.agreements import AgreedEdit, ReviewByEdit
    from normlab.services.workspace import Workspace


def _agreements() -> ModuleType:
    """The agreements service, imported when a first agreement is made (it loads the database layer)."""
    from normlab.services import agreements

    return agreements


class _AgreedCommand(WorkspaceCommand):
    """Base: ``first`` makes the edit the first time; undo and redo replay what it stored."""

    def __init__(self, ws: Workspace, text: str, norm: Norm, session_id: int | None) -> None:
        super().__init__(ws, text)
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.session_id = session_id
        self.seen = _agreements().agreed_state(norm)
        self.edit: AgreedEdit | None = None
        self.focus_id: int | None = None

    def first(self) -> AgreedEdit:
        raise NotImplementedError

    def do(self) -> Focus:
        if self.edit is None:
            self.edit = self.first()
        else:
            self.edit = _agreements().set_agreed(
                self.ws, self.norm_id, self.edit.after, expected=self.edit.before, session_id=self.session_id
            )
        return Focus(self.team_id, self.norm_id, self.focus_id)

    def revert(self) -> Focus:
        assert self.edit is not None
        _agreements().undo_agreed(self.ws, self.edit)
        return Focus(self.team_id, self.norm_id, self.focus_id)


class ToggleAgreed(_AgreedCommand):
    """Agree that the norm rests on a reason (at most two), or take that agreement back."""

    def __init__(
        self,
        ws: Workspace,
        norm: Norm,
        rationale: Rationale,
        *,
        on: date | None = None,
        session_id: int | None = None,
    ) -> None:
        verb = (
            tr("No longer agree %1")
            if rationale.agreed
            else tr("Agree %1", "agree that the norm rests on a reason")
        )
        super().__init__(ws, fill(verb, quoted(rationale.text, 30)), norm, session_id)
        self.rationale_id = self.focus_id = rationale.id
        self.agreeing = not rationale.agreed
        self.on = on

    def first(self) -> AgreedEdit:
        if self.agreeing:
            return _agreements().agree(
                self.ws, self.rationale_id, on=self.on, expected=self.seen, session_id=self.session_id
            )
        return _agreements().unagree(
            self.ws, self.rationale_id, expected=self.seen, session_id=self.session_id
        )


class PutAgreedFirst(_AgreedCommand):
    """Make an agreed reason the first the norm rests on (the first a poster prints)."""

    def __init__(
        self, ws: Workspace, norm: Norm, rationale: Rationale, *, session_id: int | None = None
    ) -> None:
        super().__init__(ws, fill(tr("Put %1 first"), quoted(rationale.text, 30)), norm, session_id)
        self.rationale_id = self.focus_id = rationale.id
        others = [i for i, _ in self.seen if i != rationale.id]
        self.order = [rationale.id, *others]

    def first(self) -> AgreedEdit:
        return _agreements().reorder_agreed(
            self.ws, self.norm_id, self.order, expected=self.seen, session_id=self.session_id
        )


def review_text(day: date | None) -> str:
    return fill(tr("Review by %1"), day_text(day)) if day is not None else tr("Clear the review date")


class SetReviewBy(WorkspaceCommand):
    """Set or clear the day by which the team means to look at a norm again."""

    def __init__(self, ws: Workspace, norm: Norm, day: date | None, *, session_id: int | None = None) -> None:
        super().__init__(ws, review_text(day))
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.day = day
        self.seen = norm.review_by
        self.session_id = session_id
        self.edit: ReviewByEdit | None = None

    def do(self) -> Focus:
        expected = self.seen if self.edit is None else self.edit.before
        self.edit = _agreements().set_review_by(
            self.ws, self.norm_id, self.day, expected=expected, session_id=self.session_id
        )
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        assert self.edit is not None
        _agreements().undo_review_by(self.ws, self.edit)
        return Focus(self.team_id, self.norm_id)
