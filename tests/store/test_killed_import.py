"""SIGKILL at random moments during the import of a 10,000-norm team: the database is intact and
holds all of the import or none of it. (Whatever the bulk import becomes, this keeps guarding it.)

Cost: one full import to time it, then three killed ones; about 3 imports' time (20-60 s). Marked slow."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

NORMS = 10_000


def team_file(path: Path) -> Path:
    norms = [
        {
            "text": f"Norm number {i}",
            "setting": f"setting {i % 7}",
            "rationales": [{"text": f"because {i}", "dimension": "discussional", "stance": "held"}],
        }
        for i in range(NORMS)
    ]
    path.write_text(
        json.dumps({"format": "normlab", "version": 1, "teams": [{"name": "Big", "norms": norms}]})
    )
    return path


def state(path: Path) -> tuple[str, int, int]:
    con = sqlite3.connect(path)
    try:
        verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
        teams = con.execute("SELECT count(*) FROM teams").fetchone()[0]
        norms = con.execute("SELECT count(*) FROM norms").fetchone()[0]
    finally:
        con.close()
    return verdict, teams, norms


def test_a_killed_big_import_leaves_all_or_nothing(tmp_path: Path):
    source = team_file(tmp_path / "big.json")
    command = [sys.executable, "-m", "normlab", "--database"]
    first = tmp_path / "timed.sqlite3"
    assert subprocess.run([*command, str(first), "teams"], capture_output=True).returncode == 0
    started = time.monotonic()
    done = subprocess.run([*command, str(first), "import", str(source)], capture_output=True, text=True)
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert state(first) == ("ok", 1, NORMS)

    rng = random.Random(12)
    outcomes = set()
    for attempt in range(3):
        db = tmp_path / f"killed-{attempt}.sqlite3"
        assert subprocess.run([*command, str(db), "teams"], capture_output=True).returncode == 0
        child = subprocess.Popen([*command, str(db), "import", str(source)], stdout=subprocess.DEVNULL)
        time.sleep(took * rng.uniform(0.2, 0.95))
        child.send_signal(signal.SIGKILL)
        child.wait()
        verdict, teams, norms = state(db)
        assert verdict == "ok"
        assert (teams, norms) in ((0, 0), (1, NORMS))
        outcomes.add(teams)
    assert 0 in outcomes, "no kill landed before the import committed"
