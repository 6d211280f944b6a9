"""The current team's norms as a table, kept fresh from change notices one norm at a time.

A row holds a ``NormSummary``: the norm's own fields and the facts its warnings come from, read
for the whole team in a few statements. The whole norm (reasons, history) is read when it is
selected (``full_norm``). A content change reloads only the norms it names (a few milliseconds
each); only a change of order that names no norm (moving one) reloads the team, keeping the selection.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import IntEnum
from functools import cached_property
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from normlab.domain.checks import NormWarning, TeamProfile, profile_of, warnings_for
from normlab.domain.errors import NotFoundError
from normlab.domain.model import Dimension, Norm, Status
from normlab.domain.review import is_due
from normlab.domain.summary import NormSummary, TeamOverview
from normlab.services.changes import Change

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import day_text, fill, translator
from normlab.ui.widgets.words import dimension_label, status_label, warning_text, warning_title

tr = translator("NormTable")

NORM_MIME = "application/x-normlab-norm"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
NORM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
RELOAD_ABOVE = 40
"""A notice naming more norms than this reloads the whole team instead of one norm at a time."""


Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WARNING = 0
    TEXT = 1
    DIMENSIONS = 2
    SETTING = 3
    STATUS = 4
    REVIEW = 5


HEADERS = {
    Column.WARNING: "",
    Column.TEXT: tr.noop("Norm", "a column heading"),
    Column.DIMENSIONS: tr.noop("Reasons", "a column heading"),
    Column.SETTING: tr.noop("Setting", "a column heading"),
    Column.STATUS: tr.noop("Status", "a column heading"),
    Column.REVIEW: tr.noop("Review by", "a column heading"),
}
"""The column headings (translated when shown)."""


def review_text(day: date, *, due: bool) -> str:
    """ "Due 1 May 2026" once the day has come, else the day."""
    return fill(tr("Due %1", "due for review since a day"), day_text(day)) if due else day_text(day)


@dataclass
class NormEntry:
    """One row: the norm's summary and what the table derives from it, worked out when first needed."""

    norm: NormSummary

    @cached_property
    def warnings(self) -> tuple[NormWarning, ...]:
        return () if self.norm.status is Status.RETIRED else warnings_for(self.norm.facts)  # nothing to fix

    @cached_property
    def held(self) -> tuple[Dimension, ...]:
        return tuple(d for d in Dimension if d in self.norm.facts.held)

    @cached_property
    def proposed_only(self) -> tuple[Dimension, ...]:
        """Dimensions with proposed rationales and no held one: drawn as outlined chips."""
        facts = self.norm.facts
        return tuple(d for d in Dimension if d in facts.proposed and d not in facts.held)

    @cached_property
    def profile(self) -> TeamProfile:
        return profile_of(((self.norm.status, self.norm.facts),))

    @cached_property
    def haystack(self) -> str:
        norm = self.norm
        return f"{norm.text} {norm.setting} {norm.regulates} {norm.reason_words}".casefold()

    def dimensions(self) -> frozenset[Dimension]:
        return self.norm.facts.held | self.norm.facts.proposed


def add_profile(total: TeamProfile, part: TeamProfile, sign: int = 1) -> TeamProfile:
    """``total`` plus (or minus) ``part``: a team's profile is a count over its norms, so it adds up.

    This lets an edit recount the one norm it changed instead of the whole team.
    """
    values: dict[str, Any] = {}
    for f in fields(TeamProfile):
        mine, theirs = getattr(total, f.name), getattr(part, f.name)
        if isinstance(mine, dict):
            values[f.name] = {key: mine[key] + sign * theirs.get(key, 0) for key in mine}
        else:
            values[f.name] = mine + sign * theirs
    return TeamProfile(**values)


def warnings_tooltip(warnings: tuple[NormWarning, ...]) -> str:
    blocks = [f"<p><b>{escape(warning_title(w))}</b><br>{escape(warning_text(w))}</p>" for w in warnings]
    return "<qt>" + "".join(blocks) + "</qt>"


def dimensions_text(entry: NormEntry) -> str:
    held = ", ".join(dimension_label(d) for d in entry.held)
    proposed = ", ".join(dimension_label(d) for d in entry.proposed_only)
    if held and proposed:
        return fill(tr("%1; proposed: %2", "dimensions held; dimensions only proposed"), held, proposed)
    if proposed:
        return fill(tr("proposed: %1", "dimensions only proposed"), proposed)
    return held or tr("no reason yet")


