from __future__ import annotations

import copy
import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from normlab.domain import Decision, Dimension, Outcome, RationaleDraft, Stance, ValidationError
from normlab.services.interchange import (
    dumps,
    export_csv,
    export_json,
    import_json,
    neutralise,
    read_document,
    write_text,
)
from normlab.services.library import copy_starter_set, starter_sets
from normlab.services.workspace import Workspace

WORLD = {
    "Greek": "Ακούμε ο ένας τον άλλον",
    "Cyrillic": "Слушаем друг друга",
    "Arabic": "نستمع إلى بعضنا البعض",
    "Chinese": "互相倾听",
    "emoji": "Listen 👂 and build 🧱 on ideas",
}


def populated(ws: Workspace) -> int:
    team = ws.create_team("Σχολείο Δ – школа – مدرسة – 学校 🏫")
    for script, text in WORLD.items():
        norm_id = ws.add_norm(
            team,
            text,
            setting=f"setting {script}",
            regulates="μαθητές",
            rationales=[
                RationaleDraft(f"{text} — because", Dimension.OPERATIONAL, Stance.HELD, "учитель"),
                RationaleDraft("لأننا نتعلم من أفكار الآخرين", Dimension.IDEATIONAL, Stance.PROPOSED),
            ],
        )
        held = ws.norm(norm_id).rationales[0]
        ws.move_rationale(held.id, Dimension.INTERPERSONAL)
        ws.reword_norm(norm_id, text + " ✔", note="第一次修订")
        ws.set_stance(held.id, Stance.PROPOSED)
    ws.record_session(
        team,
        date(2026, 11, 2),
        attendance=11,
        roles="teachers, pupils",
        notes="Looked at every rule",
        decisions=[Decision(WORLD["Greek"] + " ✔", Outcome.KEEP, "ok")],
        next_review=date(2027, 1, 15),
    )
    return team


def without_stamp(document: dict) -> dict:
    document = copy.deepcopy(document)
    document.pop("exported")
    return document


def test_json_round_trip_keeps_everything_in_every_script(ws: Workspace, tmp_path: Path):
    team = populated(ws)
    exported = export_json(ws, [team])
    path = tmp_path / "export.json"
    write_text(path, dumps(exported))
    assert "Слушаем" in path.read_text(encoding="utf-8")  # readable, not \u-escaped

    other = Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    (new_id,) = import_json(other, read_document(path))
    again = export_json(other, [new_id])
    assert without_stamp(again) == without_stamp(exported)
    restored = other.team(new_id)
    original = ws.team(team)
    assert [n.text for n in restored.norms] == [n.text for n in original.norms]
    assert [n.baseline for n in restored.norms] == [n.baseline for n in original.norms]
    assert restored.sessions[0].decisions == original.sessions[0].decisions
    other.close()


