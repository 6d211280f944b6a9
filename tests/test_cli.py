from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from normlab.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_library_copy_teams_export_import(capsys, db: str, tmp_path: Path):
    code, out, _ = run(capsys, "library")
    assert code == 0 and "classroom-dialogic-talk" in out and "icu-teaching-session" in out

    code, out, _ = run(
        capsys, "--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU St Elsewhere"
    )
    assert code == 0 and "ICU St Elsewhere" in out

    code, out, _ = run(capsys, "teams", "--database", db)  # the option after the command works too
    assert code == 0 and "ICU St Elsewhere" in out and "8 norms" in out

    exported = tmp_path / "icu.json"
    assert (
        run(capsys, "--database", db, "export", "ICU St Elsewhere", "--format", "json", "-o", str(exported))[
            0
        ]
        == 0
    )
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "normlab" and document["teams"][0]["name"] == "ICU St Elsewhere"

    table = tmp_path / "icu.csv"
    assert (
        run(capsys, "--database", db, "export", "ICU St Elsewhere", "--format", "csv", "-o", str(table))[0]
        == 0
    )
    assert table.read_text(encoding="utf-8-sig").startswith("team,position,norm")

    other = str(tmp_path / "other.sqlite3")
    code, out, _ = run(capsys, "--database", other, "import", str(exported))
    assert code == 0 and "Imported “ICU St Elsewhere” with 8 norms" in out


def test_errors_are_one_line_with_exit_code_and_write_nothing(capsys, db: str, tmp_path: Path):
    target = tmp_path / "never.json"
    code, _, err = run(capsys, "--database", db, "export", "No such team", "-o", str(target))
    assert code == 1 and err == "normlab: there is no team called “No such team”\n"
    assert not target.exists()

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "normlab", "version": 1, "teams": [{"name": ""}]}', encoding="utf-8")
    code, _, err = run(capsys, "--database", db, "import", str(bad))
    assert code == 1 and err.count("\n") == 1 and "teams[0].name" in err

    code, _, err = run(capsys, "--database", db, "import", str(tmp_path / "missing.json"))
    assert code == 1 and "no such file" in err

    code, _, err = run(capsys, "--database", db, "library", "copy", "nope", "--team", "X")
    assert code == 1 and "there is no starter set “nope”" in err

    with pytest.raises(SystemExit) as usage:
        main(["--database", db, "export"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "required" in err


def test_a_newer_database_is_refused_from_the_command_line(tmp_path: Path):
    import sqlite3

    path = tmp_path / "future.sqlite3"
    assert subprocess.run([sys.executable, "-m", "normlab", "--database", str(path), "teams"]).returncode == 0
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0042_future'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    done = subprocess.run(
        [sys.executable, "-m", "normlab", "--database", str(path), "teams"], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "newer normlab" in done.stderr
    assert "Traceback" not in done.stderr


def test_database_from_the_environment(monkeypatch, capsys, tmp_path: Path):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("NORMLAB_DATABASE_URL", f"sqlite:///{path}")
    assert run(capsys, "library", "copy", "coaching-working-agreements", "--team", "Coaches")[0] == 0
    assert path.exists()


def test_import_over_a_team_of_the_same_name_refuses_renames_or_replaces(capsys, db: str, tmp_path: Path):
    run(capsys, "--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU St Elsewhere")
    exported = tmp_path / "icu.json"
    run(capsys, "--database", db, "export", "ICU St Elsewhere", "-o", str(exported))
    run(
        capsys,
        "--database",
        db,
        "library",
        "copy",
        "classroom-dialogic-talk",
        "--team",
        "ICU St Elsewhere (2)",
    )
    small = tmp_path / "small.csv"
    small.write_text("team,norm\nICU St Elsewhere,Seniors review every scan\n", encoding="utf-8")

    code, out, err = run(capsys, "--database", db, "import", str(small))
    assert code == 1 and err == "normlab: teams[0].name: a team called “ICU St Elsewhere” already exists\n"

    code, out, _ = run(capsys, "--database", db, "import", str(small), "--rename")
    assert code == 0 and out == "Imported “ICU St Elsewhere (3)” with 1 norm.\n"

    code, out, _ = run(capsys, "--database", db, "import", str(small), "--replace")
    assert code == 0
    assert (
        out == "Imported “ICU St Elsewhere” with 1 norm, replacing the team of that name that had 8 norms.\n"
    )
    code, out, _ = run(capsys, "--database", db, "teams")
    assert out.splitlines() == [
        "ICU St Elsewhere      1 norm",
        "ICU St Elsewhere (2)  8 norms",
        "ICU St Elsewhere (3)  1 norm",
    ]

    code, out, _ = run(capsys, "--database", db, "import", str(exported), "--replace")
    assert code == 0 and "Imported “ICU St Elsewhere” with 8 norms, replacing" in out and "had 1 norm." in out

    with pytest.raises(SystemExit) as usage:
        main(["--database", db, "import", str(small), "--rename", "--replace"])
    assert usage.value.code == 2 and "not allowed with argument" in capsys.readouterr().err


def test_export_says_what_it_wrote(capsys, db: str, tmp_path: Path):
    run(capsys, "--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU St Elsewhere")
    target = tmp_path / "icu.csv"
    code, out, err = run(
        capsys, "--database", db, "export", "ICU St Elsewhere", "--format", "csv", "-o", str(target)
    )
    assert code == 0 and err == ""
    assert out == f"Exported “ICU St Elsewhere” with 8 norms as CSV to {target}.\n"

    code, out, err = run(capsys, "--database", db, "export", "ICU St Elsewhere", "-o", "-")
    assert code == 0 and json.loads(out)["teams"][0]["name"] == "ICU St Elsewhere"  # the data alone
    assert err == "Exported “ICU St Elsewhere” with 8 norms as JSON to standard output.\n"
