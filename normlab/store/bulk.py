"""Whole teams into the database in a few statements: SQLAlchemy Core ``executemany``, no ORM rows.

A team of 10,000 norms is a handful of INSERTs with many parameter sets each (teams, settings,
meetings, norms, reasons, revisions, decisions), all inside the caller's transaction, so an import
stays all-or-nothing. The number of statements grows with the number of teams and meetings, never
with the number of norms.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session as OrmSession

from normlab.domain.model import Dimension, Norm, Stance, Status, Team
from normlab.store.repository import consensus_to_json, draft_to_json
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

NORM_COLUMNS = (
    "team_id", "text", "setting_id", "regulates", "status", "position", "created", "updated", "baseline", "review_by"
)  # fmt: skip
RATIONALE_COLUMNS = (
    "norm_id",
    "text",
    "dimension",
    "stance",
    "voice",
    "position",
    "agreed_on",
    "agreed_order",
)
REVISION_COLUMNS = (
    "norm_id", "at", "note", "text_before", "text_after", "rationales_before", "rationales_after", "session_id",
    "review_by_before", "review_by_after",
)  # fmt: skip


@contextmanager
def paused_gc() -> Iterator[None]:
    """Keep Python's cycle collector out of a burst of allocation (reading or writing a big team).

    Reading 10,000 norms makes a few hundred thousand objects, none of them garbage; the collector
    would otherwise walk all of them again and again as they pile up, a fifth of the time of an import.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def insert_team(session: OrmSession, team: Team, *, keep_ids: bool) -> int:
    """Add a whole team (settings, meetings, norms with their reasons and history); returns its id.

    With ``keep_ids`` every row gets back the id it had (the undo of deleting a team); otherwise the
    database hands out new ids and the ones the team's values carry are mapped to them.
    """
    session.flush()  # anything the ORM still holds goes first, so that the order of writes is kept
    conn = session.connection()
    values: dict[str, Any] = {
        "name": team.name,
        "description": team.description,
        "created": team.created,
        "prebrief_statement": team.prebrief.statement,
        "prebrief_attribution": team.prebrief.attribution,
    }
    if keep_ids:
        values["id"] = team.id
    team_id = conn.execute(TEAMS.insert().values(**values).returning(TEAMS.c.id)).scalar_one()

    setting_ids = _insert_settings(conn, team, team_id, keep_ids=keep_ids)
    session_ids = _insert_meetings(conn, team, team_id, keep_ids=keep_ids)
    norm_ids = _insert_norms(conn, team.norms, team_id, setting_ids, keep_ids=keep_ids)
    _insert_children(conn, team.norms, norm_ids, session_ids, keep_ids=keep_ids)
    _insert_decisions(conn, team, norm_ids, session_ids)
    return team_id


def _insert_settings(conn: Connection, team: Team, team_id: int, *, keep_ids: bool) -> dict[str, int]:
    """The team's settings, and any setting a norm names that the list left out: name -> id."""
    rows: dict[str, dict[str, Any]] = {}
    for setting in team.settings:
        row = {"team_id": team_id, "name": setting.name, "description": setting.description}
        if keep_ids:
            row["id"] = setting.id
        rows.setdefault(setting.name, row)
    for norm in team.norms:
        name = norm.setting.strip()
        if name and name not in rows:
            rows[name] = {"team_id": team_id, "name": name, "description": ""}
            if keep_ids:
                rows[name]["id"] = None  # a setting added since the snapshot: let the database number it
    with_ids = [r for r in rows.values() if r.get("id") is not None]
    without = [{k: v for k, v in r.items() if k != "id"} for r in rows.values() if r.get("id") is None]
    for batch in (with_ids, without):
        if batch:
            conn.execute(SETTINGS.insert(), batch)
    found = conn.execute(select(SETTINGS.c.name, SETTINGS.c.id).where(SETTINGS.c.team_id == team_id))
    return {name: setting_id for name, setting_id in found}


def _insert_meetings(conn: Connection, team: Team, team_id: int, *, keep_ids: bool) -> dict[int, int]:
    """The team's meetings (their agendas once the norms are in): the meeting ids of the values -> stored."""
    ids: dict[int, int] = {}
    for meeting in team.sessions:
        values: dict[str, Any] = {
            "team_id": team_id,
            "held_on": meeting.held_on,
            "attendance": meeting.attendance,
            "roles": meeting.roles,
            "notes": meeting.notes,
            "next_review": meeting.next_review,
            "is_open": meeting.is_open,
            "time_box": meeting.time_box,
        }
        if keep_ids:
            values["id"] = meeting.id
        ids[meeting.id] = conn.execute(
            SESSIONS.insert().values(**values).returning(SESSIONS.c.id)
        ).scalar_one()
    return ids


