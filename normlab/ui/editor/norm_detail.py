"""The selected norm: its wording, setting, who it regulates, status, warnings, lanes and history."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QIcon, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.checks import NormWarning, unresolved_surface_change, warnings_for
from normlab.domain.model import Norm, Status
from normlab.domain.review import is_due
from normlab.ui.editor.history_view import HistoryView
from normlab.ui.editor.lanes import LanesPanel, key_hint
from normlab.ui.editor.norm_model import warnings_tooltip
from normlab.ui.widgets import style
from normlab.ui.widgets.elided_label import ElidedLabel
from normlab.ui.widgets.empty_state import EmptyState
from normlab.ui.widgets.i18n import day_text, fill, translator
from normlab.ui.widgets.page_stack import PageStack
from normlab.ui.widgets.paint import warning_icon
from normlab.ui.widgets.vertical_scroll import LeastHeightContent, VerticalScroll
from normlab.ui.widgets.words import status_label, warning_text, warning_title

tr = translator("NormDetail")


class WarningChips(QWidget):
    """The norm's warnings as short amber chips; hovering one gives its plain-words explanation.

    Chips that do not fit side by side wrap onto further lines (the widget grows taller); only a
    chip wider than the whole line is shortened (“…”), and its tooltip still says everything.
    """

    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings: tuple[NormWarning, ...] = ()
        self._rects: list[QRectF] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_warnings(self, warnings: tuple[NormWarning, ...]) -> None:
        self.warnings = warnings
        self.setAccessibleName(
            "; ".join(fill(tr("Warning: %1. %2"), warning_title(w), warning_text(w)) for w in warnings)
        )
        self.updateGeometry()
        self.update()

    def _texts(self) -> list[str]:
        return [f"⚠  {warning_title(w)}" for w in self.warnings]

    def natural_widths(self) -> list[float]:
        metrics = QFontMetricsF(self.font())
        return [metrics.horizontalAdvance(t) + 20 for t in self._texts()]

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 14

    def chip_rects(self, width: float) -> list[QRectF]:
        """Where each chip goes at ``width``: left to right, a new line when one does not fit."""
        rects: list[QRectF] = []
        x = y = 0.0
        line = self._line_height()
        for natural in self.natural_widths():
            chip = min(natural, width)
            if x > 0 and x + chip > width:
                x, y = 0.0, y + line
            rects.append(QRectF(x, y + 2, chip, line - 4))
            x += chip + self.GAP
        return rects

    def cut_chips(self) -> list[str]:
        """The chips shortened at the current width (none, unless one is wider than the line)."""
        rects = self.chip_rects(self.width())
        return [
            t
            for t, r, n in zip(self._texts(), rects, self.natural_widths(), strict=True)
            if r.width() < n - 0.5 or r.right() > self.width() + 0.5 or r.bottom() > self.height() + 0.5
        ]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self.chip_rects(width)
        return int(rects[-1].bottom() + 2) if rects else 0

    def sizeHint(self) -> QSize:
        widths = self.natural_widths()
        width = sum(widths) + self.GAP * max(0, len(widths) - 1)
        return QSize(int(width + 1), int(self._line_height()) if widths else 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(int(max(self.natural_widths(), default=0) + 1), 160), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        self._rects = self.chip_rects(self.width())
        for text, rect in zip(self._texts(), self._rects, strict=True):
            painter.setPen(QColor(style.theme().warning_border))
            painter.setBrush(QColor(style.WARNING_TINT))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            painter.setPen(QColor(style.WARNING))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 18)
            painter.drawText(rect.adjusted(9, 0, -9, 0), Qt.AlignmentFlag.AlignVCenter, shown)
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


LONG_NORM = 160
"""Wording longer than this (characters) is shown in smaller type."""
TITLE_LINES = 4
"""The norm's wording takes at most this many lines before it scrolls."""
SHORT_TITLE_LINES = 2
"""…and at most this many where the pane is short (a laptop on a projector), so the lanes keep room."""
SHORT_PANE = 420
"""A pane lower than this (pixels at the current type size: see ``_short``) is short."""


