"""Drive the real window from the keyboard, as a teacher would, and check the database and the view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from normlab.domain.model import Dimension, Stance
from normlab.ui.editor.commands import Focus
from normlab.ui.editor.rationale_delegate import RationaleEditor
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import Dialogs, WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def lane_texts(window: MainWindow, dimension: Dimension) -> list[str]:
    model = window.detail.lanes.lane(dimension).model
    return [model.rationale_at(row).text for row in range(model.rowCount())]


def focused() -> Any:
    return QApplication.focusWidget()


def test_create_team_add_norm_and_rationale_move_it_undo_and_redo(
    open_window: WindowFactory, db_url: str, qtbot: Any, dialogs: Dialogs
) -> None:
    window = open_window(db_url)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ws = window.editor.ws

    # A team, from the keyboard: Ctrl+Shift+N and a name.
    dialogs.texts.append("Maths department")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    (team,) = ws.teams()
    assert team.name == "Maths department"
    assert window.norm_pane.title.text() == "Maths department"

    # A norm: Ctrl+N goes to the add field; type, Enter.
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert focused() is window.norm_pane.add_field
    qtbot.keyClicks(focused(), "Listen to others")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (norm,) = ws.team(team.id).norms
    assert norm.text == "Listen to others"
    assert window.norm_pane.add_field.text() == ""
    assert window.norm_pane.current_norm_id() == norm.id
    assert window.detail.title.text() == "Listen to others"

    # A rationale in the Operational lane: Ctrl+1 goes to its add field (the lane is empty).
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    operational = window.detail.lanes.lane(Dimension.OPERATIONAL)
    assert focused() is operational.add_field
    qtbot.keyClicks(focused(), "Be quiet, it's good behaviour")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (rationale,) = ws.norm(norm.id).rationales
    assert (rationale.dimension, rationale.stance) == (Dimension.OPERATIONAL, Stance.HELD)
    assert lane_texts(window, Dimension.OPERATIONAL) == ["Be quiet, it's good behaviour"]

    # Move it to Ideational with the keyboard: Ctrl+1 starts another reason, so go to the cards from
    # the table (Ctrl+L, Enter: the first lane with a reason), then Alt+4 moves.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert focused() is operational.add_field
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is operational.view
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    assert ws.norm(norm.id).rationales[0].dimension is Dimension.IDEATIONAL
    assert lane_texts(window, Dimension.OPERATIONAL) == []
    assert lane_texts(window, Dimension.IDEATIONAL) == ["Be quiet, it's good behaviour"]
    ideational = window.detail.lanes.lane(Dimension.IDEATIONAL)
    assert focused() is ideational.view  # the keyboard follows the rationale
    assert window.menu_actions.undo.text() == "Undo Move reason to Ideational"

    # Undo twice: the move, then the add. The database and the view both go back.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert ws.norm(norm.id).rationales[0].dimension is Dimension.OPERATIONAL
    assert lane_texts(window, Dimension.OPERATIONAL) == ["Be quiet, it's good behaviour"]
    assert lane_texts(window, Dimension.IDEATIONAL) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert ws.norm(norm.id).rationales == ()
    assert all(lane_texts(window, d) == [] for d in Dimension)
    assert window.menu_actions.undo.text() == "Undo Add norm “Listen to others”"
    assert window.menu_actions.redo.text() == "Redo Add reason to Operational"

    # Redo (Ctrl+Shift+Z) twice: the same rationale comes back and moves again.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert ws.norm(norm.id).rationales[0].id == rationale.id
    assert lane_texts(window, Dimension.OPERATIONAL) == ["Be quiet, it's good behaviour"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert ws.norm(norm.id).rationales[0].dimension is Dimension.IDEATIONAL
    assert lane_texts(window, Dimension.IDEATIONAL) == ["Be quiet, it's good behaviour"]
    assert dialogs.errors() == []


def test_lane_keys_toggle_edit_and_delete(
    open_window: WindowFactory, db_url: str, qtbot: Any, dialogs: Dialogs
) -> None:
    window = open_window(db_url)
    ws = window.editor.ws
    team_id = ws.create_team("ICU teaching")
    norm_id = ws.add_norm(team_id, "Seniors review every scan")
    window.apply_focus(Focus(team_id, norm_id))
    window.norm_ops.add_rationale(Dimension.OPERATIONAL, "That's how we do it here")
    view = window.detail.lanes.lane(Dimension.OPERATIONAL).view
    view.setFocus()
    view.select_row(0)

    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ws.norm(norm_id).rationales[0].stance is Stance.PROPOSED
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    assert ws.norm(norm_id).rationales[0].dimension is Dimension.INTERPERSONAL

    view = window.detail.lanes.lane(Dimension.INTERPERSONAL).view
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(RationaleEditor)
    assert editor is not None and editor.text.toPlainText() == "That's how we do it here"
    editor.text.setPlainText("Agree a time with the nurse first")
    editor.voice.setText("ICU nurse")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.norm(norm_id).rationales[0].voice == "ICU nurse")
    assert ws.norm(norm_id).rationales[0].text == "Agree a time with the nurse first"
    assert window.menu_actions.undo.text().startswith("Undo Edit reason")

    view = window.detail.lanes.lane(Dimension.INTERPERSONAL).view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ws.norm(norm_id).rationales == ()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert ws.norm(norm_id).rationales[0].voice == "ICU nurse"
    assert dialogs.errors() == []


def test_ctrl_z_in_an_empty_add_field_undoes_what_it_added(
    open_window: WindowFactory, db_url: str, qtbot: Any
) -> None:
    window = open_window(db_url)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ws = window.editor.ws
    team_id = ws.create_team("Maths department")
    window.sidebar.select_team(team_id)
    field = window.norm_pane.add_field
    field.setFocus()
    qtbot.keyClicks(field, "Listen to others")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # the field's own undo has work to do first
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "Listen to others"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [n.text for n in ws.team(team_id).norms] == ["Listen to others"]
    assert field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert ws.team(team_id).norms == ()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [n.text for n in ws.team(team_id).norms] == ["Listen to others"]
