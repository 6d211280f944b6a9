"""Storing the teams read from a file: what happens when a team of that name already exists.

The window and ``normlab import`` decide the same way: refuse (the default), give the team from the
file a new name (“Maths (2)”), or replace the existing team with it. Whatever is chosen, the whole
file goes in one transaction: every team is stored, or none is and nothing is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from normlab.domain.errors import ValidationError
from normlab.domain.model import Team
from normlab.services.changes import Change
from normlab.services.workspace import Workspace, take_out_team
from normlab.store.bulk import insert_team, paused_gc
from normlab.store.repository import Repository


class OnClash(Enum):
    """What to do with a team whose name is already taken."""

    REFUSE = "refuse"
    RENAME = "rename"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import stored: the new teams' ids in file order, and the teams it replaced, whole
    as they were (so that undo can put them back)."""

    team_ids: list[int]
    replaced: list[Team] = field(default_factory=list)


def clashing_names(ws: Workspace, teams: Sequence[Team]) -> list[str]:
    """The names of ``teams`` that a team in the database already has, in file order."""
    with ws.db.reading() as s:
        repo = Repository(s)
        return [team.name for team in teams if repo.team_id_by_name(team.name) is not None]


def store_teams(ws: Workspace, teams: Sequence[Team], on_clash: OnClash = OnClash.REFUSE) -> Imported:
    """Add ``teams`` in one transaction, deciding by ``on_clash`` when a name is taken."""
    created: list[int] = []
    replaced: list[Team] = []
    with paused_gc(), ws.db.transaction() as s:
        repo = Repository(s)
        for index, team in enumerate(teams):
            existing = repo.team_id_by_name(team.name)
            if existing is not None:
                if on_clash is OnClash.REFUSE:
                    raise ValidationError(f"teams[{index}].name: a team called “{team.name}” already exists")
                if on_clash is OnClash.REPLACE:
                    replaced.append(take_out_team(s, existing))
                else:
                    team = replace(team, name=_free_name(repo, team.name))
            created.append(insert_team(s, team, keep_ids=False))
    for team_id in [*(t.id for t in replaced), *created]:
        ws.changes.publish(Change(teams=True, team_id=team_id, order=True))
    return Imported(created, replaced)


def _free_name(repo: Repository, wanted: str) -> str:
    counter = 2
    while repo.team_id_by_name(f"{wanted} ({counter})") is not None:
        counter += 1
    return f"{wanted} ({counter})"
