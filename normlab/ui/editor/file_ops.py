"""File menu: import and export (JSON, CSV) and opening another database file.

The interchange service is imported only when one of these is used, never on the way to the
first paint of the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from normlab.domain.errors import NormlabError
from normlab.domain.model import TeamSummary
from normlab.ui.editor.commands import quoted
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.team_commands import AddTeams
from normlab.ui.widgets import prompts
from normlab.ui.widgets.i18n import fill, translator

tr = translator("FileOps")

JSON_FILTER = tr.noop("normlab JSON (*.json);;All files (*)")
IMPORT_FILTER = tr.noop("normlab JSON or CSV (*.json *.csv);;All files (*)")
CSV_FILTER = tr.noop("CSV spreadsheet (*.csv);;All files (*)")
DATABASE_FILTER = tr.noop("normlab database (*.sqlite3 *.sqlite *.db);;All files (*)")


def file_stem(name: str) -> str:
    """A team name as a safe file name: “Maths dept / Year 9” → “Maths dept - Year 9”."""
    cleaned = re.sub(r'[\\/:*?"<>|]+', " - ", name).strip(" .")
    return re.sub(r"\s+", " ", cleaned) or "normlab"


class FileOps:
    def __init__(
        self,
        parent: QWidget,
        editor: Editor,
        current: Callable[[], TeamSummary | None],
        status: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._editor = editor
        self._current = current
        self._status = status
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _interchange(self) -> ModuleType | None:
        try:
            from normlab.services import interchange
        except ImportError:
            prompts.show_info(
                self._parent,
                tr("Import and export"),
                tr("Import and export are not available in this build."),
            )
            return None
        return interchange

    def _remember(self, path: str) -> None:
        self._folder = str(Path(path).parent)

    def _suggest(self, name: str, suffix: str) -> str:
        return str(Path(self._folder) / f"{file_stem(name)}{suffix}")

    def import_json(self) -> None:
        interchange = self._interchange()
        if interchange is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent, tr("Import teams from JSON or CSV"), self._folder, tr(IMPORT_FILTER)
        )
        if not path:
            return
        self._remember(path)
        ws = self._editor.ws
        try:  # the same reading, rules and messages as normlab import
            teams = interchange.read_teams(path, "csv" if path.lower().endswith(".csv") else "json")
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The file could not be imported"), str(exc))
            return
        command = AddTeams(
            ws,
            fill(tr("Import %1"), quoted(Path(path).name)),
            lambda: interchange.import_teams(ws, teams, rename_on_clash=True),
        )
        if self._editor.push(command):
            count = len(command.team_ids)
            notes = interchange.repeated_norms(teams)
            repeats = " (" + tr("%n norm(s) repeat an earlier one", n=len(notes)) + ")" if notes else ""
            self._status(fill(tr("Imported %n team(s) from %1%2.", n=count), Path(path).name, repeats))

    def export_json(self, *, all_teams: bool = False) -> None:
        team = self._current()
        if team is None and not all_teams:
            return
        interchange = self._interchange()
        if interchange is None:
            return
        name = tr("normlab teams", "a file name") if all_teams or team is None else team.name
        title = tr("Export all teams as JSON") if all_teams else tr("Export team as JSON")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, title, self._suggest(name, ".json"), tr(JSON_FILTER)
        )
        if not path:
            return
        self._remember(path)
        try:
            ids = None if all_teams or team is None else [team.id]
            document = interchange.export_json(self._editor.ws, ids)
            interchange.write_text(path, interchange.dumps(document))
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The file could not be written"), str(exc))
            return
        self._status(fill(tr("Exported to %1."), path))

    def export_csv(self) -> None:
        team = self._current()
        interchange = self._interchange() if team is not None else None
        if team is None or interchange is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self._parent, tr("Export norms as CSV"), self._suggest(team.name, ".csv"), tr(CSV_FILTER)
        )
        if not path:
            return
        self._remember(path)
        try:
            interchange.write_text(path, interchange.export_csv(self._editor.ws, team.id))
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The file could not be written"), str(exc))
            return
        self._status(fill(tr("Exported to %1."), path))

    def open_database(self) -> None:
        start = str(Path(self._editor.ws.location).parent) if "://" not in self._editor.ws.location else ""
        path, _ = QFileDialog.getOpenFileName(self._parent, tr("Open database"), start, tr(DATABASE_FILTER))
        if not path:
            return
        from normlab.services.workspace import Workspace, database_url

        try:
            ws = Workspace.open(database_url(path))
        except NormlabError as exc:
            prompts.show_error(
                self._parent,
                tr("That database could not be opened"),
                str(exc),
                tr("You are still working in the database you had open."),
            )
            return
        self._editor.switch(ws)
        self._status(fill(tr("Opened %1."), ws.location))
