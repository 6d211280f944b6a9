"""Filter-as-you-type over wording and rationale text, plus dimension, status and setting filters."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal

from normlab.domain.model import Dimension, Status
from normlab.domain.review import is_due
from normlab.ui.editor.norm_model import NormEntry, NormTableModel


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

    def accepts(self, entry: NormEntry) -> bool:
        norm = entry.norm
        if self.status is not None and norm.status is not self.status:
            return False
        if self.setting is not None and norm.setting != self.setting:
            return False
        if self.dimension is not None and self.dimension not in entry.dimensions():
            return False
        if self.needs_attention and not entry.warnings:
            return False
        if self.due_on is not None and not is_due(norm, self.due_on):
            return False
        words = self.text.casefold().split()
        return all(word in entry.haystack for word in words)


class NormFilterProxy(QSortFilterProxyModel):
    filterChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = NormFilter()
        self.setDynamicSortFilter(True)

    @property
    def current(self) -> NormFilter:
        return self._filter

    def set_filter(self, new: NormFilter) -> None:
        if new == self._filter:
            return
        self.beginFilterChange()
        self._filter = new
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filterChanged.emit()

    def update(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def clear(self) -> None:
        self.set_filter(NormFilter())

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._filter.active:
            return True
        source = self.sourceModel()
        assert isinstance(source, NormTableModel)
        return self._filter.accepts(source.entry_at(source_row))
