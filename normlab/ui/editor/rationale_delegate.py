"""Rationale cards in a lane: wrapped text, who said it, and a held/proposed pill; edited in place."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.model import Rationale, Stance
from normlab.ui.editor.lane_model import AGREED_ROLE, RATIONALE_ROLE
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.paint import chip_font, chip_size
from normlab.ui.widgets.words import stance_label

tr = translator("Lanes")

MARGIN_X = 6
MARGIN_Y = 4
PADDING = 9

Index = QModelIndex | QPersistentModelIndex


class RationaleEditor(QFrame):
    """The in-place editor: the words on top, who said them below. Enter saves, Esc cancels."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RationaleEditor")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"#RationaleEditor {{ background: {style.SURFACE}; border: 2px solid {style.ACCENT}; border-radius: 8px; }}"
        )
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("The reason's words"))
        self.text.setAccessibleDescription(tr("Enter saves · Shift+Enter for a new line · Esc cancels"))
        self.text.setFixedHeight(int(self.text.fontMetrics().lineSpacing() * 3 + 12))
        self.voice = QLineEdit(placeholderText=tr("Who said it? (optional)"))
        self.voice.setAccessibleName(tr("Who said it"))
        self.voice.setAccessibleDescription(tr("A role, such as pupil, nurse or teacher"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addWidget(self.voice)
        self.setToolTip(tr("Enter saves · Shift+Enter for a new line · Esc cancels"))
        self.setFocusProxy(self.text)
        for child in (self.text, self.voice):
            child.installEventFilter(self)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            plain = not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.finish(True)
                return True
            if key == Qt.Key.Key_Escape:
                self.finish(False)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._maybe_left)
        return False

    def _maybe_left(self) -> None:
        focus = QApplication.focusWidget()
        if not self._done and (focus is None or not self.isAncestorOf(focus)) and self.isVisible():
            self.finish(True)

    def finish(self, save: bool) -> None:
        if self._done:
            return
        self._done = True
        (self.submitted if save else self.cancelled).emit()

    def finished(self) -> bool:
        return self._done

    def mark_finished(self) -> None:
        self._done = True

    def values(self) -> tuple[str, str]:
        return " ".join(self.text.toPlainText().split()), self.voice.text().strip()


class RationaleDelegate(QStyledItemDelegate):
    """Paints a card per rationale and edits it in place.

    Saving does not write to the model: it emits ``editSubmitted`` (after the editor has closed)
    so the lane can push an undoable command.
    """

    editSubmitted = Signal(int, str, str)

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._editing: QPersistentModelIndex | None = None
        self._editor: RationaleEditor | None = None
        self._editor_height = 0

    # -- geometry ------------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        text_font = QFont(option.font)
        voice_font = QFont(option.font)
        voice_font.setItalic(True)
        voice_font.setPointSizeF(max(8.5, option.font.pointSizeF() - 1.5))
        return text_font, voice_font, chip_font(option.font)

    def _text_width(self, width: float) -> float:
        return max(60.0, width - 2 * MARGIN_X - 2 * PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        rationale: Rationale | None = index.data(RATIONALE_ROLE)
        if rationale is None:
            return QSize(0, 0)
        text_font, voice_font, pill_font = self._fonts(option)
        width = self._view.viewport().width()
        text_height = self._text_rect_height(text_font, rationale.text, self._text_width(width))
        footer = max(
            QFontMetricsF(voice_font).height(),
            chip_size(QFontMetricsF(pill_font), stance_label(Stance.PROPOSED))[1],
        )
        height = 2 * MARGIN_Y + 2 * PADDING + text_height + 6 + footer
        if self._editing is not None and self._editing == QPersistentModelIndex(index):
            height = max(height, self._editor_height + MARGIN_Y)  # room for the editor while it is open
        return QSize(int(width), int(height + 0.999))

    @staticmethod
    def _text_rect_height(font: QFont, text: str, width: float) -> float:
        metrics = QFontMetricsF(font)
        rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rationale: Rationale | None = index.data(RATIONALE_ROLE)
        if rationale is None:
            return
        colours = style.dimension(rationale.dimension)
        t = style.theme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) or (selected and self._view.hasFocus())
        text_font, voice_font, pill_font = self._fonts(option)
        card = QRectF(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)

        agreed: str = index.data(AGREED_ROLE) or ""

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if focused:
            painter.setPen(QPen(QColor(style.ACCENT), 2))
        elif selected or agreed:
            painter.setPen(QPen(QColor(colours.strong), 2 if agreed else 1.5))
        else:
            painter.setPen(QPen(QColor(t.border), 1))
        painter.setBrush(QColor(t.surface) if not selected else QColor(t.hover))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        if agreed:  # a band down the left edge, besides the "✓ Agreed" pill: agreed is never colour alone
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.strong))
            painter.drawRoundedRect(QRectF(card.left() + 1, card.top() + 6, 4, card.height() - 12), 2, 2)

        inner = card.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.setFont(text_font)
        painter.setPen(QColor(style.TEXT))
        text_height = self._text_rect_height(text_font, rationale.text, inner.width())
        text_rect = QRectF(inner.left(), inner.top(), inner.width(), text_height)
        options = QTextOption()
        options.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(text_rect, rationale.text, options)

        pill_metrics = QFontMetricsF(pill_font)
        label = stance_label(rationale.stance)
        pill_w, pill_h = chip_size(pill_metrics, label)
        footer_top = text_rect.bottom() + 6
        pill = QRectF(inner.right() - pill_w, footer_top, pill_w, pill_h)
        painter.setFont(pill_font)
        if rationale.stance is Stance.HELD:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.strong))
            painter.drawRoundedRect(pill, pill_h / 2, pill_h / 2)
            painter.setPen(QColor(colours.on_strong))
        else:
            painter.setPen(QPen(QColor(colours.strong), 1.4, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(colours.tint))
            painter.drawRoundedRect(pill.adjusted(0.7, 0.7, -0.7, -0.7), pill_h / 2, pill_h / 2)
            painter.setPen(QColor(colours.text))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

        taken = pill_w + 8
        if agreed:
            mark_w = chip_size(pill_metrics, agreed)[0]
            mark = QRectF(pill.left() - 6 - mark_w, footer_top, mark_w, pill_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.TEXT))
            painter.drawRoundedRect(mark, 4, 4)
            painter.setPen(QColor(t.surface))
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, agreed)
            taken += mark_w + 6

        if rationale.voice:
            painter.setFont(voice_font)
            painter.setPen(QColor(style.MUTED))
            voice_rect = QRectF(inner.left(), footer_top, inner.width() - taken, pill_h)
            voice = QFontMetricsF(voice_font).elidedText(
                f"— {rationale.voice}", Qt.TextElideMode.ElideRight, voice_rect.width()
            )
            painter.drawText(voice_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, voice)
        painter.restore()

    # -- editing -------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = RationaleEditor(parent)
        self._editor = editor
        editor.submitted.connect(lambda: self._submit(editor))
        editor.cancelled.connect(lambda: self._close(editor))
        self._editing = QPersistentModelIndex(index)
        self._editor_height = editor.sizeHint().height()
        self.sizeHintChanged.emit(QModelIndex(self._editing))
        QTimer.singleShot(
            0, lambda: self._view.scrollTo(QModelIndex(self._editing)) if self._editing else None
        )
        return editor

    def _close(self, editor: RationaleEditor) -> None:
        if self._editor is editor:
            self._editor = None
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        editing, self._editing = self._editing, None
        if editing is not None and editing.isValid():
            self.sizeHintChanged.emit(QModelIndex(editing))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        rationale: Rationale | None = index.data(RATIONALE_ROLE)
        if isinstance(editor, RationaleEditor) and rationale is not None:
            editor.text.setPlainText(rationale.text)
            editor.text.selectAll()
            editor.voice.setText(rationale.voice)
            editor.setProperty("rationale_id", rationale.id)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Nothing is written here: ``_submit`` hands the words to an undoable command."""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect.adjusted(MARGIN_X - 2, MARGIN_Y - 2, -MARGIN_X + 2, 0)
        rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)

    def _submit(self, editor: RationaleEditor, *, now: bool = False) -> None:
        rationale_id = editor.property("rationale_id")
        text, voice = editor.values()
        self._close(editor)
        if rationale_id is not None and text:
            if now:
                self.editSubmitted.emit(int(rationale_id), text, voice)
            else:  # later, once the editor is gone: the command reloads this lane's model
                QTimer.singleShot(0, lambda: self.editSubmitted.emit(int(rationale_id), text, voice))

    def is_editing(self) -> bool:
        return self._editor is not None

    def commit_editor(self) -> None:
        """Save the card being edited at once (the window closes, another norm is shown)."""
        editor = self._editor
        if editor is not None and not editor.finished():
            editor.mark_finished()
            self._submit(editor, now=True)
