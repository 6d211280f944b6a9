"""Screenshots of the main window at 1280×800 with a realistic team, saved for people to look at."""

from __future__ import annotations

from typing import Any

from normlab.domain.model import Dimension
from normlab.services.workspace import Workspace
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import ARTIFACTS, CLASSROOM, WindowFactory, make_classroom, show_team


def save(window: MainWindow, name: str, qtbot: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert window.grab().save(str(ARTIFACTS / f"{name}.png"))


def select_norm(window: MainWindow, text: str) -> None:
    norm = next(n for n in window.norm_model.norms() if n.text == text)
    assert window.norm_pane.select_norm(norm.id)


def test_main_window_with_a_classroom_team(open_window: WindowFactory, db_url: str, qtbot: Any) -> None:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    select_norm(window, "Listen to others")
    save(window, "main-window", qtbot)

    select_norm(window, "No music in tests")
    window.detail.tabs.setCurrentWidget(window.detail.history)
    save(window, "history", qtbot)


def test_empty_states(open_window: WindowFactory, db_url: str, qtbot: Any, dialogs: Any) -> None:
    window = open_window(db_url)
    assert window.norm_pane.stack.currentWidget() is window.norm_pane.no_team
    save(window, "no-teams", qtbot)

    dialogs.texts.append("Year 7 tutor group")
    window.menu_actions.new_team.trigger()
    assert window.norm_pane.stack.currentWidget() is window.norm_pane.no_norms
    assert window.detail.stack.currentWidget() is window.detail.empty
    save(window, "empty-team", qtbot)


def test_filter_with_no_match(open_window: WindowFactory, db_url: str, qtbot: Any) -> None:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    window.norm_pane.filters.search.setText("xylophone")
    assert window.norm_pane.stack.currentWidget() is window.norm_pane.no_match
    save(window, "no-match", qtbot)


def test_dialogs_and_editing(open_window: WindowFactory, db_url: str, qtbot: Any) -> None:
    from normlab.services.library import starter_sets
    from normlab.ui.editor.rationale_delegate import RationaleEditor
    from normlab.ui.teams.starter_dialog import StarterSetDialog
    from normlab.ui.widgets.codebook_dialog import CodebookDialog
    from normlab.ui.widgets.dialogs import RewordDialog

    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    select_norm(window, "Listen to others")

    view = window.detail.lanes.lane(Dimension.INTERPERSONAL).view
    view.setFocus()
    view.select_row(0)
    view.edit(view.currentIndex())
    editor = view.findChild(RationaleEditor)
    assert editor is not None
    save(window, "editing-a-rationale", qtbot)
    editor.finish(False)

    for name, dialog in (
        ("codebook", CodebookDialog(window, Dimension.DISCUSSIONAL)),
        ("starter-sets", StarterSetDialog(starter_sets(), window.editor.ws.unique_team_name, window)),
        ("reword", RewordDialog("Listen to others", window)),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(30)
        assert dialog.grab().save(str(ARTIFACTS / f"dialog-{name}.png"))
        dialog.close()
