"""Agreed reasons, review-by dates and meetings in the JSON interchange (still version 1) and CSV."""

from __future__ import annotations

import copy
import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from normlab.domain import (
    Consensus,
    ConsensusKind,
    Dimension,
    Outcome,
    RationaleDraft,
    Stance,
    ValidationError,
)
from normlab.services import agreements, meetings
from normlab.services.interchange import export_csv, export_json, import_json, parse_document
from normlab.services.workspace import Workspace

OP, IP, DI, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.DISCUSSIONAL, Dimension.IDEATIONAL


def agreed_team(ws: Workspace) -> int:
    """A team after one meeting: reasons agreed out of position order, review dates, decisions, a rewording."""
    team = ws.create_team("Year 5, Hillside")
    listen = ws.add_norm(
        team,
        "Be quiet when others speak",
        rationales=[
            RationaleDraft("it's good behaviour", OP, voice="teacher"),
            RationaleDraft("so we can discuss many ideas", DI, Stance.PROPOSED, "pupil"),
            RationaleDraft("so we learn from each other", ID, Stance.PROPOSED),
        ],
    )
    gum = ws.add_norm(team, "No music or gum in tests", rationales=[RationaleDraft("it's wrong", OP)])
    ws.add_norm(team, "Hands up to speak")
    old = meetings.start_session(ws, team, date(2026, 1, 12), attendance=4, roles="teachers")
    meetings.decide(ws, old, gum, Outcome.KEEP)
    meetings.end_session(ws, old)
    sid = meetings.start_session(
        ws, team, date(2026, 3, 2), attendance=9, roles="teachers, pupils", agenda=[listen, gum], time_box=6
    )
    reasons = ws.norm(listen).rationales
    agreements.agree(ws, reasons[2].id, on=date(2026, 3, 2), session_id=sid)
    agreements.agree(ws, reasons[1].id, on=date(2026, 3, 2), session_id=sid)
    ws.reword_norm(listen, "Listen to each other's ideas", session_id=sid)
    agreements.set_review_by(ws, listen, date(2026, 6, 2), session_id=sid)
    agreements.set_review_by(ws, gum, date(2026, 4, 1))
    meetings.decide(
        ws, sid, listen, Outcome.REVISE, note="try it", consensus=Consensus(ConsensusKind.VOTE, (7, 1, 1))
    )
    meetings.decide(
        ws, sid, gum, Outcome.RETIRE, consensus=Consensus(ConsensusKind.FIST_TO_FIVE, (0, 1, 0, 2, 3, 3))
    )
    return team


def without_stamp(document: dict) -> dict:
    document = copy.deepcopy(document)
    document.pop("exported")
    return document


def test_agreed_reasons_review_dates_and_meetings_survive_export_import_export(ws: Workspace, tmp_path: Path):
    team = agreed_team(ws)
    first = export_json(ws, [team])
    assert first["version"] == 1
    listen = first["teams"][0]["norms"][0]
    assert listen["review_by"] == "2026-06-02"
    assert [(r["agreed_on"], r["agreed_order"]) for r in listen["rationales"]] == [
        (None, None),
        ("2026-03-02", 2),
        ("2026-03-02", 1),
    ]
    meeting = first["teams"][0]["sessions"][1]
    assert meeting["open"] is True and meeting["agenda"] == [0, 1] and meeting["time_box"] == 6
    assert [(d["norm_index"], d["outcome"]) for d in meeting["decisions"]] == [(0, "revise"), (1, "retire")]
    assert meeting["decisions"][0]["consensus"] == {"kind": "for-against-abstain", "counts": [7, 1, 1]}
    assert {r["session_index"] for r in listen["revisions"]} == {1}

    other = Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        (copied,) = import_json(other, json.loads(json.dumps(first)))
        second = export_json(other, [copied])
        assert without_stamp(second) == without_stamp(first)
        restored, original = other.team(copied), ws.team(team)
        assert next([r.id for r in n.agreed()] for n in restored.norms) == [
            restored.norms[0].rationales[2].id,
            restored.norms[0].rationales[1].id,
        ]
        assert [n.review_by for n in restored.norms] == [n.review_by for n in original.norms]
        assert [s.decisions[-1].consensus for s in restored.sessions] == [
            s.decisions[-1].consensus for s in original.sessions
        ]
        (third_id,) = import_json(other, second, rename_on_clash=True)
        assert (
            without_stamp(export_json(other, [third_id]))["teams"][0]["norms"] == first["teams"][0]["norms"]
        )
    finally:
        other.close()


