"""Reading whole teams and norms as domain values straight from Core rows: no ORM object per row.

A team is read in a fixed number of statements whatever its size (the team, its settings, its norms,
all their reasons, all their revisions, its meetings and their decisions), each row turned into its
domain value as it comes off the cursor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, select

from normlab.domain.errors import NotFoundError
from normlab.domain.model import (
    Decision,
    Dimension,
    Norm,
    Outcome,
    Rationale,
    RationaleDraft,
    Revision,
    Session,
    Setting,
    Stance,
    Status,
    Team,
)
from normlab.store.repository import consensus_from_json
from normlab.store.schema import (
    DecisionRow,
    NormRow,
    RationaleRow,
    RevisionRow,
    SessionRow,
    SettingRow,
    TeamRow,
)

TEAMS = TeamRow.__table__
SETTINGS = SettingRow.__table__
NORMS = NormRow.__table__
RATIONALES = RationaleRow.__table__
REVISIONS = RevisionRow.__table__
SESSIONS = SessionRow.__table__
DECISIONS = DecisionRow.__table__

DIMENSION = {d.value: d for d in Dimension}
STANCE = {s.value: s for s in Stance}
STATUS = {s.value: s for s in Status}
OUTCOME = {o.value: o for o in Outcome}


def load_team(conn: Connection, team_id: int) -> Team:
    """The whole team: settings, norms with reasons and history, meetings with decisions."""
    row = conn.execute(select(TEAMS).where(TEAMS.c.id == team_id)).one_or_none()
    if row is None:
        raise NotFoundError("that team no longer exists")
    settings = tuple(
        Setting(s.id, s.team_id, s.name, s.description)
        for s in conn.execute(select(SETTINGS).where(SETTINGS.c.team_id == team_id).order_by(SETTINGS.c.id))
    )
    return Team(
        id=row.id,
        name=row.name,
        description=row.description,
        created=row.created,
        settings=settings,
        norms=load_norms(conn, NORMS.c.team_id == team_id),
        sessions=load_sessions(conn, team_id),
    )


def load_norm(conn: Connection, norm_id: int) -> Norm:
    found = load_norms(conn, NORMS.c.id == norm_id)
    if not found:
        raise NotFoundError("that norm no longer exists")
    return found[0]


def load_norms(conn: Connection, which: ColumnElement[bool]) -> tuple[Norm, ...]:
    """The norms ``which`` selects, in their team's order, each with its reasons and revisions."""
    ids = select(NORMS.c.id).where(which)
    rationales: dict[int, list[Rationale]] = defaultdict(list)
    r = RATIONALES.c
    for id, norm_id, text, dimension, stance, voice, position, agreed_on, agreed_order in conn.execute(
        select(
            r.id, r.norm_id, r.text, r.dimension, r.stance, r.voice, r.position, r.agreed_on, r.agreed_order
        )
        .where(r.norm_id.in_(ids))
        .order_by(r.norm_id, r.position)
    ).all():
        rationales[norm_id].append(
            Rationale(
                id,
                norm_id,
                text,
                DIMENSION[dimension],
                STANCE[stance],
                voice,
                position,
                agreed_on,
                agreed_order,
            )
        )
    revisions: dict[int, list[Revision]] = defaultdict(list)
    for v in conn.execute(
        select(REVISIONS).where(REVISIONS.c.norm_id.in_(ids)).order_by(REVISIONS.c.id)
    ).all():
        revisions[v.norm_id].append(
            Revision(
                id=v.id,
                norm_id=v.norm_id,
                at=v.at,
                note=v.note,
                text_before=v.text_before,
                text_after=v.text_after,
                rationales_before=drafts(v.rationales_before),
                rationales_after=drafts(v.rationales_after),
                session_id=v.session_id,
                review_by_before=v.review_by_before,
                review_by_after=v.review_by_after,
            )
        )
    n = NORMS.c
    query = (
        select(
            n.id,
            n.team_id,
            n.text,
            SETTINGS.c.name,
            n.regulates,
            n.status,
            n.position,
            n.created,
            n.updated,
            n.baseline,
            n.review_by,
        )
        .outerjoin(SETTINGS, SETTINGS.c.id == n.setting_id)
        .where(which)
        .order_by(n.position, n.id)
    )
    no_revisions: tuple[Revision, ...] = ()
    return tuple(
        Norm(
            id,
            team_id,
            text,
            setting or "",
            regulates,
            STATUS[status],
            position,
            created,
            updated,
            tuple(rationales.get(id, ())),
            tuple(revisions[id]) if id in revisions else no_revisions,
            None if baseline is None else drafts(baseline),
            review_by,
        )
        for id, team_id, text, setting, regulates, status, position, created, updated, baseline, review_by in (
            conn.execute(query).all()
        )
    )


def load_sessions(conn: Connection, team_id: int) -> tuple[Session, ...]:
    """The team's meetings, by day, each with its decisions in order."""
    decisions: dict[int, list[Decision]] = defaultdict(list)
    meetings = select(SESSIONS.c.id).where(SESSIONS.c.team_id == team_id)
    for d in conn.execute(
        select(DECISIONS)
        .where(DECISIONS.c.session_id.in_(meetings))
        .order_by(DECISIONS.c.session_id, DECISIONS.c.position)
    ):
        decisions[d.session_id].append(
            Decision(
                norm_text=d.norm_text,
                outcome=OUTCOME[d.outcome],
                note=d.note,
                norm_id=d.norm_id,
                consensus=consensus_from_json(d.consensus),
            )
        )
    return tuple(
        Session(
            id=s.id,
            team_id=s.team_id,
            held_on=s.held_on,
            attendance=s.attendance,
            roles=s.roles,
            notes=s.notes,
            next_review=s.next_review,
            decisions=tuple(decisions.get(s.id, ())),
            agenda=tuple(s.agenda or ()),
            is_open=s.is_open,
            time_box=s.time_box,
        )
        for s in conn.execute(
            select(SESSIONS).where(SESSIONS.c.team_id == team_id).order_by(SESSIONS.c.held_on, SESSIONS.c.id)
        )
    )


def drafts(data: Iterable[dict[str, Any]]) -> tuple[RationaleDraft, ...]:
    """Rationale snapshots as stored in revisions (see ``repository.draft_to_json``)."""
    return tuple(
        RationaleDraft(
            d["text"],
            DIMENSION[d["dimension"]],
            STANCE[d.get("stance", "held")],
            d.get("voice", ""),
            None if d.get("agreed_on") is None else date.fromisoformat(d["agreed_on"]),
            None if d.get("agreed_on") is None else d.get("agreed_order"),
        )
        for d in data
    )
