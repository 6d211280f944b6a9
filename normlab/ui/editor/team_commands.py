"""Undo commands for teams: create, add from a file or set, rename, delete, the pre-brief statement."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from normlab.domain.model import Prebrief, Team
from normlab.ui.editor.commands import Focus, WorkspaceCommand, quoted
from normlab.ui.widgets.i18n import fill, translator

tr = translator("Commands")

if TYPE_CHECKING:
    from normlab.services.importing import Imported
    from normlab.services.workspace import Workspace


class CreateTeam(WorkspaceCommand):
    def __init__(self, ws: Workspace, name: str) -> None:
        super().__init__(ws, fill(tr("Create team %1"), quoted(name)))
        self.name = name
        self.team_id: int | None = None
        self._deleted: Team | None = None

    def do(self) -> Focus:
        if self._deleted is None:
            self.team_id = self.ws.create_team(self.name)
        else:
            self.ws.restore_team(self._deleted)
        return Focus(team_id=self.team_id)

    def revert(self) -> Focus:
        assert self.team_id is not None
        self._deleted = self.ws.delete_team(self.team_id)
        return Focus()


class AddTeams(WorkspaceCommand):
    """Teams made by some other service (import, a copied starter set): undo deletes them all."""

    def __init__(self, ws: Workspace, text: str, create: Callable[[], list[int]]) -> None:
        super().__init__(ws, text)
        self._create = create
        self.team_ids: list[int] = []
        self._deleted: list[Team] = []

    def do(self) -> Focus:
        if not self._deleted:
            self.team_ids = list(self._create())
        else:
            for team in self._deleted:
                self.ws.restore_team(team)
            self._deleted = []
        return Focus(team_id=self.team_ids[0] if self.team_ids else None)

    def revert(self) -> Focus:
        self._deleted = [self.ws.delete_team(team_id) for team_id in self.team_ids]
        return Focus()


class ImportTeams(WorkspaceCommand):
    """Teams from a file, which may have replaced teams of the same name: undo takes the imported
    teams out and puts the replaced ones back, redo the other way round, each in one transaction."""

    def __init__(self, ws: Workspace, text: str, store: Callable[[], Imported]) -> None:
        super().__init__(ws, text)
        self._store = store
        self.team_ids: list[int] = []
        self.replaced: list[Team] = []
        self._taken: list[Team] = []

    def do(self) -> Focus:
        if not self._taken:
            done = self._store()
            self.team_ids, self.replaced = done.team_ids, done.replaced
        else:
            self.ws.swap_teams([t.id for t in self.replaced], self._taken)
            self._taken = []
        return Focus(team_id=self.team_ids[0] if self.team_ids else None)

    def revert(self) -> Focus:
        self._taken = self.ws.swap_teams(self.team_ids, self.replaced)
        return Focus(team_id=self.replaced[0].id if self.replaced else None)


class RenameTeam(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, name: str) -> None:
        super().__init__(ws, fill(tr("Rename team to %1"), quoted(name)))
        self.team_id = team_id
        self.name = name
        self.old_name = ""

    def do(self) -> Focus:
        self.old_name = self.ws.rename_team(self.team_id, self.name)
        return Focus(team_id=self.team_id)

    def revert(self) -> Focus:
        self.ws.rename_team(self.team_id, self.old_name)
        return Focus(team_id=self.team_id)


class DeleteTeam(WorkspaceCommand):
    def __init__(self, ws: Workspace, team_id: int, name: str) -> None:
        super().__init__(ws, fill(tr("Delete team %1"), quoted(name)))
        self.team_id = team_id
        self._deleted: Team | None = None

    def do(self) -> Focus:
        self._deleted = self.ws.delete_team(self.team_id)
        return Focus()

    def revert(self) -> Focus:
        assert self._deleted is not None
        self.ws.restore_team(self._deleted)
        return Focus(team_id=self.team_id)


class SetPrebrief(WorkspaceCommand):
    """Keep a pre-brief statement (and where it comes from) for the team; undo puts back the old one."""

    def __init__(
        self, ws: Workspace, team_id: int, team_name: str, prebrief: Prebrief, seen: Prebrief
    ) -> None:
        what = "Use normlab's pre-brief statement" if not prebrief else "Edit the pre-brief statement"
        super().__init__(ws, f"{what} of {quoted(team_name)}")
        self.team_id = team_id
        self.prebrief = prebrief
        self.seen = seen
        self.stored: Prebrief | None = None

    def typed(self) -> str:
        return self.prebrief.statement

    def do(self) -> Focus:
        from normlab.services.prebrief import clean_prebrief, set_prebrief

        self.seen = set_prebrief(self.ws, self.team_id, self.prebrief, expected=self.seen)
        self.stored = clean_prebrief(self.prebrief)
        return Focus(team_id=self.team_id)

    def revert(self) -> Focus:
        from normlab.services.prebrief import set_prebrief

        set_prebrief(self.ws, self.team_id, self.seen, expected=self.stored)
        return Focus(team_id=self.team_id)