def _insert_norms(
    conn: Connection, norms: Sequence[Norm], team_id: int, setting_ids: dict[str, int], *, keep_ids: bool
) -> dict[int, int]:
    """The norms themselves: the norm ids of the values -> stored ids."""
    rows = [
        (
            team_id,
            norm.text,
            setting_ids.get(norm.setting.strip()),
            norm.regulates,
            _VALUE[norm.status],
            norm.position if keep_ids else place,
            norm.created,
            norm.updated,
            None if norm.baseline is None else [draft_to_json(d) for d in norm.baseline],
            norm.review_by,
        )
        for place, norm in enumerate(norms)
    ]
    if not rows:
        return {}
    if keep_ids:
        insert_rows(
            conn, NORMS, ("id", *NORM_COLUMNS), [(n.id, *row) for n, row in zip(norms, rows, strict=True)]
        )
        return {n.id: n.id for n in norms}
    insert_rows(conn, NORMS, NORM_COLUMNS, rows)
    # A new team: every norm has its own place, so the place finds the id the database gave it.
    stored = dict(conn.execute(select(NORMS.c.position, NORMS.c.id).where(NORMS.c.team_id == team_id)).all())
    return {norm.id: stored[place] for place, norm in enumerate(norms)}


def _insert_children(
    conn: Connection,
    norms: Sequence[Norm],
    norm_ids: dict[int, int],
    session_ids: dict[int, int],
    *,
    keep_ids: bool,
) -> None:
    rationales: list[tuple[Any, ...]] = []
    revisions: list[tuple[Any, ...]] = []
    for norm in norms:
        norm_id = norm_ids[norm.id]
        rationales.extend(
            (
                *((r.id,) if keep_ids else ()),
                norm_id,
                r.text,
                _VALUE[r.dimension],
                _VALUE[r.stance],
                r.voice,
                r.position,
                r.agreed_on,
                None if r.agreed_on is None else r.agreed_order,
            )
            for r in norm.rationales
        )
        revisions.extend(
            (
                *((v.id,) if keep_ids else ()),
                norm_id,
                v.at,
                v.note,
                v.text_before,
                v.text_after,
                [draft_to_json(d) for d in v.rationales_before],
                [draft_to_json(d) for d in v.rationales_after],
                None if v.session_id is None else session_ids.get(v.session_id),
                v.review_by_before,
                v.review_by_after,
            )
            for v in norm.revisions
        )
    ids = ("id",) if keep_ids else ()
    insert_rows(conn, RATIONALES, (*ids, *RATIONALE_COLUMNS), rationales)
    insert_rows(conn, REVISIONS, (*ids, *REVISION_COLUMNS), revisions)


def _insert_decisions(
    conn: Connection, team: Team, norm_ids: dict[int, int], session_ids: dict[int, int]
) -> None:
    decisions: list[dict[str, Any]] = []
    agendas: list[dict[str, Any]] = []
    for meeting in team.sessions:
        session_id = session_ids[meeting.id]
        for position, d in enumerate(meeting.decisions):
            decisions.append(
                {
                    "session_id": session_id,
                    "norm_text": d.norm_text,
                    "outcome": d.outcome.value,
                    "note": d.note,
                    "position": position,
                    "norm_id": None if d.norm_id is None else norm_ids.get(d.norm_id),
                    "consensus": consensus_to_json(d.consensus),
                }
            )
        agenda = [norm_ids[n] for n in meeting.agenda if n in norm_ids]
        if agenda:
            agendas.append({"meeting": session_id, "new_agenda": agenda})
    if decisions:
        conn.execute(DECISIONS.insert(), decisions)
    if agendas:
        conn.execute(
            update(SESSIONS)
            .where(SESSIONS.c.id == bindparam("meeting"))
            .values(agenda=bindparam("new_agenda", type_=SESSIONS.c.agenda.type)),
            agendas,
        )


_VALUE: dict[Any, str] = {m: m.value for kind in (Dimension, Stance, Status) for m in kind}
"""Enum member -> stored text, without the enum machinery for each of thousands of rows."""


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """``executemany`` of one INSERT with ``rows`` (tuples in the order of ``columns``).

    SQLite gets the values straight through the driver's executemany, converted by the same type
    processors SQLAlchemy would use (so dates and JSON are stored exactly as the ORM stores them)
    but without building a parameter dictionary per row; other databases go through Core.
    """
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    processors = [
        (i, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        for i, name in enumerate(columns)
    ]
    convert = [(i, process) for i, process in processors if process is not None]
    if convert:
        converted: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(row)
            for i, process in convert:
                values[i] = process(values[i])
            converted.append(tuple(values))
        rows = converted
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.exec_driver_sql(sql, rows)
