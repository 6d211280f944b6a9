"""Input that must be refused with one clear line, or taken in its stored form, through every door:
the services, a JSON file and a CSV file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from normlab.cli import main
from normlab.domain import ValidationError
from normlab.services.interchange import export_csv, import_file, import_json, repeated_norms, write_text
from normlab.services.workspace import Workspace


def document(**team: object) -> dict:
    return {"format": "normlab", "version": 1, "teams": [{"name": "T", **team}]}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (
            document(settings=[{"name": "ward"}, {"name": "ward"}]),
            r"teams\[0\]\.settings\[1\]\.name: “ward” appears twice",
        ),
        (
            document(sessions=[{"held_on": "2025-01-01", "attendance": 2**31}]),
            r"attendance: must be a whole number",
        ),
        (
            document(sessions=[{"held_on": "2025-01-01", "attendance": 2**63}]),
            r"attendance: must be a whole number",
        ),
        (document(name="\ud800"), r"teams\[0\]\.name: .*lone surrogate"),
        (document(norms=[{"text": "x" * 100_000}]), r"teams\[0\]\.norms\[0\]\.text: is 100,000 characters"),
        (
            document(norms=[{"text": "Listen\x00"}]),
            r"norms\[0\]\.text: holds a control character \(U\+0000\)",
        ),
        (document(norms=[{"text": "ok", "regulates": "\ud800"}]), r"norms\[0\]\.regulates"),
        (document(name="\u200b"), r"teams\[0\]\.name: needs at least one visible character"),
        (
            document(
                norms=[{"text": "Listen"}],
                sessions=[{"held_on": "2025-01-01", "decisions": [{"norm": "Nope", "outcome": "keep"}]}],
            ),
            r"decisions\[0\]\.norm: “Nope” is not a norm of this team",
        ),
        ({"format": "normlab", "version": True, "teams": []}, r"file\.version: must be a whole number"),
        ({"format": "normlab", "version": 1.0, "teams": []}, r"file\.version: must be a whole number"),
    ],
)
def test_hostile_documents_are_refused_and_change_nothing(ws: Workspace, doc: dict, message: str):
    with pytest.raises(ValidationError, match=message):
        import_json(ws, doc)
    assert ws.teams() == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested more than"),
        (
            '{"format": "normlab", "version": 1, "teams": [{"name": "T", "norms": [{"text": "a", "x": '
            + "9" * 5000
            + "}]}]}",
            "digits",
        ),
        ('{"format": "normlab", "version": 1, "version": 1, "teams": []}', "appears twice"),
        ('{"format": "normlab", "version": NaN, "teams": []}', "NaN"),
        (json.dumps(document(norms=[{"text": "a", "x": [[[[[[[[[[[[[]]]]]]]]]]]]]}])), "nested more than"),
    ],
)
def test_hostile_json_text_is_refused_in_one_line(tmp_path: Path, ws: Workspace, text: str, message: str):
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=message) as refused:
        import_file(ws, path)
    assert "\n" not in str(refused.value)
    assert ws.teams() == []


def test_one_name_in_nfc_and_nfd_is_one_team(ws: Workspace):
    ws.create_team("Caf\u00e9")
    with pytest.raises(ValidationError, match="already exists"):
        ws.create_team("Cafe\u0301")
    with pytest.raises(ValidationError, match="already exists"):
        import_json(ws, document(name="Cafe\u0301"))


def test_times_keep_their_offset_stored_in_utc(ws: Workspace):
    (team,) = import_json(
        ws,
        document(
            created="2026-03-01T10:00:00+02:00", norms=[{"text": "a", "created": "2026-03-01T23:30:00-05:00"}]
        ),
    )
    stored = ws.team(team)
    assert stored.created.isoformat() == "2026-03-01T08:00:00"
    assert stored.norms[0].created.isoformat() == "2026-03-02T04:30:00"


def test_repeated_norms_are_imported_with_a_note(ws: Workspace):
    from normlab.services.interchange import parse_document

    doc = document(norms=[{"text": "Listen"}, {"text": "Build"}, {"text": "listen"}])
    assert repeated_norms(parse_document(doc)) == [
        "teams[0].norms[2].text: the same wording as norms[0] of “T”"
    ]
    (team,) = import_json(ws, doc)
    assert len(ws.team(team).norms) == 3


def test_services_apply_the_same_rules(ws: Workspace):
    team = ws.create_team("T")
    norm = ws.add_norm(team, "Cafe\u0301 rules")
    assert ws.norm(norm).text == "Café rules"
    with pytest.raises(ValidationError, match="A norm's wording holds a control character"):
        ws.add_norm(team, "esc \x1b[2J")
    with pytest.raises(ValidationError, match="who gave a reason can be at most 200"):
        from normlab.domain import Dimension, RationaleDraft

        ws.add_rationale(norm, RationaleDraft("why", Dimension.IDEATIONAL, voice="v" * 201))
    # an expected value typed in another normal form still matches what is stored
    ws.reword_norm(norm, "Listen", expected="Cafe\u0301 rules")


def test_teams_never_writes_an_escape_from_stored_text(tmp_path: Path):
    import sqlite3

    path = tmp_path / "db.sqlite3"
    Workspace.open(str(path)).close()
    con = sqlite3.connect(path)
    with con:  # as an older normlab, or another program, could have stored it
        con.execute(
            "INSERT INTO teams (name, description, created) VALUES (?, '', '2026-01-01 00:00:00')",
            ("\x1b]0;owned\x07\x1b[2JEvil",),
        )
    con.close()
    done = subprocess.run(
        [sys.executable, "-m", "normlab", "--database", str(path), "teams"], capture_output=True
    )
    assert done.returncode == 0
    assert b"\x1b" not in done.stdout and b"\x07" not in done.stdout
    assert b"\\x1b]0;owned" in done.stdout


def test_the_command_line_writes_utf8_whatever_the_locale(tmp_path: Path, capsys):
    path = str(tmp_path / "db.sqlite3")
    assert (
        main(["--database", path, "library", "copy", "classroom-dialogic-talk", "--team", "Équipe “5”"]) == 0
    )
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    for argv in (
        ["teams"],
        ["export", "Équipe “5”", "-o", "-"],
        ["export", "Équipe “5”", "--format", "csv", "-o", "-"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "normlab", "--database", path, *argv], capture_output=True, env=env
        )
        assert done.returncode == 0, done.stderr
        assert "Équipe “5”" in done.stdout.decode("utf-8")
    # a C locale without UTF-8 mode: the arguments' bytes are still read as the UTF-8 they are
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "normlab", "--database", path, "export", "Équipe “5”", "-o", "-"],
        capture_output=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Équipe “5”" in done.stdout.decode("utf-8")


def test_exports_follow_the_umask(tmp_path: Path, ws: Workspace):
    team = ws.create_team("T")
    ws.add_norm(team, '＝HYPERLINK("x")')
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "t.csv", export_csv(ws, team))
        assert stat.S_IMODE((tmp_path / "t.csv").stat().st_mode) == 0o644
        from normlab.printing.output import save_pdf

        save_pdf(tmp_path / "t.pdf", b"%PDF-1.4")
        assert stat.S_IMODE((tmp_path / "t.pdf").stat().st_mode) == 0o644
        os.umask(0o077)
        write_text(tmp_path / "private.json", "{}")
        assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert "'＝HYPERLINK" in (tmp_path / "t.csv").read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cli_export_is_0644_under_umask_022(tmp_path: Path):
    path = str(tmp_path / "db.sqlite3")
    script = "import os, sys; os.umask(0o022); from normlab.cli import main; sys.exit(main(sys.argv[1:]))"
    for argv in (
        ["library", "copy", "classroom-dialogic-talk", "--team", "T"],
        ["export", "T", "-o", str(tmp_path / "t.json")],
        ["export", "T", "--format", "csv", "-o", str(tmp_path / "t.csv")],
    ):
        assert subprocess.run([sys.executable, "-c", script, "--database", path, *argv]).returncode == 0
    for name in ("t.json", "t.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644
