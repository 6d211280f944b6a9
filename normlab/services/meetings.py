"""A meeting as use cases: start it, record its decisions as they are taken, end it, continue it.

Everything a meeting records is committed the moment it is entered, so a crash or a closed lid
loses nothing and an open meeting can be continued. Rewording, agreeing a reason and setting a
review-by date in a meeting are the ordinary edits (``Workspace.reword_norm``, ``agreements``)
given the meeting's id, so the revisions they record name it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from normlab.domain.errors import ConflictError, ValidationError
from normlab.domain.meeting import STATUS_AFTER, default_agenda
from normlab.domain.model import Consensus, Decision, Outcome, Session, Status
from normlab.domain.text import MEETING_NOTES, NOTE, ROLES, clean
from normlab.services.agreements import UNCHECKED
from normlab.services.changes import Change
from normlab.services.workspace import Workspace
from normlab.store.repository import Repository, decision_from_row, decision_row, session_from_row
from normlab.store.schema import DecisionRow, NormRow, SessionRow


@dataclass(frozen=True, slots=True)
class DecisionEdit:
    """A decision taken (or changed, or taken back) and the norm's status, before and after, as stored."""

    session_id: int
    norm_id: int
    before: Decision | None
    after: Decision | None
    status_before: Status
    status_after: Status


@dataclass(frozen=True, slots=True)
class SessionEdit:
    before: Session
    after: Session


def _session_row(s: OrmSession, session_id: int, *, lock: bool = False) -> SessionRow:
    return Repository(s).meeting(session_id, lock=lock)


def _clean_count(attendance: int | None) -> int | None:
    if attendance is not None and (not isinstance(attendance, int) or attendance < 0):
        raise ValidationError("the number of people present must be a whole number, 0 or more")
    return attendance


def _clean_time_box(minutes: int | None) -> int | None:
    if minutes is not None and (not isinstance(minutes, int) or not 1 <= minutes <= 240):
        raise ValidationError("a time box is a whole number of minutes from 1 to 240")
    return minutes


def _agenda_ids(s: OrmSession, team_id: int, agenda: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(agenda))
    if not ids:
        return []
    found = set(s.scalars(select(NormRow.id).where(NormRow.team_id == team_id, NormRow.id.in_(ids))))
    if len(found) != len(ids):
        raise ValidationError("the agenda names a norm that is not this team's (any more)")
    return ids


def start_session(
    ws: Workspace,
    team_id: int,
    held_on: date,
    *,
    attendance: int | None = None,
    roles: str = "",
    agenda: Sequence[int] = (),
    time_box: int | None = None,
    notes: str = "",
) -> int:
    """Open a meeting of the team on ``held_on`` with who is present and the norms to take, in order."""
    with ws.db.transaction() as s:
        Repository(s).team(team_id)
        row = SessionRow(
            team_id=team_id,
            held_on=held_on,
            attendance=_clean_count(attendance),
            roles=clean(roles, ROLES),
            notes=clean(notes, MEETING_NOTES),
            next_review=None,
            is_open=True,
            agenda=_agenda_ids(s, team_id, agenda) or None,
            time_box=_clean_time_box(time_box),
        )
        s.add(row)
        s.flush()
        session_id = row.id
    ws.changes.publish(Change(team_id=team_id, session_id=session_id))
    return session_id


def get_session(ws: Workspace, session_id: int) -> Session:
    with ws.db.reading() as s:
        return session_from_row(_session_row(s, session_id))


def sessions_of(ws: Workspace, team_id: int) -> tuple[Session, ...]:
    """The team's meetings with their decisions, oldest first."""
    with ws.db.reading() as s:
        Repository(s).team(team_id)
        rows = s.scalars(
            select(SessionRow)
            .where(SessionRow.team_id == team_id)
            .order_by(SessionRow.held_on, SessionRow.id)
            .options(selectinload(SessionRow.decisions))
        ).all()
        return tuple(session_from_row(row) for row in rows)


def open_session(ws: Workspace, team_id: int) -> Session | None:
    """The team's most recent meeting that was never ended, to be continued; None if there is none."""
    with ws.db.reading() as s:
        row = s.scalars(
            select(SessionRow)
            .where(SessionRow.team_id == team_id, SessionRow.is_open.is_(True))
            .order_by(SessionRow.held_on.desc(), SessionRow.id.desc())
            .limit(1)
        ).first()
        return None if row is None else session_from_row(row)


def meeting_for_today(ws: Workspace, team_id: int, today: date) -> int:
    """The team's open meeting if it is today's, else a new one for today with the default agenda
    (due for review, flagged by a check, or proposed). What ``normlab --meeting TEAM`` opens."""
    current = open_session(ws, team_id)
    if current is not None and current.held_on == today:
        return current.id
    team = ws.team(team_id)
    return start_session(ws, team_id, today, agenda=default_agenda(team.norms, today))


_KEEP: Any = object()


def update_session(
    ws: Workspace,
    session_id: int,
    *,
    attendance: Any = _KEEP,
    roles: Any = _KEEP,
    agenda: Any = _KEEP,
    time_box: Any = _KEEP,
    notes: Any = _KEEP,
    next_review: Any = _KEEP,
    held_on: Any = _KEEP,
    expected: Any = UNCHECKED,
) -> SessionEdit:
    """Change what a meeting records about itself; returns it before and after (for undo).

    ``expected`` is the meeting as the person saw it.
    """
    with ws.db.transaction() as s:
        row = _session_row(s, session_id, lock=True)
        before = session_from_row(row)
        if expected is not UNCHECKED and _fields(before) != _fields(expected):
            raise ConflictError("someone else changed this meeting meanwhile; it was not overwritten")
        if attendance is not _KEEP:
            row.attendance = _clean_count(attendance)
        if roles is not _KEEP:
            row.roles = clean(roles, ROLES)
        if agenda is not _KEEP:
            row.agenda = _agenda_ids(s, row.team_id, agenda) or None
        if time_box is not _KEEP:
            row.time_box = _clean_time_box(time_box)
        if notes is not _KEEP:
            row.notes = clean(notes, MEETING_NOTES)
        if next_review is not _KEEP:
            row.next_review = next_review
        if held_on is not _KEEP:
            row.held_on = held_on
        s.flush()
        after = session_from_row(row)
        team_id = row.team_id
    ws.changes.publish(Change(team_id=team_id, session_id=session_id))
    return SessionEdit(before, after)


