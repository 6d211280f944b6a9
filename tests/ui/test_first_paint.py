"""The window paints its team before SQLAlchemy is even imported, then opens the workspace fully."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.corpus import build_document
from normlab.domain import Dimension, RationaleDraft
from normlab.services.changes import Change
from normlab.services.interchange import import_json
from normlab.services.opening import OpeningWorkspace, open_workspace, when_open
from normlab.services.workspace import Workspace
from normlab.ui.editor.editor import Editor
from normlab.ui.shell.app import finish_opening_after_paint
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.shell.settings import UiSettings


def make_team(path: Path, norms: int = 200) -> int:
    ws = Workspace.open(str(path))
    (team_id,) = import_json(ws, build_document(norms, name="First paint"))
    ws.close()
    return team_id


def test_the_first_paint_imports_no_sqlalchemy(tmp_path: Path) -> None:
    database = tmp_path / "normlab.sqlite3"
    make_team(database)
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "normlab",
            "--database",
            str(database),
            "--exit-after-startup",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    imported = [
        line.rsplit("|", 1)[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    ]
    assert "normlab.ui.shell.main_window" in imported
    assert not [name for name in imported if name.split(".")[0] in ("sqlalchemy", "alembic")]


def test_an_opening_workspace_reads_what_the_workspace_reads_and_opens_for_anything_else(
    tmp_path: Path,
) -> None:
    database = tmp_path / "normlab.sqlite3"
    team_id = make_team(database, 60)
    ws = open_workspace(str(database))
    assert isinstance(ws, OpeningWorkspace) and ws.opening
    full = Workspace.open(str(database))
    assert ws.teams() == full.teams()
    overview = ws.team_overview(team_id)
    assert overview == full.team_overview(team_id)
    norm_id = overview.norms[5].id
    assert ws.norm(norm_id) == full.norm(norm_id) and ws.norm_summary(norm_id) == full.norm_summary(norm_id)
    assert ws.opening and not ws.read_only and ws.location == str(database)

    heard: list[Change] = []
    ws.changes.subscribe(heard.append)
    opened: list[bool] = []
    when_open(ws, lambda: opened.append(True))
    ws.add_rationale(norm_id, RationaleDraft("so we learn", Dimension.IDEATIONAL))  # an edit opens it
    assert not ws.opening and opened == [True] and heard and heard[-1].norm_ids == {norm_id}
    assert len(ws.norm(norm_id).rationales) == len(full.norm(norm_id).rationales)
    when_open(ws, lambda: opened.append(True))  # already open: at once
    assert opened == [True, True]
    ws.close()
    full.close()


def test_new_files_and_other_databases_open_the_full_way(tmp_path: Path) -> None:
    ws = open_workspace(str(tmp_path / "new.sqlite3"))
    assert isinstance(ws, Workspace) and ws.report.created
    ws.close()


def test_the_window_finishes_opening_after_its_first_paint(tmp_path: Path, qtbot: Any, styled: Any) -> None:
    database = tmp_path / "normlab.sqlite3"
    team_id = make_team(database, 60)
    ws = open_workspace(str(database))
    editor = Editor(ws)
    settings = UiSettings()
    settings.set_last_team(ws.location, team_id)
    window = MainWindow(editor, settings)
    qtbot.addWidget(window)
    assert window.norm_model.rowCount() == 60 and isinstance(ws, OpeningWorkspace) and ws.opening
    finish_opening_after_paint(window.norm_pane.painted_widget(), ws)
    window.show()
    qtbot.waitUntil(lambda: not ws.opening)
    assert window.live.timer.isActive()  # other writers are watched once the workspace is open
    window.norm_pane.select_proxy_row(0)
    window.norm_ops.add_rationale(Dimension.DISCUSSIONAL, "So everyone is heard")
    assert window.norm_model.entry_at(0).norm.facts.reasons == 4
    editor.close()
