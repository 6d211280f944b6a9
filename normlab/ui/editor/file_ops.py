"""File menu: import and export (JSON, CSV) and opening another database file.

The interchange service is imported only when one of these is used, never on the way to the
first paint of the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from normlab.domain.errors import NormlabError
from normlab.domain.model import TeamSummary
from normlab.ui.editor.commands import quoted
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.team_commands import ImportTeams
from normlab.ui.widgets import prompts
from normlab.ui.widgets.file_dialogs import FolderMemory, ask_open_path, ask_save_path
from normlab.ui.widgets.i18n import fill, translator

if TYPE_CHECKING:
    from normlab.services.importing import OnClash

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
        folders: FolderMemory | None = None,
    ) -> None:
        self._parent = parent
        self._editor = editor
        self._current = current
        self._status = status
        self._folders = folders
        """Where Save, Export and Import dialogs start: the last folder used, else Documents."""

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

    def import_json(self) -> None:
        """Add the teams of a normlab JSON file, or the team of a CSV file; a name already taken
        is asked about (a new name, or replace that team), as ``normlab import`` does."""
        interchange = self._interchange()
        if interchange is None:
            return
        from normlab.services.importing import OnClash, clashing_names, store_teams

        path = ask_open_path(
            self._parent, tr("Import teams from JSON or CSV"), tr(IMPORT_FILTER), self._folders
        )
        if not path:
            return
        ws = self._editor.ws
        try:  # the same reading, rules and messages as normlab import
            teams = interchange.read_teams(path, "csv" if path.lower().endswith(".csv") else "json")
            clashes = clashing_names(ws, teams)
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The file could not be imported"), str(exc))
            return
        on_clash = OnClash.REFUSE
        if clashes:
            answer = self._ask_about_clashes(clashes)
            if answer is None:
                return
            on_clash = answer
        command = ImportTeams(
            ws, fill(tr("Import %1"), quoted(Path(path).name)), lambda: store_teams(ws, teams, on_clash)
        )
        if self._editor.push(command):
            self._status(
                self._imported_text(command, Path(path).name, len(interchange.repeated_norms(teams)))
            )

    @staticmethod
    def _imported_text(command: ImportTeams, file_name: str, repeats: int) -> str:
        count, replaced = len(command.team_ids), len(command.replaced)
        if count == 1:
            parts = [QCoreApplication.translate("FileOps", "Imported one team from %2.")]
        else:
            parts = [QCoreApplication.translate("FileOps", "Imported %1 teams from %2.")]
        if replaced == 1:
            parts.append(
                QCoreApplication.translate(
                    "FileOps", "The team of the same name was replaced (Ctrl+Z brings it back)."
                )
            )
        elif replaced > 1:
            parts.append(
                QCoreApplication.translate(
                    "FileOps", "%3 teams of the same names were replaced (Ctrl+Z brings them back)."
                )
            )
        if repeats == 1:
            parts.append(QCoreApplication.translate("FileOps", "One norm repeats an earlier one."))
        elif repeats > 1:
            parts.append(QCoreApplication.translate("FileOps", "%4 norms repeat an earlier one."))
        values = (count, file_name, replaced, repeats)
        return re.sub(r"%([1-4])", lambda m: str(values[int(m.group(1)) - 1]), " ".join(parts))

    def _ask_about_clashes(self, names: list[str]) -> OnClash | None:
        from normlab.services.importing import OnClash

        if len(names) == 1:
            text = QCoreApplication.translate("FileOps", "A team called “%1” already exists.").replace(
                "%1", names[0]
            )
            new_name = self._editor.ws.unique_team_name(names[0])
            rename = QCoreApplication.translate("FileOps", "Import it as “%1”").replace("%1", new_name)
            replace = QCoreApplication.translate("FileOps", "Replace that team")
        else:
            listed = ", ".join(f"“{name}”" for name in names)
            text = QCoreApplication.translate("FileOps", "These teams already exist: %1.").replace(
                "%1", listed
            )
            rename = QCoreApplication.translate("FileOps", "Import them under new names")
            replace = QCoreApplication.translate("FileOps", "Replace those teams")
        info = QCoreApplication.translate(
            "FileOps",
            "Replacing deletes the team now in normlab, with its norms, reasons and history, and puts the "
            "one from the file in its place. Edit ▸ Undo (Ctrl+Z) brings it back.",
        )
        answer = prompts.choose(
            self._parent,
            QCoreApplication.translate("FileOps", "Import teams"),
            text,
            [(OnClash.RENAME.value, rename), (OnClash.REPLACE.value, replace)],
            info,
        )
        return OnClash(answer) if answer is not None else None

    def export_json(self, *, all_teams: bool = False) -> None:
        team = self._current()
        if team is None and not all_teams:
            return
        interchange = self._interchange()
        if interchange is None:
            return
        name = tr("normlab teams", "a file name") if all_teams or team is None else team.name
        title = tr("Export all teams as JSON") if all_teams else tr("Export team as JSON")
        path = ask_save_path(self._parent, title, f"{file_stem(name)}.json", tr(JSON_FILTER), self._folders)
        if not path:
            return
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
        path = ask_save_path(
            self._parent,
            tr("Export norms as CSV"),
            f"{file_stem(team.name)}.csv",
            tr(CSV_FILTER),
            self._folders,
        )
        if not path:
            return
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
