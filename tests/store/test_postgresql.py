"""The same services on PostgreSQL, the shared department database."""

from __future__ import annotations

import pytest

from normlab.domain import ConflictError, Dimension, RationaleDraft, Stance, is_surface_only_change
from normlab.services.interchange import export_json, import_json
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.store.migrate import HEAD_REVISION, read_revision


def test_migrations_services_and_round_trip_on_postgresql(pg_url: str):
    ws = Workspace.open(pg_url)
    assert ws.report.created and read_revision(pg_url) == HEAD_REVISION
    team = ws.create_team("ICU teaching, St Elsewhere")
    norm = ws.add_norm(
        team,
        "Be quiet when others speak",
        rationales=[RationaleDraft("good behaviour", Dimension.OPERATIONAL)],
    )
    ws.reword_norm(norm, "Listen to each other")
    assert is_surface_only_change(ws.norm(norm).revisions[0])
    reason = ws.add_rationale(norm, RationaleDraft("so we learn", Dimension.IDEATIONAL, Stance.PROPOSED))
    ws.set_stance(reason, Stance.HELD)

    deleted = ws.delete_team(team)
    ws.restore_team(deleted)
    assert ws.team(team) == deleted
    ws.add_norm(team, "A norm added after the restore")  # sequences still hand out free ids

    copied = copy_starter_set(ws, "icu-teaching-session", "Copy")
    document = export_json(ws, [team, copied])
    for item in document["teams"]:
        item["name"] += " (imported)"
    ids = import_json(ws, document)
    assert [len(ws.team(i).norms) for i in ids] == [2, 8]
    ws.close()


def test_two_people_on_one_postgresql_database_do_not_overwrite_each_other(pg_url: str):
    alice = Workspace.open(pg_url)
    bob = Workspace.open(pg_url)
    norm = alice.add_norm(alice.create_team("Shared"), "Ask when unsure")
    seen = bob.norm(norm).text
    alice.reword_norm(norm, "Ask whenever you are unsure", expected=seen)
    with pytest.raises(ConflictError):
        bob.reword_norm(norm, "Ask questions", expected=seen)
    alice.close()
    bob.close()
