"""The Sessions tab: past meetings of a team and what each decided; a norm's history names them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from normlab.domain.model import Consensus, ConsensusKind, Dimension, Outcome, RationaleDraft
from normlab.services import agreements, meetings
from normlab.services.workspace import Workspace
from normlab.ui.meeting.session_model import SessionColumn
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import ARTIFACTS, WindowFactory


@pytest.fixture
def after_two_meetings(open_window: WindowFactory, db_url: str) -> tuple[MainWindow, dict[str, int]]:
    ws = Workspace.open(db_url)
    team = ws.create_team("ICU teaching")
    scan = ws.add_norm(
        team,
        "Seniors review every scan",
        rationales=[RationaleDraft("that's how it is done", Dimension.OPERATIONAL)],
    )
    brief = ws.add_norm(
        team,
        "What is said here stays here",
        rationales=[RationaleDraft("so people dare to speak", Dimension.INTERPERSONAL)],
    )
    old = ws.add_norm(team, "Pagers off in teaching")
    first = meetings.start_session(ws, team, date(2026, 3, 2), attendance=6, roles="consultant, nurses")
    meetings.decide(ws, first, old, Outcome.RETIRE, note="nobody carries one any more")
    meetings.end_session(ws, first)
    second = meetings.start_session(
        ws, team, date(2026, 6, 8), attendance=9, roles="consultant, trainees", agenda=[scan, brief]
    )
    ws.reword_norm(scan, "Trainees scan; a senior reviews the findings with them", session_id=second)
    reason = ws.add_rationale(scan, RationaleDraft("so trainees build the skill", Dimension.IDEATIONAL))
    agreements.agree(ws, reason, on=date(2026, 6, 8), session_id=second)
    agreements.set_review_by(ws, scan, date(2026, 9, 8), session_id=second)
    meetings.decide(ws, second, scan, Outcome.REVISE, consensus=Consensus(ConsensusKind.VOTE, (7, 1, 1)))
    meetings.end_session(ws, second)
    ws.close()
    window = open_window(db_url)
    return window, {"team": team, "scan": scan, "brief": brief, "old": old, "first": first, "second": second}


def cell(window: MainWindow, row: int, column: SessionColumn) -> str:
    return window.sessions.model.index(row, column).data()


def test_sessions_tab_lists_meetings_and_shows_what_each_decided(after_two_meetings, qtbot: Any) -> None:
    window, ids = after_two_meetings
    qtbot.keyClick(
        window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.main_tabs.currentWidget() is window.sessions
    assert window.main_tabs.tabText(1) == "&Sessions (2)"
    assert [cell(window, r, SessionColumn.DATE) for r in (0, 1)] == [
        "8 Jun 2026",
        "2 Mar 2026",
    ]  # newest first
    assert cell(window, 0, SessionColumn.WHO) == "9: consultant, trainees"
    assert cell(window, 0, SessionColumn.DECISIONS) == "1 to revise"
    assert cell(window, 0, SessionColumn.REVIEW) == "8 Sep 2026"
    assert cell(window, 1, SessionColumn.DECISIONS) == "1 retired"

    details = window.sessions.details.text()
    assert "Trainees scan; a senior reviews the findings with them" in details
    assert "Revise" in details and "7 for, 1 against, 1 abstaining" in details
    assert "Reworded: <s>Seniors review every scan</s>" in details
    assert "Agreed: “so trainees build the skill”" in details
    assert "Review by 8 Sep 2026 (was none)" in details
    assert "Left open:" in details and "What is said here stays here" in details

    window.sessions.select_row(1)
    details = window.sessions.details.text()
    assert "Pagers off in teaching" in details and "Retire" in details and "nobody carries one" in details
    qtbot.wait(10)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "sessions-tab.png"))

    # Following a norm's link shows it, with its history naming the meetings that touched it.
    window.sessions.details.linkActivated.emit(f"norm:{ids['scan']}")
    assert window.main_tabs.currentWidget() is window.vertical
    assert window.norm_pane.current_norm_id() == ids["scan"]
    history = window.detail.history
    assert window.detail.tabs.currentWidget() is history
    assert "8 Jun 2026</b>: Revise (7 for, 1 against, 1 abstaining)" in history.meetings.text()
    assert all(
        "in the meeting of 8 Jun 2026" in card.findChildren(type(history.meetings))[0].text()
        for card in history.cards
    )


def test_a_new_meeting_appears_in_the_tab_at_once(after_two_meetings, qtbot: Any) -> None:
    window, ids = after_two_meetings
    window.main_tabs.setCurrentWidget(window.sessions)
    ws = window.editor.ws
    meetings.start_session(ws, ids["team"], date(2026, 9, 8), attendance=4)  # as the meeting screen does
    assert window.sessions.model.rowCount() == 3
    assert cell(window, 0, SessionColumn.STATE) == "open: can be continued"
    assert window.sessions.current_session().id == ids["second"]  # the one being read stays selected
    window.sessions.select_row(0)
    assert "Nothing was decided or changed in this meeting" in window.sessions.details.text()


def test_an_empty_team_says_how_to_start(open_window: WindowFactory, db_url: str) -> None:
    ws = Workspace.open(db_url)
    ws.create_team("New team")
    ws.close()
    window = open_window(db_url)
    window.main_tabs.setCurrentWidget(window.sessions)
    assert window.sessions.stack.currentWidget() is window.sessions.empty


def test_screenshots_of_a_norm_and_its_meetings(after_two_meetings, qtbot: Any) -> None:
    window, ids = after_two_meetings
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (1024, 600)):
        window.resize(width, height)
        window.sessions.details.linkActivated.emit(f"norm:{ids['scan']}")
        qtbot.wait(20)
        assert window.grab().save(str(ARTIFACTS / f"norm-history-meetings-{width}.png"))
