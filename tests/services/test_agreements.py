from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from normlab.domain import (
    ConflictError,
    Dimension,
    RationaleDraft,
    Stance,
    ValidationError,
    WarningKind,
    is_surface_only_change,
    warnings_for,
)
from normlab.services import agreements
from normlab.services.agreements import agreed_state
from normlab.services.changes import Change
from normlab.services.workspace import Workspace

OP, IP, DI, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.DISCUSSIONAL, Dimension.IDEATIONAL
DAY = date(2026, 3, 2)


def listen(ws: Workspace) -> tuple[int, list[int]]:
    team = ws.create_team("Hillside")
    norm_id = ws.add_norm(
        team,
        "Be quiet when others speak",
        rationales=[
            RationaleDraft("it's good behaviour", OP, voice="teacher"),
            RationaleDraft("they listened to you", IP, voice="pupil"),
            RationaleDraft("so we can discuss many ideas", DI, Stance.PROPOSED),
            RationaleDraft("so we learn from each other", ID, Stance.PROPOSED),
        ],
    )
    return norm_id, [r.id for r in ws.norm(norm_id).rationales]


def test_agree_two_reasons_in_order_and_refuse_a_third(ws: Workspace):
    norm_id, (op, _ip, di, idea) = listen(ws)
    first = agreements.agree(ws, idea, on=DAY)
    assert first.before == () and first.after == ((idea, DAY),)
    second = agreements.agree(ws, di, on=date(2026, 3, 3), expected=first.after)
    assert second.after == ((idea, DAY), (di, date(2026, 3, 3)))
    norm = ws.norm(norm_id)
    assert [r.id for r in norm.agreed()] == [idea, di]
    assert [r.agreed_order for r in norm.agreed()] == [1, 2]
    before = ws.norm(norm_id)
    with pytest.raises(ValidationError, match="at most 2 agreed reasons"):
        agreements.agree(ws, op)
    assert ws.norm(norm_id) == before
    # agreeing one that is already agreed changes nothing and records nothing
    again = agreements.agree(ws, idea)
    assert again.revision_id is None and ws.norm(norm_id) == before


def test_each_agreement_edit_is_in_the_history_and_undo_takes_it_out(ws: Workspace):
    norm_id, (_op, _ip, _di, idea) = listen(ws)
    edit = agreements.agree(ws, idea, on=DAY)
    (revision,) = ws.norm(norm_id).revisions
    assert revision.id == edit.revision_id and revision.agreement_changed and not revision.reworded
    assert revision.note == "Agreed: “so we learn from each other”"
    assert ws.norm(norm_id).baseline is not None  # the next rewording is compared with before the agreement

    undone = agreements.undo_agreed(ws, edit)
    assert undone.after == ()
    norm = ws.norm(norm_id)
    assert norm.agreed() == () and norm.revisions == () and norm.baseline is None

    redone = agreements.set_agreed(ws, norm_id, edit.after, expected=edit.before)
    assert redone.after == edit.after and len(ws.norm(norm_id).revisions) == 1


def test_unagree_and_reorder(ws: Workspace):
    norm_id, (op, _ip, di, idea) = listen(ws)
    agreements.agree(ws, idea, on=DAY)
    agreements.agree(ws, di, on=DAY)
    swapped = agreements.reorder_agreed(ws, norm_id, [di, idea])
    assert [i for i, _ in swapped.after] == [di, idea]
    assert ws.norm(norm_id).revisions[-1].note == "Agreed reasons reordered"
    with pytest.raises(ValidationError):
        agreements.reorder_agreed(ws, norm_id, [di, op])
    dropped = agreements.unagree(ws, di)
    assert dropped.after == ((idea, DAY),)
    assert ws.norm(norm_id).rationale(idea).agreed_order == 1  # the one after it moved up
    assert ws.norm(norm_id).revisions[-1].note == "No longer agreed: “so we can discuss many ideas”"
    agreements.undo_agreed(ws, dropped)
    assert [r.id for r in ws.norm(norm_id).agreed()] == [di, idea]


def test_agreement_is_compare_and_set(db_url: str):
    alice, bob = Workspace.open(db_url), Workspace.open(db_url)
    try:
        norm_id, (op, _ip, _di, idea) = listen(alice)
        seen_by_bob = agreed_state(bob.norm(norm_id))
        agreements.agree(alice, idea, expected=agreed_state(alice.norm(norm_id)))
        with pytest.raises(ConflictError, match="not overwritten"):
            agreements.agree(bob, op, expected=seen_by_bob)
        assert [r.id for r in alice.norm(norm_id).agreed()] == [idea]
        review = agreements.set_review_by(alice, norm_id, DAY, expected=None)
        with pytest.raises(ConflictError):
            agreements.set_review_by(bob, norm_id, date(2027, 1, 1), expected=None)
        with pytest.raises(ConflictError):
            agreements.undo_review_by(bob, agreements.ReviewByEdit(norm_id, None, date(2030, 1, 1), 99))
        assert bob.norm(norm_id).review_by == review.after == DAY
    finally:
        alice.close()
        bob.close()


