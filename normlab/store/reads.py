"""Every read of the window and of export, in plain SQL over the database driver's own connection.

Reading needs no ORM and, on SQLite, not even SQLAlchemy: the same queries run on a ``sqlite3``
connection opened for the window's first paint (``store/first_look.py``) and, as driver SQL, in a
reading session (``Database.reads``) for everything after, on SQLite or PostgreSQL. A team is read
in a fixed number of statements whatever its size, and each row becomes its domain value as it
comes off the cursor.

* ``team_overview``: the table of norms, one aggregate row per norm (its reasons counted, the
  dimensions held, proposed and agreed as bit sets: SUM of DISTINCT powers of two is their OR, and
  the reasons' words for the filter) plus the latest rewording of each norm: the ``NormFacts`` the
  checks read, without a reason or revision becoming a Python object.
* ``norms``/``team``: whole norms (reasons, revisions) and whole teams (meetings too), for the
  selected norm, export and printing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from normlab.domain.checks import NormFacts, Rewording
from normlab.domain.errors import NotFoundError
from normlab.domain.model import (
    Consensus,
    ConsensusKind,
    Decision,
    Dimension,
    Norm,
    Outcome,
    Prebrief,
    Rationale,
    RationaleDraft,
    Revision,
    Session,
    Setting,
    Stance,
    Status,
    Team,
    TeamSummary,
)
from normlab.domain.summary import NormSummary, TeamOverview

DIMENSION = {d.value: d for d in Dimension}
STANCE = {s.value: s for s in Stance}
STATUS = {s.value: s for s in Status}
OUTCOME = {o.value: o for o in Outcome}
BIT = " ".join(f"WHEN '{d.value}' THEN {1 << i}" for i, d in enumerate(Dimension))
SETS = tuple(
    frozenset(d for i, d in enumerate(Dimension) if mask & (1 << i)) for mask in range(1 << len(Dimension))
)
"""Bit set -> the dimensions in it."""

NORM_COLUMNS = "n.id, n.team_id, n.text, s.name, n.regulates, n.status, n.position, n.created, n.updated, n.baseline, n.review_by"
SUMMARY = f"""
SELECT n.id, n.team_id, n.text, max(s.name), n.regulates, n.status, n.position, n.review_by, count(r.id),
       sum(DISTINCT CASE WHEN r.stance = 'held' THEN CASE r.dimension {BIT} END END),
       sum(DISTINCT CASE WHEN r.stance = 'proposed' THEN CASE r.dimension {BIT} END END),
       sum(DISTINCT CASE WHEN r.agreed_on IS NOT NULL THEN CASE r.dimension {BIT} END END),
       {{words}}
