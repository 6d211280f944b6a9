"""Compare-and-set under real concurrency: four processes editing one norm at the same moment.

A lost update is an edit that was accepted although another accepted edit had already changed the
value it expected. Each test runs on a SQLite file and on the throw-away PostgreSQL server.
Cost: about 10 s per backend on two cores (four interpreters start per race).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from normlab.services.workspace import Workspace
from tests.race import EDITS, WORKERS, prepare, race_adding, race_free, race_in_step

ROUNDS = 12


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, db_url: str) -> str:
    if request.param == "sqlite":
        return db_url
    return request.getfixturevalue("pg_url")


def test_every_overwriting_edit_has_exactly_one_winner_when_four_race(url: str):
    ids = prepare(url)
    names = list(EDITS)
    attempts = race_in_step(url, ids, names, ROUNDS)
    assert len(attempts) == len(names) * ROUNDS * WORKERS

    winners = Counter((name, round_) for name, round_, _, won, _, _ in attempts if won)
    seen = {(name, round_, seen) for name, round_, _, _, seen, _ in attempts}
    assert len(seen) == len(names) * ROUNDS, "the workers did not all see the same value"
    lost = {key: count - 1 for key, count in winners.items() if count > 1}
    assert lost == {}, f"lost updates: {lost}"
    assert set(winners) == {(name, r) for name in names for r in range(ROUNDS)}

    # Rewording twice at once gives exactly one revision per round, each following the last.
    ws = Workspace.open(url)
    revisions = [r for r in ws.norm(ids.norm).revisions if r.reworded]
    assert len(revisions) == ROUNDS
    for earlier, later in pairwise(revisions):
        assert later.text_before == earlier.text_after
    positions = [n.position for n in ws.team(ids.team).norms]
    assert positions == list(range(len(positions)))
    ws.close()


@pytest.mark.parametrize("name", ["wording", "setting", "reason text"])
def test_free_running_compare_and_set_loses_nothing(url: str, name: str):
    ids = prepare(url)
    accepted = race_free(url, ids, name, 25)
    expected_values = Counter(expected for expected, _ in accepted)
    assert [v for v, n in expected_values.items() if n > 1] == [], "two writers overwrote the same value"
    # The accepted edits form one chain from the first value to the value now stored.
    ws = Workspace.open(url)
    following = {expected: new for expected, new in accepted}
    start = next(e for e in following if e not in {new for _, new in accepted})
    value, steps = start, 0
    while value in following:
        value, steps = following[value], steps + 1
    assert steps == len(accepted)
    assert value == EDITS[name].read(ws, ids)
    if name == "wording":
        assert len(ws.norm(ids.norm).revisions) == len(accepted)
    ws.close()


def test_concurrent_inserts_never_share_a_position(url: str):
    ids = prepare(url)
    race_adding(url, ids, 8)
    ws = Workspace.open(url)
    team = ws.team(ids.team)
    assert [n.position for n in team.norms] == list(range(5 + WORKERS * 8))
    rationales = ws.norm(ids.norm).rationales
    assert [r.position for r in rationales] == list(range(1 + WORKERS * 8))
    ws.close()


@pytest.mark.parametrize("name", list(EDITS))
def test_a_stale_edit_from_a_second_workspace_is_refused(url: str, name: str):
    from normlab.domain import ConflictError

    ids = prepare(url)
    alice, bob = Workspace.open(url), Workspace.open(url)
    edit = EDITS[name]
    seen = edit.read(bob, ids)  # Bob looks...
    edit.write(alice, ids, edit.new(seen, 0, 0), seen)  # ...Alice changes it...
    after_alice = edit.read(alice, ids)
    with pytest.raises(ConflictError):  # ...and Bob's edit, made on what he saw, is refused
        edit.write(bob, ids, edit.new(seen, 1, 1), seen)
    assert edit.read(bob, ids) == after_alice
    alice.close()
    bob.close()
