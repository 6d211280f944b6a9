"""The table of norms: chips for dimensions, a warning marker, reordering by drag and drop."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from normlab.domain.model import Dimension, Status
from normlab.ui.editor.norm_model import ENTRY_ROLE, NORM_ID_ROLE, NORM_MIME, Column, NormEntry, review_text
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.paint import chip_font, chip_size, drag_with_pixmap, draw_chip, draw_warning_marker
from normlab.ui.widgets.words import dimension_label, dimension_short, status_label

tr = translator("NormTable")

ROW_HEIGHT = 36
WORDING_ROOM = 280
"""Pixels the wording keeps before the setting column gives way."""
DIMENSIONS = tuple(Dimension)
WIDEST_DAY = date(2026, 9, 30)
"""A day whose written form is among the longest (for the review column's width)."""


def short_labels() -> dict[Dimension, str]:
    return {d: dimension_short(d) for d in Dimension}


Index = QModelIndex | QPersistentModelIndex


class ChipsDelegate(QStyledItemDelegate):
    """Paints the dimensions of a norm's rationales as coloured chips (full names when they fit)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        entry: NormEntry = index.data(ENTRY_ROLE)
        if entry is None:
            return
        painter.save()
        painter.setFont(chip_font(option.font))
        chips = [(d, False) for d in entry.held] + [(d, True) for d in entry.proposed_only]
        rect: QRect = option.rect
        if not chips:
            painter.setPen(option.palette.placeholderText().color())
            painter.drawText(rect.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, tr("no reason yet"))
            painter.restore()
            return
        metrics = QFontMetricsF(painter.font())
        spacing = 5.0
        labels = {d: dimension_label(d) for d in Dimension}
        chip = max(chip_size(metrics, label)[0] for label in labels.values())
        if 4 * (chip + spacing) + 10 > rect.width():
            labels = short_labels()
            chip = max(chip_size(metrics, label)[0] for label in labels.values())
        painter.setClipRect(rect)
        # Each dimension has its own slot, so the chips line up in columns down the table.
        for dimension, outlined in chips:
            x = rect.left() + 8 + (chip + spacing) * DIMENSIONS.index(dimension)
            centre = rect.center().y() + 0.5
            draw_chip(painter, x, centre, dimension, labels[dimension], outlined=outlined, width=chip)
        painter.restore()


class WarningDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        entry: NormEntry = index.data(ENTRY_ROLE)
        if entry is not None and entry.warnings:
            centre = QPointF(option.rect.center()) + QPointF(0.5, 0.5)
            draw_warning_marker(painter, centre, 17)


class NormTableView(QTableView):
    """Emits ``moveRequested(norm_id, index in the team's order)`` when a row is dropped elsewhere."""

    moveRequested = Signal(int, int)
    openRequested = Signal()
    """Enter on a norm: go to its rationales."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NormTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(True)
        self.setItemDelegateForColumn(Column.DIMENSIONS, ChipsDelegate(self))
        self.setItemDelegateForColumn(Column.WARNING, WarningDelegate(self))
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setSectionsClickable(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.setMinimumSectionSize(36)

    def setModel(self, model: QAbstractProxyModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.WARNING, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (Column.DIMENSIONS, Column.SETTING, Column.STATUS, Column.REVIEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.WARNING, 40)
        header.resizeSection(Column.DIMENSIONS, self.chips_width())
        header.resizeSection(Column.SETTING, 190)
        header.resizeSection(Column.STATUS, self.status_width())
        header.resizeSection(Column.REVIEW, self.review_width())

    def minimumSizeHint(self) -> QSize:
        """Room for the header and two whole rows: in a short window the details scroll instead."""
        hint = super().minimumSizeHint()
        rows = self.horizontalHeader().sizeHint().height() + 2 * self.verticalHeader().defaultSectionSize()
        return QSize(hint.width(), max(hint.height(), rows + 2 * self.frameWidth()))

    def review_width(self) -> int:
        """Wide enough for "Due 30 Sep 2026" in bold, and for the column's heading."""
        bold = self.font()
        bold.setBold(True)
        day = QFontMetricsF(bold).horizontalAdvance(review_text(WIDEST_DAY, due=True)) + 18
        heading = self.horizontalHeader().sectionSizeFromContents(Column.REVIEW).width()
        return int(max(day, heading))

    def show_review_column(self, shown: bool) -> None:
        """The review-by column only takes room once the team has set a review date."""
        self.setColumnHidden(Column.REVIEW, not shown)
        self._fit_setting()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_setting()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.model() is not None:
            self.fit_to_font()

    def fit_to_font(self) -> None:
        """Rows, chips and the review column follow the type size (View > Zoom)."""
        metrics = QFontMetricsF(self.font())
        self.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, int(metrics.height() * 2.1)))
        self.updateGeometry()
        header = self.horizontalHeader()
        header.resizeSection(Column.WARNING, max(40, int(metrics.height() * 2.2)))
        header.resizeSection(Column.DIMENSIONS, self.chips_width())
        header.resizeSection(Column.STATUS, self.status_width())
        header.resizeSection(Column.REVIEW, self.review_width())
        self._fit_setting()

    def _fit_setting(self) -> None:
        """In a narrow window the setting column gives way (it is in the norm's details too), so the
        wording keeps room for a few words."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in (Column.WARNING, Column.DIMENSIONS, Column.STATUS, Column.REVIEW)
            if not self.isColumnHidden(c)
        )
        room = self.viewport().width() - others - WORDING_ROOM
        self.setColumnHidden(Column.SETTING, room < 90)
        if room >= 90:
            header.resizeSection(Column.SETTING, min(190, room))

    def chips_width(self) -> int:
        """Wide enough for the four short chips side by side, and for the column's heading."""
        metrics = QFontMetricsF(chip_font(self.font()))
        chip = max(chip_size(metrics, label)[0] for label in short_labels().values())
        heading = self.horizontalHeader().sectionSizeFromContents(Column.DIMENSIONS).width()
        return int(max(4 * (chip + 5) + 24, heading))

    def status_width(self) -> int:
        """Wide enough for the longest status ("Proposed") and for the column's heading."""
        metrics = QFontMetricsF(self.font())
        words = max(metrics.horizontalAdvance(status_label(s)) for s in Status) + 30
        heading = self.horizontalHeader().sectionSizeFromContents(Column.STATUS).width()
        return int(max(90, words, heading))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def current_norm_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(NORM_ID_ROLE) if index.isValid() else None

    # -- drag and drop: the move itself is an undoable command, not a model edit ----------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the current row; unlike Qt's default, never remove or clear anything afterwards."""
        index = self.currentIndex()
        if not index.isValid():
            return
        rect = self.visualRect(self.model().index(index.row(), Column.TEXT))
        drag_with_pixmap(self, self.model().mimeData([index]), self.viewport().grab(rect))

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.source() is self and event.mimeData().hasFormat(NORM_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            super().dragMoveEvent(event)
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        norm_id = int(bytes(event.mimeData().data(NORM_MIME).data()).decode())
        target = self.team_index_at(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if target is not None:
            self.moveRequested.emit(norm_id, target)

    def team_index_at(self, point: object) -> int | None:
        """The place in the team's order that a drop at ``point`` means (below the last row: the end)."""
        proxy = self.model()
        assert isinstance(proxy, QAbstractProxyModel)
        index = self.indexAt(point)  # type: ignore[arg-type]
        if not index.isValid():
            source = proxy.sourceModel()
            return source.rowCount() - 1 if source.rowCount() else None
        return proxy.mapToSource(index).row()
