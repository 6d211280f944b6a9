"""What a norm rests on and when to look at it again: agreed reasons and review-by dates.

Each edit is one committed transaction that also records a revision in the norm's history (named
after the meeting it was made in, if any), and returns the agreed reasons (or review-by date)
before and after as stored, so an undo puts back exactly what was there and drops that revision.
Like the other overwriting edits they take what the person saw (``expected``) and refuse with a
ConflictError when someone else changed it meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from normlab.domain.errors import ConflictError, ValidationError
from normlab.domain.model import MAX_AGREED, Norm
from normlab.services.changes import Change
from normlab.services.workspace import Workspace, utcnow
from normlab.store.repository import Repository, norm_from_row, snapshot
from normlab.store.schema import NormRow, RevisionRow, SessionRow

Agreement = tuple[int, date]
"""One agreed reason: the rationale's id and the day it was agreed."""
AgreedState = tuple[Agreement, ...]
"""A norm's agreed reasons in the order the team chose (at most two)."""


class _Unchecked:
    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Any = _Unchecked()
"""``expected`` default: overwrite whatever is stored (None is a value a review-by date can have)."""


@dataclass(frozen=True, slots=True)
class AgreedEdit:
    """A change of which reasons a norm rests on, as stored; ``revision_id`` is None when nothing changed."""

    norm_id: int
    before: AgreedState
    after: AgreedState
    revision_id: int | None


@dataclass(frozen=True, slots=True)
class ReviewByEdit:
    norm_id: int
    before: date | None
    after: date | None
    revision_id: int | None


def agreed_state(norm: Norm) -> AgreedState:
    """The norm's agreed reasons as an ``expected`` value for the edits below."""
    return tuple((r.id, r.agreed_on) for r in norm.agreed() if r.agreed_on is not None)


def _check(current: object, expected: object, what: str) -> None:
    """``check_expected`` for values that may rightly be None: only UNCHECKED skips the compare."""
    if expected is not UNCHECKED and current != expected:
        raise ConflictError(f"someone else changed {what} meanwhile; it was not overwritten")


def _norm_for_update(s: OrmSession, norm_id: int) -> NormRow:
    return Repository(s).norm(norm_id, lock=True)


def _stored_state(row: NormRow) -> AgreedState:
    agreed = [r for r in row.rationales if r.agreed_on is not None]
    agreed.sort(key=lambda r: (r.agreed_order or MAX_AGREED + 1, r.position))
    return tuple((r.id, r.agreed_on) for r in agreed if r.agreed_on is not None)


def _quote(row: NormRow, rationale_id: int) -> str:
    text = next((r.text for r in row.rationales if r.id == rationale_id), "")
    return f"“{text}”"


def _describe(row: NormRow, before: AgreedState, after: AgreedState) -> str:
    old, new = [i for i, _ in before], [i for i, _ in after]
    added = [i for i in new if i not in old]
    dropped = [i for i in old if i not in new]
    parts = [f"Agreed: {_quote(row, i)}" for i in added]
    parts += [f"No longer agreed: {_quote(row, i)}" for i in dropped]
    if not parts:
        parts.append("Agreed reasons reordered")
    return "; ".join(parts)


def _apply_state(s: OrmSession, row: NormRow, state: AgreedState) -> None:
    ids = [i for i, _ in state]
    if len(ids) > MAX_AGREED:
        raise ValidationError(f"a norm rests on at most {MAX_AGREED} agreed reasons: unagree one first")
    if len(set(ids)) != len(ids):
        raise ValidationError("a reason can be agreed only once")
    own = {r.id: r for r in row.rationales}
    missing = [i for i in ids if i not in own]
    if missing:
        raise ConflictError("that reason no longer belongs to this norm; nothing was agreed")
    for rationale in row.rationales:
        rationale.agreed_on = rationale.agreed_order = None
    s.flush()  # free the places 1 and 2 before handing them out again (they are unique per norm)
    for order, (rationale_id, day) in enumerate(state, start=1):
        own[rationale_id].agreed_on = day
        own[rationale_id].agreed_order = order


