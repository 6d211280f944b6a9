"""The selected norm: its wording, setting, who it regulates, status, warnings, lanes and history."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.checks import NormWarning, unresolved_surface_change, warnings_for
from normlab.domain.model import Norm, Status
from normlab.domain.review import is_due
from normlab.ui.editor.history_view import HistoryView
from normlab.ui.editor.lanes import KEY_HINT, LanesPanel
from normlab.ui.editor.norm_model import day_text, warnings_tooltip
from normlab.ui.widgets import style
from normlab.ui.widgets.elided_label import ElidedLabel
from normlab.ui.widgets.empty_state import EmptyState
from normlab.ui.widgets.paint import warning_icon


class WarningChips(QWidget):
    """The norm's warnings as short amber chips; hovering one gives its plain-words explanation.

    Painted rather than built from labels so that, in a narrow window, the chips shorten (“…”)
    instead of pushing the window wider.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings: tuple[NormWarning, ...] = ()
        self._rects: list[QRectF] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def set_warnings(self, warnings: tuple[NormWarning, ...]) -> None:
        self.warnings = warnings
        self.setAccessibleName("; ".join(f"Warning: {w.title}. {w.explanation}" for w in warnings))
        self.updateGeometry()
        self.update()

    def _texts(self) -> list[str]:
        return [f"⚠  {w.title}" for w in self.warnings]

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = sum(metrics.horizontalAdvance(t) + 26 for t in self._texts())
        return QSize(int(width), int(metrics.height() + 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        texts = self._texts()
        natural = [metrics.horizontalAdvance(t) + 18 for t in texts]
        spare = self.width() - 8 * (len(texts) - 1)
        scale = min(1.0, spare / sum(natural)) if natural else 1.0
        x = max(0.0, self.width() - sum(w * scale for w in natural) - 8 * (len(texts) - 1))
        self._rects = []
        for text, width in zip(texts, natural, strict=True):
            rect = QRectF(x, 2, width * scale, self.height() - 4)
            painter.setPen(QColor("#F3D37A"))
            painter.setBrush(QColor(style.WARNING_TINT))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            painter.setPen(QColor("#7A3E06"))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 18)
            painter.drawText(rect.adjusted(9, 0, -9, 0), Qt.AlignmentFlag.AlignVCenter, shown)
            self._rects.append(rect)
            x += rect.width() + 8
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            for rect, warning in zip(self._rects, self.warnings, strict=False):
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), warnings_tooltip((warning,)), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


class NormDetail(QWidget):
    fieldEdited = Signal(str, str)
    """(field, new value) for setting, regulates or status."""
    rewordRequested = Signal()
    deleteRequested = Signal()
    reviewRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.norm: Norm | None = None

        self.title = QLabel(objectName="NormTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reword_button = QPushButton("Reword…")
        self.reword_button.setToolTip("Give the norm new wording and record the change as a revision (F2)")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete this norm with its rationales and history (Del; can be undone)")
        self.review = QPushButton(accessibleName="Review by")
        self.review.setToolTip("When the team means to look at this norm again (Ctrl+D)")
        self.review.clicked.connect(self.reviewRequested)
        self.reword_button.clicked.connect(self.rewordRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.review, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.reword_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.setting = QComboBox(editable=True, accessibleName="Setting")
        self.setting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setting.setMinimumContentsLength(16)
        self.setting.lineEdit().setPlaceholderText("where or when it applies")
        self.regulates = QLineEdit(placeholderText="e.g. pupils, trainees", accessibleName="Regulates")
        self.regulates.setMinimumWidth(150)
        self.status = QComboBox(accessibleName="Status")
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.warnings = WarningChips()
        fields = QHBoxLayout()
        fields.setSpacing(8)
        for caption, widget in (
            ("Setting", self.setting),
            ("Regulates", self.regulates),
            ("Status", self.status),
        ):
            label = QLabel(caption, objectName="Muted")
            label.setBuddy(widget)
            fields.addWidget(label)
            fields.addWidget(widget)
            fields.addSpacing(8)
        fields.addWidget(self.warnings, 1)

        self.lanes = LanesPanel()
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setDrawBase(False)
        self.tabs.addTab(self.lanes, "Rationales")
        self.tabs.addTab(self.history, "History")
        hint = ElidedLabel(KEY_HINT, 1)
        hint.setObjectName("Hint")
        hint.setToolTip(KEY_HINT)
        self.tabs.setCornerWidget(hint, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda index: hint.setVisible(index == 0))
        self.lanes.hint.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 6)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)

        self.empty = EmptyState(
            "Select a norm to see its rationales",
            "The reasons people give for a norm are sorted into four lanes: operational, "
            "interpersonal, discussional and ideational.",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.setting.lineEdit().editingFinished.connect(self._setting_edited)
        self.setting.activated.connect(lambda _i: self._setting_edited())
        self.regulates.editingFinished.connect(
            lambda: self._edited("regulates", self.regulates.text().strip())
        )
        self.status.activated.connect(lambda _i: self._edited("status", self.status.currentData()))

    def _setting_edited(self) -> None:
        self._edited("setting", self.setting.currentText().strip())

    def _edited(self, field: str, value: str) -> None:
        if self.norm is not None and str(getattr(self.norm, field)) != value:
            self.fieldEdited.emit(field, value)

    def show_norm(self, norm: Norm | None, settings: list[str]) -> None:
        self.norm = norm
        self.stack.setCurrentIndex(0 if norm is None else 1)
        self.lanes.set_norm(norm)
        self.history.set_norm(norm)
        if norm is None:
            return
        self.title.setText(norm.text)
        self.title.setToolTip(f"<qt>{escape(norm.text)}</qt>")
        if [self.setting.itemText(i) for i in range(self.setting.count())] != settings:
            self.setting.clear()
            self.setting.addItems(settings)
        if not (self.setting.hasFocus() and self.setting.lineEdit().isModified()):
            self.setting.setEditText(norm.setting)
            self.setting.lineEdit().setModified(False)
        if not (self.regulates.hasFocus() and self.regulates.isModified()):
            self.regulates.setText(norm.regulates)
            self.regulates.setModified(False)
        self.status.setCurrentIndex(max(0, self.status.findData(norm.status.value)))
        self._show_review(norm)
        self.warnings.set_warnings(warnings_for(norm))
        count = len(norm.revisions)
        self.tabs.setTabText(1, f"History ({count})" if count else "History")
        surface_only = unresolved_surface_change(norm) is not None
        self.tabs.setTabIcon(1, warning_icon() if surface_only else QIcon())

    def _show_review(self, norm: Norm) -> None:
        if norm.review_by is None:
            self.review.setText("Review by…")
            self.review.setStyleSheet("")
            return
        due = is_due(norm, date.today())
        self.review.setText(f"{'Due since' if due else 'Review by'} {day_text(norm.review_by)}")
        self.review.setStyleSheet(f"color: {style.DUE}; font-weight: 600;" if due else "")
