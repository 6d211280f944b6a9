"""Faults the command line meets: odd file names, unknown or unreachable databases, a read-only or
full file system, a backup killed half-way. Each is one line on stderr, never a traceback."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from normlab.cli import main
from normlab.services.interchange import export_json
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.store.backups import clean_stale_temporaries
from normlab.store.migrate import backup_sqlite
from tests.faults import CLI, namespaces_available, run_on_small_disk

needs_namespaces = pytest.mark.skipif(
    not namespaces_available(), reason="needs user and mount namespaces (unshare -r -m)"
)


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CLI, *argv], capture_output=True, text=True, timeout=120)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


@pytest.fixture
def team_file(tmp_path: Path, ws: Workspace) -> Path:
    import json

    copy_starter_set(ws, "icu-teaching-session", "ICU")
    path = tmp_path / "icu.json"
    path.write_text(json.dumps(export_json(ws)), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["q?x.sqlite", "my%20data.sqlite", "a#b c.sqlite", "Équipe 数据.sqlite3"])
def test_a_file_name_is_that_file(tmp_path: Path, team_file: Path, capsys, name: str):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / name
    assert main(["--database", str(path), "import", str(team_file)]) == 0
    assert main(["--database", str(path), "teams"]) == 0
    assert "ICU" in capsys.readouterr().out
    assert path.exists() and {p.name for p in folder.iterdir() if p.suffix in (".sqlite", ".sqlite3")} == {
        name
    }
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM teams").fetchall() == [("ICU",)]
    con.close()


def test_unknown_kinds_of_database_get_one_line_naming_those_that_work():
    err = one_line(cli("--database", "mysql://user:secret@localhost/db", "teams"))
    assert "mysql://" in err and "postgresql://" in err and "SQLite" in err and "secret" not in err


def test_an_unreachable_server_is_one_line_without_the_password():
    done = cli("--database", "postgresql://alice:s3cret@127.0.0.1:1/normlab", "teams")
    err = one_line(done)
    assert "s3cret" not in err and "127.0.0.1" in err and "cannot reach" in err


def test_creating_a_database_where_it_cannot_be_written_is_one_line(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    err = one_line(cli("--database", str(blocker / "sub" / "db.sqlite3"), "teams"))
    assert "cannot create the database" in err


@needs_namespaces
def test_reading_commands_work_on_a_read_only_file_system(tmp_path: Path, team_file: Path):
    source = tmp_path / "source.sqlite3"
    assert main(["--database", str(source), "import", str(team_file)]) == 0
    mount = tmp_path / "ro"
    db = str(mount / "normlab.sqlite3")
    out = str(tmp_path / "out.json")
    teams, export, imported, created = run_on_small_disk(
        mount,
        [
            ["--database", db, "teams"],
            ["--database", db, "export", "ICU", "-o", out],
            ["--database", db, "import", "--rename", str(team_file)],
            ["--database", str(mount / "new.sqlite3"), "teams"],
        ],
        setup=f'cp "{source}" "{db}"',
        read_only=True,
    )
    assert teams == {"code": 0, "out": "ICU  8 norms\n", "err": ""}
    assert export["code"] == 0 and export["err"] == "" and Path(out).exists()
    assert imported["code"] == 1 and imported["err"].count("\n") == 1 and "read-only" in imported["err"]
    assert created["code"] == 1 and created["err"].count("\n") == 1 and "cannot be written" in created["err"]


@needs_namespaces
def test_a_full_disk_is_named_and_reading_still_works(tmp_path: Path, team_file: Path):
    source = tmp_path / "source.sqlite3"
    assert main(["--database", str(source), "import", str(team_file)]) == 0
    mount = tmp_path / "full"
    db = str(mount / "normlab.sqlite3")
    copy_path = str(tmp_path / "after.sqlite3")
    teams, imported = run_on_small_disk(
        mount,
        [["--database", db, "teams"], ["--database", db, "import", "--rename", str(team_file)]],
        setup=f'cp "{source}" "{db}" && (dd if=/dev/zero of="{mount}/filler" bs=4k 2>/dev/null || true)'
        f' && cp "{source}" "{copy_path}"',
        size_kb=1024,
    )
    assert teams == {"code": 0, "out": "ICU  8 norms\n", "err": ""}
    assert imported["code"] == 1 and imported["err"].count("\n") == 1, imported
    assert "disk" in imported["err"] and "full" in imported["err"]


def test_a_backup_killed_half_way_never_looks_like_a_backup(tmp_path: Path, ws: Workspace):
    for i in range(6):
        copy_starter_set(ws, "classroom-dialogic-talk", f"Team {i}")
    ws.close()
    database = Path(ws.db.url.removeprefix("sqlite:///"))
    con = sqlite3.connect(database)
    with con:  # a few megabytes, so a backup takes long enough to be interrupted
        con.execute("UPDATE teams SET description = ?", ("x" * 500_000,))
    con.close()
    writer = f"""
import sys
from pathlib import Path
from normlab.store.migrate import backup_sqlite
print("ready", flush=True)
while True:
    backup_sqlite(Path({str(database)!r}))
    print("done", flush=True)
"""
    rng = random.Random(15)
    for kill in range(8):
        child = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        if kill == 0:  # at least one backup completes
            assert child.stdout.readline() == "done\n"
        time.sleep(rng.random() * 0.3)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    backups = sorted(tmp_path.glob("normlab.backup-*.sqlite3"))
    assert backups, "no backup was completed"
    for backup in backups:
        con = sqlite3.connect(backup)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM teams").fetchone()[0] == 6
        con.close()
    leftovers = [
        p
        for p in tmp_path.iterdir()
        if p.name.endswith(("backup-part", "-wal", "-shm")) and p.name.startswith(".")
    ]
    backup_sqlite(database)  # the next backup cleans up after the killed ones
    assert [p for p in leftovers if p.exists()] == []
    assert clean_stale_temporaries(tmp_path) == []
    assert not [p for p in os.listdir(tmp_path) if "backup-part" in p]
