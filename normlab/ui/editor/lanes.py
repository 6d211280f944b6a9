"""Four lanes, one per dimension, holding the selected norm's rationales.

Keyboard in a lane: Enter or F2 edits a rationale in place, Space toggles held/proposed, A agrees
that the norm rests on it (or takes that back), Alt+1…4 moves it to lane 1…4, Ctrl+←/→ moves it one
lane over, Delete deletes it, ←/→ go to the neighbouring lane. Rationales can also be dragged from
one lane to another.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.codebook import CODEBOOK
from normlab.domain.model import Dimension, Norm, Rationale, Stance
from normlab.ui.editor.lane_model import RATIONALE_MIME, RATIONALE_ROLE, RationaleLaneModel
from normlab.ui.editor.rationale_delegate import RationaleDelegate
from normlab.ui.widgets import style
from normlab.ui.widgets.capture_field import CaptureField
from normlab.ui.widgets.elided_label import ElidedLabel, FittingLabel
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.paint import drag_with_pixmap
from normlab.ui.widgets.words import codebook, dimension_label

tr = translator("Lanes")

DIMENSIONS = tuple(Dimension)
NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
EMPTY_LANE = {
    Dimension.OPERATIONAL: tr.noop("No operational reason yet"),
    Dimension.INTERPERSONAL: tr.noop("No interpersonal reason yet"),
    Dimension.DISCUSSIONAL: tr.noop("No discussional reason yet"),
    Dimension.IDEATIONAL: tr.noop("No ideational reason yet"),
}


def key_hint() -> str:
    """The keys of a lane, shown beside the tabs and read out with each lane."""
    return tr(
        "Enter edit · Space held/proposed · A agreed · Alt+1–4 move to lane · Del delete · drag to move"
    )


def codebook_tooltip(dimension: Dimension) -> str:
    entry = CODEBOOK[dimension]
    return (
        f"<qt><p><b>{escape(dimension_label(dimension))}</b>: {escape(codebook(entry.short))}</p>"
        f"<p>{escape(codebook(entry.definition))}</p>"
        f"<p><i>{escape(tr('Classroom:'))}</i> {escape(codebook(entry.classroom_example))}<br>"
        f"<i>{escape(tr('Clinical:'))}</i> {escape(codebook(entry.clinical_example))}</p></qt>"
    )


def example_words(example: str) -> str:
    """The quoted words of a codebook example, without the norm named before the colon."""
    _, _, words = example.partition(": ")
    return words or example


class RationaleListView(QListView):
    moveRequested = Signal(int, object)
    """(rationale id, Dimension) from the keyboard or a drop into this lane."""
    toggleRequested = Signal(int)
    agreeRequested = Signal(int)
    """A: the norm rests on this reason (or no longer does)."""
    firstRequested = Signal(int)
    """Make this agreed reason the first the norm rests on."""
    deleteRequested = Signal(int)
    navigate = Signal(int)
    """Go to the lane ``step`` lanes over (-1: left, +1: right)."""
    leaveRequested = Signal()
    """Escape: back to the table of norms."""

    def __init__(self, model: RationaleLaneModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane_model = model
        self.dimension = model.dimension
        self.setModel(model)
        self.delegate = RationaleDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(
            fill(tr("%1 reasons", "a lane: 'Operational reasons'"), dimension_label(self.dimension))
        )
        self.setAccessibleDescription(key_hint())
        self.setStyleSheet("QListView { background: transparent; border: none; }")
        self._drop_highlight = False

    def minimumSizeHint(self) -> QSize:
        """Room for one card of three lines with its voice: a lane is never squeezed below a reason."""
        return QSize(super().minimumSizeHint().width(), int(self.fontMetrics().lineSpacing() * 4 + 26))

    def current_rationale(self) -> Rationale | None:
        index = self.currentIndex()
        return index.data(RATIONALE_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.lane_model.index(row)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rationale = self.current_rationale()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = modifiers == Qt.KeyboardModifier.AltModifier
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        position = DIMENSIONS.index(self.dimension)
        if rationale is not None and alt and key in NUMBER_KEYS:
            self.moveRequested.emit(rationale.id, DIMENSIONS[NUMBER_KEYS[key]])
        elif rationale is not None and ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = position + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= target < len(DIMENSIONS):
                self.moveRequested.emit(rationale.id, DIMENSIONS[target])
        elif rationale is not None and plain and key == Qt.Key.Key_Space:
            self.toggleRequested.emit(rationale.id)
        elif rationale is not None and plain and key == Qt.Key.Key_A:
            self.agreeRequested.emit(rationale.id)
        elif rationale is not None and plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit(rationale.id)
        elif rationale is not None and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit(self.currentIndex())
        elif plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.navigate.emit(1 if key == Qt.Key.Key_Right else -1)
        elif plain and key == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The same commands as the keys, for the mouse (and the Menu key or Shift+F10)."""
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        index = self.currentIndex() if keyboard else self.indexAt(event.pos())
        if not index.isValid():
            return
        self.select_row(index.row())
        rationale: Rationale = index.data(RATIONALE_ROLE)
        menu = QMenu(self)
        menu.addAction(tr("&Edit…") + "\t" + tr("Enter", "the key"), lambda: self.edit(index))
        mark = tr("Mark as &proposed") if rationale.stance is Stance.HELD else tr("Mark as &held")
        menu.addAction(mark + "\t" + tr("Space", "the key"), lambda: self.toggleRequested.emit(rationale.id))
        if rationale.agreed:
            menu.addAction(tr("&No longer agreed") + "\tA", lambda: self.agreeRequested.emit(rationale.id))
            if rationale.agreed_order != 1:
                menu.addAction(
                    tr("Make it the &first agreed reason"), lambda: self.firstRequested.emit(rationale.id)
                )
        else:
            menu.addAction(
                tr("&Agree: the norm rests on this") + "\tA", lambda: self.agreeRequested.emit(rationale.id)
            )
        move = menu.addMenu(tr("&Move to"))
        for number, dimension in enumerate(DIMENSIONS, start=1):
            action = move.addAction(
                f"&{number} {dimension_label(dimension)}\t"
                + QKeySequence(f"Alt+{number}").toString(QKeySequence.SequenceFormat.NativeText),
                lambda d=dimension: self.moveRequested.emit(rationale.id, d),
            )
            action.setEnabled(dimension is not self.dimension)
        menu.addSeparator()
        menu.addAction(
            tr("&Delete") + "\t" + tr("Del", "the key"), lambda: self.deleteRequested.emit(rationale.id)
        )
        at = self.viewport().mapToGlobal(self.visualRect(index).center()) if keyboard else event.globalPos()
        menu.exec(at)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        if not self.currentIndex().isValid() and self.lane_model.rowCount():
            self.select_row(0)

    # -- drag and drop: a drop asks for a command; the model is never edited by the view --------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the current card; unlike Qt's default, never remove or clear anything afterwards."""
        index = self.currentIndex()
        if index.isValid():
            pixmap = self.viewport().grab(self.visualRect(index))
            drag_with_pixmap(self, self.lane_model.mimeData([index]), pixmap)

    def _dragged_id(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        if not event.mimeData().hasFormat(RATIONALE_MIME):
            return None
        return int(bytes(event.mimeData().data(RATIONALE_MIME).data()).decode())

    def _set_drop_highlight(self, on: bool) -> None:
        self._drop_highlight = on
        self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged_id(event) is not None and event.source() is not self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dragged_id(event) is not None and event.source() is not self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_drop_highlight(False)
        super().dragLeaveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_highlight(False)
        rationale_id = self._dragged_id(event)
        if rationale_id is None or event.source() is self:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.moveRequested.emit(rationale_id, self.dimension)

    # -- an empty lane says so -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        if self._drop_highlight:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(style.dimension(self.dimension).strong))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.viewport().rect().adjusted(3, 3, -3, -3), 8, 8)
        if self.lane_model.rowCount() == 0:
            painter.setPen(QColor(style.MUTED))
            rect = self.viewport().rect().adjusted(12, 8, -12, -8)
            text = tr(EMPTY_LANE[self.dimension])
            painter.drawText(
                QRect(rect),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                text,
            )
        painter.end()


SUMMARY_MIN_HEIGHT = 230
"""Lanes shorter than this (a small screen) leave out their one-line description."""


TITLE_POINTS, TIGHT_POINTS = 12.5, 9.5
"""A lane's name in points (style.py: #LaneTitle), and where the lane is too narrow for it."""


class LaneTitle(FittingLabel):
    """A lane's name, in smaller type where the lane is too narrow for it (German
    "Zwischenmenschlich" at 1024 px), and shortened only where even that is too wide."""

    def _fit(self) -> None:
        tight = self.property("tight") is True
        width = QFontMetricsF(self.font()).horizontalAdvance(self.full_text())
        if tight:
            width *= TITLE_POINTS / TIGHT_POINTS  # as wide as it would be in its usual size
        wanted = width > self.contentsRect().width()
        if wanted != tight:
            self.setProperty("tight", wanted)
            self.style().unpolish(self)
            self.style().polish(self)
        super()._fit()


class HelpButton(QToolButton):
    """The round "?" of a lane: as tall as a line of type (View > Zoom included), and round at any size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="HelpButton", text="?")
        self._radius = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        radius = min(event.size().width(), event.size().height()) // 2
        if radius != self._radius:  # the application's stylesheet sizes it in em; a radius cannot be
            self._radius = radius
            self.setStyleSheet(f"QToolButton#HelpButton {{ border-radius: {radius}px; }}")


class LaneWidget(QFrame):
    """One dimension: its codebook summary, its rationales and a field to add one."""

    addRequested = Signal(object, str)
    helpRequested = Signal(object)

    def __init__(self, dimension: Dimension, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        entry = CODEBOOK[dimension]
        self.setObjectName(f"Lane_{dimension.value}")  # coloured by the stylesheet (style.py)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        number = DIMENSIONS.index(dimension) + 1
        label = dimension_label(dimension)
        self.title = title = LaneTitle(label, objectName="LaneTitle")
        title.setProperty("dimension", dimension.value)  # its colour: the stylesheet (style.py)
        self.help_button = HelpButton()
        self.help_button.setToolTip(fill(tr("Read the codebook entry for %1 (examples, definition)"), label))
        self.help_button.setAccessibleName(fill(tr("About %1", "the codebook entry of a dimension"), label))
        self.help_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.help_button.setProperty("keyboardWay", "F1: Help > Dimension codebook")  # not a Tab stop
        self.help_button.clicked.connect(lambda: self.helpRequested.emit(dimension))
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(title, 1)
        header.addWidget(self.help_button)

        self.summary = ElidedLabel(
            codebook(entry.short), 2
        )  # the examples are in the tooltip and the codebook
        self.summary.setStyleSheet(f"color: {style.MUTED}; background: transparent;")
        for widget in (title, self.summary):
            widget.setToolTip(codebook_tooltip(dimension))

        self.model = RationaleLaneModel(dimension, self)
        self.view = RationaleListView(self.model)
        keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
        self.add_field = CaptureField(placeholderText=fill(tr("Add a reason…  (%1)"), keys))
        self.add_field.setAccessibleName(
            fill(tr("New %1 reason", "a field: 'New Operational reason'"), label)
        )
        self.add_field.setToolTip(tr("Type a reason someone gives for the norm, then press Enter"))
        self.add_field.returnPressed.connect(self._add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_field)
        self._compact = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_summary()

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self._show_summary()

    def _show_summary(self) -> None:
        # A short lane keeps its room for reasons: the description is also its tooltip and the codebook.
        self.summary.setVisible(not self._compact and self.height() >= SUMMARY_MIN_HEIGHT)

    def _add(self) -> None:
        text = self.add_field.text().strip()
        if text:
            self.addRequested.emit(self.dimension, text)

    def commit_pending(self) -> None:
        self._add()

    def added(self) -> None:
        self.add_field.reset()


class LanesPanel(QWidget):
    addRequested = Signal(object, str)
    editRequested = Signal(int, str, str)
    moveRequested = Signal(int, object)
    toggleRequested = Signal(int)
    agreeRequested = Signal(int)
    firstRequested = Signal(int)
    deleteRequested = Signal(int)
    helpRequested = Signal(object)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes = {d: LaneWidget(d) for d in DIMENSIONS}
        self.hint = QLabel(key_hint(), objectName="Hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setSpacing(10)
        for lane in self.lanes.values():
            row.addWidget(lane, 1)
            lane.addRequested.connect(self.addRequested)
            lane.helpRequested.connect(self.helpRequested)
            view = lane.view
            view.moveRequested.connect(self.moveRequested)
            view.toggleRequested.connect(self.toggleRequested)
            view.agreeRequested.connect(self.agreeRequested)
            view.firstRequested.connect(self.firstRequested)
            view.deleteRequested.connect(self.deleteRequested)
            view.leaveRequested.connect(self.leaveRequested)
            view.delegate.editSubmitted.connect(self.editRequested)
            view.navigate.connect(lambda step, d=lane.dimension: self.focus_lane(DIMENSIONS.index(d) + step))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)

    def set_norm(self, norm: Norm | None) -> None:
        for lane in self.lanes.values():
            selected = lane.view.current_rationale()
            lane.model.set_norm(norm)
            if selected is not None:
                row = lane.model.row_of(selected.id)
                if row is not None:
                    lane.view.select_row(row)

    def commit_open_edits(self) -> None:
        """Save what is typed and not yet submitted: a card being edited, text in "Add a reason"."""
        for lane in self.lanes.values():
            lane.view.delegate.commit_editor()
            lane.commit_pending()

    def set_compact(self, compact: bool) -> None:
        """In a short pane the lanes leave out their descriptions (the tooltip and codebook have them)."""
        for lane in self.lanes.values():
            lane.set_compact(compact)

    def lane(self, dimension: Dimension) -> LaneWidget:
        return self.lanes[dimension]

    def focus_lane(self, position: int, *, add_field: bool = False) -> None:
        if not 0 <= position < len(DIMENSIONS):
            return
        lane = self.lanes[DIMENSIONS[position]]
        if add_field or lane.model.rowCount() == 0:
            lane.add_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            lane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move_selected(self, dimension: Dimension) -> bool:
        """Norm ▸ Move reason to (Alt+1…4): move the reason selected in the lane that has the focus."""
        focus = QApplication.focusWidget()
        for lane in self.lanes.values():
            if focus is not None and (focus is lane or lane.isAncestorOf(focus)):
                rationale = lane.view.current_rationale()
                if rationale is not None and rationale.dimension is not dimension:
                    self.moveRequested.emit(rationale.id, dimension)
                    return True
        return False

    def has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def select_rationale(self, rationale_id: int, *, take_focus: bool) -> bool:
        for lane in self.lanes.values():
            row = lane.model.row_of(rationale_id)
            if row is not None:
                lane.view.select_row(row)
                if take_focus:
                    lane.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False
