"""History, teams, files, help, restarting on the same database, and starting up for benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from normlab import __version__
from normlab.domain.model import Dimension, Stance
from normlab.services.workspace import Workspace
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.shell.settings import UiSettings
from normlab.ui.teams.starter_dialog import StarterChoice, StarterSetDialog
from normlab.ui.widgets.codebook_dialog import CodebookDialog
from normlab.ui.widgets.dialogs import RewordDialog
from tests.ui.conftest import CLASSROOM, Dialogs, WindowFactory, add_exam_story, make_classroom, show_team


def add_team_with_norm(window: MainWindow, team: str, norm: str) -> tuple[int, int]:
    ws = window.editor.ws
    team_id = ws.create_team(team)
    window.sidebar.select_team(team_id)
    window.norm_ops.add_norm(norm)
    norm_id = window.norm_pane.current_norm_id()
    assert norm_id is not None
    return team_id, norm_id


def test_reword_records_a_revision_shown_in_the_history(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    ws = window.editor.ws
    _, norm_id = add_team_with_norm(window, "Maths department", "Listen to others")
    window.norm_ops.add_rationale(Dimension.OPERATIONAL, "Be quiet, it's good behaviour")
    assert window.detail.history.empty.isVisibleTo(window.detail.history)

    asked: list[str] = []

    def answer(_parent: Any, text: str) -> tuple[str, str]:
        asked.append(text)
        return "Listen to each other", "agreed on Monday"

    monkeypatch.setattr(RewordDialog, "ask", answer)
    table = window.norm_pane.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert asked == ["Listen to others"]
    norm = ws.norm(norm_id)
    assert norm.text == "Listen to each other"
    (revision,) = norm.revisions
    assert (revision.text_before, revision.note) == ("Listen to others", "agreed on Monday")

    history = window.detail.history
    (card,) = history.cards
    assert card.surface_only  # the held reason is still operational
    assert window.detail.tabs.tabText(1) == "History (1)"
    assert "Reworded, but the reasons stayed the same" in [w.title for w in window.detail.warnings.warnings]
    assert window.detail.title.text() == "Listen to each other"
    assert window.norm_pane.proxy.index(0, 1).data() == "Listen to each other"

    window.menu_actions.undo.trigger()
    assert ws.norm(norm_id).revisions == ()
    assert history.cards == []


def test_history_of_the_exam_story(window: MainWindow, qtbot: Any) -> None:
    ws = window.editor.ws
    team_id = ws.create_team("Maths department")
    norm_id = add_exam_story(ws, team_id)
    window.sidebar.select_team(team_id)
    window.norm_pane.select_norm(norm_id)
    window.menu_actions.show_history.trigger()
    assert window.detail.tabs.currentWidget() is window.detail.history
    newest, oldest = window.detail.history.cards
    assert (newest.revision.text_after, newest.surface_only) == ("No music in tests", False)
    assert (oldest.revision.text_after, oldest.surface_only) == ("No music or chewing gum during tests", True)
    assert newest.revision.rationales_before[0].dimension is Dimension.OPERATIONAL
    assert newest.revision.rationales_after[0].dimension is Dimension.INTERPERSONAL


def test_team_rename_delete_and_undo(window: MainWindow, qtbot: Any, dialogs: Dialogs) -> None:
    ws = window.editor.ws
    team_id, _ = add_team_with_norm(window, "Maths department", "Listen to others")
    team_list = window.sidebar.list
    team_list.setFocus()

    dialogs.texts.append("Maths & science department")
    qtbot.keyClick(team_list, Qt.Key.Key_F2)
    assert ws.team(team_id).name == "Maths & science department"
    assert window.norm_pane.title.text() == "Maths & science department"

    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(team_list, Qt.Key.Key_Delete)
    assert [t.id for t in ws.teams()] == [team_id]
    assert "1 norm" in dialogs.shown[-1][2]

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(team_list, Qt.Key.Key_Delete)
    assert ws.teams() == []
    assert window.norm_pane.stack.currentWidget() is window.norm_pane.no_team
    assert not window.detail.isVisibleTo(window)

    window.menu_actions.undo.trigger()
    assert [t.id for t in ws.teams()] == [team_id]
    assert window.norm_model.team_id == team_id
    assert window.norm_model.norms()[0].text == "Listen to others"
    assert dialogs.errors() == []


def test_a_clashing_name_gets_a_calm_error(window: MainWindow, dialogs: Dialogs) -> None:
    window.editor.ws.create_team("Maths department")
    dialogs.texts.append("Maths department")
    window.menu_actions.new_team.trigger()
    ((_kind, _title, text),) = dialogs.errors()
    assert "Create team “Maths department” could not be done" in text
    assert "A team called “Maths department” already exists." in text
    assert "Traceback" not in text
    assert window.editor.stack.count() == 0


def test_copy_a_starter_set(window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    offered: list[str] = []

    def pick(_parent: Any, sets: Any, suggest: Any, current: str | None) -> StarterChoice:
        offered.extend(s.id for s in sets)
        assert current is None  # no team yet: only a new team can take it
        icu = next(s for s in sets if s.id == "icu-teaching-session")
        return StarterChoice(
            icu.id, suggest("ICU teaching, St Elsewhere"), tuple(n.id for n in icu.team.norms)
        )

    monkeypatch.setattr(StarterSetDialog, "ask", pick)
    window.norm_pane.no_team.findChildren(QPushButton)[1].click()
    assert "icu-teaching-session" in offered
    (team,) = window.editor.ws.teams()
    assert team.name == "ICU teaching, St Elsewhere" and team.norm_count == 8
    assert window.norm_model.team_id == team.id
    assert window.menu_actions.undo.text() == "Undo Copy starter set “ICU teaching session”"
    window.menu_actions.undo.trigger()
    assert window.editor.ws.teams() == []


def test_copy_chosen_norms_of_a_starter_set_into_the_current_team(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.editor.ws
    team_id = ws.create_team("Year 5, Hillside")
    ws.add_norm(team_id, "Hands up to answer")
    window.sidebar.select_team(team_id)
    shown: list[StarterSetDialog] = []

    def exec_(dialog: StarterSetDialog) -> int:
        shown.append(dialog)
        assert dialog.into_current.isChecked() and "Year 5, Hillside" in dialog.into_current.text()
        row = next(i for i, s in enumerate(dialog._sets) if s.id == "classroom-dialogic-talk")
        dialog.list.setCurrentRow(row)
        preview = dialog.preview
        first = preview.topLevelItem(0)
        assert preview.topLevelItemCount() == 8 and first.childCount() > 0  # norms with their reasons
        assert any(" · held: " in first.child(i).text(0) for i in range(first.childCount()))
        for i in range(2, 8):  # keep the first two only
            preview.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "Copy 2 norms into this team"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StarterSetDialog, "exec", exec_)
    window.menu_actions.copy_starter.trigger()
    assert shown
    assert [t.name for t in ws.teams()] == ["Year 5, Hillside"]  # no second team
    norms = ws.team(team_id).norms
    from normlab.services.library import starter_set

    wanted = [n.text for n in starter_set("classroom-dialogic-talk").team.norms[:2]]
    assert [n.text for n in norms] == ["Hands up to answer", *wanted]
    assert all(n.rationales for n in norms[1:])
    assert window.norm_model.rowCount() == 3
    assert window.menu_actions.undo.text() == "Undo Copy 2 norms from starter set “Classroom dialogic talk”"
    window.menu_actions.undo.trigger()
    assert [n.text for n in ws.team(team_id).norms] == ["Hands up to answer"]
    window.menu_actions.redo.trigger()
    assert [n.text for n in ws.team(team_id).norms] == ["Hands up to answer", *wanted]


def test_export_and_import_json_and_csv(
    classroom_window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    window = classroom_window
    ws = window.editor.ws
    target = tmp_path / "maths.json"
    dialogs.paths.append(str(target))
    window.menu_actions.export_json.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [t["name"] for t in document["teams"]] == [CLASSROOM]

    csv_target = tmp_path / "maths.csv"
    dialogs.paths.append(str(csv_target))
    window.menu_actions.export_csv.trigger()
    assert "Listen to others" in csv_target.read_text(encoding="utf-8")

    dialogs.paths.append(str(target))
    dialogs.choice = "rename"  # the team is there already: import it under a new name
    window.menu_actions.import_json.trigger()
    names = [t.name for t in ws.teams()]
    assert f"{CLASSROOM} (2)" in names
    assert window.norm_pane.title.text() == f"{CLASSROOM} (2)"
    window.menu_actions.undo.trigger()
    assert f"{CLASSROOM} (2)" not in [t.name for t in ws.teams()]

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialogs.paths.append(str(broken))
    window.menu_actions.import_json.trigger()
    ((_kind, _title, text),) = dialogs.errors()
    assert "could not be imported" in text and "not valid JSON" in text


@pytest.fixture
def classroom_window(open_window: WindowFactory, db_url: str) -> MainWindow:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    return window


def test_restart_on_the_same_database_keeps_everything(
    open_window: WindowFactory, db_url: str, qtbot: Any, ui_settings: Path
) -> None:
    window = open_window(db_url)
    team_id, norm_id = add_team_with_norm(window, "ICU teaching", "Seniors review every scan")
    window.editor.ws.create_team("A team listed first")
    window.sidebar.select_team(team_id)
    window.norm_ops.add_rationale(Dimension.DISCUSSIONAL, "So the team can compare readings")
    rationale = window.detail.norm.rationales[0]  # type: ignore[union-attr]
    window.norm_ops.toggle_stance(rationale.id)
    window.norm_ops.set_field("setting", "bedside scanning")
    window.horizontal.setSizes([300, 980])
    window.resize(1200, 760)
    window.close()
    window.editor.close()

    again = open_window(db_url)
    assert again.norm_model.team_id == team_id  # the last team shown, not the first in the list
    assert again.norm_pane.current_norm_id() == norm_id
    norm = again.detail.norm
    assert (
        norm is not None and norm.text == "Seniors review every scan" and norm.setting == "bedside scanning"
    )
    lane = again.detail.lanes.lane(Dimension.DISCUSSIONAL).model
    assert lane.rowCount() == 1
    kept = lane.rationale_at(0)
    assert (kept.id, kept.text, kept.stance) == (rationale.id, rationale.text, Stance.PROPOSED)
    assert again.detail.setting.currentText() == "bedside scanning"
    assert UiSettings().splitter_state(f"horizontal/{again._screen_key()}") is not None
    assert again.sidebar.width() == pytest.approx(300, abs=12)
    assert UiSettings().splitter_state("horizontal/3840x2160") is None  # another screen: its own


def test_help_menu(window: MainWindow, dialogs: Dialogs, qtbot: Any) -> None:
    window.menu_actions.about.trigger()
    ((kind, _title, text),) = dialogs.shown
    assert kind == "about" and __version__ in text and window.editor.ws.location in text

    window.menu_actions.codebook.trigger()
    dialog = window.findChild(CodebookDialog)
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.cards) == set(Dimension)
    dialog.close()

    lane = window.detail.lanes.lane(Dimension.IDEATIONAL)
    assert "learning" in lane.summary.text()
    assert "Clinical" in lane.summary.toolTip()


def test_exit_after_startup_paints_and_quits_quietly(tmp_path: Path) -> None:
    db = tmp_path / "normlab.sqlite3"
    ws = Workspace.open(f"sqlite:///{db}")
    make_classroom(ws)
    ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    script = (
        "import sys; from normlab.ui.shell.app import run_gui; "
        "from normlab.ui.shell.startup import StartupOptions; "
        f"sys.exit(run_gui({f'sqlite:///{db}'!r}, StartupOptions(exit_after_startup=True)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            script.replace("sys.exit(", "code = (") + "; import sys; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('alembic', 'reportlab')))",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert imported.stdout.strip() == "[]"  # no Alembic, no reportlab on the way to the first paint


def test_open_another_database(window: MainWindow, tmp_path: Path, dialogs: Dialogs) -> None:
    window.editor.ws.create_team("Maths department")
    window.norm_ops.add_norm("Listen to others")
    assert window.editor.stack.count() == 1
    other = tmp_path / "ward.sqlite3"
    ws = Workspace.open(f"sqlite:///{other}")
    ws.create_team("ICU teaching, St Elsewhere")
    ws.close()

    dialogs.paths.append(str(other))
    window.menu_actions.open_database.trigger()
    assert window.editor.ws.location == str(other)
    assert [t.name for t in window.editor.ws.teams()] == ["ICU teaching, St Elsewhere"]
    assert window.norm_pane.title.text() == "ICU teaching, St Elsewhere"
    assert window.editor.stack.count() == 0  # undo history belongs to the other database
    assert str(other) in window.location_label.text()

    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    dialogs.paths.append(str(notes))
    window.menu_actions.open_database.trigger()
    ((_kind, _title, text),) = dialogs.errors()
    assert "is not a normlab database" in text and "still working in the database you had open" in text
    assert window.editor.ws.location == str(other)


def test_print_centre_opens_from_the_file_menu(classroom_window: MainWindow) -> None:
    centre = pytest.importorskip("normlab.ui.printing.print_centre")
    classroom_window.menu_actions.print_centre.trigger()
    dialog = classroom_window.findChild(centre.PrintCentre)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_enter_goes_to_the_rationales_and_escape_back(classroom_window: MainWindow, qtbot: Any) -> None:
    window = classroom_window
    table = window.norm_pane.table
    window.norm_pane.select_proxy_row(2)  # "Give reasons…": its first rationale is operational
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.detail.lanes.lane(Dimension.OPERATIONAL).view
    assert view.hasFocus() and view.current_rationale() is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.detail.lanes.lane(Dimension.INTERPERSONAL).add_field.hasFocus()  # an empty lane
    window.detail.lanes.lane(Dimension.DISCUSSIONAL).view.setFocus()
    qtbot.keyClick(window.detail.lanes.lane(Dimension.DISCUSSIONAL).view, Qt.Key.Key_Escape)
    assert table.hasFocus()
