"""A meeting killed mid-way (SIGKILL, as a crash or a flat battery) loses nothing that was typed.

The meeting runs in its own process, driven by key presses; once it has typed its last key it keeps
running until the test kills it. Cost: one interpreter with Qt, about 3 s.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from normlab.domain.model import Dimension, Outcome, RationaleDraft
from normlab.domain.review import months_later
from normlab.services import meetings
from normlab.services.workspace import Workspace

DRIVER = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from normlab.services.workspace import Workspace
from normlab.ui.editor.editor import Editor
from normlab.ui.meeting.meeting_window import MeetingWindow

app = QApplication([])
editor = Editor(Workspace.open(sys.argv[1]))
meeting = MeetingWindow(editor, int(sys.argv[2]))
meeting.resize(1280, 800)
meeting.show()
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier

def key(k, m=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget() or meeting, k, m)

def text(t):
    QTest.keyClicks(QApplication.focusWidget(), t)

STEPS = [
    lambda: meeting.focus_capture(),
    lambda: (text("It's how we have always done it"), key(Qt.Key.Key_Return)),
    lambda: (key(Qt.Key.Key_3, ALT), text("So the team can compare readings"), key(Qt.Key.Key_Return)),
    lambda: (key(Qt.Key.Key_4, ALT), key(Qt.Key.Key_H, ALT), text("So trainees learn what scans show"), key(Qt.Key.Key_Return)),
    lambda: (key(Qt.Key.Key_Escape), key(Qt.Key.Key_A)),
    lambda: (key(Qt.Key.Key_R), key(Qt.Key.Key_A, CTRL), text("Trainees scan with a senior beside them"), key(Qt.Key.Key_Return)),
    lambda: key(Qt.Key.Key_V),
    lambda: (key(Qt.Key.Key_D), key(Qt.Key.Key_6)),
]

def run(i=0):
    if i == len(STEPS):
        print("typed", flush=True)
        return
    STEPS[i]()
    print("step", i, flush=True)
    QTimer.singleShot(20, lambda: run(i + 1))

QTimer.singleShot(100, run)
app.exec()
"""


def test_a_meeting_killed_mid_way_keeps_everything_typed(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'meeting.sqlite3'}"
    ws = Workspace.open(url)
    team = ws.create_team("ICU teaching")
    norm_id = ws.add_norm(
        team, "Scan only when clinically led", rationales=[RationaleDraft("a waste", Dimension.OPERATIONAL)]
    )
    ws.add_norm(team, "Seniors review every scan")
    session_id = meetings.start_session(ws, team, date.today(), attendance=6, agenda=[norm_id])
    ws.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    driver = subprocess.Popen(
        [sys.executable, "-c", DRIVER, url, str(session_id)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert driver.stdout is not None
    deadline, lines = time.monotonic() + 60, []
    while time.monotonic() < deadline:
        line = driver.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        if line.strip() == "typed":
            break
    time.sleep(0.2)  # still running, idle in its event loop
    assert driver.poll() is None, f"the meeting ended by itself: {lines}"
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    assert lines[-1] == "typed", lines

    con = sqlite3.connect(tmp_path / "meeting.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    ws = Workspace.open(url)
    try:
        norm = ws.norm(norm_id)
        assert norm.text == "Trainees scan with a senior beside them"
        assert [(r.text, r.dimension) for r in norm.rationales] == [
            ("a waste", Dimension.OPERATIONAL),
            ("It's how we have always done it", Dimension.OPERATIONAL),
            ("So the team can compare readings", Dimension.DISCUSSIONAL),
            ("So trainees learn what scans show", Dimension.IDEATIONAL),
        ]
        (agreed,) = norm.agreed()
        assert agreed.text == "So trainees learn what scans show"
        session = meetings.get_session(ws, session_id)
        assert session.is_open  # killed, not ended: it can be continued
        (decision,) = session.decisions
        assert (decision.norm_id, decision.outcome) == (norm_id, Outcome.REVISE)
        assert norm.review_by == months_later(session.held_on, 6)
        assert {r.session_id for r in norm.revisions} == {session_id}
        assert meetings.open_session(ws, team).id == session_id  # type: ignore[union-attr]
    finally:
        ws.close()
