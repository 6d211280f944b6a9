"""A process killed in the middle of many edits loses none that were committed."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from normlab.services.workspace import Workspace

WRITER = """
import sys
from normlab.domain import Dimension, RationaleDraft
from normlab.services.workspace import Workspace

ws = Workspace.open(sys.argv[1])
team = ws.team_by_name("Killed").id
for i in range(100000):
    norm = ws.add_norm(team, f"Norm {i}")
    ws.add_rationale(norm, RationaleDraft(f"Reason {i}", Dimension.DISCUSSIONAL))
    print(i, flush=True)
"""


def test_sigkill_mid_way_loses_no_committed_edit(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'normlab.sqlite3'}"
    ws = Workspace.open(url)
    ws.create_team("Killed")
    ws.close()

    writer = subprocess.Popen([sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True)
    committed = -1
    deadline = time.monotonic() + 60
    assert writer.stdout is not None
    while committed < 150 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        committed = int(line)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert committed >= 150, "the writer did not get going"

    con = sqlite3.connect(tmp_path / "normlab.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    ws = Workspace.open(url)
    norms = ws.team_by_name("Killed").norms
    texts = {n.text for n in norms}
    assert {f"Norm {i}" for i in range(committed + 1)} <= texts
    with_reason = {n.text for n in norms if n.rationales}
    assert {f"Norm {i}" for i in range(committed + 1)} <= with_reason
    ws.close()
