"""``normlab import`` reads the CSV layout normlab exports: all or nothing, into a named team."""

from __future__ import annotations

from pathlib import Path

import pytest

from normlab.cli import main
from normlab.services.interchange import export_csv, write_text
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_exported_csv_imports_back_into_a_named_team(tmp_path: Path, ws: Workspace, db_url: str, capsys):
    team = copy_starter_set(ws, "icu-teaching-session", "ICU")
    ws.add_norm(team, "=1+1 is not a formula")
    exported = tmp_path / "icu.csv"
    write_text(exported, export_csv(ws, team), encoding="utf-8-sig")
    db = db_url.removeprefix("sqlite:///")

    code, out, err = run(capsys, "--database", db, "import", str(exported), "--team", "ICU again")
    assert (code, err) == (0, "") and "Imported “ICU again” with 9 norms." in out
    original, copy = ws.team_by_name("ICU"), ws.team_by_name("ICU again")
    assert [n.text for n in copy.norms] == [n.text for n in original.norms]
    assert [[(r.text, r.dimension, r.stance, r.voice) for r in n.rationales] for n in copy.norms] == [
        [(r.text, r.dimension, r.stance, r.voice) for r in n.rationales] for n in original.norms
    ]
    assert [n.setting for n in copy.norms] == [n.setting for n in original.norms]

    # without --team the team column names it; a clash is refused, or renamed on request
    code, _, err = run(capsys, "--database", db, "import", str(exported))
    assert code == 1 and err.count("\n") == 1 and "“ICU” already exists" in err
    code, out, _ = run(capsys, "--database", db, "import", "--format", "csv", "--rename", str(exported))
    assert code == 0 and "“ICU (2)”" in out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("norm,colour\nListen,red\n", "“colour” is not a column"),
        ("team,norm\nA,Listen\nB,Build\n", "row 3, team: “B” is another team"),
        ("team,norm,dimension,rationale\nT,Listen,mood,be quiet\n", "row 2, dimension: “mood” is not one of"),
        ("team,norm\nT," + "x" * 600 + "\n", "row 2, norm: is 600 characters long"),
        ("team,norm\nT,esc \x1b[2J\n", "row 2, norm: holds a control character"),
        ("norm,rationale\nListen\n", "row 2: has 1 cells; the header has 2"),
        ("team,norm\n\u200b,Listen\n", "row 2, team: needs at least one visible character"),
        ("norm\nListen\n", "there is no “team” column; say which team with --team"),
    ],
)
def test_bad_csv_is_one_line_and_changes_nothing(
    tmp_path: Path, db_url: str, capsys, text: str, message: str
):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    db = db_url.removeprefix("sqlite:///")
    code, out, err = run(capsys, "--database", db, "import", str(path))
    assert code == 1 and out == "" and err.count("\n") == 1 and message in err, err
    ws = Workspace.open(db)
    assert ws.teams() == []
    ws.close()
