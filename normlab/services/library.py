"""The starter library: ready-made norm sets, shipped in ``resources/library`` as interchange files."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

from normlab.domain.errors import NormlabError, NotFoundError
from normlab.domain.model import Norm, Team
from normlab.domain.text import TEAM_NAME, clean
from normlab.paths import resource
from normlab.services.changes import Change
from normlab.services.interchange import parse_document, read_document
from normlab.services.workspace import Workspace, utcnow
from normlab.store.bulk import insert_team
from normlab.store.repository import Repository, insert_norm


@dataclass(frozen=True, slots=True)
class StarterSet:
    id: str
    title: str
    description: str
    team: Team

    @property
    def norm_count(self) -> int:
        return len(self.team.norms)


@cache
def starter_sets() -> tuple[StarterSet, ...]:
    sets = []
    for path in sorted(resource("library").glob("*.json")):
        document = read_document(path)
        info = document["library"]
        (team,) = parse_document(document)
        sets.append(StarterSet(info["id"], info["title"], info["description"], team))
    return tuple(sets)


def starter_set(set_id: str) -> StarterSet:
    for item in starter_sets():
        if item.id == set_id:
            return item
    known = ", ".join(s.id for s in starter_sets())
    raise NotFoundError(f"there is no starter set “{set_id}” (there are: {known})")


def _chosen(source: Team, only: Collection[int] | None, now: datetime) -> tuple[Norm, ...]:
    """The set's norms (those with an id in ``only``, when given), numbered from 0 in their order."""
    picked = [n for n in source.norms if only is None or n.id in only]
    if only is not None and not picked:
        raise NormlabError("choose at least one norm of the starter set to copy")
    return tuple(replace(n, created=now, updated=now, position=i) for i, n in enumerate(picked))


def copy_starter_norms(
    ws: Workspace, set_id: str, team_id: int, only: Collection[int] | None = None
) -> list[int]:
    """Add a starter set's norms (or those with an id in ``only``) after the norms of an existing
    team, in one transaction; returns the new norms' ids in order."""
    now = utcnow()
    norms = _chosen(starter_set(set_id).team, only, now)
    with ws.db.transaction() as s:
        repo = Repository(s)
        repo.team(team_id, lock=True)
        start = repo.norm_count(team_id)
        for norm in norms:
            setting = repo.setting_named(team_id, norm.setting)
            insert_norm(s, replace(norm, position=start + norm.position), team_id, setting, keep_ids=False)
        s.flush()
        ids = repo.norm_ids_from(team_id, start)
    ws.changes.publish(Change(team_id=team_id, norm_ids=frozenset(ids), order=True))
    return ids


def copy_starter_set(ws: Workspace, set_id: str, team_name: str, only: Collection[int] | None = None) -> int:
    """Copy a starter set into the team called ``team_name``: a new team, or added after its norms."""
    now = utcnow()
    source = starter_set(set_id).team
    norms = _chosen(source, only, now)
    team_name = clean(team_name, TEAM_NAME)
    with ws.db.transaction() as s:
        repo = Repository(s)
        team_id = repo.team_id_by_name(team_name)
        if team_id is None:
            team = replace(source, name=team_name, created=now, norms=norms)
            team_id = insert_team(s, team, keep_ids=False)
        else:
            start = repo.norm_count(team_id)
            for norm in norms:
                setting = repo.setting_named(team_id, norm.setting)
                moved = replace(norm, position=start + norm.position)
                insert_norm(s, moved, team_id, setting, keep_ids=False)
    ws.changes.publish(Change(teams=True, team_id=team_id, order=True))
    return team_id
