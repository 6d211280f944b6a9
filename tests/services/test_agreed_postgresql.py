"""Agreed reasons, review-by dates and meetings on PostgreSQL, the shared department database."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from normlab.domain import ValidationError
from normlab.services import agreements
from normlab.services.interchange import export_json, import_json
from normlab.services.workspace import Workspace
from normlab.store.migrate import HEAD_REVISION, ensure_schema, read_revision, upgrade
from tests.services.test_interchange_agreed import agreed_team, three_agreed, without_stamp


def test_agreements_meetings_and_their_round_trip_on_postgresql(pg_url: str):
    ws = Workspace.open(pg_url)
    try:
        team = agreed_team(ws)
        listen = ws.team(team).norms[0]
        first, second = (r.id for r in listen.agreed())
        swapped = agreements.reorder_agreed(ws, listen.id, [second, first])  # places 1 and 2 are unique
        assert [i for i, _ in swapped.after] == [second, first]
        assert [(n, t.text) for n, t in agreements.due_for_review(ws, date(2026, 4, 1))] == [
            ("Year 5, Hillside", "No music or gum in tests")
        ]
        document = export_json(ws, [team])
        renamed = copy.deepcopy(document)
        renamed["teams"][0]["name"] = "Copy"
        (copied,) = import_json(ws, renamed)
        again = export_json(ws, [copied])
        again["teams"][0]["name"] = document["teams"][0]["name"]
        assert without_stamp(again) == without_stamp(document)
        before = without_stamp(export_json(ws))
        with pytest.raises(ValidationError, match=r"rationales\[2\]\.agreed_on"):
            import_json(ws, three_agreed())
        assert without_stamp(export_json(ws)) == before
    finally:
        ws.close()


def test_upgrading_a_postgresql_database_from_0002(pg_url: str):
    upgrade(pg_url, "0002_sessions")
    assert read_revision(pg_url) == "0002_sessions"
    report = ensure_schema(pg_url)
    assert report.upgraded_from == "0002_sessions" and read_revision(pg_url) == HEAD_REVISION
    ws = Workspace.open(pg_url)
    try:
        agreed_team(ws)
    finally:
        ws.close()
