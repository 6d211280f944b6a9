"""The team's meetings as a table (newest first), kept fresh from change notices.

Also the one place the main window asks for the team's meetings, so a norm's history can say which
meetings touched it without reading them again.
"""

from __future__ import annotations

from collections import Counter
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from normlab.domain.errors import NotFoundError
from normlab.domain.meeting import describe_roles
from normlab.domain.model import Outcome, Session
from normlab.services.changes import Change
from normlab.ui.widgets.i18n import day_text, fill, translator

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
tr = translator("Sessions")

PAST = {
    Outcome.KEEP: tr.noop("%1 kept", "norms a meeting decided to keep"),
    Outcome.REVISE: tr.noop("%1 to revise", "norms a meeting decided to revise"),
    Outcome.RETIRE: tr.noop("%1 retired", "norms a meeting retired"),
}


class SessionColumn(IntEnum):
    DATE = 0
    WHO = 1
    DECISIONS = 2
    REVIEW = 3
    STATE = 4


HEADERS = (
    tr.noop("Date", "a column heading"),
    tr.noop("Who came", "a column heading"),
    tr.noop("Decisions", "a column heading"),
    tr.noop("Next review", "a column heading"),
    "",
)


def decisions_text(session: Session) -> str:
    """ "2 kept · 1 to revise" — what a meeting decided, counted."""
    if not session.decisions:
        return tr("no decision")
    counts = Counter(d.outcome for d in session.decisions)
    return " · ".join(fill(tr(PAST[o]), counts[o]) for o in Outcome if counts[o])


def day(value: Any) -> str:
    return day_text(value) if value is not None else ""


class SessionListModel(QAbstractTableModel):
    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.team_id: int | None = None
        self._sessions: list[Session] = []

    def set_workspace(self, ws: Workspace) -> None:
        self._ws = ws
        self.set_team(None)

    def set_team(self, team_id: int | None) -> None:
        self.team_id = team_id
        self.reload()

    def reload(self) -> None:
        sessions: list[Session] = []
        if self.team_id is not None:
            try:
                sessions = list(reversed(self._ws.sessions(self.team_id)))
            except NotFoundError:
                sessions = []
        self.beginResetModel()
        self._sessions = sessions
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """A meeting of this team changed, or its norms did (a rewording may belong to a meeting)."""
        if (
            self.team_id is not None
            and change.team_id == self.team_id
            and (change.session_id or change.order)
        ):
            self.reload()

    def sessions(self) -> tuple[Session, ...]:
        """Newest first."""
        return tuple(self._sessions)

    def session_at(self, row: int) -> Session:
        return self._sessions[row]

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, s in enumerate(self._sessions) if s.id == session_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SessionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section]) if HEADERS[section] else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        session = self._sessions[index.row()]
        if role == SESSION_ID_ROLE:
            return session.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = SessionColumn(index.column())
        if column is SessionColumn.DATE:
            return day(session.held_on)
        if column is SessionColumn.WHO:
            return describe_roles(session) or "—"
        if column is SessionColumn.DECISIONS:
            return decisions_text(session)
        if column is SessionColumn.REVIEW:
            return day(session.next_review)
        return tr("open: can be continued") if session.is_open else tr("ended", "a meeting")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )
