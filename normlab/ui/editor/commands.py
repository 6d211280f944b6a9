"""One small QUndoCommand per kind of edit.

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
from typing import ClassVar

from PySide6.QtGui import QUndoCommand

from normlab.domain.errors import NormlabError
from normlab.domain.model import Dimension, Norm, Rationale, RationaleDraft, Stance, Status, Team
from normlab.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Focus:
    """What the window should show after a step: a team, a norm in it, a rationale of that norm."""

    team_id: int | None = None
    norm_id: int | None = None
    rationale_id: int | None = None


ErrorHandler = Callable[[str, NormlabError], None]
FocusHandler = Callable[[Focus], None]

FIELD_NAMES = {"setting": "setting", "regulates": "who it regulates", "status": "status"}


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

    def do(self) -> Focus | None:
        raise NotImplementedError

    def revert(self) -> Focus | None:
        raise NotImplementedError

    def redo(self) -> None:
        self._step(self.do, "could not be done")

    def undo(self) -> None:
        self._step(self.revert, "could not be undone")

    def id(self) -> int:
        return self.merge_id

    def _step(self, step: Callable[[], Focus | None], failure: str) -> None:
        try:
            focus = step()
        except NormlabError as exc:
            self.error = exc
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(f"{self.text()} {failure}", exc)
            return
        self.error = None
        if focus is not None and self.on_focus is not None:
            self.on_focus(focus)


# -- teams ---------------------------------------------------------------------------------------


class CreateTeam(WorkspaceCommand):
    def __init__(self, ws: Workspace, name: str) -> None:
        super().__init__(ws, f"Create team {quoted(name)}")
        self.name = name
        self.team_id: int | None = None
        self._deleted: Team | None = None

    def do(self) -> Focus:
        if self._deleted is None:
            self.team_id = self.ws.create_team(self.name)
        else:
            self.ws.restore_team(self._deleted)
        return Focus(team_id=self.team_id)

    def revert(self) -> Focus:
        assert self.team_id is not None
        self._deleted = self.ws.delete_team(self.team_id)
        return Focus()


class AddTeams(WorkspaceCommand):
    """Teams made by some other service (import, a copied starter set): undo deletes them all."""

    def __init__(self, ws: Workspace, text: str, create: Callable[[], list[int]]) -> None:
        super().__init__(ws, text)
        self._create = create
        self.team_ids: list[int] = []
        self._deleted: list[Team] = []

    def do(self) -> Focus:
        if not self._deleted:
            self.team_ids = list(self._create())
        else:
            for team in self._deleted:
                self.ws.restore_team(team)
            self._deleted = []
        return Focus(team_id=self.team_ids[0] if self.team_ids else None)

    def revert(self) -> Focus:
        self._deleted = [self.ws.delete_team(team_id) for team_id in self.team_ids]
        return Focus()


class RenameTeam(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, name: str) -> None:
        super().__init__(ws, f"Rename team to {quoted(name)}")
        self.team_id = team_id
        self.name = name
        self.old_name = ""

    def do(self) -> Focus:
        self.old_name = self.ws.rename_team(self.team_id, self.name)
        return Focus(team_id=self.team_id)

    def revert(self) -> Focus:
        self.ws.rename_team(self.team_id, self.old_name)
        return Focus(team_id=self.team_id)


class DeleteTeam(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, name: str) -> None:
        super().__init__(ws, f"Delete team {quoted(name)}")
        self.team_id = team_id
        self._deleted: Team | None = None

    def do(self) -> Focus:
        self._deleted = self.ws.delete_team(self.team_id)
        return Focus()

    def revert(self) -> Focus:
        assert self._deleted is not None
        self.ws.restore_team(self._deleted)
        return Focus(team_id=self.team_id)


# -- norms ---------------------------------------------------------------------------------------


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
        super().__init__(ws, f"Add norm {quoted(text)}")
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
        super().__init__(ws, f"Delete norm {quoted(norm.text)}")
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
        shown = Status(value).label if field == "status" else quoted(value) if value.strip() else "nothing"
        super().__init__(ws, f"Set {FIELD_NAMES.get(field, field)} to {shown}")
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.field = field
        self.value = value
        self.old = str(getattr(norm, field))

    def do(self) -> Focus:
        self.old = self.ws.set_norm_field(self.norm_id, self.field, self.value, expected=self.old)
        return Focus(self.team_id, self.norm_id)

    def revert(self) -> Focus:
        self.ws.set_norm_field(self.norm_id, self.field, self.old, expected=self.value.strip())
        return Focus(self.team_id, self.norm_id)


class RewordNorm(WorkspaceCommand):
    def __init__(self, ws: Workspace, norm: Norm, text: str, note: str = "") -> None:
        super().__init__(ws, f"Reword norm to {quoted(text)}")
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.old_text = norm.text
        self.new_text = text
        self.note = note
        self.revision_id: int | None = None

    def do(self) -> Focus:
        self.revision_id = self.ws.reword_norm(
            self.norm_id, self.new_text, note=self.note, expected=self.old_text
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
        super().__init__(ws, f"Move norm {quoted(norm.text)}")
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


# -- rationales ----------------------------------------------------------------------------------


class AddRationale(WorkspaceCommand):
    def __init__(
        self, ws: Workspace, norm: Norm, draft: RationaleDraft, *, position: int | None = None
    ) -> None:
        super().__init__(ws, f"Add rationale to {draft.dimension.label}")
        self.team_id = norm.team_id
        self.norm_id = norm.id
        self.draft = draft
        self.position = position
        self.rationale_id: int | None = None
        self._deleted: Rationale | None = None

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
        super().__init__(ws, f"Edit rationale {quoted(text, 30)}")
        self.team_id = team_id
        self.norm_id = rationale.norm_id
        self.rationale_id = rationale.id
        self.new = (text, voice)
        self.old = (rationale.text, rationale.voice)

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
        super().__init__(ws, f"Move rationale to {dimension.label}")
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
        super().__init__(ws, f"Mark rationale as {stance.value}")
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
        super().__init__(ws, f"Delete rationale {quoted(rationale.text, 30)}")
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
