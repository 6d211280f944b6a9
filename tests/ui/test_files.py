"""Files from the window: a team name already taken is asked about (as ``normlab import`` offers),
and Save, Export and Import dialogs start in the folder last used, else in Documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from normlab.services.interchange import dumps, export_json
from normlab.services.workspace import Workspace
from normlab.ui.printing.print_centre import PrintCentre
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.widgets.file_dialogs import documents_folder
from tests.ui.conftest import CLASSROOM, Dialogs, WindowFactory, make_classroom, show_team


@pytest.fixture
def classroom(open_window: WindowFactory, db_url: str) -> MainWindow:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    return window


def small_file(folder: Path, *names: str) -> Path:
    path = folder / "from-a-colleague.json"
    document = {
        "format": "normlab",
        "version": 1,
        "teams": [{"name": n, "norms": [{"text": "Phones away in lessons"}]} for n in names],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def norm_texts(ws: Workspace, name: str) -> list[str]:
    return [n.text for n in ws.team_by_name(name).norms]


def test_import_over_a_team_of_the_same_name_asks_and_replace_can_be_undone(
    classroom: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    window, ws = classroom, classroom.editor.ws
    before = dumps(export_json(ws)).split('"exported"')[0]
    old_texts = norm_texts(ws, CLASSROOM)
    dialogs.paths.append(str(small_file(tmp_path, CLASSROOM, "Year 8 tutors")))
    dialogs.choice = "replace"
    window.menu_actions.import_json.trigger()

    ((_kind, _title, question),) = [d for d in dialogs.shown if d[0] == "choose"]
    assert question == f"A team called “{CLASSROOM}” already exists."
    assert norm_texts(ws, CLASSROOM) == ["Phones away in lessons"]
    assert [t.name for t in ws.teams()].count(CLASSROOM) == 1 and "Year 8 tutors" in [
        t.name for t in ws.teams()
    ]
    assert window.norm_pane.title.text() == CLASSROOM
    assert [window.norm_model.entry_at(r).norm.text for r in range(window.norm_model.rowCount())] == [
        "Phones away in lessons"
    ]
    assert "The team of the same name was replaced" in window.statusBar().currentMessage()

    window.menu_actions.undo.trigger()  # the old team is back, whole, and the file's teams are gone
    assert norm_texts(ws, CLASSROOM) == old_texts and "Year 8 tutors" not in [t.name for t in ws.teams()]
    assert dumps(export_json(ws)).split('"exported"')[0] == before
    window.menu_actions.redo.trigger()
    assert norm_texts(ws, CLASSROOM) == ["Phones away in lessons"]


def test_import_over_a_taken_name_can_rename_or_be_cancelled(
    classroom: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    ws = classroom.editor.ws
    names = [t.name for t in ws.teams()]
    path = small_file(tmp_path, CLASSROOM)
    dialogs.paths.append(str(path))
    dialogs.choice = None  # Cancel
    classroom.menu_actions.import_json.trigger()
    assert [t.name for t in ws.teams()] == names and classroom.editor.stack.count() == 0

    dialogs.paths.append(str(path))
    dialogs.choice = "rename"
    classroom.menu_actions.import_json.trigger()
    assert norm_texts(ws, f"{CLASSROOM} (2)") == ["Phones away in lessons"]
    assert norm_texts(ws, CLASSROOM)[0] != "Phones away in lessons"
    assert [d[0] for d in dialogs.shown].count("choose") == 2


def test_a_new_name_imports_without_a_question(
    classroom: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    dialogs.paths.append(str(small_file(tmp_path, "Year 8 tutors")))
    classroom.menu_actions.import_json.trigger()
    assert "choose" not in [d[0] for d in dialogs.shown]
    assert classroom.norm_pane.title.text() == "Year 8 tutors"


def test_file_dialogs_start_in_documents_then_in_the_last_folder_used(
    classroom: MainWindow, open_window: WindowFactory, db_url: str, tmp_path: Path, dialogs: Dialogs
) -> None:
    window = classroom
    window.menu_actions.export_json.trigger()  # cancelled: nothing remembered
    assert Path(dialogs.starts[-1]) == documents_folder() / f"{CLASSROOM}.json"
    assert Path(dialogs.starts[-1]).parent != Path.cwd() or documents_folder() == Path.cwd()

    chosen = tmp_path / "exports"
    chosen.mkdir()
    dialogs.paths.append(str(chosen / "maths.json"))
    window.menu_actions.export_json.trigger()
    assert (chosen / "maths.json").exists()

    window.menu_actions.export_csv.trigger()
    assert Path(dialogs.starts[-1]) == chosen / f"{CLASSROOM}.csv"
    window.menu_actions.import_json.trigger()
    assert Path(dialogs.starts[-1]) == chosen
    window.show_print_centre()
    centre = window.findChild(PrintCentre)
    assert centre is not None
    centre.save()
    assert Path(dialogs.starts[-1]).parent == chosen
    centre.close()

    window.close()  # remembered for the next time normlab starts
    again = open_window(db_url)
    again.menu_actions.export_all_json.trigger()
    assert Path(dialogs.starts[-1]).parent == chosen

    shutil.rmtree(chosen)  # a folder that is gone: Documents again
    again.menu_actions.export_all_json.trigger()
    assert Path(dialogs.starts[-1]).parent == documents_folder()
