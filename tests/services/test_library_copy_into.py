"""Copying chosen norms of a starter set into a team that already exists."""

from __future__ import annotations

import pytest

from normlab.domain.errors import NormlabError
from normlab.services.library import copy_starter_norms, copy_starter_set, starter_set
from normlab.services.workspace import Workspace


def test_chosen_norms_go_after_the_team_s_own(ws: Workspace) -> None:
    team_id = ws.create_team("Year 5")
    ws.add_norm(team_id, "Hands up")
    source = starter_set("classroom-dialogic-talk").team.norms
    chosen = (source[3].id, source[1].id)
    ids = copy_starter_norms(ws, "classroom-dialogic-talk", team_id, chosen)
    norms = ws.team(team_id).norms
    assert [n.text for n in norms] == ["Hands up", source[1].text, source[3].text]  # the set's order
    assert [n.id for n in norms[1:]] == ids
    assert [n.position for n in norms] == [0, 1, 2]
    assert [len(n.rationales) for n in norms[1:]] == [len(source[1].rationales), len(source[3].rationales)]


def test_a_new_team_from_some_norms(ws: Workspace) -> None:
    source = starter_set("icu-teaching-session").team.norms
    team_id = copy_starter_set(ws, "icu-teaching-session", "ICU", only={source[0].id})
    assert [n.text for n in ws.team(team_id).norms] == [source[0].text]


def test_choosing_none_is_refused_and_changes_nothing(ws: Workspace) -> None:
    team_id = ws.create_team("Year 5")
    with pytest.raises(NormlabError, match="at least one norm"):
        copy_starter_norms(ws, "classroom-dialogic-talk", team_id, ())
    assert ws.team(team_id).norms == ()
