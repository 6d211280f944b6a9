"""The rationales of one dimension of the selected norm: one model per lane."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from normlab.domain.model import Dimension, Norm, Rationale
from normlab.ui.widgets.i18n import day_text, fill, translator
from normlab.ui.widgets.words import stance_label

tr = translator("Lanes")

RATIONALE_MIME = "application/x-normlab-rationale"
RATIONALE_ROLE = Qt.ItemDataRole.UserRole + 1
RATIONALE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
AGREED_ROLE = Qt.ItemDataRole.UserRole + 3
"""The agreed mark a card shows ("✓ Agreed", or "✓ Agreed 2" when the norm rests on two), or ""."""


def agreed_label(rationale: Rationale, agreed_count: int) -> str:
    if not rationale.agreed:
        return ""
    if agreed_count < 2:
        return tr("✓ Agreed", "the mark of a reason the norm rests on")
    return fill(tr("✓ Agreed %1", "the mark of the first or second agreed reason"), rationale.agreed_order)


Index = QModelIndex | QPersistentModelIndex


class RationaleLaneModel(QAbstractListModel):
    def __init__(self, dimension: Dimension, parent: Any = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self._rationales: list[Rationale] = []
        self._agreed_count = 0

    def set_norm(self, norm: Norm | None) -> None:
        rationales = list(norm.in_dimension(self.dimension)) if norm is not None else []
        self._agreed_count = len(norm.agreed()) if norm is not None else 0
        if [r.id for r in rationales] == [r.id for r in self._rationales]:
            self._rationales = rationales
            if rationales:
                self.dataChanged.emit(self.index(0), self.index(len(rationales) - 1))
            return
        self.beginResetModel()
        self._rationales = rationales
        self.endResetModel()

    def rationale_at(self, row: int) -> Rationale:
        return self._rationales[row]

    def row_of(self, rationale_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rationales) if r.id == rationale_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rationales)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rationale = self._rationales[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return rationale.text
        if role == RATIONALE_ROLE:
            return rationale
        if role == RATIONALE_ID_ROLE:
            return rationale.id
        if role == AGREED_ROLE:
            return agreed_label(rationale, self._agreed_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            voice = f"<br><i>— {escape(rationale.voice)}</i>" if rationale.voice else ""
            stance = stance_label(rationale.stance)
            if rationale.agreed_on:
                stance = fill(
                    tr("%1 · agreed on %2: the norm rests on it"), stance, day_text(rationale.agreed_on)
                )
            return f"<qt>{escape(rationale.text)}{voice}<br><small>{escape(stance)}</small></qt>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [rationale.text]
            if rationale.voice:
                parts.append(fill(tr("said by %1"), rationale.voice))
            parts.append(stance_label(rationale.stance))
            if rationale.agreed:
                parts.append(tr("agreed", "read aloud after a reason the norm rests on"))
            return ", ".join(parts)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # Edits go through undoable commands (see lanes.py); the model only shows stored data.
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [RATIONALE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(RATIONALE_MIME, QByteArray(str(self._rationales[rows[0]].id).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