def _fields(session: Session) -> tuple[Any, ...]:
    return (
        session.held_on,
        session.attendance,
        session.roles,
        session.agenda,
        session.time_box,
        session.notes,
        session.next_review,
    )


def restore_session_fields(ws: Workspace, edit: SessionEdit) -> SessionEdit:
    """The undo of ``update_session``."""
    old = edit.before
    return update_session(
        ws,
        old.id,
        attendance=old.attendance,
        roles=old.roles,
        agenda=old.agenda,
        time_box=old.time_box,
        notes=old.notes,
        next_review=old.next_review,
        held_on=old.held_on,
        expected=edit.after,
    )


def end_session(ws: Workspace, session_id: int) -> None:
    """The meeting is over: it is kept, and no longer offered to be continued."""
    _set_open(ws, session_id, False)


def continue_session(ws: Workspace, session_id: int) -> None:
    """Take up an ended meeting again (the undo of ``end_session``)."""
    _set_open(ws, session_id, True)


def _set_open(ws: Workspace, session_id: int, is_open: bool) -> None:
    with ws.db.transaction() as s:
        row = _session_row(s, session_id, lock=True)
        row.is_open = is_open
        team_id = row.team_id
    ws.changes.publish(Change(team_id=team_id, session_id=session_id))


# -- decisions --------------------------------------------------------------------------------------


def decide(
    ws: Workspace,
    session_id: int,
    norm_id: int,
    outcome: Outcome,
    *,
    note: str = "",
    consensus: Consensus | None = None,
    expected: Any = UNCHECKED,
) -> DecisionEdit:
    """Record what the meeting decided about a norm, on its wording as it stands now.

    A norm has one decision per meeting: deciding again replaces it. Keeping a norm makes it
    current, retiring it retires it; "revise" leaves its status as it is.
    """
    outcome = Outcome(outcome)

    def decision(norm: NormRow) -> Decision:
        return Decision(norm.text, outcome, clean(note, NOTE), norm.id, consensus)

    status = STATUS_AFTER[outcome]
    return _put_decision(ws, session_id, norm_id, decision, status, expected_decision=expected)


def set_decision(
    ws: Workspace,
    session_id: int,
    norm_id: int,
    decision: Decision | None,
    status: Status,
    *,
    expected_decision: Any = UNCHECKED,
    expected_status: Any = UNCHECKED,
) -> DecisionEdit:
    """Put a decision (None: none) and the norm's status exactly so: the undo and redo of ``decide``."""
    return _put_decision(
        ws,
        session_id,
        norm_id,
        lambda _: decision,
        status,
        expected_decision=expected_decision,
        expected_status=expected_status,
    )


def undo_decision(ws: Workspace, edit: DecisionEdit) -> DecisionEdit:
    return set_decision(
        ws,
        edit.session_id,
        edit.norm_id,
        edit.before,
        edit.status_before,
        expected_decision=edit.after,
        expected_status=edit.status_after,
    )


def redo_decision(ws: Workspace, edit: DecisionEdit) -> DecisionEdit:
    return set_decision(
        ws,
        edit.session_id,
        edit.norm_id,
        edit.after,
        edit.status_after,
        expected_decision=edit.before,
        expected_status=edit.status_before,
    )


def _put_decision(
    ws: Workspace,
    session_id: int,
    norm_id: int,
    make: Any,
    status: Status | None,
    *,
    expected_decision: Any = UNCHECKED,
    expected_status: Any = UNCHECKED,
) -> DecisionEdit:
    with ws.db.transaction() as s:
        norm = Repository(s).norm(norm_id, lock=True)
        meeting = _session_row(s, session_id, lock=True)
        if norm.team_id != meeting.team_id:
            raise ValidationError("that norm belongs to another team than this meeting")
        rows = list(meeting.decisions)
        current = next((d for d in rows if d.norm_id == norm_id), None)
        before = None if current is None else decision_from_row(current)
        if expected_decision is not UNCHECKED and before != expected_decision:
            raise ConflictError("someone else changed this decision meanwhile; it was not overwritten")
        status_before = Status(norm.status)
        if expected_status is not UNCHECKED and status_before != expected_status:
            raise ConflictError("someone else changed this norm's status meanwhile; it was not overwritten")
        after: Decision | None = make(norm)
        if current is not None:
            index = rows.index(current)
            rows.pop(index)
            meeting.decisions.remove(current)
            s.flush()
        else:
            index = len(rows)
        if after is not None:
            new = decision_row(after, 0, norm_id)
            rows.insert(index, new)
            meeting.decisions.append(new)
        for position, row in enumerate(rows):
            row.position = position
        if status is not None and status is not status_before:
            norm.status = status.value
        s.flush()
        stored: DecisionRow | None = next((d for d in meeting.decisions if d.norm_id == norm_id), None)
        after = None if stored is None else decision_from_row(stored)
        status_after, team_id = Status(norm.status), norm.team_id
    ws.changes.publish(Change(team_id=team_id, norm_ids=frozenset({norm_id}), session_id=session_id))
    return DecisionEdit(session_id, norm_id, before, after, status_before, status_after)