FROM norms n
LEFT JOIN settings s ON s.id = n.setting_id
LEFT JOIN rationales r ON r.norm_id = n.id
WHERE {{which}}
GROUP BY n.team_id, n.position, n.id
ORDER BY n.team_id, n.position, n.id
"""
"""Grouped and sorted in the order of the index the norms are found by (team, place): no sorting."""
REWORDINGS = """
SELECT v.norm_id, v.text_before, v.text_after, v.rationales_before, v.rationales_after
FROM revisions v
WHERE v.id IN (
    SELECT max(v2.id) FROM revisions v2 JOIN norms n ON n.id = v2.norm_id
    WHERE {which} AND v2.text_before <> v2.text_after GROUP BY v2.norm_id
)
"""


Execute = Callable[[str, tuple[Any, ...]], Sequence[Sequence[Any]]]
"""Runs one statement with its parameters and returns all its rows."""


class Reads:
    """The reads through one connection: ``execute`` runs SQL written for it (``?`` placeholders
    become ``%s`` for PostgreSQL's driver). Run inside a transaction when several reads must agree.
    """

    def __init__(self, execute: Execute, *, sqlite: bool) -> None:
        self._execute = execute
        self._sqlite = sqlite

    @classmethod
    def on_dbapi(cls, connection: Any) -> Reads:
        """Reads on a ``sqlite3`` connection, without SQLAlchemy."""

        def execute(sql: str, params: tuple[Any, ...]) -> list[Any]:
            cursor = connection.cursor()
            try:
                return cursor.execute(sql, params).fetchall()
            finally:
                cursor.close()

        return cls(execute, sqlite=True)

    def _rows(self, sql: str, *params: Any) -> Sequence[Sequence[Any]]:
        if not self._sqlite:
            return self._execute(sql.replace("?", "%s"), params)
        return self._execute(sql, tuple(p.isoformat() if isinstance(p, date) else p for p in params))

    # -- the list of teams ------------------------------------------------------------------------

    def teams(self, today: date | None = None) -> list[TeamSummary]:
        """Every team with its norm count and (given ``today``) how many of its norms are due."""
        due = "count(CASE WHEN n.review_by <= ? THEN 1 END)" if today is not None else "0"
        rows = self._rows(
            f"SELECT t.id, t.name, count(n.id), {due} FROM teams t LEFT JOIN norms n ON n.team_id = t.id "
            "GROUP BY t.id, t.name ORDER BY lower(t.name), t.id",
            *((today,) if today is not None else ()),
        )
        return [TeamSummary(id, name, count, due) for id, name, count, due in rows]

    def team_id(self, name: str) -> int | None:
        found = self._rows("SELECT id FROM teams WHERE name = ?", name)
        return found[0][0] if found else None

    # -- a team as its table shows it -------------------------------------------------------------

    def team_overview(self, team_id: int) -> TeamOverview:
        row = self._team_row(team_id)
        return TeamOverview(
            row[0],
            row[1],
            row[2],
            _moment(row[3]),
            self.settings(team_id),
            self.summaries("n.team_id = ?", team_id),
        )

    def norm_summary(self, norm_id: int) -> NormSummary:
        found = self.summaries("n.id = ?", norm_id)
        if not found:
            raise NotFoundError("that norm no longer exists")
        return found[0]

    def summaries(self, which: str, *params: Any) -> tuple[NormSummary, ...]:
        """The summaries of the norms ``which`` (a condition on ``n``, the norms) selects, in order."""
        words = (
            "group_concat(r.text || ' ' || r.voice, ' ')"
            if self._sqlite
            else "string_agg(r.text || ' ' || r.voice, ' ')"
        )
        rewordings = self.rewordings(which, *params)
        shared: dict[tuple[int, int, int, int], NormFacts] = {}

        def facts(
            norm_id: int, reasons: int, held: int | None, proposed: int | None, agreed: int | None
        ) -> NormFacts:
            key = (reasons, held or 0, proposed or 0, agreed or 0)
            rewording = rewordings.get(norm_id)
            if rewording is not None:
                return NormFacts(reasons, SETS[key[1]], SETS[key[2]], SETS[key[3]], rewording)
            found = shared.get(key)
            if found is None:  # most norms share their facts with many others: keep one of each
                found = shared[key] = NormFacts(reasons, SETS[key[1]], SETS[key[2]], SETS[key[3]])
            return found

        return tuple(
            NormSummary(
                id,
                team_id,
                text,
                setting or "",
                regulates,
                STATUS[status],
                position,
                _day(review_by),
                facts(id, reasons, held, proposed, agreed),
                reason_words or "",
            )
            for id, team_id, text, setting, regulates, status, position, review_by, reasons, held, proposed, agreed, reason_words in self._rows(
                SUMMARY.format(words=words, which=which), *params
            )
        )

    def rewordings(self, which: str, *params: Any) -> dict[int, Rewording]:
        """For each norm ``which`` selects that was ever reworded: its latest rewording."""
        return {
            norm_id: Rewording(before, after, _resting(_json(drafts_before)), _resting(_json(drafts_after)))
            for norm_id, before, after, drafts_before, drafts_after in self._rows(
                REWORDINGS.format(which=which), *params
            )
        }

    # -- whole norms and teams --------------------------------------------------------------------

    def norm(self, norm_id: int) -> Norm:
        found = self.norms("n.id = ?", norm_id)
        if not found:
            raise NotFoundError("that norm no longer exists")
        return found[0]

    def norms(self, which: str, *params: Any) -> tuple[Norm, ...]:
        """The whole norms ``which`` selects, in their team's order, with their reasons and revisions."""
        ids = f"SELECT n.id FROM norms n WHERE {which}"
        rationales: dict[int, list[Rationale]] = defaultdict(list)
        for id, norm_id, text, dimension, stance, voice, position, agreed_on, agreed_order in self._rows(
            "SELECT id, norm_id, text, dimension, stance, voice, position, agreed_on, agreed_order FROM rationales "
            f"WHERE norm_id IN ({ids}) ORDER BY norm_id, position",
            *params,
        ):
            rationales[norm_id].append(
                Rationale(
                    id,
                    norm_id,
                    text,
                    DIMENSION[dimension],
                    STANCE[stance],
                    voice,
                    position,
                    _day(agreed_on),
                    agreed_order,
                )
            )
        revisions: dict[int, list[Revision]] = defaultdict(list)
        for row in self._rows(
            "SELECT id, norm_id, at, note, text_before, text_after, rationales_before, rationales_after, session_id, "
            f"review_by_before, review_by_after FROM revisions WHERE norm_id IN ({ids}) ORDER BY id",
            *params,
        ):
            (
                id,
                norm_id,
                at,
                note,
                before,
                after,
                drafts_before,
                drafts_after,
                session_id,
                review_before,
                review_after,
            ) = row
            revisions[norm_id].append(
                Revision(
                    id,
                    norm_id,
                    _moment(at),
                    note,
                    before,
                    after,
                    drafts(_json(drafts_before)),
                    drafts(_json(drafts_after)),
                    session_id,
                    _day(review_before),
                    _day(review_after),
                )
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
                _moment(created),
                _moment(updated),
                tuple(rationales.get(id, ())),
                tuple(revisions[id]) if id in revisions else no_revisions,
                _baseline(_json(baseline)),
                _day(review_by),
            )
            for id, team_id, text, setting, regulates, status, position, created, updated, baseline, review_by in self._rows(
                f"SELECT {NORM_COLUMNS} FROM norms n LEFT JOIN settings s ON s.id = n.setting_id "
                f"WHERE {which} ORDER BY n.position, n.id",
                *params,
            )
        )

    def team(self, team_id: int) -> Team:
        """The whole team: settings, norms with reasons and history, meetings with decisions."""
        id, name, description, created, statement, attribution = self._team_row(team_id)
        return Team(
            id,
            name,
            description,
            _moment(created),
            self.settings(team_id),
            self.norms("n.team_id = ?", team_id),
            self.sessions(team_id),
            Prebrief(statement, attribution),
        )

    def settings(self, team_id: int) -> tuple[Setting, ...]:
        return tuple(
            Setting(*row)
            for row in self._rows(
                "SELECT id, team_id, name, description FROM settings WHERE team_id = ? ORDER BY id", team_id
            )
        )

    def session_norms(self, session_id: int, agenda: Sequence[int] = ()) -> tuple[Norm, ...]:
        """The whole norms a meeting decided on, changed, or had on its agenda, in their team's order."""
        which = (
            "n.id IN (SELECT norm_id FROM decisions WHERE session_id = ?) "
            "OR n.id IN (SELECT norm_id FROM revisions WHERE session_id = ?)"
        )
        if agenda:
            which += f" OR n.id IN ({', '.join('?' * len(agenda))})"
        return self.norms(which, session_id, session_id, *agenda)

    def sessions(self, team_id: int) -> tuple[Session, ...]:
        """The team's meetings, by day, each with its decisions in order."""
        decisions: dict[int, list[Decision]] = defaultdict(list)
        for session_id, norm_text, outcome, note, norm_id, consensus in self._rows(
            "SELECT d.session_id, d.norm_text, d.outcome, d.note, d.norm_id, d.consensus FROM decisions d "
            "JOIN sessions m ON m.id = d.session_id WHERE m.team_id = ? ORDER BY d.session_id, d.position",
            team_id,
        ):
            decisions[session_id].append(
                Decision(norm_text, OUTCOME[outcome], note, norm_id, _consensus(_json(consensus)))
            )
        return tuple(
            Session(
                id,
                team,
                _day(held_on),  # type: ignore[arg-type]
                attendance,
                roles,
                notes,
                _day(next_review),
                tuple(decisions.get(id, ())),
                tuple(_json(agenda) or ()),
                bool(is_open),
                time_box,
            )
            for id, team, held_on, attendance, roles, notes, next_review, is_open, agenda, time_box in self._rows(
                "SELECT id, team_id, held_on, attendance, roles, notes, next_review, is_open, agenda, time_box "
                "FROM sessions WHERE team_id = ? ORDER BY held_on, id",
                team_id,
            )
        )

    def team_sessions(self, team_id: int) -> tuple[Session, ...]:
        """The team's meetings; NotFoundError when the team is gone."""
        self._team_row(team_id)
        return self.sessions(team_id)

    def _team_row(self, team_id: int) -> tuple[Any, ...]:
        found = self._rows(
            "SELECT id, name, description, created, prebrief_statement, prebrief_attribution FROM teams WHERE id = ?",
            team_id,
        )
        if not found:
            raise NotFoundError("that team no longer exists")
        return found[0]


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


def _resting(drafts: Sequence[dict[str, Any]]) -> frozenset[Dimension]:
    """What a stored snapshot of reasons rests on: the agreed ones' dimensions, else the held ones'."""
    agreed = frozenset(DIMENSION[d["dimension"]] for d in drafts if d.get("agreed_on") is not None)
    return agreed or frozenset(DIMENSION[d["dimension"]] for d in drafts if d.get("stance", "held") == "held")


def _baseline(data: list[dict[str, Any]] | None) -> tuple[RationaleDraft, ...] | None:
    return None if data is None else drafts(data)


def _consensus(data: dict[str, Any] | None) -> Consensus | None:
    return None if data is None else Consensus(ConsensusKind(data["kind"]), tuple(data["counts"]))


# SQLite hands back text where PostgreSQL's driver hands back values: accept both.


def _json(value: Any) -> Any:
    """A JSON column's value; SQLAlchemy writes None as the JSON text 'null', which reads as None."""
    return json.loads(value) if isinstance(value, str) else value


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _moment(value: Any) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value
