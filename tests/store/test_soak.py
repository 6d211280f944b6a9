"""Soak: 1,000 random edits through the services in a child process that is killed with SIGKILL at
random points (at least 20 times). Every edit the child reported saved is there after reopening,
and the file passes SQLite's integrity check each time.

Cost: about 30-60 s on two shared cores (the child starts 20+ times); marked slow."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from normlab.services.workspace import Workspace

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

EDITS = 1000
KILLS = 20

CHILD = r"""
import json, random, sys
from normlab.domain import Dimension, RationaleDraft, Status
from normlab.services.workspace import Workspace

ws = Workspace.open(sys.argv[1])
rng = random.Random(int(sys.argv[2]))
loaded = ws.team_by_name("Soak")
team = loaded.id
norms = {n.id: [r.id for r in n.rationales] for n in loaded.norms}
counter = int(sys.argv[3])
print("ready", flush=True)
while True:
    counter += 1
    kinds = ["add", "add", "reword", "field", "reason", "edit-reason", "move-reason", "delete"]
    kind = rng.choice(kinds) if norms else "add"
    norm = rng.choice(sorted(norms)) if norms else None
    text = f"Edit {counter}"
    if kind == "add":
        intent = {"kind": kind, "text": text}
    elif kind in ("edit-reason", "move-reason") and norms[norm]:
        intent = {"kind": kind, "norm": norm, "reason": rng.choice(norms[norm]), "text": text,
                  "dimension": rng.choice(list(Dimension)).value}
    elif kind in ("edit-reason", "move-reason"):
        intent = {"kind": "reason", "norm": norm, "text": text}
    else:
        intent = {"kind": kind, "norm": norm, "text": text, "status": rng.choice(list(Status)).value}
    print("intent " + json.dumps(intent), flush=True)
    k = intent["kind"]
    if k == "add":
        intent["id"] = ws.add_norm(team, text)
        norms[intent["id"]] = []
    elif k == "reword":
        ws.reword_norm(norm, text)
    elif k == "field":
        ws.set_norm_field(norm, "setting", text)
        ws.set_norm_field(norm, "status", intent["status"])
    elif k == "reason":
        intent["id"] = ws.add_rationale(norm, RationaleDraft(text, Dimension.DISCUSSIONAL))
        norms[norm].append(intent["id"])
    elif k == "edit-reason":
        ws.edit_rationale(intent["reason"], text=text)
    elif k == "move-reason":
        ws.move_rationale(intent["reason"], Dimension(intent["dimension"]))
    elif k == "delete":
        ws.delete_norm(norm)
        del norms[norm]
    print("saved " + json.dumps(intent), flush=True)
"""


def apply(model: dict[int, dict], edit: dict) -> None:
    kind = edit["kind"]
    if kind == "add":
        model[edit["id"]] = {"text": edit["text"], "setting": "", "status": "current", "reasons": {}}
    elif kind == "reword":
        model[edit["norm"]]["text"] = edit["text"]
    elif kind == "field":
        model[edit["norm"]].update(setting=edit["text"], status=edit["status"])
    elif kind == "reason":
        model[edit["norm"]]["reasons"][edit["id"]] = (edit["text"], "discussional")
    elif kind == "edit-reason":
        reasons = model[edit["norm"]]["reasons"]
        reasons[edit["reason"]] = (edit["text"], reasons[edit["reason"]][1])
    elif kind == "move-reason":
        reasons = model[edit["norm"]]["reasons"]
        reasons[edit["reason"]] = (reasons[edit["reason"]][0], edit["dimension"])
    elif kind == "delete":
        del model[edit["norm"]]


def stored(url: str) -> dict[int, dict]:
    ws = Workspace.open(url)
    team = ws.team_by_name("Soak")
    ws.close()
    return {
        n.id: {
            "text": n.text,
            "setting": n.setting,
            "status": n.status.value,
            "reasons": {r.id: (r.text, r.dimension.value) for r in n.rationales},
        }
        for n in team.norms
    }


def test_random_edits_killed_at_random_points_lose_nothing_saved(tmp_path: Path):
    path = tmp_path / "soak.sqlite3"
    url = str(path)
    ws = Workspace.open(url)
    ws.create_team("Soak")
    ws.close()
    rng = random.Random(13)
    model: dict[int, dict] = {}
    saved = kills = 0
    while saved < EDITS or kills < KILLS:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, url, str(rng.randrange(10**9)), str(saved * 10)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        quota = rng.randint(10, 2 * max(1, EDITS // KILLS) + 10)
        in_flight = None
        done_here = 0
        while done_here < quota:
            line = child.stdout.readline()
            assert line, "the child stopped on its own"
            word, _, payload = line.partition(" ")
            if word == "intent":
                in_flight = json.loads(payload)
            else:
                apply(model, json.loads(payload))
                in_flight = None
                saved += 1
                done_here += 1
        time.sleep(rng.random() * 0.02)  # somewhere inside the next edit, or between two
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines():  # what it reported before it died
            word, _, payload = line.partition(" ")
            if word == "intent":
                in_flight = json.loads(payload)
            elif word == "saved":
                apply(model, json.loads(payload))
                in_flight = None
                saved += 1
        child.stdout.close()
        kills += 1

        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
        found = stored(url)
        # The edit in flight when the child was killed may or may not have been committed.
        loose = {in_flight.get("norm")} if in_flight else set()
        for norm_id, expected in model.items():
            if norm_id not in loose:
                assert found.get(norm_id) == expected, (norm_id, in_flight)
        extra = set(found) - set(model) - loose
        if extra:  # an add that committed before its report: take it into the model
            assert in_flight is not None and in_flight["kind"] == "add" and len(extra) == 1
        model = found  # carry on from what is stored
    assert saved >= EDITS and kills >= KILLS