def test_an_older_file_imports_unchanged(ws: Workspace):
    document = {
        "format": "normlab",
        "version": 1,
        "teams": [
            {
                "name": "Before agreements",
                "norms": [
                    {"text": "Listen", "rationales": [{"text": "be quiet", "dimension": "operational"}]},
                    {"text": "Build on ideas"},
                ],
                "sessions": [
                    {
                        "held_on": "2025-10-01",
                        "decisions": [
                            {"norm": "Build on ideas", "outcome": "keep"},
                            {"norm": "Gone", "outcome": "retire", "norm_index": None},
                        ],
                    }
                ],
            }
        ],
    }
    (team_id,) = import_json(ws, document)
    team = ws.team(team_id)
    assert [n.review_by for n in team.norms] == [None, None]
    assert team.norms[0].agreed() == ()
    (meeting,) = team.sessions
    assert not meeting.is_open and meeting.agenda == ()
    # decisions of older files are linked to the norm with that wording; a null index names a norm
    # since deleted
    assert [d.norm_id for d in meeting.decisions] == [team.norms[1].id, None]

    # a decision must name a norm of the team: by its place, or (older files) by its wording
    del document["teams"][0]["sessions"][0]["decisions"][1]["norm_index"]
    document["teams"][0]["name"] = "Another"
    with pytest.raises(ValidationError, match=r"decisions\[1\]\.norm: “Gone” is not a norm of this team"):
        import_json(ws, document)


def base_document() -> dict:
    return {
        "format": "normlab",
        "version": 1,
        "teams": [
            {
                "name": "Held out",
                "norms": [
                    {"text": "fine"},
                    {
                        "text": "Listen",
                        "review_by": "2026-05-01",
                        "rationales": [
                            {"text": "a", "dimension": "operational", "agreed_on": "2026-03-01"},
                            {"text": "b", "dimension": "ideational", "agreed_on": None},
                            {"text": "c", "dimension": "discussional"},
                        ],
                    },
                ],
                "sessions": [
                    {
                        "held_on": "2026-03-01",
                        "decisions": [{"norm": "Listen", "norm_index": 1, "outcome": "keep"}],
                    }
                ],
            }
        ],
    }


def broken(path: str, value) -> dict:
    """The base document with one field set; ``path`` like ``norms[1].rationales[2].agreed_on``."""
    document = base_document()
    target = document["teams"][0]
    *parents, last = path.replace("]", "").replace("[", ".").split(".")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value
    return document


def three_agreed() -> dict:
    document = base_document()
    for reason in document["teams"][0]["norms"][1]["rationales"]:
        reason["agreed_on"] = "2026-03-01"
    return document


