"""A team's table read in one aggregate query says what the whole norms say, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from benchmarks.corpus import build_document
from normlab.domain import Dimension, RationaleDraft, Stance, warnings_for
from normlab.domain.checks import profile_of, team_profile
from normlab.domain.summary import summarise
from normlab.services.agreements import agree
from normlab.services.interchange import import_json
from normlab.services.workspace import Workspace

OP, IP, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.IDEATIONAL


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest, db_url: str) -> str:
    return db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")


def edge_cases(ws: Workspace) -> int:
    team = ws.create_team("Edge cases")
    ws.add_norm(team, "Nobody has said why yet")
    only_rule = ws.add_norm(team, "Be quiet", rationales=[RationaleDraft("it's the rule", OP)])
    ws.reword_norm(only_rule, "Listen to others")  # surface-only, unresolved
    settled = ws.add_norm(team, "No gum", setting="tests", rationales=[RationaleDraft("it's wrong", OP)])
    ws.reword_norm(settled, "No gum in tests")
    ws.move_rationale(ws.norm(settled).rationales[0].id, IP)  # the reason moved since: settled
    ws.reword_norm(settled, "No gum in tests, please")  # a real change? no: IP before and after
    gap = ws.add_norm(team, "Build on ideas", rationales=[RationaleDraft("so we learn", ID, Stance.PROPOSED)])
    agreed = ws.add_norm(
        team,
        "Take turns",
        regulates="everyone",
        rationales=[RationaleDraft("it's fair", OP), RationaleDraft("so all are heard", IP, Stance.PROPOSED)],
    )
    agree(ws, ws.norm(agreed).rationales[1].id, on=date(2026, 5, 1))
    ws.set_norm_field(gap, "status", "retired")
    return team


def test_summaries_say_what_the_whole_norms_say(any_url: str) -> None:
    ws = Workspace.open(any_url)
    teams = [edge_cases(ws), *import_json(ws, build_document(300, name="Generated"))]
    for team_id in teams:
        overview, team = ws.team_overview(team_id), ws.team(team_id)
        assert [n.id for n in overview.norms] == [n.id for n in team.norms]
        assert overview.settings == team.settings and overview.name == team.name
        for summary, norm in zip(overview.norms, team.norms, strict=True):
            whole = summarise(norm)
            assert summary.facts == whole.facts, norm.text
            assert sorted(summary.reason_words.split()) == sorted(whole.reason_words.split())
            alone = ws.norm_summary(norm.id)  # the words may come in another order
            assert replace(alone, reason_words=summary.reason_words) == summary
            assert sorted(alone.reason_words.split()) == sorted(summary.reason_words.split())
            assert warnings_for(summary.facts) == warnings_for(norm)
            assert (summary.text, summary.setting, summary.regulates, summary.status, summary.review_by) == (
                norm.text,
                norm.setting,
                norm.regulates,
                norm.status,
                norm.review_by,
            )
        assert profile_of((n.status, n.facts) for n in overview.norms) == team_profile(team.norms)
    kinds = {w.kind for n in ws.team_overview(teams[0]).norms for w in warnings_for(n.facts)}
    assert len(kinds) == 4  # every kind of warning came up at least once
    ws.close()
