from __future__ import annotations

from datetime import date

import pytest

from normlab.domain import (
    ConflictError,
    Consensus,
    ConsensusKind,
    Dimension,
    NotFoundError,
    Outcome,
    RationaleDraft,
    Status,
    ValidationError,
)
from normlab.domain.meeting import sessions_touching, still_open
from normlab.services import agreements, meetings
from normlab.services.workspace import Workspace

DAY = date(2026, 3, 2)


@pytest.fixture
def team(ws: Workspace) -> tuple[int, list[int]]:
    team_id = ws.create_team("ICU teaching")
    norms = [
        ws.add_norm(
            team_id,
            "Seniors review every scan",
            rationales=[RationaleDraft("that's how we do it", Dimension.OPERATIONAL)],
        ),
        ws.add_norm(team_id, "Mistakes are expected here"),
        ws.add_norm(team_id, "What is said here stays here", status=Status.PROPOSED),
    ]
    return team_id, norms


def test_a_meeting_is_opened_recorded_as_it_goes_ended_and_can_be_continued(ws: Workspace, team):
    team_id, (scan, _mistakes, stays) = team
    assert meetings.open_session(ws, team_id) is None
    sid = meetings.start_session(
        ws,
        team_id,
        DAY,
        attendance=7,
        roles=" consultant, nurses, trainees ",
        agenda=[stays, scan, scan],
        time_box=5,
    )
    meeting = meetings.get_session(ws, sid)
    assert (
        meeting.is_open
        and meeting.agenda == (stays, scan)
        and meeting.roles == "consultant, nurses, trainees"
    )
    assert meeting.time_box == 5 and meeting.decisions == ()
    assert meetings.open_session(ws, team_id) == meeting

    kept = meetings.decide(
        ws, sid, stays, Outcome.KEEP, consensus=Consensus(ConsensusKind.FIST_TO_FIVE, (0, 0, 0, 1, 3, 3))
    )
    assert kept.before is None and kept.after.outcome is Outcome.KEEP and kept.after.norm_id == stays
    assert (kept.status_before, kept.status_after) == (Status.PROPOSED, Status.CURRENT)
    assert ws.norm(stays).status is Status.CURRENT

    revision_id = ws.reword_norm(
        scan, "Trainees scan; a senior reviews the findings with them", session_id=sid
    )
    assert ws.norm(scan).revisions[-1].session_id == sid
    agreements.agree(ws, ws.norm(scan).rationales[0].id, on=DAY, session_id=sid)
    review = agreements.set_review_by(ws, scan, date(2026, 6, 2), session_id=sid)
    revised = meetings.decide(ws, sid, scan, Outcome.REVISE, note="try it for a term")
    assert revised.after.norm_text == "Trainees scan; a senior reviews the findings with them"

    meeting = meetings.get_session(ws, sid)
    assert [(d.norm_id, d.outcome) for d in meeting.decisions] == [
        (stays, Outcome.KEEP),
        (scan, Outcome.REVISE),
    ]
    assert meeting.decisions[0].consensus.counts == (0, 0, 0, 1, 3, 3)
    assert meeting.next_review == date(2026, 6, 2)
    assert still_open(meeting) == ()
    team_now = ws.team(team_id)
    assert [s.id for s in sessions_touching(team_now.norm(scan), team_now.sessions)] == [sid]
    assert {r.session_id for r in ws.norm(scan).revisions} == {sid}
    assert revision_id in {r.id for r in ws.norm(scan).revisions}

    agreements.undo_review_by(ws, review)
    assert meetings.get_session(ws, sid).next_review is None

    meetings.end_session(ws, sid)
    assert meetings.open_session(ws, team_id) is None and not meetings.get_session(ws, sid).is_open
    meetings.continue_session(ws, sid)
    assert meetings.open_session(ws, team_id).id == sid


def test_deciding_again_replaces_and_undo_puts_back_decision_and_status(ws: Workspace, team):
    team_id, (_scan, mistakes, _stays) = team
    sid = meetings.start_session(ws, team_id, DAY)
    first = meetings.decide(ws, sid, mistakes, Outcome.KEEP)
    retire = meetings.decide(ws, sid, mistakes, Outcome.RETIRE, expected=first.after)
    assert retire.before == first.after and ws.norm(mistakes).status is Status.RETIRED
    assert len(meetings.get_session(ws, sid).decisions) == 1
    with pytest.raises(ConflictError):
        meetings.decide(ws, sid, mistakes, Outcome.KEEP, expected=first.after)
    meetings.undo_decision(ws, retire)
    assert meetings.get_session(ws, sid).decisions == (first.after,)
    assert ws.norm(mistakes).status is Status.CURRENT
    meetings.undo_decision(ws, first)
    assert meetings.get_session(ws, sid).decisions == ()
    again = meetings.redo_decision(ws, first)
    assert again.after == first.after


def test_meeting_details_change_with_undo_and_bad_values_are_refused(ws: Workspace, team):
    team_id, (_scan, mistakes, _stays) = team
    sid = meetings.start_session(ws, team_id, DAY, attendance=3)
    edit = meetings.update_session(ws, sid, attendance=9, roles="teachers", agenda=[mistakes])
    assert (edit.before.attendance, edit.after.attendance) == (3, 9)
    meetings.restore_session_fields(ws, edit)
    restored = meetings.get_session(ws, sid)
    assert (restored.attendance, restored.roles, restored.agenda) == (3, "", ())
    with pytest.raises(ValidationError):
        meetings.update_session(ws, sid, attendance=-1)
    with pytest.raises(ValidationError):
        meetings.update_session(ws, sid, time_box=0)
    other_team = ws.create_team("Elsewhere")
    foreign = ws.add_norm(other_team, "Not ours")
    with pytest.raises(ValidationError):
        meetings.update_session(ws, sid, agenda=[foreign])
    with pytest.raises(ValidationError):
        meetings.decide(ws, sid, foreign, Outcome.KEEP)
    with pytest.raises(NotFoundError):
        meetings.get_session(ws, 999)
    assert meetings.get_session(ws, sid) == restored


def test_a_deleted_norm_leaves_its_decision_with_the_words_it_was_taken_on(ws: Workspace, team):
    team_id, (_scan, mistakes, _stays) = team
    sid = meetings.start_session(ws, team_id, DAY, agenda=[mistakes])
    meetings.decide(ws, sid, mistakes, Outcome.RETIRE)
    ws.delete_norm(mistakes)
    (decision,) = meetings.get_session(ws, sid).decisions
    assert decision.norm_id is None and decision.norm_text == "Mistakes are expected here"
