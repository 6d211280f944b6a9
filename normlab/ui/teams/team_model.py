"""The list of teams for the side bar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from normlab.domain.model import TeamSummary
from normlab.services.changes import Change

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace
from normlab.ui.widgets.i18n import fill, translator

tr = translator("Teams")

TEAM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def count_text(count: int) -> str:
    return tr("%Ln norm(s)", n=count)


def due_text(count: int) -> str:
    return tr("%Ln due for review", n=count)


def team_line(team: TeamSummary) -> str:
    """ "12 norms · 3 due for review" — the small line under a team's name."""
    if not team.due_count:
        return count_text(team.norm_count)
    return fill(
        tr("%1 · %2", "a team's norms · how many are due"),
        count_text(team.norm_count),
        due_text(team.due_count),
    )


class TeamListModel(QAbstractListModel):
    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._teams: list[TeamSummary] = []

    def set_workspace(self, ws: Workspace) -> None:
        self._ws = ws
        self.reload()

    def reload(self) -> None:
        teams = self._ws.teams(today=date.today())
        if [t.id for t in teams] == [t.id for t in self._teams]:
            self._teams = teams
            if teams:
                self.dataChanged.emit(self.index(0), self.index(len(teams) - 1))
            return
        self.beginResetModel()
        self._teams = teams
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        if change.teams or change.order or change.due:
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._teams)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        team = self._teams[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return team.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(tr("%1 · %2", "a team's name · its norms"), team.name, team_line(team))
        if role == TEAM_ID_ROLE:
            return team.id
        if role == COUNT_ROLE:
            return team.norm_count
        if role == DUE_ROLE:
            return team.due_count
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(tr("%1, %2", "a team's name, its norms (read aloud)"), team.name, team_line(team))
        return None

    def team_ids(self) -> list[int]:
        return [t.id for t in self._teams]

    def summary(self, team_id: int) -> TeamSummary | None:
        return next((t for t in self._teams if t.id == team_id), None)

    def row_of(self, team_id: int) -> int | None:
        return next((i for i, t in enumerate(self._teams) if t.id == team_id), None)
