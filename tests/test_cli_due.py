"""``normlab due [--today YYYY-MM-DD]``: exactly the norms due on that day, one per line."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from normlab.cli import main

DUE_FILE = {
    "format": "normlab",
    "version": 1,
    "teams": [
        {
            "name": "Ward 7",
            "norms": [
                {"text": "Seniors review every scan", "review_by": "2026-05-01"},
                {"text": "Scan only when clinically led", "review_by": "2026-05-02"},
                {"text": "No date at all"},
                {"text": "Long past", "review_by": "2025-01-31", "status": "proposed"},
            ],
        },
        {"name": "Alpha school", "norms": [{"text": "Listen\nto others", "review_by": "2026-04-30"}]},
    ],
}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "due.sqlite3"
    source = tmp_path / "due.json"
    source.write_text(json.dumps(DUE_FILE), encoding="utf-8")
    assert main(["--database", str(path), "import", str(source)]) == 0
    return str(path)


def due(capsys, db: str, *extra: str) -> tuple[int, list[str], str]:
    code = main(["--database", db, "due", *extra])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_due_lists_exactly_the_norms_due_on_the_day(capsys, db: str):
    capsys.readouterr()
    assert due(capsys, db, "--today", "2026-05-01") == (
        0,
        [
            "Alpha school\tListen to others\t2026-04-30",
            "Ward 7\tSeniors review every scan\t2026-05-01",
            "Ward 7\tLong past\t2025-01-31",
        ],
        "",
    )
    code, lines, _ = due(capsys, db, "--today", "2026-05-02")
    assert code == 0 and len(lines) == 4 and lines[2] == "Ward 7\tScan only when clinically led\t2026-05-02"
    code, lines, _ = due(capsys, db, "--today", "2025-01-31")
    assert (code, lines) == (0, ["Ward 7\tLong past\t2025-01-31"])


def test_due_says_so_when_nothing_is_due(capsys, db: str):
    capsys.readouterr()
    assert due(capsys, db, "--today", "2025-01-30") == (
        0,
        ["No norms are due for review on or before 2025-01-30."],
        "",
    )


def test_due_defaults_to_today_and_refuses_a_day_that_is_not_one(capsys, db: str):
    capsys.readouterr()
    days = [n.get("review_by") for t in DUE_FILE["teams"] for n in t["norms"]]
    expected = sum(1 for d in days if d and date.fromisoformat(d) <= date.today())
    code, lines, _ = due(capsys, db)
    assert code == 0
    assert len(lines) == expected or (expected == 0 and lines[0].startswith("No norms are due"))
    with pytest.raises(SystemExit) as usage:
        main(["--database", db, "due", "--today", "next week"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "“next week” is not a date (YYYY-MM-DD)" in err


def test_due_from_a_real_process(db: str):
    done = subprocess.run(
        [sys.executable, "-m", "normlab", "due", "--database", db, "--today", "2026-04-30"],
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "Alpha school\tListen to others\t2026-04-30\nWard 7\tLong past\t2025-01-31\n",
        "",
    )
