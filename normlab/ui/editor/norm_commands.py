"""Undo commands for norms: add, delete, set a field, reword, move."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from normlab.domain.model import Norm, RationaleDraft, Status
from normlab.ui.editor.commands import Focus, WorkspaceCommand, quoted
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import status_label

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace

tr = translator("Commands")

SET_FIELD = {
    "setting": tr.noop("Set setting to %1"),
    "regulates": tr.noop("Set who it regulates to %1"),
    "status": tr.noop("Set status to %1"),
}


class AddNorm(WorkspaceCommand):
    def __init__(
        self,
        ws: Workspace,
        team_id: int,
        text: str,
        *,
        position: int | None = None,
        setting: str = "",
        rationales: tuple[RationaleDraft, ...] = (),
    ) -> None:
        super().__init__(ws, fill(tr("Add norm %1"), quoted(text)))
        self.team_id = team_id
        self.norm_text = text
        self.position = position
        self.setting = setting
        self.rationales = rationales
        self.norm_id: int | None = None
        self._deleted: Norm | None = None

    def do(self) -> Focus:
        if self._deleted is None:
            self.norm_id = self.ws.add_norm(
                self.team_id,
                self.norm_text,
                setting=self.setting,
                position=self.position,
                rationales=self.rationales,
            )
        else:
            self.ws.restore_norm(self._deleted)
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        assert self.norm_id is not None
        self._deleted = self.ws.delete_norm(self.norm_id)
        return Focus(self.team_id)


class DeleteNorm(WorkspaceCommand):
    def __init__(self, ws: Workspace, norm: Norm) -> None:
        super().__init__(ws, fill(tr("Delete norm %1"), quoted(norm.text)))
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self._deleted: Norm | None = None

    def do(self) -> Focus:
        self._deleted = self.ws.delete_norm(self.norm_id)
        return Focus(self.team_id)

    def revert(self) -> Focus:
        assert self._deleted is not None
        self.ws.restore_norm(self._deleted)
        return Focus(self.team_id, self.norm_id)


class SetNormField(WorkspaceCommand):
    def __init__(self, ws: Workspace, norm: Norm, field: str, value: str) -> None:
        if field == "status":
            shown = status_label(Status(value))
        else:
            shown = quoted(value) if value.strip() else tr("nothing", "set a field to nothing")
        super().__init__(ws, fill(tr(SET_FIELD[field]), shown))
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.field = field
        self.value = value
        self.old = str(getattr(norm, field))

    def typed(self) -> str:
        return self.value

    def do(self) -> Focus:
        self.old = self.ws.set_norm_field(self.norm_id, self.field, self.value, expected=self.old)
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        self.ws.set_norm_field(self.norm_id, self.field, self.old, expected=self.value.strip())
        return Focus(self.team_id, self.norm_id)


class RewordNorm(WorkspaceCommand):
    """Reword a norm; in a meeting (``session_id``) the revision names that meeting."""

    def __init__(
        self, ws: Workspace, norm: Norm, text: str, note: str = "", *, session_id: int | None = None
    ) -> None:
        super().__init__(ws, fill(tr("Reword norm to %1"), quoted(text)))
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.old_text = norm.text
        self.new_text = text
        self.note = note
        self.session_id = session_id
        self.revision_id: int | None = None

    def typed(self) -> str:
        return self.new_text

    def do(self) -> Focus:
        self.revision_id = self.ws.reword_norm(
            self.norm_id, self.new_text, note=self.note, expected=self.old_text, session_id=self.session_id
        )
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        assert self.revision_id is not None
        self.ws.revert_revision(self.revision_id)
        return Focus(self.team_id, self.norm_id)


class MoveNorm(WorkspaceCommand):
    """Move a norm in its team's order; repeated moves of the same norm become one undo step."""

    merge_id = 1

    def __init__(self, ws: Workspace, norm: Norm, index: int) -> None:
        super().__init__(ws, fill(tr("Move norm %1"), quoted(norm.text)))
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.index = index
        self.old_index: int | None = None

    def do(self) -> Focus:
        old = self.ws.move_norm(self.norm_id, self.index)
        if self.old_index is None:
            self.old_index = old
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        assert self.old_index is not None
        self.ws.move_norm(self.norm_id, self.old_index)
        return Focus(self.team_id, self.norm_id)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNorm) or other.norm_id != self.norm_id or other.error is not None:
            return False
        self.index = other.index
        if self.index == self.old_index:
            self.setObsolete(True)
        return True


class AddNorms(WorkspaceCommand):
    """Norms added to an existing team by another service (a starter set copied into it): undo
    deletes just those norms, redo puts them back with their ids."""

    def __init__(self, ws: Workspace, team_id: int, text: str, create: Callable[[], list[int]]) -> None:
        super().__init__(ws, text)
        self.team_id = team_id
        self._create = create
        self.norm_ids: list[int] = []
        self._deleted: list[Norm] = []

    def do(self) -> Focus:
        if not self._deleted:
            self.norm_ids = self._create()
        else:
            for norm in self._deleted:
                self.ws.restore_norm(norm)
        return Focus(self.team_id, self.norm_ids[0] if self.norm_ids else None)

    def revert(self) -> Focus:
        self._deleted = [self.ws.delete_norm(norm_id) for norm_id in reversed(self.norm_ids)][::-1]
        return Focus(self.team_id)