def _record(
    s: OrmSession,
    row: NormRow,
    note: str,
    session_id: int | None,
    rationales_before: list[dict[str, Any]],
    review_by_before: date | None,
) -> int:
    revision = RevisionRow(
        norm_id=row.id,
        at=utcnow(),
        note=note,
        text_before=row.text,
        text_after=row.text,
        rationales_before=rationales_before,
        rationales_after=snapshot(row.rationales),
        session_id=session_id,
        review_by_before=review_by_before,
        review_by_after=row.review_by,
    )
    s.add(revision)
    row.updated = revision.at
    s.flush()
    return revision.id


def _drop_revision(s: OrmSession, row: NormRow, revision_id: int | None) -> None:
    """Take out the revision an undone edit recorded; the rationales' baseline goes if nothing is left to compare."""
    if revision_id is not None:
        revision = s.get(RevisionRow, revision_id)
        if revision is not None and revision.norm_id == row.id:
            s.delete(revision)
    row.updated = utcnow()
    if row.baseline is not None and row.baseline == snapshot(row.rationales):
        row.baseline = None


def _change_agreed(
    ws: Workspace,
    norm_id: int,
    change: Callable[[AgreedState], AgreedState],
    *,
    expected: Any,
    session_id: int | None,
    undoing: int | None = None,
) -> AgreedEdit:
    with ws.db.transaction() as s:
        row = _norm_for_update(s, norm_id)
        before = _stored_state(row)
        _check(before, expected, "the agreed reasons of this norm")
        after = change(before)
        if after == before:
            return AgreedEdit(norm_id, before, after, None)
        rationales_before = snapshot(row.rationales)
        if undoing is None and row.baseline is None:
            row.baseline = rationales_before
        note = _describe(row, before, after)
        _apply_state(s, row, after)
        if undoing is None:
            revision_id: int | None = _record(s, row, note, session_id, rationales_before, row.review_by)
        else:
            _drop_revision(s, row, undoing)
            revision_id = None
        after = _stored_state(row)
        team_id = row.team_id
    ws.changes.publish(Change(team_id=team_id, norm_ids=frozenset({norm_id}), session_id=session_id))
    return AgreedEdit(norm_id, before, after, revision_id)


def _norm_of_rationale(ws: Workspace, rationale_id: int) -> int:
    with ws.db.reading() as s:
        return Repository(s).rationale(rationale_id).norm_id


def agree(
    ws: Workspace,
    rationale_id: int,
    *,
    on: date | None = None,
    expected: Any = UNCHECKED,
    session_id: int | None = None,
) -> AgreedEdit:
    """Agree that the norm rests on this reason (last in order), on ``on`` (today by default).

    A norm rests on at most two agreed reasons; a third is refused with a ValidationError.
    Agreeing a reason that is already agreed changes nothing.
    """
    day = on or date.today()

    def add(state: AgreedState) -> AgreedState:
        if any(i == rationale_id for i, _ in state):
            return state
        return (*state, (rationale_id, day))

    return _change_agreed(
        ws, _norm_of_rationale(ws, rationale_id), add, expected=expected, session_id=session_id
    )


def unagree(
    ws: Workspace, rationale_id: int, *, expected: Any = UNCHECKED, session_id: int | None = None
) -> AgreedEdit:
    """The norm no longer rests on this reason; the one after it moves up."""

    def drop(state: AgreedState) -> AgreedState:
        return tuple(a for a in state if a[0] != rationale_id)

    return _change_agreed(
        ws, _norm_of_rationale(ws, rationale_id), drop, expected=expected, session_id=session_id
    )


def reorder_agreed(
    ws: Workspace,
    norm_id: int,
    order: Sequence[int],
    *,
    expected: Any = UNCHECKED,
    session_id: int | None = None,
) -> AgreedEdit:
    """Put the norm's agreed reasons in the order of the rationale ids given (the same reasons)."""

    def reorder(state: AgreedState) -> AgreedState:
        days = dict(state)
        if sorted(order) != sorted(days):
            raise ValidationError("reordering takes exactly the norm's agreed reasons")
        return tuple((i, days[i]) for i in order)

    return _change_agreed(ws, norm_id, reorder, expected=expected, session_id=session_id)


