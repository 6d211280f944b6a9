"""Filter-as-you-type over wording and rationale text, plus dimension, status and setting filters.

``NormFilterProxy`` filters the table's rows in Python in one pass over the norms already loaded
(no query, no call from Qt per row): each norm's words are one casefolded string, a keystroke
tests only the rows the previous text matched when the new text extends it, and the view is told
with one layout change that keeps the selection. Without a filter the proxy passes rows straight
through, so a team of 10,000 norms costs nothing here when it opens.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from normlab.domain.model import Dimension, Status
from normlab.domain.review import is_due
from normlab.ui.editor.norm_model import NormEntry, NormTableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class NormFilter:
    text: str = ""
    dimension: Dimension | None = None
    status: Status | None = None
    setting: str | None = None
    needs_attention: bool = False
    due_on: date | None = None
    """Only the norms due for review on this day."""

    @property
    def active(self) -> bool:
        return self != NormFilter()

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()

    def accepts(self, entry: NormEntry) -> bool:
        return self._accepts_besides_text(entry) and all(word in entry.haystack for word in self.words)

    def _accepts_besides_text(self, entry: NormEntry) -> bool:
        norm = entry.norm
        if self.status is not None and norm.status is not self.status:
            return False
        if self.setting is not None and norm.setting != self.setting:
            return False
        if self.dimension is not None and self.dimension not in entry.dimensions():
            return False
        if self.needs_attention and not entry.warnings:
            return False
        return not (self.due_on is not None and not is_due(norm, self.due_on))

    def narrows(self, old: NormFilter) -> bool:
        """Everything this filter accepts, ``old`` accepted too: the same choices, the text extended."""
        return replace(self, text=old.text) == old and self.text.casefold().startswith(old.text.casefold())

    def matching(
        self, entries: Sequence[NormEntry], rows: Sequence[int] | range, hay: Sequence[str] | None = None
    ) -> list[int]:
        """Which of ``rows`` (places in ``entries``) this filter accepts, in order.

        ``hay``, when given, holds each entry's ``haystack`` in the same places (read faster from a list).
        """
        if replace(self, text="").active:
            rows = [i for i in rows if self._accepts_besides_text(entries[i])]
        for word in self.words:
            if hay is None:
                rows = [i for i in rows if word in entries[i].haystack]
            elif isinstance(rows, range) and rows == range(len(hay)):
                rows = [i for i, words in enumerate(hay) if word in words]
            else:
                rows = [i for i in rows if word in hay[i]]
        return list(rows)


class NormFilterProxy(QAbstractProxyModel):
    """The rows of a ``NormTableModel`` that the current ``NormFilter`` accepts, in the same order."""

    filterChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = NormFilter()
        self._shown: list[int] | None = None
        """Source rows shown, ascending; None while no filter is set (every row, as it is)."""
        self._hay: list[str] | None = None
        """Each source row's casefolded words, in row order; made when first filtered by text."""
        self._seen: dict[NormFilter, list[int]] = {}
        """Rows earlier filters showed, until the source changes: a backspace costs no search."""
        self._kept: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []
        self._removing = False

    @property
    def current(self) -> NormFilter:
        return self._filter

    def _source(self) -> NormTableModel:
        source = self.sourceModel()
        assert isinstance(source, NormTableModel)
        return source

    # -- choosing the filter ---------------------------------------------------------------------

    def set_filter(self, new: NormFilter) -> None:
        if new == self._filter:
            return
        old, self._filter = self._filter, new
        if not new.active:
            shown = None
        elif new in self._seen:
            shown = self._seen[new]
        elif old.active and self._shown is not None and new.narrows(old):
            shown = new.matching(self._source().entries(), self._shown, self._haystacks())
        else:
            shown = new.matching(
                self._source().entries(), range(self._source().rowCount()), self._haystacks()
            )
        if shown is not None:
            if len(self._seen) > 100:
                self._seen.clear()
            self._seen[new] = shown
        self._relayout(shown)
        self.filterChanged.emit()

    def update(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def clear(self) -> None:
        self.set_filter(NormFilter())

    def prepare(self) -> None:
        """Read every norm's words now (when the window is idle), not at the first keystroke."""
        if self.sourceModel() is not None:
            self._haystacks()

    def _haystacks(self) -> list[str]:
        if self._hay is None:
            self._hay = [entry.haystack for entry in self._source().entries()]
        return self._hay

    def _forget(self) -> None:
        """The source changed: the words and earlier results no longer hold."""
        self._hay = None
        self._seen.clear()

    def _refilter(self) -> list[int] | None:
        self._seen.clear()
        if not self._filter.active:
            return None
        shown = self._filter.matching(
            self._source().entries(), range(self._source().rowCount()), self._haystacks()
        )
        self._seen[self._filter] = shown
        return shown

    def _relayout(self, shown: list[int] | None) -> None:
        """Show ``shown`` instead of the rows shown now, keeping the selection and current row."""
        self.layoutAboutToBeChanged.emit()
        kept = [(index, self.mapToSource(index)) for index in self.persistentIndexList()]
        self._set_shown(shown)
        self.changePersistentIndexList(
            [index for index, _ in kept], [self.mapFromSource(source) for _, source in kept]
        )
        self.layoutChanged.emit()

    def _set_shown(self, shown: list[int] | None) -> None:
        self._shown = shown

    def _place(self, row: int) -> int | None:
        """Where source ``row`` is shown (None: filtered out); ``_shown`` is sorted, so a bisection."""
        shown = self._shown
        if shown is None:
            return row
        place = bisect_left(shown, row)
        return place if place < len(shown) and shown[place] == row else None

    # -- following the source ------------------------------------------------------------------

    def setSourceModel(self, source: NormTableModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            old.disconnect(self)
        self.beginResetModel()
        self._forget()
        super().setSourceModel(source)
        self._set_shown(None if not self._filter.active else [])
        self.endResetModel()
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._source_layout_about)
        source.layoutChanged.connect(self._source_layout_changed)
        source.dataChanged.connect(self._source_data_changed)
        source.rowsAboutToBeInserted.connect(self._source_rows_about_to_be_inserted)
        source.rowsInserted.connect(self._source_rows_inserted)
        source.rowsAboutToBeRemoved.connect(self._source_rows_about_to_be_removed)
        source.rowsRemoved.connect(self._source_rows_removed)
        source.rowsAboutToBeMoved.connect(self._source_rows_about_to_be_moved)
        source.rowsMoved.connect(self._source_rows_moved)
        source.headerDataChanged.connect(self.headerDataChanged)

    def _source_reset(self) -> None:
        self._forget()
        self._set_shown(self._refilter())
        self.endResetModel()

    def _source_layout_about(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._kept = [
            (index, QPersistentModelIndex(self.mapToSource(index))) for index in self.persistentIndexList()
        ]

    def _source_layout_changed(self) -> None:
        self._forget()
        self._set_shown(self._refilter())
        kept, self._kept = self._kept, []
        self.changePersistentIndexList(
            [index for index, _ in kept], [self.mapFromSource(QModelIndex(source)) for _, source in kept]
        )
        self.layoutChanged.emit()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] = ()) -> None:
        self._seen.clear()
        if self._hay is not None:
            entries = self._source().entries()
            for row in range(top.row(), bottom.row() + 1):
                self._hay[row] = entries[row].haystack
        if self._shown is None:
            self.dataChanged.emit(self.mapFromSource(top), self.mapFromSource(bottom), roles)
            return
        entries = self._source().entries()
        rows = range(top.row(), bottom.row() + 1)
        if self._filter.matching(entries, rows) != [r for r in rows if self._place(r) is not None]:
            self._relayout(self._refilter())  # a changed norm now passes the filter, or no longer does
            return
        for row in rows:
            place = self._place(row)
            if place is not None:
                self.dataChanged.emit(self.index(place, 0), self.index(place, self.columnCount() - 1), roles)

    def _source_rows_about_to_be_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._shown is None:
            self.beginInsertRows(QModelIndex(), first, last)

    def _source_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._seen.clear()
        if self._hay is not None:
            entries = self._source().entries()
            self._hay[first:first] = [entries[row].haystack for row in range(first, last + 1)]
        if self._shown is None:
            self.endInsertRows()
            return
        count = last - first + 1
        moved = [row + count if row >= first else row for row in self._shown]
        new = self._filter.matching(self._source().entries(), range(first, last + 1))
        if not new:
            self._set_shown(moved)  # the places the view knows stay the same
            return
        place = sum(1 for row in moved if row < first)
        self.beginInsertRows(QModelIndex(), place, place + len(new) - 1)
        self._set_shown(sorted(moved + new))
        self.endInsertRows()

    def _source_rows_about_to_be_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._shown is None:
            self.beginRemoveRows(QModelIndex(), first, last)
            return
        places = [p for p in map(self._place, range(first, last + 1)) if p is not None]
        self._removing = bool(places)
        if places:
            self.beginRemoveRows(QModelIndex(), places[0], places[-1])

    def _source_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._seen.clear()
        if self._hay is not None:
            del self._hay[first : last + 1]
        if self._shown is None:
            self.endRemoveRows()
            return
        count = last - first + 1
        self._set_shown(
            [row - count if row > last else row for row in self._shown if not first <= row <= last]
        )
        if self._removing:
            self.endRemoveRows()

    def _source_rows_about_to_be_moved(
        self, _parent: QModelIndex, first: int, last: int, _to: QModelIndex, row: int
    ) -> None:
        if self._shown is None:
            self.beginMoveRows(QModelIndex(), first, last, QModelIndex(), row)
        else:
            self._source_layout_about()

    def _source_rows_moved(self, *_args: object) -> None:
        self._forget()
        if self._shown is None:
            self.endMoveRows()
        else:
            self._source_layout_changed()

    # -- the proxy itself ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.sourceModel() is None:
            return 0
        return self.sourceModel().rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sourceModel() is None else self.sourceModel().columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or self.sourceModel() is None:
            return QModelIndex()
        row = proxy.row() if self._shown is None else self._shown[proxy.row()]
        return self.sourceModel().index(row, proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        if self._shown is None:
            return self.createIndex(source.row(), source.column())
        place = self._place(source.row())
        return QModelIndex() if place is None else self.createIndex(place, source.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.sourceModel().data(self.mapToSource(index), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.sourceModel().flags(self.mapToSource(index))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.sourceModel().headerData(section, orientation, role)
