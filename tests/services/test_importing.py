"""A file whose team name is already taken: refuse, rename or replace, always all or nothing."""

from __future__ import annotations

import pytest

from normlab.domain.errors import DiskFullError, ValidationError
from normlab.services import importing
from normlab.services.importing import OnClash, clashing_names, store_teams
from normlab.services.interchange import export_json, parse_document
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from tests.services.test_interchange import populated, without_stamp


@pytest.fixture
def maths(ws: Workspace) -> int:
    return copy_starter_set(ws, "classroom-dialogic-talk", "Maths department")


def file_teams(*names: str):
    return parse_document(
        {
            "format": "normlab",
            "version": 1,
            "teams": [{"name": n, "norms": [{"text": "Be kind"}, {"text": "Take turns"}]} for n in names],
        }
    )


def test_the_names_taken_are_named_in_file_order(ws: Workspace, maths: int) -> None:
    ws.create_team("ICU teaching")
    teams = file_teams("New team", "ICU teaching", "Maths department")
    assert clashing_names(ws, teams) == ["ICU teaching", "Maths department"]


def test_replacing_swaps_the_team_and_keeps_the_old_one_whole(ws: Workspace, maths: int) -> None:
    other = populated(ws)
    before = without_stamp(export_json(ws, [maths]))
    untouched = without_stamp(export_json(ws, [other]))

    done = store_teams(ws, file_teams("Maths department", "Fresh team"), OnClash.REPLACE)

    assert [ws.team(i).name for i in done.team_ids] == ["Maths department", "Fresh team"]
    assert [n.text for n in ws.team_by_name("Maths department").norms] == ["Be kind", "Take turns"]
    (old,) = done.replaced
    assert old.id == maths and len(old.norms) == 8
    assert without_stamp(export_json(ws, [other])) == untouched

    taken = ws.swap_teams(done.team_ids, done.replaced)  # undo: as it was, with its ids
    assert {t.name for t in ws.teams()} == {"Maths department", ws.team(other).name}
    assert without_stamp(export_json(ws, [maths])) == before
    ws.swap_teams([maths], taken)  # redo: the imported teams again, with their ids
    assert sorted(t.id for t in ws.teams()) == sorted([other, *done.team_ids])


def test_a_replacing_import_that_fails_half_way_deletes_nothing(
    ws: Workspace, maths: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = without_stamp(export_json(ws))
    real_insert = importing.insert_team
    calls = []

    def insert_then_fail(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DiskFullError("the disk is full")
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(importing, "insert_team", insert_then_fail)
    with pytest.raises(DiskFullError):
        store_teams(ws, file_teams("Maths department", "Fresh team"), OnClash.REPLACE)
    assert len(calls) == 2  # the old team had been taken out when it failed
    assert without_stamp(export_json(ws)) == before


def test_refusing_and_renaming(ws: Workspace, maths: int) -> None:
    with pytest.raises(
        ValidationError, match=r"teams\[1\]\.name: a team called “Maths department” already exists"
    ):
        store_teams(ws, file_teams("Fresh team", "Maths department"))
    assert [t.name for t in ws.teams()] == ["Maths department"]
    done = store_teams(ws, file_teams("Maths department", "Maths department (2)"), OnClash.RENAME)
    assert [ws.team(i).name for i in done.team_ids] == ["Maths department (2)", "Maths department (2) (2)"]
    assert done.replaced == []
