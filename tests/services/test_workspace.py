from __future__ import annotations

import pytest

from normlab.domain import (
    ConflictError,
    Dimension,
    NotFoundError,
    RationaleDraft,
    Stance,
    Status,
    ValidationError,
    WarningKind,
    is_surface_only_change,
    warnings_for,
)
from normlab.services.changes import Change
from normlab.services.workspace import Workspace

OP, IP, DI, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.DISCUSSIONAL, Dimension.IDEATIONAL


def test_the_exam_story_is_recorded_and_checked(ws: Workspace):
    team = ws.create_team("Hillside maths")
    exam = ws.add_norm(
        team,
        "No music or gum in tests",
        setting="tests and exams",
        regulates="pupils",
        rationales=[RationaleDraft("it's wrong", OP, Stance.HELD, "teacher")],
    )
    ws.revise_norm(
        exam,
        text="Gum is fine in tests; music is not, it disturbs others",
        rationales=[RationaleDraft("you cannot disturb others in a test", IP, Stance.HELD, "teacher")],
        note="Some pupils need a distraction to concentrate; nothing wrong about that.",
    )
    norm = ws.norm(exam)
    (revision,) = norm.revisions
    assert revision.text_before == "No music or gum in tests"
    assert revision.text_after == "Gum is fine in tests; music is not, it disturbs others"
    assert [d.dimension for d in revision.rationales_before] == [OP]
    assert [d.dimension for d in revision.rationales_after] == [IP]
    assert not is_surface_only_change(revision)
    assert WarningKind.SURFACE_ONLY_CHANGE not in {w.kind for w in warnings_for(norm)}

    quiet = ws.add_norm(
        team, "Be quiet when others speak", rationales=[RationaleDraft("it's good behaviour", OP)]
    )
    ws.reword_norm(quiet, "Listen to each other")
    listen = ws.norm(quiet)
    assert is_surface_only_change(listen.revisions[0])
    assert WarningKind.SURFACE_ONLY_CHANGE in {w.kind for w in warnings_for(listen)}


def test_moving_a_reason_then_rewording_counts_as_one_real_change(ws: Workspace):
    team = ws.create_team("T")
    norm_id = ws.add_norm(team, "No music or gum in tests", rationales=[RationaleDraft("it's wrong", OP)])
    rationale = ws.norm(norm_id).rationales[0]
    ws.move_rationale(rationale.id, IP)
    ws.edit_rationale(rationale.id, text="you cannot disturb others in a test")
    revision_id = ws.reword_norm(norm_id, "Gum is fine in tests; music is not, it disturbs others")
    (revision,) = ws.norm(norm_id).revisions
    assert revision.id == revision_id
    assert [d.text for d in revision.rationales_before] == ["it's wrong"]
    assert not is_surface_only_change(revision)
    assert ws.norm(norm_id).baseline is None

    ws.revert_revision(revision_id)
    restored = ws.norm(norm_id)
    assert restored.text == "No music or gum in tests"
    assert restored.revisions == ()
    assert [d.text for d in restored.baseline] == ["it's wrong"]


def test_teams_create_rename_delete_restore(ws: Workspace):
    a = ws.create_team("Science")
    with pytest.raises(ValidationError, match="already exists"):
        ws.create_team("Science")
    with pytest.raises(ValidationError, match="cannot be empty"):
        ws.create_team("   ")
    assert ws.rename_team(a, "Science dept") == "Science"
    ws.add_norm(a, "Listen to others", setting="lab", rationales=[RationaleDraft("safety first", OP)])
    ws.record_session(a, __import__("datetime").date(2026, 3, 1), attendance=9, notes="first look")
    whole = ws.team(a)
    deleted = ws.delete_team(a)
    assert deleted == whole
    assert ws.teams() == []
    ws.restore_team(deleted)
    assert ws.team(a) == whole
    assert ws.unique_team_name("Science dept") == "Science dept (2)"


