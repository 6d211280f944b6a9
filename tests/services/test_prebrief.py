"""A team's pre-brief statement: stored, compare-and-set, carried by the JSON file, printed."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from normlab.cli import main
from normlab.domain import ConflictError, Prebrief, ValidationError
from normlab.services.changes import Change
from normlab.services.interchange import export_json, import_json, parse_document
from normlab.services.prebrief import set_prebrief
from normlab.services.workspace import Workspace
from tests.printing.pdfread import pypdf_text, words

BASIC_ASSUMPTION = (
    "We believe that everyone participating in activities at the Center for Medical Simulation is "
    "intelligent, capable, cares about doing their best, and wants to improve."
)
SOURCE = "Center for Medical Simulation, Boston, Massachusetts"


@pytest.fixture
def ws(db_url: str):
    workspace = Workspace.open(db_url)
    yield workspace
    workspace.close()


def test_a_new_team_prints_normlabs_wording_until_it_has_its_own(ws: Workspace):
    team = ws.create_team("ICU")
    assert ws.team(team).prebrief == Prebrief() and not ws.team(team).prebrief


def test_setting_the_statement_stores_it_cleaned_and_returns_the_old_one(ws: Workspace):
    team = ws.create_team("ICU")
    heard: list[Change] = []
    ws.changes.subscribe(heard.append)
    old = set_prebrief(ws, team, Prebrief(f"  {BASIC_ASSUMPTION}\r\n", f" {SOURCE} "))
    assert old == Prebrief()
    assert ws.team(team).prebrief == Prebrief(BASIC_ASSUMPTION, SOURCE)
    assert heard == [Change(team_id=team)]
    # the undo: put back what was there, expecting what this edit stored
    assert set_prebrief(ws, team, old, expected=Prebrief(BASIC_ASSUMPTION, SOURCE)) == Prebrief(
        BASIC_ASSUMPTION, SOURCE
    )
    assert ws.team(team).prebrief == Prebrief()


def test_a_stale_statement_is_not_overwritten(ws: Workspace, db_url: str):
    team = ws.create_team("ICU")
    seen = ws.team(team).prebrief
    other = Workspace.open(db_url)
    try:
        set_prebrief(other, team, Prebrief("Theirs"), expected=seen)
    finally:
        other.close()
    with pytest.raises(ConflictError, match="pre-brief statement"):
        set_prebrief(ws, team, Prebrief("Mine"), expected=seen)
    assert ws.team(team).prebrief == Prebrief("Theirs")
    # what was seen is compared in its stored form
    set_prebrief(ws, team, Prebrief("Mine"), expected=Prebrief(" Theirs\n"))
    assert ws.team(team).prebrief.statement == "Mine"


@pytest.mark.parametrize(
    ("prebrief", "message"),
    [
        (Prebrief("x" * 1001), "1,001 characters long; a pre-brief statement can be at most 1,000"),
        (Prebrief("Hello\x1b[31m"), "control character"),
        (Prebrief("Fine", "two\nlines"), "must be one line"),
        (Prebrief("Fine", "y" * 201), "at most 200"),
    ],
)
def test_text_rules_refuse_and_change_nothing(ws: Workspace, prebrief: Prebrief, message: str):
    team = ws.create_team("ICU")
    set_prebrief(ws, team, Prebrief("Kept"))
    with pytest.raises(ValidationError, match=message):
        set_prebrief(ws, team, prebrief)
    assert ws.team(team).prebrief == Prebrief("Kept")


def test_deleting_and_restoring_a_team_keeps_its_statement(ws: Workspace):
    team = ws.create_team("ICU")
    set_prebrief(ws, team, Prebrief(BASIC_ASSUMPTION, SOURCE))
    deleted = ws.delete_team(team)
    ws.restore_team(deleted)
    assert ws.team(team).prebrief == Prebrief(BASIC_ASSUMPTION, SOURCE)


# --- the JSON file ------------------------------------------------------------------------------


def test_the_statement_travels_in_the_json_file(ws: Workspace, tmp_path: Path):
    team = ws.create_team("ICU")
    ws.create_team("Year 5")
    set_prebrief(ws, team, Prebrief("Wir lernen aus Fehlern. 🙂", SOURCE))
    document = export_json(ws)
    icu, year5 = document["teams"]
    assert icu["prebrief"] == {"statement": "Wir lernen aus Fehlern. 🙂", "attribution": SOURCE}
    assert "prebrief" not in year5  # a team on normlab's wording writes what older files had
    other = Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        import_json(other, json.loads(json.dumps(document)))
        assert other.team_by_name("ICU").prebrief == Prebrief("Wir lernen aus Fehlern. 🙂", SOURCE)
        assert other.team_by_name("Year 5").prebrief == Prebrief()
        again = export_json(other)
    finally:
        other.close()
    assert [t.get("prebrief") for t in again["teams"]] == [icu["prebrief"], None]


def test_an_older_file_without_the_field_imports_unchanged():
    old = {"format": "normlab", "version": 1, "teams": [{"name": "ICU", "norms": [{"text": "Ask"}]}]}
    (team,) = parse_document(old)
    assert team.prebrief == Prebrief()
    partial = copy.deepcopy(old)
    partial["teams"][0]["prebrief"] = {"statement": "Only this"}
    assert parse_document(partial)[0].prebrief == Prebrief("Only this", "")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("just text", "teams[0].prebrief: expected an object"),
        ({"statement": 5}, "teams[0].prebrief.statement: must be text"),
        ({"statement": "a" * 1001}, "teams[0].prebrief.statement: is 1,001 characters long"),
        ({"attribution": "a\u2028b"}, "teams[0].prebrief.attribution: holds a line break"),
    ],
)
def test_a_bad_statement_in_a_file_is_refused_with_its_place(ws: Workspace, value: object, message: str):
    document = {"format": "normlab", "version": 1, "teams": [{"name": "ICU", "prebrief": value}]}
    with pytest.raises(ValidationError) as refused:
        import_json(ws, document)
    assert message in str(refused.value)
    assert ws.teams() == []


# --- printing it --------------------------------------------------------------------------------


def test_print_pre_brief_uses_the_teams_statement_unless_told_otherwise(tmp_path: Path):
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU"]) == 0
    out = tmp_path / "card.pdf"
    argv = ["--database", db, "print", "pre-brief", "ICU", "-o", str(out)]

    assert main(argv) == 0  # no statement stored: normlab's own wording
    assert "everyone here is capable and wants to learn" in words(pypdf_text(out.read_bytes()))

    ws = Workspace.open(f"sqlite:///{db}")
    try:
        set_prebrief(ws, ws.team_id("ICU"), Prebrief(BASIC_ASSUMPTION, SOURCE))
    finally:
        ws.close()
    assert main(argv) == 0
    text = words(pypdf_text(out.read_bytes()))
    assert words(BASIC_ASSUMPTION) in text and words(SOURCE) in text
    assert "everyone here is capable" not in text

    assert main([*argv, "--statement", "Today we practise handovers."]) == 0
    text = words(pypdf_text(out.read_bytes()))
    assert "today we practise handovers" in text and words(SOURCE) not in text

    assert main([*argv, "--attribution", "Our unit, 2026"]) == 0
    text = words(pypdf_text(out.read_bytes()))
    assert words(BASIC_ASSUMPTION) in text and "our unit, 2026" in text


def test_a_statement_given_on_the_command_line_follows_the_text_rules(tmp_path: Path, capsys):
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU"]) == 0
    out = tmp_path / "card.pdf"
    capsys.readouterr()
    argv = ["--database", db, "print", "pre-brief", "ICU", "-o", str(out), "--statement", "x" * 1001]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "a pre-brief statement can be at most 1,000" in err and err.count("\n") == 1
    assert not out.exists()
