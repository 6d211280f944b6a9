"""A team of 10,000 norms: imported in bulk, edited, exported, and nothing lost or changed on the way.

Slow: about 5.5 s for the test (import, edits, export, comparison) on the shared 2-core build
machine under a load of 4, plus half a second to make the database.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from benchmarks.corpus import build_document
from normlab.domain import Dimension, RationaleDraft, Stance, Status
from normlab.services.interchange import dumps, export_json, import_json, read_document, write_text
from normlab.services.workspace import Workspace

pytestmark = pytest.mark.slow

NORMS = 10_000


def _rationale(text: str, dimension: str, stance: str = "held") -> dict:
    return {
        "text": text,
        "dimension": dimension,
        "stance": stance,
        "voice": "",
        "agreed_on": None,
        "agreed_order": None,
    }


def test_ten_thousand_norms_import_edit_and_export_to_what_was_imported_and_edited(
    ws: Workspace, tmp_path: Path
):
    source = build_document(NORMS)
    path = tmp_path / "team.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    (team_id,) = import_json(ws, read_document(path))
    norms = ws.team(team_id).norms
    assert len(norms) == NORMS and sum(len(n.rationales) for n in norms) == 3 * NORMS

    expected = copy.deepcopy(source["teams"][0])
    wanted = expected["norms"]
    original = source["teams"][0]["norms"]

    # Reword one norm: a revision records the wording and the reasons before and after.
    ws.reword_norm(norms[1234].id, "Listen to the whole team", note="plainer")
    wanted[1234]["text"] = "Listen to the whole team"
    # Add a reason in the middle of another; retire one; give one a new setting.
    draft = RationaleDraft("so we learn", Dimension.IDEATIONAL, Stance.PROPOSED)
    ws.add_rationale(norms[5000].id, draft, position=1)
    wanted[5000]["rationales"].insert(1, _rationale("so we learn", "ideational", "proposed"))
    ws.set_norm_field(norms[42].id, "status", Status.RETIRED.value)
    wanted[42]["status"] = "retired"
    ws.set_norm_field(norms[43].id, "setting", "night shift")
    wanted[43]["setting"] = "night shift"
    expected["settings"].append({"name": "night shift", "description": ""})
    # Move the last norm to the top: every other norm is one place further down.
    ws.move_norm(norms[-1].id, 0)
    wanted.insert(0, wanted.pop())
    for meeting in expected["sessions"]:  # meetings name norms by their place
        meeting["agenda"] = [i + 1 for i in meeting["agenda"]]
        for decision in meeting["decisions"]:
            decision["norm_index"] += 1
    # Delete a reason (the reasons before are kept as the baseline of the next rewording), and a norm.
    ws.delete_rationale(norms[7].rationales[2].id)
    wanted[8]["baseline"] = copy.deepcopy(original[7]["rationales"])
    del wanted[8]["rationales"][2]
    ws.delete_norm(norms[9998].id)
    del wanted[9999]

    out = tmp_path / "exported.json"
    write_text(out, dumps(export_json(ws, [team_id])))
    exported = json.loads(out.read_text(encoding="utf-8"))["teams"][0]

    for place in (1235, 5001, 43, 44, 8):  # the edits stamped these norms with the time they were made
        assert exported["norms"][place]["updated"] > wanted[place]["updated"]
        wanted[place]["updated"] = exported["norms"][place]["updated"]
    revision = exported["norms"][1235]["revisions"][-1]
    assert revision["at"] == exported["norms"][1235]["updated"]
    wanted[1235]["revisions"].append(
        {
            "at": revision["at"],
            "note": "plainer",
            "text_before": original[1234]["text"],
            "text_after": "Listen to the whole team",
            "rationales_before": original[1234]["rationales"],
            "rationales_after": original[1234]["rationales"],
            "review_by_before": original[1234]["review_by"],
            "review_by_after": original[1234]["review_by"],
            "session_index": None,
        }
    )

    assert len(exported["norms"]) == NORMS - 1
    assert exported["norms"] == wanted
    assert exported["sessions"] == expected["sessions"]
    assert exported["settings"] == expected["settings"]
    assert (exported["name"], exported["description"]) == (expected["name"], expected["description"])