def set_agreed(
    ws: Workspace,
    norm_id: int,
    state: AgreedState,
    *,
    expected: Any = UNCHECKED,
    session_id: int | None = None,
) -> AgreedEdit:
    """Make the norm rest on exactly these reasons, in this order (the redo of an undone edit)."""
    return _change_agreed(ws, norm_id, lambda _: tuple(state), expected=expected, session_id=session_id)


def undo_agreed(ws: Workspace, edit: AgreedEdit) -> AgreedEdit:
    """Put back the agreed reasons from before ``edit`` and take its revision out of the history."""
    if edit.revision_id is None:
        return edit
    return _change_agreed(
        ws,
        edit.norm_id,
        lambda _: edit.before,
        expected=edit.after,
        session_id=_session_of(ws, edit.revision_id),
        undoing=edit.revision_id,
    )


def _session_of(ws: Workspace, revision_id: int) -> int | None:
    with ws.db.reading() as s:
        return s.scalar(select(RevisionRow.session_id).where(RevisionRow.id == revision_id))


# -- review-by dates -------------------------------------------------------------------------------


def set_review_by(
    ws: Workspace,
    norm_id: int,
    day: date | None,
    *,
    expected: Any = UNCHECKED,
    session_id: int | None = None,
    undoing: int | None = None,
) -> ReviewByEdit:
    """Set (or clear, with None) the day by which the team means to look at the norm again."""
    with ws.db.transaction() as s:
        row = _norm_for_update(s, norm_id)
        before = row.review_by
        _check(before, expected, "the review-by date of this norm")
        if day == before:
            return ReviewByEdit(norm_id, before, before, None)
        row.review_by = day
        if undoing is None:
            said = day.isoformat() if day else "none"
            was = before.isoformat() if before else "none"
            note = f"Review by {said} (was {was})"
            revision_id: int | None = _record(s, row, note, session_id, snapshot(row.rationales), before)
        else:
            _drop_revision(s, row, undoing)
            revision_id = None
        team_id = row.team_id
        if session_id is not None:
            _refresh_next_review(s, session_id)
    ws.changes.publish(
        Change(team_id=team_id, norm_ids=frozenset({norm_id}), session_id=session_id, due=True)
    )
    return ReviewByEdit(norm_id, before, day, revision_id)


def undo_review_by(ws: Workspace, edit: ReviewByEdit) -> ReviewByEdit:
    """Put back the review-by date from before ``edit`` and take its revision out of the history."""
    if edit.revision_id is None:
        return edit
    return set_review_by(
        ws,
        edit.norm_id,
        edit.before,
        expected=edit.after,
        session_id=_session_of(ws, edit.revision_id),
        undoing=edit.revision_id,
    )


def _refresh_next_review(s: OrmSession, session_id: int) -> None:
    """A meeting's review date: the earliest review-by date it set that still stands."""
    meeting = s.get(SessionRow, session_id)
    if meeting is None:
        return
    Repository(s).meeting(session_id, lock=True)
    s.flush()
    norm_ids = s.scalars(
        select(RevisionRow.norm_id)
        .where(RevisionRow.session_id == session_id)
        .where(RevisionRow.review_by_before.is_distinct_from(RevisionRow.review_by_after))
    ).all()
    days = s.scalars(
        select(NormRow.review_by).where(NormRow.id.in_(set(norm_ids)), NormRow.review_by.is_not(None))
    ).all()
    meeting.next_review = min(days, default=None)


# -- reading ------------------------------------------------------------------------------------


def due_for_review(ws: Workspace, today: date) -> list[tuple[str, Norm]]:
    """(team name, norm) for every norm whose review-by day is on or before ``today``,
    teams by name, norms in their team's order."""
    with ws.db.reading() as s:
        return [(name, norm_from_row(row)) for name, row in Repository(s).due_norms(today)]
