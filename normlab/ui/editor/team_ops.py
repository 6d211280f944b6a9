"""Team actions: create, rename, delete, copy a starter set, keep a pre-brief statement. Each is one
undoable command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from normlab.domain.errors import NormlabError
from normlab.domain.model import Prebrief, TeamSummary
from normlab.ui.editor.commands import quoted
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.norm_commands import AddNorms
from normlab.ui.editor.team_commands import AddTeams, CreateTeam, DeleteTeam, RenameTeam, SetPrebrief
from normlab.ui.teams.team_model import count_text
from normlab.ui.widgets import prompts
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import library_text

tr = translator("TeamOps")


class TeamOps:
    def __init__(self, parent: QWidget, editor: Editor, current: Callable[[], TeamSummary | None]) -> None:
        self._parent = parent
        self._editor = editor
        self._current = current

    def new_team(self) -> None:
        suggestion = self._editor.ws.unique_team_name(tr("New team"))
        name = prompts.ask_text(self._parent, tr("New team"), tr("Name of the new team:"), suggestion)
        if name:
            self._editor.push(CreateTeam(self._editor.ws, name))

    def rename_team(self) -> None:
        team = self._current()
        if team is None:
            return
        name = prompts.ask_text(self._parent, tr("Rename team"), tr("New name of the team:"), team.name)
        if name and name != team.name:
            self._editor.push(RenameTeam(self._editor.ws, team.id, name))

    def keep_prebrief(self, team_id: int, name: str, prebrief: Prebrief, seen: Prebrief) -> bool:
        """Keep a pre-brief statement for the team as one undoable step; False if it was refused."""
        return self._editor.push(SetPrebrief(self._editor.ws, team_id, name, prebrief, seen))

    def delete_team(self) -> None:
        team = self._current()
        if team is None:
            return
        question = fill(
            tr(
                "Delete the team %1 with its %2, their reasons and history?\n\n"
                "You can bring it back with Edit ▸ Undo (Ctrl+Z)."
            ),
            quoted(team.name, 60),
            count_text(team.norm_count),
        )
        if prompts.confirm(self._parent, tr("Delete team"), question):
            self._editor.push(DeleteTeam(self._editor.ws, team.id, team.name))

    def copy_starter_set(self) -> None:
        try:
            from normlab.services import library
        except ImportError:
            prompts.show_info(
                self._parent, tr("Starter sets"), tr("The starter library is not available in this build.")
            )
            return
        from normlab.ui.teams.starter_dialog import StarterSetDialog

        ws = self._editor.ws
        try:
            sets = library.starter_sets()
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The starter library could not be read"), str(exc))
            return
        current = self._current()
        answer = StarterSetDialog.ask(
            self._parent, sets, ws.unique_team_name, current.name if current is not None else None
        )
        if answer is None:
            return
        set_id, only = answer.set_id, answer.norm_ids
        title = library_text(next((s.title for s in sets if s.id == set_id), set_id))
        if answer.new_team is None and current is not None:
            self._editor.push(
                AddNorms(
                    ws,
                    current.id,
                    fill(tr("Copy %n norm(s) from starter set %1", n=len(only)), quoted(title)),
                    lambda: library.copy_starter_norms(ws, set_id, current.id, only),
                )
            )
            return
        name = ws.unique_team_name(answer.new_team or title)
        self._editor.push(
            AddTeams(
                ws,
                fill(tr("Copy starter set %1"), quoted(title)),
                lambda: [library.copy_starter_set(ws, set_id, name, only)],
            )
        )
