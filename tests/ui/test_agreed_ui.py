"""Agreed reasons in the lanes, review-by dates and "due for review" in the table and the side bar."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from normlab.domain.model import Dimension
from normlab.services.workspace import Workspace
from normlab.ui.editor.lane_model import AGREED_ROLE
from normlab.ui.editor.norm_model import Column
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.teams.team_model import DUE_ROLE
from normlab.ui.widgets.review_dialog import KEEP, ReviewDateDialog
from tests.ui.conftest import CLASSROOM, WindowFactory, make_classroom, show_team


@pytest.fixture
def classroom(open_window: WindowFactory, db_url: str) -> MainWindow:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    return window


def select(window: MainWindow, text: str) -> int:
    norm = next(n for n in window.norm_model.norms() if n.text == text)
    window.norm_pane.select_norm(norm.id)
    return norm.id


def test_a_agrees_a_reason_in_its_lane_and_ctrl_z_takes_it_back(classroom: MainWindow, qtbot: Any):
    window, ws = classroom, classroom.editor.ws
    norm_id = select(window, "Listen to others")
    norm = ws.norm(norm_id)
    idea = next(r for r in norm.rationales if r.dimension is Dimension.IDEATIONAL)
    lane = window.detail.lanes.lane(Dimension.IDEATIONAL)
    window.detail.lanes.select_rationale(idea.id, take_focus=True)
    qtbot.keyClick(lane.view, Qt.Key.Key_A)

    stored = ws.norm(norm_id)
    assert [r.id for r in stored.agreed()] == [idea.id]
    assert stored.agreed()[0].agreed_on == date.today()
    assert stored.revisions[-1].note.startswith("Agreed:")
    row = lane.model.row_of(idea.id)
    assert lane.model.index(row).data(AGREED_ROLE) == "✓ Agreed"
    assert window.menu_actions.undo.text().startswith("Undo Agree")

    window.menu_actions.undo.trigger()
    assert ws.norm(norm_id).agreed() == () and ws.norm(norm_id).revisions == norm.revisions
    assert lane.model.index(row).data(AGREED_ROLE) == ""
    window.menu_actions.redo.trigger()
    assert [r.id for r in ws.norm(norm_id).agreed()] == [idea.id]


def test_a_third_agreed_reason_is_refused_with_a_plain_message(classroom: MainWindow, qtbot: Any, dialogs):
    window, ws = classroom, classroom.editor.ws
    norm_id = select(window, "Listen to others")
    reasons = ws.norm(norm_id).rationales
    assert len(reasons) >= 3
    for reason in reasons[:3]:
        window.detail.lanes.select_rationale(reason.id, take_focus=True)
        qtbot.keyClick(window.detail.lanes.lane(reason.dimension).view, Qt.Key.Key_A)
    assert [r.id for r in ws.norm(norm_id).agreed()] == [reasons[0].id, reasons[1].id]
    assert "at most 2 agreed reasons" in window.statusBar().currentMessage()
    assert dialogs.errors() == []
    # A on an agreed reason takes it back; the second moves up to first
    window.detail.lanes.select_rationale(reasons[0].id, take_focus=True)
    qtbot.keyClick(window.detail.lanes.lane(reasons[0].dimension).view, Qt.Key.Key_A)
    assert [(r.id, r.agreed_order) for r in ws.norm(norm_id).agreed()] == [(reasons[1].id, 1)]


def test_review_by_due_state_filter_and_side_bar_count(
    classroom: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
):
    window, ws = classroom, classroom.editor.ws
    team_id = window.norm_model.team_id
    answers: list[object] = [date.today() - timedelta(days=1), KEEP, date.today() + timedelta(days=30)]
    monkeypatch.setattr(ReviewDateDialog, "ask", lambda *args: answers.pop(0))

    listen = select(window, "Listen to others")
    window.norm_pane.table.setFocus()
    qtbot.keyClick(window.norm_pane.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ws.norm(listen).review_by == date.today() - timedelta(days=1)
    row = window.norm_model.row_of(listen)
    review = window.norm_model.index(row, Column.REVIEW).data()
    assert review.startswith("Due ")
    qtbot.waitUntil(lambda: "1 due for review" in window.norm_pane.summary.text())
    sidebar_row = window.team_model.row_of(team_id)
    assert window.team_model.index(sidebar_row).data(DUE_ROLE) == 1
    assert window.detail.review.text().startswith("Due since")

    window.menu_actions.review_by.trigger()  # cancelled: nothing changes
    assert ws.norm(listen).review_by == date.today() - timedelta(days=1)

    later = select(window, "Build on each other's ideas")
    window.menu_actions.review_by.trigger()
    assert (
        not window.norm_model.index(window.norm_model.row_of(later), Column.REVIEW).data().startswith("Due")
    )

    window.norm_pane.filters.due.setChecked(True)
    proxy = window.norm_pane.proxy
    assert [proxy.index(r, Column.TEXT).data() for r in range(proxy.rowCount())] == ["Listen to others"]
    window.norm_pane.filters.due.setChecked(False)

    window.menu_actions.undo.trigger()
    window.menu_actions.undo.trigger()
    assert ws.norm(listen).review_by is None and ws.norm(listen).revisions == ()
    assert window.team_model.index(sidebar_row).data(DUE_ROLE) == 0
