"""A whole meeting driven by the keyboard only, from Ctrl+M in the main window to the end of it.

Every key goes to whatever has the keyboard focus, as it would for a person, so the test also
checks where the focus goes: into the capture line, out of it with Esc, into the reword line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from normlab.domain.meeting import still_open
from normlab.domain.model import ConsensusKind, Dimension, Outcome, RationaleDraft, Stance
from normlab.domain.review import months_later
from normlab.services import meetings
from normlab.services.workspace import Workspace
from normlab.ui.meeting.meeting_window import MeetingWindow
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


@pytest.fixture
def team_window(open_window: WindowFactory, db_url: str, qtbot: Any) -> MainWindow:
    ws = Workspace.open(db_url)
    team = ws.create_team("ICU teaching, St Elsewhere")
    ws.add_norm(team, "Seniors review every scan", status="proposed")  # type: ignore[arg-type]
    ws.add_norm(team, "Mistakes are expected here")
    ws.close()
    window = open_window(db_url)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def start_meeting(window: MainWindow, qtbot: Any) -> MeetingWindow:
    window.norm_pane.table.setFocus()
    press(qtbot, Qt.Key.Key_M, CTRL)
    dialog = window.meetings.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert focused() is dialog.day
    press(qtbot, Qt.Key.Key_Tab)  # date (today) -> how many present
    type_text(qtbot, "7")
    press(qtbot, Qt.Key.Key_Tab)  # -> roles
    type_text(qtbot, "consultant, nurses, trainees")
    press(qtbot, Qt.Key.Key_Return)  # Start (the default button)
    qtbot.waitUntil(lambda: window.meetings.window is not None)
    meeting = window.meetings.window
    assert meeting is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is meeting)
    qtbot.waitUntil(lambda: meeting.page.capture.line.hasFocus())
    return meeting


def test_a_whole_meeting_by_keyboard(team_window: MainWindow, qtbot: Any) -> None:
    window, ws = team_window, team_window.editor.ws
    team = ws.team(window.norm_model.team_id)  # type: ignore[arg-type]
    scan = team.norms[0]
    meeting = start_meeting(window, qtbot)
    session = meetings.get_session(ws, meeting.session_id)
    assert session.is_open and session.attendance == 7 and session.roles == "consultant, nurses, trainees"
    assert session.agenda == tuple(n.id for n in team.norms)  # proposed, and unexamined
    assert meeting.current_norm().id == scan.id  # type: ignore[union-attr]
    assert "1 of 2" in meeting.page.progress.text()

    # Three reasons in three dimensions, typed while people talk; digits and letters are text here.
    type_text(qtbot, "That's how we do it here, 1 senior per scan")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, ALT)
    type_text(qtbot, "Don't undermine the nurse's workload")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_4, ALT)
    press(qtbot, Qt.Key.Key_H, ALT)
    type_text(qtbot, "So trainees build the skill and the unit learns")
    press(qtbot, Qt.Key.Key_Return)
    reasons = ws.norm(scan.id).rationales
    assert [(r.dimension, r.stance) for r in reasons] == [
        (Dimension.OPERATIONAL, Stance.HELD),
        (Dimension.INTERPERSONAL, Stance.HELD),
        (Dimension.IDEATIONAL, Stance.PROPOSED),
    ]
    assert reasons[0].text == "That's how we do it here, 1 senior per scan"
    assert ws.norm(scan.id).status.value == "proposed"  # no key typed as text decided anything

    # Out of the line: the last reason is selected; A agrees it.
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is meeting
    press(qtbot, Qt.Key.Key_A)
    (agreed,) = ws.norm(scan.id).agreed()
    assert agreed.id == reasons[2].id and agreed.agreed_on == session.held_on

    # R rewords in place: a revision tied to the meeting.
    press(qtbot, Qt.Key.Key_R)
    assert focused() is meeting.page.reword
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Trainees scan; a senior reviews the findings with them")
    press(qtbot, Qt.Key.Key_Return)
    norm = ws.norm(scan.id)
    assert norm.text == "Trainees scan; a senior reviews the findings with them"
    assert norm.revisions[-1].session_id == meeting.session_id and norm.revisions[-1].reworded

    # A consensus check, then K keeps it with the decision.
    press(qtbot, Qt.Key.Key_C)
    for count in ("0", "0", "1", "2", "3", "1"):
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, count)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_K)
    # D 3: review by in three months from the meeting's day.
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, Qt.Key.Key_3)
    assert ws.norm(scan.id).review_by == months_later(session.held_on, 3)

    # Ctrl+Z undoes the review date, Ctrl+Shift+Z puts it back.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert ws.norm(scan.id).review_by is None
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert ws.norm(scan.id).review_by == months_later(session.held_on, 3)

    # On to the next norm and to the summary, then end the meeting.
    press(qtbot, Qt.Key.Key_Right)
    assert "2 of 2" in meeting.page.progress.text()
    press(qtbot, Qt.Key.Key_E)
    assert meeting.on_summary()
    summary = meeting.summary.body.text()
    assert "Trainees scan; a senior reviews the findings with them" in summary
    assert "So trainees build the skill and the unit learns" in summary
    assert "STILL OPEN (1)" in summary and "Mistakes are expected here" in summary
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.meetings.window is None)

    stored = meetings.get_session(ws, meeting.session_id)
    assert not stored.is_open
    (decision,) = stored.decisions
    assert (decision.norm_id, decision.outcome) == (scan.id, Outcome.KEEP)
    assert decision.norm_text == "Trainees scan; a senior reviews the findings with them"
    assert decision.consensus is not None and decision.consensus.kind is ConsensusKind.FIST_TO_FIVE
    assert decision.consensus.counts == (0, 0, 1, 2, 3, 1)
    assert stored.next_review == months_later(stored.held_on, 3)
    assert still_open(stored) == (team.norms[1].id,)
    assert ws.norm(scan.id).status.value == "current"  # kept: no longer only proposed
    assert {r.session_id for r in ws.norm(scan.id).revisions} == {meeting.session_id}


def test_keys_typed_as_text_never_change_stored_data(team_window: MainWindow, qtbot: Any) -> None:
    window, ws = team_window, team_window.editor.ws
    meeting = start_meeting(window, qtbot)
    norm = meeting.current_norm()
    assert norm is not None
    before = ws.team(norm.team_id)
    type_text(qtbot, "KVXADR 1234 OISHPCTE")
    assert ws.team(norm.team_id) == before
    assert meeting.page.capture.line.text() == "KVXADR 1234 OISHPCTE"
    press(qtbot, Qt.Key.Key_Tab)  # leaves the line, keeping what was typed
    assert focused() is meeting and meeting.page.capture.line.text() == "KVXADR 1234 OISHPCTE"


def test_at_most_two_agreed_and_the_keys_that_move_a_reason(team_window: MainWindow, qtbot: Any) -> None:
    window, ws = team_window, team_window.editor.ws
    meeting = start_meeting(window, qtbot)
    norm_id = meeting.current_norm().id  # type: ignore[union-attr]
    for text in ("one", "two", "three"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_A)
    assert len(ws.norm(norm_id).agreed()) == 2
    assert "at most 2 agreed reasons" in meeting.page.message.text()
    press(qtbot, Qt.Key.Key_I)  # the selected reason: interpersonal, and I again: ideational
    assert meeting.selected_rationale().dimension is Dimension.INTERPERSONAL  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_I)
    assert meeting.selected_rationale().dimension is Dimension.IDEATIONAL  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_S)
    assert meeting.selected_rationale().dimension is Dimension.DISCUSSIONAL  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_H)
    assert meeting.selected_rationale().stance is Stance.PROPOSED  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Delete)
    assert len(ws.norm(norm_id).rationales) == 2
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(ws.norm(norm_id).rationales) == 3


def test_leaving_keeps_the_meeting_open_and_ctrl_m_offers_to_continue(
    team_window: MainWindow, qtbot: Any
) -> None:
    window, ws = team_window, team_window.editor.ws
    meeting = start_meeting(window, qtbot)
    session_id = meeting.session_id
    type_text(qtbot, "said before the lid closed")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.meetings.window is None)
    assert meetings.get_session(ws, session_id).is_open

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.norm_pane.table.setFocus()
    press(qtbot, Qt.Key.Key_M, CTRL)
    dialog = window.meetings.dialog
    assert dialog is not None and dialog.open_session is not None and dialog.open_session.id == session_id
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.continue_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.meetings.window is not None)
    assert window.meetings.window.session_id == session_id  # type: ignore[union-attr]
    assert len(meetings.open_session(ws, window.norm_model.team_id).agenda) == 2  # type: ignore[arg-type, union-attr]


def test_the_meeting_screen_reads_from_across_the_room(team_window: MainWindow, qtbot: Any) -> None:
    meeting = start_meeting(team_window, qtbot)
    for width, height in ((1920, 1080), (1280, 800), (1024, 600)):
        meeting.showNormal()
        meeting.resize(width, height)
        qtbot.waitUntil(lambda h=height: meeting.scale.height == h)
        assert meeting.page.scale.wording >= height / 20
        font = meeting.page.wording.font()
        assert meeting.page.wording.styleSheet().startswith(f"font-size: {meeting.page.scale.wording}px")
        assert font is not None
        assert meeting.page.legend.text().count("Ctrl+Z") == 1
    before = meeting.scale.wording
    meeting.zoom(1)
    assert meeting.scale.wording > before
    meeting.zoom(0)
    assert meeting.scale.wording == before


def test_today_is_decided_by_the_meeting_not_the_clock(ws: Workspace) -> None:
    team = ws.create_team("T")
    ws.add_norm(team, "A")
    first = meetings.meeting_for_today(ws, team, date(2026, 3, 2))
    assert meetings.meeting_for_today(ws, team, date(2026, 3, 2)) == first
    assert meetings.meeting_for_today(ws, team, date(2026, 3, 3)) != first


def test_another_writers_reason_appears_on_the_projector(
    team_window: MainWindow, qtbot: Any, db_url: str
) -> None:
    meeting = start_meeting(team_window, qtbot)
    norm = meeting.current_norm()
    assert norm is not None
    other = Workspace.open(db_url)  # a second laptop on the same file
    try:
        other.add_rationale(norm.id, RationaleDraft("said on the other laptop", Dimension.DISCUSSIONAL))
    finally:
        other.close()
    team_window.refresh()  # what the live refresh (or F5) does
    shown = [card.rationale.text for card in meeting.page.board.columns[Dimension.DISCUSSIONAL].cards]
    assert shown == ["said on the other laptop"]