def test_the_database_itself_refuses_a_third_agreed_reason(ws: Workspace, tmp_path: Path):
    _norm_id, (op, _ip, di, idea) = listen(ws)
    agreements.agree(ws, idea, on=DAY)
    agreements.agree(ws, di, on=DAY)
    con = sqlite3.connect(tmp_path / "normlab.sqlite3")
    try:
        for order in (1, 3):
            with pytest.raises(sqlite3.IntegrityError):
                con.execute(
                    "UPDATE rationales SET agreed_on = '2026-03-02', agreed_order = ? WHERE id = ?",
                    (order, op),
                )
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE rationales SET agreed_on = '2026-03-02' WHERE id = ?", (op,))
    finally:
        con.close()


def test_agreeing_a_new_dimension_while_rewording_is_a_real_change(ws: Workspace):
    team = ws.create_team("T")
    norm_id = ws.add_norm(
        team,
        "Be quiet when others speak",
        rationales=[
            RationaleDraft("it's good behaviour", OP),
            RationaleDraft("so we learn from each other", ID, Stance.PROPOSED),
        ],
    )
    idea = ws.norm(norm_id).rationales[1].id
    agreements.agree(ws, idea, on=DAY)
    ws.reword_norm(norm_id, "Listen to each other's ideas")
    reworded = ws.norm(norm_id).revisions[-1]
    assert reworded.reworded and [d.agreed for d in reworded.rationales_before] == [False, False]
    assert not is_surface_only_change(reworded)
    assert warnings_for(ws.norm(norm_id)) == ()

    other = ws.add_norm(team, "No gum in tests", rationales=[RationaleDraft("it's wrong", OP)])
    ws.reword_norm(other, "No gum or music in tests")
    assert WarningKind.SURFACE_ONLY_CHANGE in {w.kind for w in warnings_for(ws.norm(other))}
    agreements.agree(ws, ws.norm(other).rationales[0].id, on=DAY)  # agreeing "it's wrong" settles nothing
    kinds = {w.kind for w in warnings_for(ws.norm(other))}
    assert {WarningKind.SURFACE_ONLY_CHANGE, WarningKind.OPERATIONAL_ONLY} <= kinds


def test_review_by_is_set_cleared_undone_and_recorded(ws: Workspace):
    norm_id, _ = listen(ws)
    seen: list[Change] = []
    ws.changes.subscribe(seen.append)
    edit = agreements.set_review_by(ws, norm_id, date(2026, 6, 1), expected=None)
    assert (edit.before, edit.after) == (None, date(2026, 6, 1))
    assert seen[-1] == Change(team_id=ws.norm(norm_id).team_id, norm_ids=frozenset({norm_id}), due=True)
    (revision,) = ws.norm(norm_id).revisions
    assert revision.review_by_changed and revision.note == "Review by 2026-06-01 (was none)"
    assert (revision.review_by_before, revision.review_by_after) == (None, date(2026, 6, 1))
    same = agreements.set_review_by(ws, norm_id, date(2026, 6, 1))
    assert same.revision_id is None and len(ws.norm(norm_id).revisions) == 1
    cleared = agreements.set_review_by(ws, norm_id, None, expected=date(2026, 6, 1))
    assert ws.norm(norm_id).review_by is None and cleared.before == date(2026, 6, 1)
    agreements.undo_review_by(ws, cleared)
    agreements.undo_review_by(ws, edit)
    assert ws.norm(norm_id).review_by is None and ws.norm(norm_id).revisions == ()


def test_due_for_review_and_the_team_counts(ws: Workspace):
    a, b = ws.create_team("Zeta ward"), ws.create_team("alpha school")
    ids = {
        text: ws.add_norm(team, text)
        for team, text in [(a, "z1"), (a, "z2"), (b, "a1"), (b, "a2"), (b, "a3")]
    }
    for text, day in {
        "z2": date(2026, 5, 1),
        "a1": date(2026, 5, 2),
        "a3": date(2026, 4, 1),
        "z1": None,
    }.items():
        agreements.set_review_by(ws, ids[text], day)
    found = agreements.due_for_review(ws, date(2026, 5, 1))
    assert [(team, n.text) for team, n in found] == [("alpha school", "a3"), ("Zeta ward", "z2")]
    assert [(team, n.text) for team, n in agreements.due_for_review(ws, date(2026, 5, 2))] == [
        ("alpha school", "a1"),
        ("alpha school", "a3"),
        ("Zeta ward", "z2"),
    ]
    assert agreements.due_for_review(ws, date(2026, 3, 31)) == []
    counts = {t.name: (t.norm_count, t.due_count) for t in ws.teams(today=date(2026, 5, 1))}
    assert counts == {"alpha school": (3, 1), "Zeta ward": (2, 1)}
    assert {t.due_count for t in ws.teams()} == {0}
