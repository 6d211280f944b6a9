"""Nothing typed is lost: Ctrl+1..4 always starts a new reason, and closing the window, Ctrl+Q or
showing another norm or team saves what was typed and not yet submitted."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from normlab.domain.model import Dimension, Norm, Stance
from normlab.services.workspace import Workspace
from normlab.ui.editor.norm_model import ENTRY_ROLE
from normlab.ui.editor.rationale_delegate import RationaleEditor
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import CLASSROOM, WindowFactory, make_classroom, show_team

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def classroom(open_window: WindowFactory, db_url: str, qtbot: Any) -> MainWindow:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def norm_with_reasons(window: MainWindow, dimension: Dimension) -> Norm:
    team = window.editor.ws.team(window.norm_model.team_id or 0)  # whole norms: the table holds summaries
    norm = next(n for n in team.norms if any(r.dimension is dimension for r in n.rationales))
    window.norm_pane.select_norm(norm.id)
    assert window.detail.norm is not None and window.detail.norm.id == norm.id
    return norm


def stances(ws: Workspace, norm_id: int) -> dict[int, Stance]:
    return {r.id: r.stance for r in ws.norm(norm_id).rationales}


def test_ctrl_2_on_a_lane_with_reasons_starts_a_new_reason(classroom: MainWindow, qtbot: Any) -> None:
    ws = classroom.editor.ws
    norm = norm_with_reasons(classroom, Dimension.INTERPERSONAL)
    before = stances(ws, norm.id)
    lane = classroom.detail.lanes.lane(Dimension.INTERPERSONAL)
    assert lane.model.rowCount() > 0

    qtbot.keyClick(classroom, Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is lane.add_field
    qtbot.keyClicks(QApplication.focusWidget(), "so we can")  # the spaces type, they toggle nothing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    after = ws.norm(norm.id).rationales
    new = [r for r in after if r.id not in before]
    assert [(r.text, r.dimension) for r in new] == [("so we can", Dimension.INTERPERSONAL)]
    assert {r.id: r.stance for r in after if r.id in before} == before  # no stored stance changed


def test_closing_keeps_an_unsubmitted_reason(classroom: MainWindow, qtbot: Any) -> None:
    ws = classroom.editor.ws
    norm = norm_with_reasons(classroom, Dimension.DISCUSSIONAL)
    qtbot.keyClick(classroom, Qt.Key.Key_3, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "So everyone's idea is heard")
    assert classroom.close()
    texts = [(r.text, r.dimension) for r in ws.norm(norm.id).rationales]
    assert ("So everyone's idea is heard", Dimension.DISCUSSIONAL) in texts


def test_ctrl_q_keeps_a_card_being_edited(classroom: MainWindow, qtbot: Any) -> None:
    ws = classroom.editor.ws
    norm = norm_with_reasons(classroom, Dimension.OPERATIONAL)
    lane = classroom.detail.lanes.lane(Dimension.OPERATIONAL)
    lane.view.setFocus()
    lane.view.select_row(0)
    rationale = lane.model.rationale_at(0)
    qtbot.keyClick(lane.view, Qt.Key.Key_Return)  # edit the card in place
    editor = classroom.findChild(RationaleEditor)
    assert editor is not None and editor.isVisible()
    editor.text.setPlainText("It's the rule, and rules keep us safe")
    qtbot.keyClick(classroom, Qt.Key.Key_Q, CTRL)
    assert not classroom.isVisible()
    assert next(r for r in ws.norm(norm.id).rationales if r.id == rationale.id).text == (
        "It's the rule, and rules keep us safe"
    )


def test_closing_keeps_a_new_norm_and_field_edits(classroom: MainWindow, qtbot: Any) -> None:
    ws = classroom.editor.ws
    norm = norm_with_reasons(classroom, Dimension.OPERATIONAL)
    classroom.detail.regulates.setFocus()
    classroom.detail.regulates.selectAll()
    qtbot.keyClicks(classroom.detail.regulates, "pupils and teachers")
    classroom.norm_pane.add_field.setText("Wait for a pause before you speak")
    assert classroom.close()
    assert ws.norm(norm.id).regulates == "pupils and teachers"
    team = ws.team(norm.team_id)
    assert "Wait for a pause before you speak" in [n.text for n in team.norms]


def test_switching_norm_or_team_saves_an_open_edit(classroom: MainWindow, qtbot: Any) -> None:
    ws = classroom.editor.ws
    norms = classroom.norm_model.norms()
    first, second = norms[0], norms[1]
    classroom.norm_pane.select_norm(first.id)
    qtbot.keyClick(classroom, Qt.Key.Key_4, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "So we learn from each other")
    classroom.norm_pane.select_norm(second.id)  # another norm: the reason goes to the first one
    assert classroom.detail.norm is not None and classroom.detail.norm.id == second.id
    assert "So we learn from each other" in [r.text for r in ws.norm(first.id).rationales]
    assert "So we learn from each other" not in [r.text for r in ws.norm(second.id).rationales]
    assert classroom.detail.lanes.lane(Dimension.IDEATIONAL).add_field.text() == ""

    qtbot.keyClick(classroom, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Because it's polite")
    other = ws.create_team("Another team")
    classroom.sidebar.select_team(other)  # another team: the reason stays with its norm
    assert classroom.norm_model.team_id == other
    assert "Because it's polite" in [r.text for r in ws.norm(second.id).rationales]


def test_escape_in_the_filter_clears_it(classroom: MainWindow, qtbot: Any) -> None:
    search = classroom.norm_pane.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "listen")
    assert search.text() == "listen"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""


def test_retired_norms_show_no_warnings(classroom: MainWindow) -> None:
    norm = next(n for n in classroom.norm_model.norms() if n.status.value == "current")
    classroom.norm_pane.select_norm(norm.id)
    assert classroom.detail.warnings.warnings  # the starter norms all have something to look at
    classroom.norm_ops.set_field("status", "retired")
    assert classroom.detail.warnings.warnings == ()
    row = classroom.norm_model.row_of(norm.id)
    assert row is not None
    entry = classroom.norm_model.index(row, 0).data(ENTRY_ROLE)
    assert entry.warnings == ()  # no marker in the table either


def test_each_team_keeps_its_own_filter(classroom: MainWindow, qtbot: Any) -> None:
    pane = classroom.norm_pane
    ws = classroom.editor.ws
    first = classroom.norm_model.team_id
    qtbot.keyClicks(pane.filters.search, "listen")
    pane.filters.status.setCurrentIndex(pane.filters.status.findData("current"))
    chosen = pane.proxy.current
    assert chosen.text == "listen" and chosen.status is not None

    other = ws.create_team("Another team")
    classroom.sidebar.select_team(other)
    assert pane.filters.search.text() == "" and not pane.proxy.current.active  # a team of its own
    qtbot.keyClicks(pane.filters.search, "quiet")

    classroom.sidebar.select_team(first)
    assert pane.filters.search.text() == "listen"
    assert pane.filters.status.currentData() == "current"
    assert pane.proxy.current == chosen
    classroom.sidebar.select_team(other)
    assert pane.proxy.current.text == "quiet"
