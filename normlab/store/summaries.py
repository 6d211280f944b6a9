"""A team's table of norms in two statements: one aggregate row per norm, and the latest rewordings.

The aggregate counts each norm's reasons and which dimensions are held, proposed and agreed (as
bit sets: SUM of DISTINCT powers of two is their OR), and joins the reasons' words for the filter;
the second statement reads only the latest revision that changed each norm's wording. Neither
grows with the number of norms, and no reason or revision becomes a Python object.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, literal, select

from normlab.domain.checks import NormFacts, Rewording
from normlab.domain.errors import NotFoundError
from normlab.domain.model import Dimension, Setting, Stance
from normlab.domain.summary import NormSummary, TeamOverview
from normlab.store.loading import NORMS, RATIONALES, REVISIONS, SETTINGS, STATUS, TEAMS

BIT = {d.value: 1 << i for i, d in enumerate(Dimension)}
SETS = tuple(
    frozenset(d for i, d in enumerate(Dimension) if mask & (1 << i)) for mask in range(1 << len(Dimension))
)
"""Bit set -> the dimensions in it."""


def team_overview(conn: Connection, team_id: int) -> TeamOverview:
    row = conn.execute(select(TEAMS).where(TEAMS.c.id == team_id)).one_or_none()
    if row is None:
        raise NotFoundError("that team no longer exists")
    settings = tuple(
        Setting(s.id, s.team_id, s.name, s.description)
        for s in conn.execute(select(SETTINGS).where(SETTINGS.c.team_id == team_id).order_by(SETTINGS.c.id))
    )
    return TeamOverview(
        row.id,
        row.name,
        row.description,
        row.created,
        settings,
        norm_summaries(conn, NORMS.c.team_id == team_id),
    )


def norm_summary(conn: Connection, norm_id: int) -> NormSummary:
    found = norm_summaries(conn, NORMS.c.id == norm_id)
    if not found:
        raise NotFoundError("that norm no longer exists")
    return found[0]


def norm_summaries(conn: Connection, which: ColumnElement[bool]) -> tuple[NormSummary, ...]:
    """The summaries of the norms ``which`` selects, in their team's order."""
    n, r = NORMS.c, RATIONALES.c
    bit = case(BIT, value=r.dimension)
    query = (
        select(
            n.id,
            n.team_id,
            n.text,
            func.max(SETTINGS.c.name),
            n.regulates,
            n.status,
            n.position,
            n.review_by,
            func.count(r.id),
            func.sum(case((r.stance == Stance.HELD.value, bit)).distinct()),
            func.sum(case((r.stance == Stance.PROPOSED.value, bit)).distinct()),
            func.sum(case((r.agreed_on.is_not(None), bit)).distinct()),
            func.aggregate_strings(r.text + literal(" ") + r.voice, " "),
        )
        .select_from(NORMS)
        .outerjoin(SETTINGS, SETTINGS.c.id == n.setting_id)
        .outerjoin(RATIONALES, r.norm_id == n.id)
        .where(which)
        # Grouped and sorted in the order of the index the norms are found by: no sorting at all.
        .group_by(n.team_id, n.position, n.id)
        .order_by(n.team_id, n.position, n.id)
    )
    rewordings = latest_rewordings(conn, which)
    shared: dict[tuple[int, int, int, int], NormFacts] = {}

    def facts(
        norm_id: int, reasons: int, held: int | None, proposed: int | None, agreed: int | None
    ) -> NormFacts:
        rewording = rewordings.get(norm_id)
        if rewording is not None:
            return NormFacts(reasons, SETS[held or 0], SETS[proposed or 0], SETS[agreed or 0], rewording)
        key = (reasons, held or 0, proposed or 0, agreed or 0)
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
            review_by,
            facts(id, reasons, held, proposed, agreed),
            words or "",
        )
        for id, team_id, text, setting, regulates, status, position, review_by, reasons, held, proposed, agreed, words in (
            conn.execute(query).all()
        )
    )


def latest_rewordings(conn: Connection, which: ColumnElement[bool]) -> dict[int, Rewording]:
    """For each norm ``which`` selects that was ever reworded: its latest rewording."""
    v = REVISIONS.c
    latest = (
        select(func.max(v.id))
        .join(NORMS, NORMS.c.id == v.norm_id)
        .where(which, v.text_before != v.text_after)
        .group_by(v.norm_id)
    )
    rows = conn.execute(
        select(v.norm_id, v.text_before, v.text_after, v.rationales_before, v.rationales_after).where(
            v.id.in_(latest)
        )
    ).all()
    return {
        norm_id: Rewording(before, after, _resting(drafts_before), _resting(drafts_after))
        for norm_id, before, after, drafts_before, drafts_after in rows
    }


def _resting(drafts: Iterable[dict[str, Any]]) -> frozenset[Dimension]:
    """What a stored snapshot of reasons rests on: the agreed ones' dimensions, else the held ones'."""
    drafts = list(drafts)
    agreed = frozenset(Dimension(d["dimension"]) for d in drafts if d.get("agreed_on") is not None)
    return agreed or frozenset(Dimension(d["dimension"]) for d in drafts if d.get("stance", "held") == "held")
