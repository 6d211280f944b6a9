"""Each undo command on a bare QUndoStack against a real workspace: do, undo, redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from normlab.domain.errors import NormlabError, NotFoundError
from normlab.domain.model import Dimension, RationaleDraft, Stance, Status
from normlab.services.workspace import Workspace
from normlab.ui.editor.commands import Focus, WorkspaceCommand
from normlab.ui.editor.norm_commands import AddNorm, DeleteNorm, MoveNorm, RewordNorm, SetNormField
from normlab.ui.editor.rationale_commands import (
    AddRationale,
    DeleteRationale,
    EditRationale,
    MoveRationale,
    SetStance,
)
from normlab.ui.editor.team_commands import AddTeams, CreateTeam, DeleteTeam, RenameTeam


@pytest.fixture
def stack(qapp: Any) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def team_id(ws: Workspace) -> int:
    return ws.create_team("Maths department")


@pytest.fixture
def norm_id(ws: Workspace, team_id: int) -> int:
    return ws.add_norm(
        team_id,
        "Listen to others",
        setting="whole-class discussion",
        rationales=[RationaleDraft("It's good behaviour.", Dimension.OPERATIONAL, Stance.HELD, "pupil")],
    )


def push(stack: QUndoStack, command: WorkspaceCommand) -> list[str]:
    """Push, collecting any error the command reports instead of raising it."""
    errors: list[str] = []
    command.on_error = lambda what, exc: errors.append(f"{what}: {exc}")
    stack.push(command)
    return errors


def test_create_team_undo_redo_keeps_its_id(ws: Workspace, stack: QUndoStack) -> None:
    command = CreateTeam(ws, "ICU teaching")
    focus: list[Focus] = []
    command.on_focus = focus.append
    push(stack, command)
    team_id = command.team_id
    assert team_id is not None and ws.team(team_id).name == "ICU teaching"
    assert focus == [Focus(team_id=team_id)]
    stack.undo()
    assert ws.teams() == []
    stack.redo()
    assert [t.id for t in ws.teams()] == [team_id]
    assert stack.undoText() == "Create team “ICU teaching”"


def test_rename_and_delete_team(ws: Workspace, stack: QUndoStack, team_id: int, norm_id: int) -> None:
    push(stack, RenameTeam(ws, team_id, "Science department"))
    assert ws.team(team_id).name == "Science department"
    push(stack, DeleteTeam(ws, team_id, "Science department"))
    assert ws.teams() == []
    stack.undo()
    restored = ws.team(team_id)
    assert restored.name == "Science department"
    assert [n.id for n in restored.norms] == [norm_id]
    stack.undo()
    assert ws.team(team_id).name == "Maths department"


def test_add_teams_from_another_service(ws: Workspace, stack: QUndoStack) -> None:
    made: list[int] = []

    def create() -> list[int]:
        made.append(ws.create_team("Imported"))
        return made[-1:]

    command = AddTeams(ws, "Import “teams.json”", create)
    push(stack, command)
    stack.undo()
    assert ws.teams() == []
    stack.redo()
    assert [t.id for t in ws.teams()] == made
    assert len(made) == 1  # redo restored the team, it did not import it again


def test_add_and_delete_norm(ws: Workspace, stack: QUndoStack, team_id: int, norm_id: int) -> None:
    add = AddNorm(ws, team_id, "Give reasons", position=0)
    push(stack, add)
    assert [n.text for n in ws.team(team_id).norms] == ["Give reasons", "Listen to others"]
    stack.undo()
    assert [n.text for n in ws.team(team_id).norms] == ["Listen to others"]
    stack.redo()
    assert ws.team(team_id).norms[0].id == add.norm_id

    push(stack, DeleteNorm(ws, ws.norm(norm_id)))
    with pytest.raises(NotFoundError):
        ws.norm(norm_id)
    stack.undo()
    restored = ws.norm(norm_id)
    assert restored.position == 1 and restored.rationales[0].text == "It's good behaviour."


def test_set_norm_field_and_reword(ws: Workspace, stack: QUndoStack, norm_id: int) -> None:
    push(stack, SetNormField(ws, ws.norm(norm_id), "status", Status.RETIRED.value))
    assert stack.undoText() == "Set status to Retired"
    assert ws.norm(norm_id).status is Status.RETIRED
    stack.undo()
    assert ws.norm(norm_id).status is Status.CURRENT

    push(stack, RewordNorm(ws, ws.norm(norm_id), "Listen to each other", "clearer"))
    norm = ws.norm(norm_id)
    assert norm.text == "Listen to each other" and len(norm.revisions) == 1
    assert norm.revisions[0].note == "clearer"
    stack.undo()
    norm = ws.norm(norm_id)
    assert norm.text == "Listen to others" and norm.revisions == ()
    stack.redo()
    assert ws.norm(norm_id).text == "Listen to each other"


def test_repeated_moves_of_a_norm_are_one_undo_step(
    ws: Workspace, stack: QUndoStack, team_id: int, norm_id: int
) -> None:
    for text in ("Second", "Third"):
        ws.add_norm(team_id, text)
    push(stack, MoveNorm(ws, ws.norm(norm_id), 1))
    push(stack, MoveNorm(ws, ws.norm(norm_id), 2))
    assert stack.count() == 1
    assert [n.text for n in ws.team(team_id).norms] == ["Second", "Third", "Listen to others"]
    stack.undo()
    assert [n.text for n in ws.team(team_id).norms] == ["Listen to others", "Second", "Third"]


def test_rationale_commands(ws: Workspace, stack: QUndoStack, team_id: int, norm_id: int) -> None:
    norm = ws.norm(norm_id)
    add = AddRationale(ws, norm, RationaleDraft("So we hear many ideas.", Dimension.DISCUSSIONAL))
    push(stack, add)
    rationale_id = add.rationale_id
    assert stack.undoText() == "Add reason to Discussional"

    rationale = next(r for r in ws.norm(norm_id).rationales if r.id == rationale_id)
    push(stack, MoveRationale(ws, team_id, rationale, Dimension.IDEATIONAL))
    assert stack.undoText() == "Move reason to Ideational"
    push(stack, SetStance(ws, team_id, ws.norm(norm_id).rationales[1], Stance.PROPOSED))
    push(stack, EditRationale(ws, team_id, ws.norm(norm_id).rationales[1], "So we learn.", "teacher"))
    moved = ws.norm(norm_id).rationales[1]
    assert (moved.id, moved.dimension, moved.stance, moved.text, moved.voice) == (
        rationale_id,
        Dimension.IDEATIONAL,
        Stance.PROPOSED,
        "So we learn.",
        "teacher",
    )
    push(stack, DeleteRationale(ws, team_id, moved))
    assert len(ws.norm(norm_id).rationales) == 1

    for _ in range(5):
        stack.undo()
    assert [r.text for r in ws.norm(norm_id).rationales] == ["It's good behaviour."]
    for _ in range(4):
        stack.redo()  # the add is redone with the same id, so the later steps still apply
    assert ws.norm(norm_id).rationales[1] == moved


def test_moves_of_a_rationale_merge_and_cancel_out(
    ws: Workspace, stack: QUndoStack, team_id: int, norm_id: int
) -> None:
    rationale = ws.norm(norm_id).rationales[0]
    push(stack, MoveRationale(ws, team_id, rationale, Dimension.INTERPERSONAL))
    push(stack, MoveRationale(ws, team_id, ws.norm(norm_id).rationales[0], Dimension.DISCUSSIONAL))
    assert stack.count() == 1 and stack.undoText() == "Move reason to Discussional"
    push(stack, MoveRationale(ws, team_id, ws.norm(norm_id).rationales[0], Dimension.OPERATIONAL))
    assert stack.count() == 0  # back where it started: nothing left to undo
    assert ws.norm(norm_id).rationales[0].dimension is Dimension.OPERATIONAL


def test_a_failing_command_is_reported_and_not_kept(ws: Workspace, stack: QUndoStack, team_id: int) -> None:
    ws.create_team("Science department")
    errors = push(stack, RenameTeam(ws, team_id, "Science department"))
    assert stack.count() == 0
    assert errors == [
        "Rename team to “Science department” could not be done: a team called “Science department” already exists"
    ]


def test_undo_that_conflicts_is_reported_and_dropped(
    ws: Workspace, stack: QUndoStack, team_id: int, norm_id: int
) -> None:
    rationale = ws.norm(norm_id).rationales[0]
    errors = push(stack, EditRationale(ws, team_id, rationale, "Because it's the rule.", ""))
    ws.edit_rationale(rationale.id, text="Someone else's words.")  # another person, same norm
    stack.undo()
    assert stack.count() == 0
    assert ws.norm(norm_id).rationales[0].text == "Someone else's words."
    assert "could not be undone" in errors[0]
    assert isinstance(errors, list) and not any("Traceback" in e for e in errors)


def test_errors_are_normlab_errors(ws: Workspace, stack: QUndoStack, norm_id: int) -> None:
    command = DeleteNorm(ws, ws.norm(norm_id))
    ws.delete_norm(norm_id)
    errors = push(stack, command)
    assert isinstance(command.error, NormlabError)
    assert errors and stack.count() == 0
