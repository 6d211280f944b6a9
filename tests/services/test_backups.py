"""Backups a person can return to: the rolling set, normlab backup / backups / restore, automatic backups."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from normlab.cli import main
from normlab.services.backups import AutoBackup, list_backups
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.store.backups import KEEP_LAST, backup_folder, backups_of, take_backup


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_back_up_delete_the_wrong_team_restore(tmp_path: Path, capsys):
    db = str(tmp_path / "normlab.sqlite3")
    assert run(capsys, "--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU")[0] == 0
    code, out, err = run(capsys, "--database", db, "backup")
    assert (code, err) == (0, "") and "Backed up 1 team and 8 norms" in out
    (made,) = backups_of(Path(db))
    assert made.path.parent == tmp_path / "normlab-backups" and made.kind == "manual"

    ws = Workspace.open(db)
    ws.delete_team(ws.team_by_name("ICU").id)
    ws.close()
    code, out, _ = run(capsys, "--database", db, "backups")
    assert code == 0 and "manual" in out and "1 team and 8 norms" in out

    code, out, err = run(capsys, "--database", db, "restore", str(made.path))
    assert (code, err) == (0, "") and "Restored 1 team and 8 norms" in out
    ws = Workspace.open(db)
    assert [t.name for t in ws.teams()] == ["ICU"] and len(ws.team_by_name("ICU").norms) == 8
    ws.close()
    before = [b for b in backups_of(Path(db)) if b.kind == "before-restore"]
    assert len(before) == 1 and list_backups(db)[0].teams in (0, 1)
    con = sqlite3.connect(before[0].path)
    assert con.execute("SELECT count(*) FROM teams").fetchone()[0] == 0  # the state before the restore
    con.close()


def test_a_bad_file_is_not_restored(tmp_path: Path, capsys):
    db = str(tmp_path / "normlab.sqlite3")
    assert run(capsys, "--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU")[0] == 0
    for name, content in (("junk.sqlite3", b"not a database at all" * 100), ("empty.sqlite3", b"")):
        (tmp_path / name).write_bytes(content)
        code, out, err = run(capsys, "--database", db, "restore", str(tmp_path / name))
        assert code == 1 and out == "" and err.count("\n") == 1, err
    code, _, err = run(capsys, "--database", db, "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "no such file" in err
    code, _, err = run(capsys, "--database", "postgresql://u:secret@localhost/db", "backup")
    assert code == 1 and "pg_dump" in err and "secret" not in err
    ws = Workspace.open(db)
    assert len(ws.team_by_name("ICU").norms) == 8
    ws.close()


def test_the_rolling_set_keeps_the_last_ten_and_one_a_day_for_a_week(tmp_path: Path, ws: Workspace):
    copy_starter_set(ws, "classroom-dialogic-talk", "T")
    path = Path(ws.db.url.removeprefix("sqlite:///"))
    start = datetime(2026, 3, 1, 9, 0, 0)
    for day in range(10):
        for hour in range(3):
            take_backup(path, "auto", now=start + timedelta(days=day, hours=hour))
    kept = backups_of(path)
    now = start + timedelta(days=9, hours=2)
    last_ten = [start + timedelta(days=9 - d // 3, hours=2 - d % 3) for d in range(KEEP_LAST)]
    assert [b.taken for b in kept[:KEEP_LAST]] == last_ten
    older = {b.taken.date() for b in kept[KEEP_LAST:]}
    assert older == {(now - timedelta(days=d)).date() for d in range(4, 8)}
    assert len(list(backup_folder(path).iterdir())) == len(kept)


def test_automatic_backups_at_start_and_while_editing(tmp_path: Path, ws: Workspace):
    path = Path(ws.db.url.removeprefix("sqlite:///"))
    auto = AutoBackup(ws, every=timedelta(seconds=0))
    auto.start()  # one at start-up
    team = ws.create_team("T")
    deadline = time.monotonic() + 20
    i = 0
    while len(backups_of(path)) < 2 and time.monotonic() < deadline:
        ws.add_norm(team, f"Norm {i}")  # editing: one more whenever the last has finished
        i += 1
        time.sleep(0.05)
    auto.stop()
    assert auto.last_error is None
    backups = backups_of(path)
    assert len(backups) >= 2 and all(b.kind == "auto" for b in backups)
