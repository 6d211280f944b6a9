"""Proof over a generated corpus of hostile import files (tests/corpus.py): every one is refused
with one line and no traceback, and the database file stays byte-for-byte the same.

Cost: about 300 files imported in-process, 5-10 s; a sample of them also through a fresh process."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from normlab.cli import main
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from tests.corpus import csv_files, json_files

pytestmark = pytest.mark.slow


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "normlab.sqlite3"
    ws = Workspace.open(str(path))
    copy_starter_set(ws, "icu-teaching-session", "Hostile")  # so a clean import would clash too
    copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
    ws.close()
    return path


def test_every_hostile_file_is_refused_in_one_line_and_changes_nothing(
    tmp_path: Path, database: Path, capsys
):
    files = [*json_files(), *csv_files()]
    json_count = sum(name.endswith(".json") for name, _ in files)
    assert json_count >= 200 and len(files) - json_count >= 40
    before = fingerprint(database)
    folder = tmp_path / "corpus"
    folder.mkdir()
    accepted = []
    for name, data in files:
        path = folder / name
        path.write_bytes(data)
        argv = ["--database", str(database), "import", str(path), "--rename"]
        code = main(argv)
        out, err = capsys.readouterr()
        if code != 1 or err.count("\n") != 1 or not err.startswith("normlab: "):
            accepted.append((name, code, out[:200], err[:300]))
    assert accepted == []
    assert fingerprint(database) == before
    assert not list(database.parent.glob("*.sqlite3-wal"))


def test_a_sample_is_refused_by_a_fresh_process_too(tmp_path: Path, database: Path):
    files = [*json_files(), *csv_files()]
    before = fingerprint(database)
    for name, data in files[:: max(1, len(files) // 12)]:
        path = tmp_path / name
        path.write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-m", "normlab", "--database", str(database), "import", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1 and done.stderr.count("\n") == 1, (name, done.stderr)
        assert "Traceback" not in done.stderr
    assert fingerprint(database) == before
