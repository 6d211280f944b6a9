"""Undo commands for reasons: add, edit, move between lanes, set the stance, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from normlab.domain.model import Dimension, Norm, Rationale, RationaleDraft, Stance
from normlab.ui.editor.commands import Focus, WorkspaceCommand, quoted
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import dimension_label

tr = translator("Commands")

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


class AddRationale(WorkspaceCommand):
    def __init__(
        self, ws: Workspace, norm: Norm, draft: RationaleDraft, *, position: int | None = None
    ) -> None:
        super().__init__(ws, fill(tr("Add reason to %1"), dimension_label(draft.dimension)))
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.draft = draft
        self.position = position
        self.rationale_id: int | None = None
        self._deleted: Rationale | None = None

    def typed(self) -> str:
        return self.draft.text

    def do(self) -> Focus:
        if self._deleted is None:
            self.rationale_id = self.ws.add_rationale(self.norm_id, self.draft, position=self.position)
        else:
            self.ws.restore_rationale(self._deleted)
        return Focus(self.team_id, self.norm_id, self.rationale_id)

    def revert(self) -> Focus:
        assert self.rationale_id is not None
        self._deleted = self.ws.delete_rationale(self.rationale_id)
        return Focus(self.team_id, self.norm_id)


class EditRationale(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, rationale: Rationale, text: str, voice: str) -> None:
        super().__init__(ws, fill(tr("Edit reason %1"), quoted(text, 30)))
        self.team_id = team_id
        self.norm_id = rationale.norm_id
        self.rationale_id = rationale.id
        self.new = (text, voice)
        self.old = (rationale.text, rationale.voice)

    def typed(self) -> str:
        return self.new[0]

    def do(self) -> Focus:
        text, voice = self.new
        self.old = self.ws.edit_rationale(self.rationale_id, text=text, voice=voice, expected=self.old)
        return Focus(self.team_id, self.norm_id, self.rationale_id)

    def revert(self) -> Focus:
        text, voice = self.old
        expected = (self.new[0].strip(), self.new[1].strip())
        self.ws.edit_rationale(self.rationale_id, text=text, voice=voice, expected=expected)
        return Focus(self.team_id, self.norm_id, self.rationale_id)


class MoveRationale(WorkspaceCommand):
    """Move a rationale to another lane; steps of the same rationale merge into one undo step."""

    merge_id = 2

    def __init__(self, ws: Workspace, team_id: int, rationale: Rationale, dimension: Dimension) -> None:
        super().__init__(ws, fill(tr("Move reason to %1"), dimension_label(dimension)))
        self.team_id = team_id
        self.norm_id = rationale.norm_id
        self.rationale_id = rationale.id
        self.dimension = dimension
        self.original = rationale.dimension

    def do(self) -> Focus:
        self.ws.move_rationale(self.rationale_id, self.dimension)
        return Focus(self.team_id, self.norm_id, self.rationale_id)

    def revert(self) -> Focus:
        self.ws.move_rationale(self.rationale_id, self.original)
        return Focus(self.team_id, self.norm_id, self.rationale_id)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, MoveRationale)
            or other.rationale_id != self.rationale_id
            or other.error is not None
        ):
            return False
        self.dimension = other.dimension
        self.setText(other.text())
        if self.dimension is self.original:
            self.setObsolete(True)
        return True


class SetStance(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, rationale: Rationale, stance: Stance) -> None:
        super().__init__(
            ws, tr("Mark reason as held") if stance is Stance.HELD else tr("Mark reason as proposed")
        )
        self.team_id = team_id
        self.norm_id = rationale.norm_id
        self.rationale_id = rationale.id
        self.stance = stance
        self.old = rationale.stance

    def do(self) -> Focus:
        self.old = self.ws.set_stance(self.rationale_id, self.stance)
        return Focus(self.team_id, self.norm_id, self.rationale_id)

    def revert(self) -> Focus:
        self.ws.set_stance(self.rationale_id, self.old)
        return Focus(self.team_id, self.norm_id, self.rationale_id)


class DeleteRationale(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, rationale: Rationale) -> None:
        super().__init__(ws, fill(tr("Delete reason %1"), quoted(rationale.text, 30)))
        self.team_id = team_id
        self.norm_id = rationale.norm_id
        self.rationale_id = rationale.id
        self._deleted: Rationale | None = None

    def do(self) -> Focus:
        self._deleted = self.ws.delete_rationale(self.rationale_id)
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        assert self._deleted is not None
        self.ws.restore_rationale(self._deleted)
        return Focus(self.team_id, self.norm_id, self.rationale_id)