class NormTableModel(QAbstractTableModel):
    normChanged = Signal(int)
    normRemoved = Signal(int)
    teamLoaded = Signal()

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._team: TeamOverview | None = None
        self._full: Norm | None = None
        """The whole norm last asked for (the selected one), until a change names it."""
        self._entries: list[NormEntry] = []
        self._rows: dict[int, int] = {}
        self._profile: TeamProfile | None = None
        self._attention: int | None = None
        self._due: int | None = None
        self._dated: int | None = None
        self._settings: Counter[str] | None = None
        """Team-wide counts: made once, then kept up to date per edit (a keystroke must not count 10,000 rows)."""
        self.today = date.today()
        """The day "due for review" is counted for; set when a team is loaded."""

    # -- loading -------------------------------------------------------------------------------

    def set_workspace(self, ws: Workspace) -> None:
        self._ws = ws
        self.set_team(None)

    @property
    def team(self) -> TeamOverview | None:
        return self._team

    @property
    def team_id(self) -> int | None:
        return self._team.id if self._team is not None else None

    def load_team(self, team_id: int | None) -> None:
        """Show the team ``team_id`` (None, or a team that is gone: no team)."""
        team = None
        if team_id is not None:
            try:
                team = self._ws.team_overview(team_id)
            except NotFoundError:
                team = None
        self.set_team(team)

    def set_team(self, team: TeamOverview | None) -> None:
        self.beginResetModel()
        self.today = date.today()
        self._team = team
        self._full = None
        self._entries = [NormEntry(n) for n in team.norms] if team is not None else []
        self._reindex()
        self._forget_totals()
        self.endResetModel()
        self.teamLoaded.emit()

    def reload(self) -> None:
        """Read the whole team again, keeping the selection when the same norms are still there."""
        if self._team is None:
            return
        try:
            team = self._ws.team_overview(self._team.id)
        except NotFoundError:
            self.set_team(None)
            return
        self._full = None
        if {n.id for n in team.norms} != set(self._rows):
            self.set_team(team)
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = dict(self._rows)
        self._team = team
        self._entries = [NormEntry(n) for n in team.norms]
        self._reindex()
        self._forget_totals()
        ids_by_old_row = {row: norm_id for norm_id, row in old_rows.items()}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            norm_id = ids_by_old_row.get(index.row())
            if norm_id is not None:
                moved_from.append(index)
                moved_to.append(self.index(self._rows[norm_id], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(Column) - 1))
        self.teamLoaded.emit()

    def apply_change(self, change: Change) -> None:
        if self._team is None or change.team_id != self._team.id:
            return
        if change.norm_ids and len(change.norm_ids) <= RELOAD_ABOVE:
            for norm_id in sorted(change.norm_ids):
                self._refresh_norm(norm_id, reorder=change.order)
        elif change.order or change.norm_ids:
            self.reload()

    def _refresh_norm(self, norm_id: int, *, reorder: bool) -> None:
        if self._full is not None and self._full.id == norm_id:
            self._full = None
        try:
            norm = self._ws.norm_summary(norm_id)
        except NotFoundError:
            self._remove(norm_id)
            return
        row = self._rows.get(norm_id)
        if row is None:
            row = max(0, min(norm.position, len(self._entries)))
            entry = NormEntry(norm)
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.insert(row, entry)
            self._reindex()
            self._account(entry, 1)
            self.endInsertRows()
        else:
            entry = NormEntry(norm)
            self._account(self._entries[row], -1)
            self._account(entry, 1)
            self._entries[row] = entry
            target = max(0, min(norm.position, len(self._entries) - 1))
            if reorder and target != row:
                destination = target + 1 if target > row else target
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                self._entries.insert(target, self._entries.pop(row))
                self._reindex()
                self.endMoveRows()
                row = target
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.normChanged.emit(norm_id)

    def _remove(self, norm_id: int) -> None:
        row = self._rows.get(norm_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._account(self._entries[row], -1)
        del self._entries[row]
        self._reindex()
        self.endRemoveRows()
        self.normRemoved.emit(norm_id)

    def _forget_totals(self) -> None:
        self._profile = None
        self._attention = self._due = self._dated = None
        self._settings = None

    def _account(self, entry: NormEntry, sign: int) -> None:
        """Keep the team's totals up to date as one norm comes (+1) or goes (-1)."""
        if self._profile is not None:
            self._profile = add_profile(self._profile, entry.profile, sign)
        norm = entry.norm
        if self._attention is not None:
            self._attention += sign * bool(entry.warnings)
        if self._due is not None:
            self._due += sign * is_due(norm, self.today)
        if self._dated is not None:
            self._dated += sign * (norm.review_by is not None)
        if self._settings is not None and norm.setting:
            self._settings[norm.setting] += sign

    def _reindex(self) -> None:
        self._rows = {entry.norm.id: i for i, entry in enumerate(self._entries)}

    # -- lookups -------------------------------------------------------------------------------

    def entry_at(self, row: int) -> NormEntry:
        return self._entries[row]

    def entries(self) -> Sequence[NormEntry]:
        """Every row, in order (for reading only)."""
        return self._entries

    def norm(self, norm_id: int) -> NormSummary | None:
        """The norm's summary, as its row shows it."""
        row = self._rows.get(norm_id)
        return self._entries[row].norm if row is not None else None

    def full_norm(self, norm_id: int) -> Norm | None:
        """The whole norm, its reasons and history included: read when asked, kept until it changes."""
        if norm_id not in self._rows:
            return None
        if self._full is None or self._full.id != norm_id:
            try:
                self._full = self._ws.norm(norm_id)
            except NotFoundError:
                return None
        return self._full

    def row_of(self, norm_id: int) -> int | None:
        return self._rows.get(norm_id)

    def profile(self) -> TeamProfile:
        """The team profile of the norms shown (counted once, then kept up to date per edit)."""
        if self._profile is None:
            self._profile = profile_of((e.norm.status, e.norm.facts) for e in self._entries)
        return self._profile

    def has_review_dates(self) -> bool:
        if self._dated is None:
            self._dated = sum(1 for entry in self._entries if entry.norm.review_by is not None)
        return self._dated > 0

    def due_count(self) -> int:
        """How many norms are due for review today."""
        if self._due is None:
            self._due = sum(1 for entry in self._entries if is_due(entry.norm, self.today))
        return self._due

    def attention_count(self) -> int:
        """How many norms have at least one warning."""
        if self._attention is None:
            self._attention = sum(1 for entry in self._entries if entry.warnings)
        return self._attention

    def norms(self) -> list[NormSummary]:
        return [e.norm for e in self._entries]

    def setting_names(self) -> list[str]:
        if self._settings is None:
            self._settings = Counter(e.norm.setting for e in self._entries if e.norm.setting)
        names = {s.name for s in self._team.settings} if self._team is not None else set()
        names |= {name for name, count in self._settings.items() if count > 0}
        return sorted(names, key=str.casefold)

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            heading = HEADERS[Column(section)]
            return tr(heading) if heading else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and section == Column.WARNING:
            return tr("Warnings")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.WARNING:
            return tr("Warnings from the checks: hover a marker to read it")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DIMENSIONS:
            return tr("Dimensions of the reasons: filled for held, outlined for proposed only")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.REVIEW:
            return tr("The day by which the team means to look at the norm again; from then on it is due")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        norm = entry.norm
        column = Column(index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == NORM_ID_ROLE:
            return norm.id
        if role == Qt.ItemDataRole.ForegroundRole and norm.status is Status.RETIRED:
            return QColor(style.MUTED)  # the status column says "Retired" too
        if column is Column.REVIEW and is_due(norm, self.today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(style.DUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if column is Column.WARNING:
            if role == Qt.ItemDataRole.ToolTipRole and entry.warnings:
                return warnings_tooltip(entry.warnings)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return "; ".join(warning_title(w) for w in entry.warnings) or tr("No warnings")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is Column.TEXT:
                return norm.text
            if column is Column.DIMENSIONS:
                return dimensions_text(entry)
            if column is Column.SETTING:
                return norm.setting
            if column is Column.STATUS:
                return status_label(norm.status)
            if column is Column.REVIEW:
                if norm.review_by is None:
                    return ""
                return review_text(norm.review_by, due=is_due(norm, self.today))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.REVIEW and norm.review_by is not None:
                if is_due(norm, self.today):
                    return fill(tr("Review by %1: due for review"), day_text(norm.review_by))
                return fill(tr("Review by %1: not due yet"), day_text(norm.review_by))
            if column is Column.TEXT:
                return f"<qt>{escape(norm.text)}</qt>"
            if column is Column.DIMENSIONS:
                return dimensions_text(entry)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NORM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(NORM_MIME, QByteArray(str(self._entries[rows[0]].norm.id).encode()))
        return data
