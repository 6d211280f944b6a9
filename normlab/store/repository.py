"""Queries over one ORM session, and the conversions from rows to domain values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import case, false, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from normlab.domain.errors import NotFoundError
from normlab.domain.model import (
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
    TeamSummary,
)
from normlab.store.schema import (
    DecisionRow,
    NormRow,
    RationaleRow,
    RevisionRow,
    SessionRow,
    SettingRow,
    TeamRow,
)


def draft_to_json(draft: RationaleDraft) -> dict[str, Any]:
    """A rationale's content as stored in revisions; the agreement only when there is one.

    Leaving the agreement out when there is none keeps snapshots of unagreed reasons exactly as
    they were written before agreements existed, so old and new snapshots still compare equal.
    """
    data: dict[str, Any] = {
        "text": draft.text,
        "dimension": draft.dimension.value,
        "stance": draft.stance.value,
        "voice": draft.voice,
    }
    if draft.agreed_on is not None:
        data["agreed_on"] = draft.agreed_on.isoformat()
        data["agreed_order"] = draft.agreed_order
    return data


def draft_from_json(data: dict[str, Any]) -> RationaleDraft:
    agreed_on = data.get("agreed_on")
    return RationaleDraft(
        text=data["text"],
        dimension=Dimension(data["dimension"]),
        stance=Stance(data.get("stance", "held")),
        voice=data.get("voice", ""),
        agreed_on=None if agreed_on is None else date.fromisoformat(agreed_on),
        agreed_order=None if agreed_on is None else data.get("agreed_order"),
    )


def snapshot(rows: Iterable[RationaleRow]) -> list[dict[str, Any]]:
    return [draft_to_json(rationale_from_row(r).draft) for r in rows]


def consensus_to_json(consensus: Consensus | None) -> dict[str, Any] | None:
    return None if consensus is None else {"kind": consensus.kind.value, "counts": list(consensus.counts)}


def consensus_from_json(data: dict[str, Any] | None) -> Consensus | None:
    return None if data is None else Consensus(ConsensusKind(data["kind"]), tuple(data["counts"]))


def rationale_from_row(row: RationaleRow) -> Rationale:
    return Rationale(
        id=row.id,
        norm_id=row.norm_id,
        text=row.text,
        dimension=Dimension(row.dimension),
        stance=Stance(row.stance),
        voice=row.voice,
        position=row.position,
        agreed_on=row.agreed_on,
        agreed_order=row.agreed_order,
    )


def revision_from_row(row: RevisionRow) -> Revision:
    return Revision(
        id=row.id,
        norm_id=row.norm_id,
        at=row.at,
        note=row.note,
        text_before=row.text_before,
        text_after=row.text_after,
        rationales_before=tuple(draft_from_json(d) for d in row.rationales_before),
        rationales_after=tuple(draft_from_json(d) for d in row.rationales_after),
        session_id=row.session_id,
        review_by_before=row.review_by_before,
        review_by_after=row.review_by_after,
    )


def norm_from_row(row: NormRow) -> Norm:
    return Norm(
        id=row.id,
        team_id=row.team_id,
        text=row.text,
        setting=row.setting.name if row.setting is not None else "",
        regulates=row.regulates,
        status=Status(row.status),
        position=row.position,
        created=row.created,
        updated=row.updated,
        rationales=tuple(rationale_from_row(r) for r in row.rationales),
        revisions=tuple(revision_from_row(r) for r in row.revisions),
        baseline=None if row.baseline is None else tuple(draft_from_json(d) for d in row.baseline),
        review_by=row.review_by,
    )


def decision_from_row(row: DecisionRow) -> Decision:
    return Decision(
        norm_text=row.norm_text,
        outcome=Outcome(row.outcome),
        note=row.note,
        norm_id=row.norm_id,
        consensus=consensus_from_json(row.consensus),
    )


def session_from_row(row: SessionRow) -> Session:
    return Session(
        id=row.id,
        team_id=row.team_id,
        held_on=row.held_on,
        attendance=row.attendance,
        roles=row.roles,
        notes=row.notes,
        next_review=row.next_review,
        decisions=tuple(decision_from_row(d) for d in row.decisions),
        agenda=tuple(row.agenda or ()),
        is_open=row.is_open,
        time_box=row.time_box,
    )


class Repository:
    """Finders over one session; raise NotFoundError with a plain message when a thing is gone.

    The getters called with ``lock=True`` read the row afresh and lock it until the transaction
    ends (``SELECT ... FOR NO KEY UPDATE`` on PostgreSQL). On SQLite the lock is implicit: every
    writing transaction starts with BEGIN IMMEDIATE, so writers already run one at a time. A second
    writer that locks the same row waits for the first to commit and then reads the committed value,
    which is what makes a compare-and-set in the services real on every backend.
    """

    def __init__(self, session: OrmSession) -> None:
        self.session = session

    def team_summaries(self, today: date | None = None) -> list[TeamSummary]:
        due = NormRow.review_by <= today if today is not None else false()
        counts = (
            select(
                NormRow.team_id,
                func.count(NormRow.id).label("n"),
                func.count(case((due, NormRow.id))).label("due"),
            )
            .group_by(NormRow.team_id)
            .subquery()
        )
        rows = self.session.execute(
            select(TeamRow.id, TeamRow.name, func.coalesce(counts.c.n, 0), func.coalesce(counts.c.due, 0))
            .outerjoin(counts, counts.c.team_id == TeamRow.id)
            .order_by(func.lower(TeamRow.name), TeamRow.id)
        )
        return [TeamSummary(id, name, count, due) for id, name, count, due in rows]

    def due_norms(self, today: date) -> list[tuple[str, NormRow]]:
        """(team name, norm) for every norm whose review-by day is on or before ``today``,
        teams in the order of ``team_summaries``, norms in their team's order."""
        rows = self.session.execute(
            select(TeamRow.name, NormRow)
            .join(NormRow, NormRow.team_id == TeamRow.id)
            .where(NormRow.review_by <= today)
            .order_by(func.lower(TeamRow.name), TeamRow.id, NormRow.position, NormRow.id)
        )
        return [(name, norm) for name, norm in rows]

    def team(self, team_id: int, *, lock: bool = False) -> TeamRow:
        """A team; ``lock`` also serialises everything that takes a position among its norms."""
        row = self.session.get(TeamRow, team_id, with_for_update=_lock(lock))
        if row is None:
            raise NotFoundError("that team no longer exists")
        return row

    def team_id_by_name(self, name: str) -> int | None:
        return self.session.scalar(select(TeamRow.id).where(TeamRow.name == name))

    def norm(self, norm_id: int, *, lock: bool = False) -> NormRow:
        """A norm; ``lock`` serialises every edit of it, its rationales included."""
        row = self.session.get(NormRow, norm_id, with_for_update=_lock(lock))
        if row is None:
            raise NotFoundError("that norm no longer exists")
        return row

    def team_id_of_norm(self, norm_id: int) -> int:
        team_id = self.session.scalar(select(NormRow.team_id).where(NormRow.id == norm_id))
        if team_id is None:
            raise NotFoundError("that norm no longer exists")
        return team_id

    def rationale(self, rationale_id: int, *, lock: bool = False) -> RationaleRow:
        """A rationale; ``lock`` locks its norm first (one lock order: team, norm, rationale)."""
        if lock:
            norm_id = self.session.scalar(select(RationaleRow.norm_id).where(RationaleRow.id == rationale_id))
            if norm_id is not None:
                self.norm(norm_id, lock=True)
        row = self.session.get(RationaleRow, rationale_id, with_for_update=_lock(lock))
        if row is None:
            raise NotFoundError("that reason no longer exists")
        return row

    def revision(self, revision_id: int, *, lock: bool = False) -> RevisionRow:
        """A revision; ``lock`` locks its norm, which undoing the revision rewrites."""
        row = self.session.get(RevisionRow, revision_id)
        if row is None:
            raise NotFoundError("that revision no longer exists")
        if lock:
            self.norm(row.norm_id, lock=True)
        return row

    def meeting(self, session_id: int, *, lock: bool = False) -> SessionRow:
        """A meeting; lock it after the norm an edit changes (lock order: team, norm, meeting)."""
        row = self.session.get(SessionRow, session_id, with_for_update=_lock(lock))
        if row is None:
            raise NotFoundError("that meeting no longer exists")
        return row

    def norm_count(self, team_id: int) -> int:
        return self.session.scalar(select(func.count()).where(NormRow.team_id == team_id)) or 0

    def norm_ids_from(self, team_id: int, start: int) -> list[int]:
        """The ids of the team's norms at places ``start`` and after, in order."""
        query = select(NormRow.id).where(NormRow.team_id == team_id, NormRow.position >= start)
        return list(self.session.scalars(query.order_by(NormRow.position)))

    def shift_norms(self, team_id: int, start: int, stop: int | None, by: int) -> None:
        """Move the team's norms at places ``start`` up to (not including) ``stop`` by ``by`` places.

        One UPDATE, however many norms the team has: making room for a norm, or closing the gap one
        leaves, never loads the team's other norms.
        """
        where = [NormRow.team_id == team_id, NormRow.position >= start]
        if stop is not None:
            where.append(NormRow.position < stop)
        self.session.execute(
            update(NormRow).where(*where).values(position=NormRow.position + by),
            execution_options={"synchronize_session": False},  # callers set the rows they hold
        )

    def setting_named(self, team_id: int, name: str) -> SettingRow | None:
        """The team's setting called ``name``, created when new; None for an empty name.

        Two writers creating the same new setting at once: the second one's insert fails on the
        unique name once the first commits, and it then uses the first one's row.
        """
        name = name.strip()
        if not name:
            return None
        query = select(SettingRow).where(SettingRow.team_id == team_id, SettingRow.name == name)
        row = self.session.scalar(query)
        if row is None:
            row = SettingRow(team_id=team_id, name=name, description="")
            try:
                with self.session.begin_nested():
                    self.session.add(row)
            except IntegrityError:
                row = self.session.scalars(query.execution_options(populate_existing=True)).one()
        return row


def _lock(lock: bool) -> dict[str, bool] | None:
    # NO KEY UPDATE: other writers may still insert rows that refer to this one (a new setting of
    # the team, a rationale of the norm) without waiting, which rules out lock-order deadlocks.
    return {"key_share": True} if lock else None


def decision_row(decision: Decision, position: int, norm_id: int | None) -> DecisionRow:
    return DecisionRow(
        norm_text=decision.norm_text,
        outcome=decision.outcome.value,
        note=decision.note,
        position=position,
        norm_id=norm_id,
        consensus=consensus_to_json(decision.consensus),
    )


def decision_rows(decisions: Iterable[Decision], norm_ids: dict[int, int] | None = None) -> list[DecisionRow]:
    """Rows for a meeting's decisions; ``norm_ids`` maps the norm ids they name to stored ones."""

    def stored(norm_id: int | None) -> int | None:
        if norm_id is None or norm_ids is None:
            return norm_id
        return norm_ids.get(norm_id)

    return [decision_row(d, i, stored(d.norm_id)) for i, d in enumerate(decisions)]


def insert_norm(
    session: OrmSession,
    norm: Norm,
    team_id: int,
    setting: SettingRow | None,
    *,
    keep_ids: bool,
    session_ids: dict[int, int] | None = None,
) -> NormRow:
    """Add a norm with its rationales and revisions; ``keep_ids`` puts back a deleted one as it was.

    ``session_ids`` maps the meeting ids its revisions name to stored ones (an import); without it
    they are kept as they are.
    """

    def ident(value: int) -> int | None:
        return value if keep_ids else None

    def meeting(session_id: int | None) -> int | None:
        if session_id is None or session_ids is None:
            return session_id
        return session_ids.get(session_id)

    row = NormRow(
        id=ident(norm.id),
        team_id=team_id,
        text=norm.text,
        setting=setting,
        regulates=norm.regulates,
        status=norm.status.value,
        position=norm.position,
        created=norm.created,
        updated=norm.updated,
        baseline=None if norm.baseline is None else [draft_to_json(d) for d in norm.baseline],
        review_by=norm.review_by,
    )
    row.rationales = [
        RationaleRow(
            id=ident(r.id),
            text=r.text,
            dimension=r.dimension.value,
            stance=r.stance.value,
            voice=r.voice,
            position=r.position,
            agreed_on=r.agreed_on,
            agreed_order=r.agreed_order if r.agreed_on is not None else None,
        )
        for r in norm.rationales
    ]
    row.revisions = [
        RevisionRow(
            id=ident(v.id),
            at=v.at,
            note=v.note,
            text_before=v.text_before,
            text_after=v.text_after,
            rationales_before=[draft_to_json(d) for d in v.rationales_before],
            rationales_after=[draft_to_json(d) for d in v.rationales_after],
            session_id=meeting(v.session_id),
            review_by_before=v.review_by_before,
            review_by_after=v.review_by_after,
        )
        for v in norm.revisions
    ]
    session.add(row)
    session.flush()
    return row