def test_norm_order_fields_and_delete_with_restore(ws: Workspace):
    team = ws.create_team("T")
    ids = [ws.add_norm(team, f"Norm {i}") for i in range(4)]
    first = ws.add_norm(team, "First", position=0)
    assert [n.text for n in ws.team(team).norms] == ["First", "Norm 0", "Norm 1", "Norm 2", "Norm 3"]
    assert ws.move_norm(first, 3) == 0
    assert [n.text for n in ws.team(team).norms] == ["Norm 0", "Norm 1", "Norm 2", "First", "Norm 3"]

    assert ws.set_norm_field(ids[1], "status", "retired") == "current"
    assert ws.set_norm_field(ids[1], "setting", "ward round") == ""
    assert ws.norm(ids[1]).status is Status.RETIRED and ws.norm(ids[1]).setting == "ward round"
    with pytest.raises(ConflictError):
        ws.set_norm_field(ids[1], "regulates", "nurses", expected="someone else")
    with pytest.raises(ValidationError):
        ws.set_norm_field(ids[1], "status", "forgotten")

    ws.add_rationale(ids[1], RationaleDraft("because", DI))
    norm = ws.delete_norm(ids[1])
    assert [n.text for n in ws.team(team).norms] == ["Norm 0", "Norm 2", "First", "Norm 3"]
    ws.restore_norm(norm)
    assert ws.norm(ids[1]) == norm
    assert [n.position for n in ws.team(team).norms] == [0, 1, 2, 3, 4]


def test_rationale_edits_return_what_undo_needs(ws: Workspace):
    team = ws.create_team("T")
    norm_id = ws.add_norm(team, "Listen to others")
    first = ws.add_rationale(norm_id, RationaleDraft("Be quiet, it's good behaviour", OP, voice="teacher"))
    second = ws.add_rationale(
        norm_id, RationaleDraft("So we learn from each other", ID, Stance.PROPOSED), position=0
    )
    assert [r.id for r in ws.norm(norm_id).rationales] == [second, first]
    assert ws.move_rationale(first, DI) is OP
    assert ws.set_stance(second, Stance.HELD) is Stance.PROPOSED
    assert ws.edit_rationale(first, voice="pupil") == ("Be quiet, it's good behaviour", "teacher")
    with pytest.raises(ConflictError):
        ws.edit_rationale(first, text="x", expected=("stale", "teacher"))
    removed = ws.delete_rationale(second)
    assert [r.id for r in ws.norm(norm_id).rationales] == [first]
    ws.restore_rationale(removed)
    assert [r.id for r in ws.norm(norm_id).rationales] == [second, first]
    with pytest.raises(NotFoundError):
        ws.move_rationale(9999, OP)


def test_every_edit_announces_what_changed(ws: Workspace):
    seen: list[Change] = []
    ws.changes.subscribe(seen.append)
    team = ws.create_team("T")
    norm_id = ws.add_norm(team, "Listen")
    ws.add_rationale(norm_id, RationaleDraft("because", OP))
    assert seen[0].teams and seen[0].team_id == team
    assert seen[1].order and seen[1].norm_ids == {norm_id}
    assert seen[2] == Change(team_id=team, norm_ids=frozenset({norm_id}))


def test_a_failed_edit_changes_nothing(ws: Workspace):
    team = ws.create_team("T")
    norm_id = ws.add_norm(team, "Listen")
    before = ws.team(team)
    with pytest.raises(ValidationError):
        ws.reword_norm(norm_id, "Listen")
    with pytest.raises(ValidationError):
        ws.add_rationale(norm_id, RationaleDraft("  ", OP))
    assert ws.team(team) == before


def test_two_workspaces_on_one_file_do_not_overwrite_each_other(db_url: str):
    alice, bob = Workspace.open(db_url), Workspace.open(db_url)
    team = alice.create_team("Shared")
    norm_id = alice.add_norm(team, "Listen to others")
    seen_by_bob = bob.norm(norm_id).text
    alice.reword_norm(norm_id, "Listen to each other", expected="Listen to others")
    with pytest.raises(ConflictError):
        bob.reword_norm(norm_id, "Listen carefully", expected=seen_by_bob)
    assert alice.norm(norm_id).text == "Listen to each other"
    alice.close()
    bob.close()
