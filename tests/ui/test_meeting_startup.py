"""normlab --meeting TEAM: straight into the meeting screen, and a picture of it at any size.

Cost: one interpreter with Qt per picture, about 2 s each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from normlab.services import meetings
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.ui.editor.editor import Editor
from normlab.ui.meeting.meeting_window import MeetingWindow
from tests.ui.test_startup import colours, normlab


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "normlab.sqlite3"
    ws = Workspace.open(f"sqlite:///{path}")
    copy_starter_set(ws, "icu-teaching-session", "ICU teaching")
    ws.close()
    return path


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 600)])
def test_meeting_screenshot_from_the_command_line(tmp_path: Path, database: Path, size: tuple[int, int]):
    shot = tmp_path / "meeting.png"
    done = normlab(
        tmp_path,
        "--database",
        str(database),
        "--meeting",
        "ICU teaching",
        "--window-size",
        f"{size[0]}x{size[1]}",
        "--screenshot",
        str(shot),
        "--exit-after-startup",
    )
    assert (done.returncode, done.stderr) == (0, "")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == size
    assert colours(image) > 8
    ws = Workspace.open(f"sqlite:///{database}")
    team = ws.team_by_name("ICU teaching")
    (session,) = team.sessions
    assert session.is_open and session.held_on == date.today()
    ws.close()


def test_meeting_of_a_team_that_is_not_there(tmp_path: Path, database: Path):
    done = normlab(tmp_path, "--database", str(database), "--meeting", "Nobody", "--exit-after-startup")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "--meeting: there is no team called “Nobody”" in done.stderr


def cut_off(window: QWidget) -> list[str]:
    """Visible labels whose words need more room than they have, or that stick out of the window."""
    problems = []
    frame = window.rect()
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        top_left = label.mapTo(window, label.rect().topLeft())
        bottom_right = label.mapTo(window, label.rect().bottomRight())
        if not (frame.contains(top_left) and frame.contains(bottom_right)):
            problems.append(f"outside the window: {label.text()[:40]!r}")
        elif label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1:
            problems.append(f"wrapped text cut: {label.text()[:40]!r}")
    return problems


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1024, 600)])
def test_nothing_is_cut_off(styled: Any, qtbot: Any, database: Path, size: tuple[int, int]):
    ws = Workspace.open(f"sqlite:///{database}")
    team = ws.team_by_name("ICU teaching")
    session_id = meetings.meeting_for_today(ws, team.id, date.today())
    editor = Editor(ws)
    window = MeetingWindow(editor, session_id)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    try:
        for index in range(len(window.norm_ids) + 1):
            window.go(index)
            qtbot.wait(20)
            assert cut_off(window) == [], (index, size)
            if not window.on_summary():
                for column in window.page.board.columns.values():
                    scroll = column.scroll
                    for card in column.cards:
                        bottom = card.mapTo(scroll.widget(), card.rect().bottomLeft()).y()
                        assert bottom <= scroll.viewport().height(), (index, size, card.rationale.text)
    finally:
        window.close()
        editor.close()
