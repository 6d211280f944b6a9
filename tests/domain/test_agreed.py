"""Agreed reasons and review-by dates in the paradox checks, and the meeting's pure helpers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from normlab.domain import (
    Consensus,
    ConsensusKind,
    Decision,
    Dimension,
    Norm,
    Outcome,
    Rationale,
    RationaleDraft,
    Revision,
    Session,
    Stance,
    Status,
    Team,
    WarningKind,
    agreed_of,
    due_norms,
    is_due,
    is_operational_only,
    is_surface_only_change,
    months_later,
    parse_day,
    resting_dimensions,
    split_roles,
    warnings_for,
)
from normlab.domain.meeting import (
    default_agenda,
    describe_roles,
    earlier_roles,
    sessions_touching,
    still_open,
)

OP, IP, DI, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.DISCUSSIONAL, Dimension.IDEATIONAL
T0 = datetime(2026, 1, 1, 9, 0)
DAY = date(2026, 3, 1)


def reason(
    rid: int, dimension: Dimension, stance: Stance = Stance.HELD, *, order: int | None = None
) -> Rationale:
    return Rationale(
        rid, 1, f"reason {rid}", dimension, stance, "", rid, DAY if order else None, order if order else None
    )


def norm(*rationales: Rationale, revisions: tuple[Revision, ...] = (), **extra) -> Norm:
    return Norm(
        id=extra.pop("id", 1),
        team_id=1,
        text=extra.pop("text", "Listen to others"),
        setting="",
        regulates="",
        status=extra.pop("status", Status.CURRENT),
        position=extra.pop("position", 0),
        created=T0,
        updated=T0,
        rationales=rationales,
        revisions=revisions,
        **extra,
    )


def test_what_a_norm_rests_on_is_its_agreed_reasons_once_there_are_any():
    held_only = [RationaleDraft("good behaviour", OP), RationaleDraft("fair", IP)]
    assert resting_dimensions(held_only) == {OP, IP}
    agreed = [*held_only, RationaleDraft("learn", ID, Stance.PROPOSED, agreed_on=DAY, agreed_order=1)]
    assert resting_dimensions(agreed) == {ID}


def test_agreed_reasons_that_are_all_operational_are_still_operational_only():
    # held reasons about people, but the team agreed only "it's the rule"
    n = norm(reason(1, OP, order=1), reason(2, IP), reason(3, DI))
    assert is_operational_only(n)
    assert WarningKind.OPERATIONAL_ONLY in {w.kind for w in warnings_for(n)}
    # held "it's the rule" only, but the team agreed an ideational reason: it no longer rests on the rule
    moved = norm(reason(1, OP), reason(2, ID, Stance.PROPOSED, order=1))
    assert not is_operational_only(moved)
    # without any agreement, the held reasons decide as before
    assert is_operational_only(norm(reason(1, OP), reason(2, ID, Stance.PROPOSED)))


def revision(before: list[RationaleDraft], after: list[RationaleDraft], *, reworded: bool = True) -> Revision:
    return Revision(
        1, 1, T0, "", "Be quiet", "Listen to others" if reworded else "Be quiet", tuple(before), tuple(after)
    )


def test_agreeing_a_reason_in_a_new_dimension_while_rewording_is_a_real_change():
    before = [RationaleDraft("good behaviour", OP)]
    same = revision(before, [RationaleDraft("good behaviour", OP)])
    assert is_surface_only_change(same)
    agreed_new = revision(
        before, [before[0], RationaleDraft("learn", ID, Stance.PROPOSED, agreed_on=DAY, agreed_order=1)]
    )
    assert not is_surface_only_change(agreed_new)
    # agreeing the old operational reason itself while rewording changes nothing underneath
    agreed_old = revision(before, [RationaleDraft("good behaviour", OP, agreed_on=DAY, agreed_order=1)])
    assert is_surface_only_change(agreed_old)
    # an agreement without a rewording is not a surface change at all
    assert not is_surface_only_change(revision(before, agreed_new.rationales_after, reworded=False))
    assert agreed_new.agreement_changed and not same.agreement_changed


def test_an_agreed_proposed_reason_closes_the_gap():
    open_gap = norm(reason(1, OP), reason(2, ID, Stance.PROPOSED))
    assert WarningKind.GAP in {w.kind for w in warnings_for(open_gap)}
    closed = norm(reason(1, OP), reason(2, ID, Stance.PROPOSED, order=1))
    assert WarningKind.GAP not in {w.kind for w in warnings_for(closed)}


def test_agreed_reasons_come_in_the_chosen_order():
    n = norm(reason(1, OP, order=2), reason(2, IP), reason(3, ID, order=1))
    assert [r.id for r in n.agreed()] == [3, 1]
    drafts = [r.draft for r in n.rationales]
    assert [d.text for d in agreed_of(drafts)] == ["reason 3", "reason 1"]


def test_due_for_review_is_a_pure_function_of_the_day():
    due = norm(review_by=date(2026, 5, 1))
    assert not is_due(due, date(2026, 4, 30))
    assert is_due(due, date(2026, 5, 1))  # on the day itself
    assert is_due(due, date(2027, 1, 1))
    assert not is_due(norm(), date(2099, 1, 1))
    later = norm(id=2, review_by=date(2026, 6, 1))
    assert due_norms([due, later, norm(id=3)], date(2026, 5, 15)) == (due,)


def test_months_later_stays_in_the_month():
    assert months_later(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_later(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert months_later(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert months_later(date(2026, 7, 1), 6) == date(2027, 1, 1)
    assert months_later(date(2026, 12, 31), 12) == date(2027, 12, 31)


@pytest.mark.parametrize("text", ["next week", "2026-13-01", "20260101", "2026-02-30", "", "2026-W05-1"])
def test_a_day_is_written_yyyy_mm_dd_and_nothing_else(text):
    with pytest.raises(ValueError, match="is not a date"):
        parse_day(text)


def test_parse_day_reads_a_real_day():
    assert parse_day(" 2026-02-28 ") == date(2026, 2, 28)


def test_a_consensus_check_has_the_right_number_of_counts():
    fist = Consensus(ConsensusKind.FIST_TO_FIVE, (0, 0, 1, 2, 4, 1))
    assert fist.total == 8 and fist.describe() == "fist-to-five: 1×2, 2×3, 4×4, 1×5"
    vote = Consensus(ConsensusKind.VOTE, (6, 1, 2))
    assert vote.describe() == "6 for, 1 against, 2 abstaining"
    with pytest.raises(ValueError):
        Consensus(ConsensusKind.VOTE, (1, 2))
    with pytest.raises(ValueError):
        Consensus(ConsensusKind.FIST_TO_FIVE, (0, 0, 0, 0, 0, -1))


def test_the_default_agenda_is_due_flagged_or_proposed_in_table_order():
    today = date(2026, 5, 1)
    examined = (reason(1, ID), reason(2, DI))
    norms = [
        norm(*examined, id=1, position=3, text="fine, nothing to do"),
        norm(id=2, position=2, text="unexamined"),
        norm(*examined, id=3, position=1, text="due", review_by=today),
        norm(*examined, id=4, position=0, text="proposed", status=Status.PROPOSED),
        norm(id=5, position=4, text="retired, unexamined", status=Status.RETIRED),
        norm(*examined, id=6, position=5, text="not due yet", review_by=date(2026, 5, 2)),
        norm(*examined, id=7, position=6, text="retired but due", status=Status.RETIRED, review_by=today),
    ]
    assert default_agenda(norms, today) == (4, 3, 2, 7)


def test_earlier_roles_and_who_came():
    meeting = Session(1, 1, DAY, attendance=9, roles="teachers, pupils; teachers", notes="")
    assert split_roles(meeting.roles) == ("teachers", "pupils")
    assert describe_roles(meeting) == "9: teachers, pupils"
    assert describe_roles(Session(2, 1, DAY)) == ""
    voiced = Rationale(1, 1, "r", OP, Stance.HELD, "Pupils", 0)
    team = Team(1, "T", "", T0, norms=(norm(voiced),), sessions=(meeting,))
    assert earlier_roles(team) == ("pupils", "teachers")  # most used first, spelled as first written


def test_the_meetings_that_touched_a_norm_and_what_is_still_open():
    decided = Session(
        1, 1, DAY, decisions=(Decision("Listen", Outcome.KEEP, norm_id=1),), agenda=(1, 2, 3), is_open=True
    )
    reworded_in = Session(2, 1, DAY)
    elsewhere = Session(3, 1, DAY, decisions=(Decision("Other", Outcome.RETIRE, norm_id=2),))
    changed = Revision(1, 1, T0, "", "a", "b", (), (), session_id=2)
    team = Team(
        1, "T", "", T0, norms=(norm(revisions=(changed,)),), sessions=(decided, reworded_in, elsewhere)
    )
    assert [s.id for s in sessions_touching(team.norm(1), team.sessions)] == [1, 2]
    assert still_open(decided) == (2, 3)
    assert decided.decision_for(1) is not None and decided.decision_for(2) is None