BAD_FILES = [
    ("[1, 2]", "not a normlab file"),
    ('{"format": "other", "version": 1, "teams": []}', "not a normlab file"),
    ('{"format": "normlab", "version": 7, "teams": []}', "version 7"),
    ("{not json", "not valid JSON (line 1"),
    (
        '{"format": "normlab", "version": 1, "teams": [{"name": "OK", "norms": [{"text": "a"}]},'
        ' {"name": "B", "norms": [{"text": "fine"}, {"text": "x", "rationales": [{"text": "r", "dimension": "mood"}]}]}]}',
        "teams[1].norms[1].rationales[0].dimension: “mood” is not one of operational",
    ),
    (
        '{"format": "normlab", "version": 1, "teams": [{"name": "C", "norms": [{"text": ""}]}]}',
        "teams[0].norms[0].text: cannot be empty",
    ),
    (
        '{"format": "normlab", "version": 1, "teams": [{"name": "C", "norms": [{"text": "a", "status": "gone"}]}]}',
        "teams[0].norms[0].status",
    ),
    (
        '{"format": "normlab", "version": 1, "teams": [{"name": "D", "sessions": [{"held_on": "yesterday"}]}]}',
        "teams[0].sessions[0].held_on: “yesterday” is not a date",
    ),
    (
        '{"format": "normlab", "version": 1, "teams": [{"name": "Kept"}, {"name": "Kept"}]}',
        "teams[1].name: “Kept” appears twice",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_a_bad_import_names_the_place_and_changes_nothing(ws: Workspace, tmp_path: Path, content, message):
    team = populated(ws)
    before = export_json(ws)
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as failure:
        import_json(ws, read_document(path))
    assert message in str(failure.value)
    assert "\n" not in str(failure.value)
    assert without_stamp(export_json(ws)) == without_stamp(before)
    assert [t.id for t in ws.teams()] == [team]


def test_an_import_clashing_with_an_existing_team_changes_nothing_unless_renaming(ws: Workspace):
    team = populated(ws)
    document = export_json(ws, [team])
    document["teams"].insert(0, {"name": "Fresh team", "norms": [{"text": "Be kind"}]})
    with pytest.raises(ValidationError, match=r"teams\[1\].name: a team called"):
        import_json(ws, document)
    assert len(ws.teams()) == 1
    ids = import_json(ws, document, rename_on_clash=True)
    assert [ws.team(i).name for i in ids] == ["Fresh team", ws.team(team).name + " (2)"]


def test_csv_has_one_row_per_rationale_and_neutralises_formulas(ws: Workspace):
    team = ws.create_team("Formulas")
    ws.add_norm(
        team,
        '=HYPERLINK("http://example.invalid")',
        regulates="+pupils",
        rationales=[
            RationaleDraft("-1 because", Dimension.OPERATIONAL),
            RationaleDraft("@SUM(A1)", Dimension.DISCUSSIONAL, Stance.PROPOSED, voice="=cmd"),
        ],
    )
    ws.add_norm(team, "Plain, with a comma")
    rows = list(csv.reader(io.StringIO(export_csv(ws, team))))
    assert rows[0] == [
        "team",
        "position",
        "norm",
        "setting",
        "regulates",
        "status",
        "dimension",
        "stance",
        "rationale",
        "voice",
        "agreed_on",
        "review_by",
    ]
    assert len(rows) == 4
    assert rows[1][2] == '\'=HYPERLINK("http://example.invalid")'
    assert rows[1][4] == "'+pupils"
    assert rows[1][8] == "'-1 because"
    assert rows[2][8] == "'@SUM(A1)" and rows[2][9] == "'=cmd"
    assert rows[3][2] == "Plain, with a comma" and rows[3][6:] == ["", "", "", "", "", ""]
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    assert neutralise("\tx") == "'\tx" and neutralise("ok") == "ok"


def test_write_text_leaves_no_partial_file(tmp_path: Path):
    from normlab.domain import NormlabError

    with pytest.raises(NormlabError, match="cannot write"):
        write_text(tmp_path / "missing-folder" / "x.json", "{}")
    assert list(tmp_path.iterdir()) == []


def test_starter_sets_copy_into_new_and_existing_teams(ws: Workspace):
    sets = {s.id: s for s in starter_sets()}
    assert set(sets) == {"classroom-dialogic-talk", "icu-teaching-session", "coaching-working-agreements"}
    for item in sets.values():
        assert item.norm_count >= 6
        for norm in item.team.norms:
            assert len({r.dimension for r in norm.rationales}) >= 2, norm.text
    team = copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
    assert ws.team(team).name == "Year 5"
    assert "Listen to others" in [n.text for n in ws.team(team).norms]
    same = copy_starter_set(ws, "icu-teaching-session", "Year 5")
    assert same == team
    norms = ws.team(team).norms
    assert len(norms) == sets["classroom-dialogic-talk"].norm_count + sets["icu-teaching-session"].norm_count
    assert [n.position for n in norms] == list(range(len(norms)))


def test_starter_files_are_valid_interchange_documents():
    from normlab.paths import resource

    for path in resource("library").glob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == "normlab" and document["version"] == 1