REFUSED = [
    (three_agreed(), "teams[0].norms[1].rationales[2].agreed_on: a norm rests on at most 2 agreed reasons"),
    (
        broken("norms[1].rationales[1].agreed_on", "next week"),
        "teams[0].norms[1].rationales[1].agreed_on: “next week” is not a date",
    ),
    (broken("norms[1].review_by", "2026-02-30"), "teams[0].norms[1].review_by: “2026-02-30” is not a date"),
    (
        broken("sessions[0].decisions[0].outcome", "postpone"),
        "teams[0].sessions[0].decisions[0].outcome: “postpone” is not one of keep, revise, retire",
    ),
    (
        broken("sessions[0].decisions[0].norm_index", 2),
        "teams[0].sessions[0].decisions[0].norm_index: 2 is not the index",
    ),
    (
        broken("norms[1].rationales[1].agreed_order", 1),
        "teams[0].norms[1].rationales[1].agreed_order: only an agreed reason",
    ),
    (
        broken("norms[1].rationales[0].agreed_order", 3),
        "teams[0].norms[1].rationales[0].agreed_order: must be a whole number from 1 to 2",
    ),
    (
        broken("sessions[0].decisions[0].consensus", {"kind": "fist-to-five", "counts": [1, 2]}),
        "teams[0].sessions[0].decisions[0].consensus.counts",
    ),
    (
        broken("sessions[0].decisions[0].consensus", {"kind": "thumbs", "counts": []}),
        "teams[0].sessions[0].decisions[0].consensus.kind",
    ),
    (broken("sessions[0].agenda", [0, 5]), "teams[0].sessions[0].agenda[1]"),
    (broken("sessions[0].open", "yes"), "teams[0].sessions[0].open: must be true or false"),
    (broken("sessions[0].time_box", 0), "teams[0].sessions[0].time_box"),
]


@pytest.mark.parametrize(("document", "message"), REFUSED)
def test_a_bad_agreement_or_meeting_is_refused_with_its_path(ws: Workspace, document, message):
    agreed_team(ws)
    before = without_stamp(export_json(ws))
    with pytest.raises(ValidationError) as refused:
        import_json(ws, document)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    assert without_stamp(export_json(ws)) == before
    parse_document(base_document())  # the unbroken document is fine


def normlab(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "normlab", *argv], capture_output=True, text=True)


def test_a_refused_file_leaves_the_database_byte_for_byte_as_it_was(tmp_path: Path):
    db = tmp_path / "held.sqlite3"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(base_document()), encoding="utf-8")
    assert normlab("--database", str(db), "import", str(good)).returncode == 0
    files = sorted(tmp_path.iterdir())
    original = db.read_bytes()
    for name, document in [
        ("three.json", three_agreed()),
        ("week.json", broken("norms[1].rationales[0].agreed_on", "next week")),
    ]:
        bad = tmp_path / name
        bad.write_text(json.dumps(document), encoding="utf-8")
        done = normlab("--database", str(db), "import", str(bad))
        assert done.returncode == 1 and done.stderr.count("\n") == 1
        assert "teams[0].norms[1].rationales[" in done.stderr and "agreed_on" in done.stderr
        assert db.read_bytes() == original
        bad.unlink()
    assert sorted(tmp_path.iterdir()) == files


def test_csv_has_agreed_on_and_review_by(ws: Workspace):
    team = agreed_team(ws)
    rows = list(csv.DictReader(io.StringIO(export_csv(ws, team))))
    listen = [r for r in rows if r["norm"] == "Listen to each other's ideas"]
    assert [r["agreed_on"] for r in listen] == ["", "2026-03-02", "2026-03-02"]
    assert {r["review_by"] for r in listen} == {"2026-06-02"}
    (hands,) = [r for r in rows if r["norm"] == "Hands up to speak"]
    assert hands["agreed_on"] == hands["review_by"] == ""


def test_the_readme_example_imports_as_documented(ws: Workspace):
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```json\n", 1)[1].split("```", 1)[0]
    (team_id,) = import_json(ws, json.loads(example))
    (norm,) = ws.team(team_id).norms
    assert norm.review_by == date(2027, 1, 10)
    assert [(r.agreed_on, r.agreed_order) for r in norm.rationales] == [(date(2026, 10, 12), 1)]
    (meeting,) = ws.team(team_id).sessions
    assert norm.revisions[0].session_id == meeting.id
    assert meeting.agenda == (norm.id,) and meeting.decisions[0].norm_id == norm.id
    assert meeting.decisions[0].consensus == Consensus(ConsensusKind.FIST_TO_FIVE, (0, 0, 1, 2, 4, 2))