class KeyHint(ElidedLabel):
    """The keys of the lanes, beside the tabs: no wider than the room it is given."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(self.maximumSize())


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
        self.title.setAccessibleName(tr("The norm's wording"))
        self.reword_button = QPushButton(tr("Reword…"))
        self.reword_button.setToolTip(
            tr("Give the norm new wording and record the change as a revision (F2)")
        )
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(
            tr("Delete this norm with its reasons and history (Del; can be undone)")
        )
        self.review = QPushButton(accessibleName=tr("Review by"))
        self.review.setToolTip(tr("When the team means to look at this norm again (Ctrl+D)"))
        self.review.clicked.connect(self.reviewRequested)
        self.reword_button.clicked.connect(self.rewordRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        self.title_area = QScrollArea()  # a long norm (500 characters) wraps and scrolls, never cut
        self.title_area.setWidget(self.title)
        self.title_area.setWidgetResizable(True)
        self.title_area.setFrameShape(QFrame.Shape.NoFrame)
        self.title_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title_area, 1)
        title_row.addWidget(self.review, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.reword_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.setting = QComboBox(editable=True, accessibleName=tr("Setting"))
        self.setting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setting.setMinimumContentsLength(10)
        self.setting.lineEdit().setPlaceholderText(tr("where or when it applies"))
        self.setting.setToolTip(
            tr("Where or when the norm applies: pick one the team uses or type a new one")
        )
        self.regulates = QLineEdit(
            placeholderText=tr("e.g. pupils, trainees"), accessibleName=tr("Who is it for?")
        )
        self.regulates.setToolTip(tr("Whose behaviour the norm is about"))
        self.regulates.setMinimumWidth(110)
        self.status = QComboBox(accessibleName=tr("Status"))
        self.status.setToolTip(tr("Current, proposed or retired"))
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.warnings = WarningChips()
        fields = QHBoxLayout()
        fields.setSpacing(8)
        for caption, widget in (
            (tr("Se&tting"), self.setting),
            (tr("&Who is it for?"), self.regulates),
            (tr("Stat&us"), self.status),
        ):
            label = QLabel(caption, objectName="Muted")
            label.setBuddy(widget)
            fields.addWidget(label)
            fields.addWidget(widget, 1 if widget is not self.status else 0)
            fields.addSpacing(8)
        fields.addStretch(0)

        self.lanes = LanesPanel()
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setDrawBase(False)
        self.tabs.addTab(self.lanes, tr("Reasons", "a tab"))
        self.tabs.addTab(self.history, tr("History", "a tab"))
        self.tabs.setAccessibleName(tr("The norm's reasons and history"))
        self.key_hint = hint = KeyHint(key_hint(), 1)
        hint.setObjectName("Hint")
        hint.setToolTip(key_hint())
        self.tabs.setCornerWidget(hint, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda _index: self._fit_key_hint())
        self.lanes.hint.hide()

        self._content = content = LeastHeightContent(self._least_height)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 6)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(fields)
        layout.addWidget(self.warnings)  # its own line: the chips wrap there instead of being cut
        layout.addWidget(self.tabs, 1)

        self.empty = EmptyState(
            tr("Select a norm to see its reasons"),
            tr(
                "The reasons people give for a norm are sorted into four lanes: operational, "
                "interpersonal, discussional and ideational."
            ),
        )
        # Where even that is too low (1024x600, big zoom), the pane scrolls instead of squashing the lanes.
        self.scroll = VerticalScroll(content, name="DetailScroll")
        self.stack = PageStack()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.setting.lineEdit().editingFinished.connect(self._setting_edited)
        self.setting.activated.connect(lambda _i: self._setting_edited())
        self.regulates.editingFinished.connect(
            lambda: self._edited("regulates", self.regulates.text().strip())
        )
        self.status.activated.connect(lambda _i: self._edited("status", self.status.currentData()))

    def commit_open_edits(self) -> None:
        """Save everything typed for the norm shown that is not saved yet."""
        if self.norm is None:
            return
        if self.setting.lineEdit().isModified():
            self.setting.lineEdit().setModified(False)
            self._setting_edited()
        if self.regulates.isModified():
            self.regulates.setModified(False)
            self._edited("regulates", self.regulates.text().strip())
        self.lanes.commit_open_edits()

    def _setting_edited(self) -> None:
        self._edited("setting", self.setting.currentText().strip())

    def _edited(self, field: str, value: str) -> None:
        if self.norm is not None and str(getattr(self.norm, field)) != value:
            self.fieldEdited.emit(field, value)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_key_hint()
        self._fit_title()
        self.lanes.set_compact(self._short())

    def _fit_title(self) -> None:
        """As tall as the wording needs, up to a few lines; a longer one scrolls."""
        lines = QFontMetricsF(self.title.font()).lineSpacing()
        needed = self.title.heightForWidth(max(1, self.title_area.viewport().width()))
        most = SHORT_TITLE_LINES if self._short() else TITLE_LINES
        self.title_area.setFixedHeight(int(min(max(needed, lines), lines * most) + 2))
        self._content.updateGeometry()  # the scroll area asks its least height again

    def _least_height(self, width: int) -> int:
        """The details' least height at ``width``: the wording as fitted, the fields, the chips on
        as many lines as they take there, and the lanes with room for a reason each."""
        layout = self._content.layout()
        margins = layout.contentsMargins()
        fields = max(w.sizeHint().height() for w in (self.setting, self.regulates, self.status))
        title = max(self.title_area.height(), self.review.sizeHint().height())
        chips = self.warnings.heightForWidth(width - margins.left() - margins.right())
        parts = (title, fields, chips, self.tabs.minimumSizeHint().height())
        return margins.top() + margins.bottom() + sum(parts) + layout.spacing() * (len(parts) - 1)

    def _short(self) -> bool:
        return self.height() < SHORT_PANE * QFontMetricsF(self.font()).height() / 17

    def _fit_key_hint(self) -> None:
        """The key hint beside the tabs takes only the room the tabs leave, and goes when that is
        too little to read (its text is also the lanes' tooltip); the tabs are never squeezed."""
        room = self.tabs.width() - self.tabs.tabBar().sizeHint().width() - 24
        self.key_hint.setFixedWidth(max(0, room))
        self.key_hint.setVisible(self.tabs.currentIndex() == 0 and room >= 160)
        QCoreApplication.sendEvent(self.tabs, QEvent(QEvent.Type.LayoutRequest))  # place the corner again

    def show_norm(self, norm: Norm | None, settings: list[str]) -> None:
        self.norm = norm
        self.stack.setCurrentIndex(0 if norm is None else 1)
        self.lanes.set_norm(norm)
        self.history.set_norm(norm)
        if norm is None:
            return
        self.title.setText(norm.text)
        long = len(norm.text) > LONG_NORM
        if self.title.objectName() != ("NormTitleLong" if long else "NormTitle"):
            self.title.setObjectName("NormTitleLong" if long else "NormTitle")
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
        self._fit_title()
        self.title.setToolTip(f"<qt>{escape(norm.text)}</qt>")
        if [self.setting.itemText(i) for i in range(self.setting.count())] != settings:
            self.setting.clear()
            self.setting.addItems(settings)
        if not (self.setting.hasFocus() and self.setting.lineEdit().isModified()):
            self.setting.setEditText(norm.setting)
            self.setting.lineEdit().setModified(False)
            self.setting.lineEdit().setCursorPosition(0)  # a long one shows its beginning
        if not (self.regulates.hasFocus() and self.regulates.isModified()):
            self.regulates.setText(norm.regulates)
            self.regulates.setModified(False)
            self.regulates.setCursorPosition(0)
        self.status.setCurrentIndex(max(0, self.status.findData(norm.status.value)))
        self._show_review(norm)
        self.warnings.set_warnings(() if norm.status is Status.RETIRED else warnings_for(norm))
        self._content.updateGeometry()
        count = len(norm.revisions)
        self.tabs.setTabText(
            1,
            fill(tr("History (%1)", "a tab, with the number of revisions"), count)
            if count
            else tr("History", "a tab"),
        )
        surface_only = unresolved_surface_change(norm) is not None
        self.tabs.setTabIcon(1, warning_icon() if surface_only else QIcon())

    def _show_review(self, norm: Norm) -> None:
        if norm.review_by is None:
            self.review.setText(tr("Review by…"))
            self.review.setStyleSheet("")
            return
        due = is_due(norm, date.today())
        text = (
            tr("Due since %1", "a button: due for review since a day")
            if due
            else tr("Review by %1", "a button")
        )
        self.review.setText(fill(text, day_text(norm.review_by)))
        self.review.setStyleSheet(f"color: {style.DUE}; font-weight: 600;" if due else "")
