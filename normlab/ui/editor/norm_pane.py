"""The middle of the window: the team's name, the filter bar, the table of norms and the add field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.model import Dimension, Status
from normlab.ui.editor.norm_filter import NormFilter, NormFilterProxy
from normlab.ui.editor.norm_model import NormTableModel
from normlab.ui.editor.norm_table import NormTableView
from normlab.ui.teams.team_model import count_text
from normlab.ui.widgets import style
from normlab.ui.widgets.after_paint import after_next_paint
from normlab.ui.widgets.capture_field import CaptureField
from normlab.ui.widgets.choice_box import ChoiceBox
from normlab.ui.widgets.elided_label import ElidedLabel
from normlab.ui.widgets.empty_state import EmptyState
from normlab.ui.widgets.flow_layout import FlowLayout
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.page_stack import PageStack
from normlab.ui.widgets.paint import warning_icon
from normlab.ui.widgets.words import dimension_label, status_label

tr = translator("NormPane")


def key_text(keys: str) -> str:
    """A shortcut as the platform and the interface language write it ("Ctrl+F", "Strg+F")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def dot_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class FilterBar(QWidget):
    def __init__(self, proxy: NormFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.search = QLineEdit(
            placeholderText=fill(tr("Filter by wording or reason…  (%1)"), key_text("Ctrl+F"))
        )
        self.search.addAction(self._escape_clears())
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Filter norms"))
        self.search.setAccessibleDescription(tr("Shows the norms whose words or reasons hold what you type"))
        self.dimension = ChoiceBox(16, accessibleName=tr("Filter by dimension"))
        self.dimension.setToolTip(tr("Show only norms with a reason in this dimension"))
        self.dimension.addItem(tr("All dimensions"), None)
        for dimension in Dimension:
            colour = style.dimension(dimension).strong
            self.dimension.addItem(dot_icon(colour), dimension_label(dimension), dimension.value)
        self.status = ChoiceBox(14, accessibleName=tr("Filter by status"))
        self.status.setToolTip(tr("Show only norms with this status"))
        self.status.addItem(tr("Any status"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.setting = ChoiceBox(14, accessibleName=tr("Filter by setting"))
        self.setting.setToolTip(tr("Show only norms that apply in this setting"))
        self.setting.addItem(tr("Any setting"), None)
        self.attention = QPushButton(warning_icon(), tr(" Needs attention"))
        self.attention.setAccessibleName(tr("Needs attention"))
        self.attention.setCheckable(True)
        self.attention.setToolTip(tr("Show only norms with a warning from the checks"))
        self.due = QPushButton(tr("Due", "a filter button: norms due for review"))
        self.due.setCheckable(True)
        self.due.setToolTip(tr("Show only the norms due for review: their review-by date has come"))
        self.due.setAccessibleName(tr("Due for review"))

        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 12)
        self._rows = (QHBoxLayout(), FlowLayout(spacing=8))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for row in self._rows:
            row.setSpacing(8)
            layout.addLayout(row)
        self._one_row: bool | None = None
        self._arrange(True)

        self.search.textChanged.connect(lambda text: proxy.update(text=text))
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.setting.currentIndexChanged.connect(lambda: proxy.update(setting=self.setting.currentData()))
        self.attention.toggled.connect(lambda on: proxy.update(needs_attention=on))
        self.due.toggled.connect(lambda on: proxy.update(due_on=date.today() if on else None))

    def _choices(self) -> tuple[QWidget, ...]:
        return (self.dimension, self.status, self.setting, self.attention, self.due)

    def _one_row_width(self) -> int:
        shown = [w for w in self._choices() if not w.isHidden()]
        return self.search.minimumWidth() + sum(w.sizeHint().width() + 8 for w in shown)

    def _arrange(self, one_row: bool) -> None:
        """All on one line where it fits; else the field on its own line and the choices under it,
        on as many lines as they need."""
        if one_row == self._one_row:
            return
        self._one_row = one_row
        top, bottom = self._rows
        for row in self._rows:
            while row.count():
                row.takeAt(0)
        top.addWidget(self.search, 1)
        for widget in self._choices():
            (top if one_row else bottom).addWidget(widget)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest choice: a narrow window puts the choices on lines of their own."""
        shown = [w for w in self._choices() if not w.isHidden()]
        widest = max([self.search.minimumWidth()] + [w.sizeHint().width() for w in shown])
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self._one_row_width())
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a new type size (View > Zoom), a choice shown
            self._fit_height()
        return super().event(event)

    def _fit_height(self) -> None:
        """The pane's layout does not ask how tall the wrapped lines are: say it as a minimum."""
        lines = self.layout().totalHeightForWidth(self.width())
        if lines != self.minimumHeight():
            self.setMinimumHeight(lines)

    def _escape_clears(self) -> QAction:
        """Esc in the filter field empties it (only while it has the focus)."""
        action = QAction(self.search)
        action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.search.clear)
        return action

    def _dimension_changed(self) -> None:
        value = self.dimension.currentData()
        self.proxy.update(dimension=Dimension(value) if value else None)

    def _status_changed(self) -> None:
        value = self.status.currentData()
        self.proxy.update(status=Status(value) if value else None)

    def set_settings(self, names: list[str]) -> None:
        current = self.setting.currentData()
        if [self.setting.itemData(i) for i in range(1, self.setting.count())] == names:
            return
        self.setting.blockSignals(True)
        self.setting.clear()
        self.setting.addItem(tr("Any setting"), None)
        for name in names:
            self.setting.addItem(name, name)
        found = self.setting.findData(current) if current is not None else 0
        self.setting.setCurrentIndex(max(0, found))
        self.setting.blockSignals(False)
        if current is not None and found < 0:
            self.proxy.update(setting=None)

    def show_filter(self, wanted: NormFilter) -> None:
        """Set the bar's fields to ``wanted`` and filter by it (a team's own filter, given back)."""
        fields = (self.search, self.dimension, self.status, self.setting, self.attention, self.due)
        for field in fields:
            field.blockSignals(True)
        self.search.setText(wanted.text)
        values = (wanted.dimension and wanted.dimension.value, wanted.status and wanted.status.value)
        for combo, value in (
            (self.dimension, values[0]),
            (self.status, values[1]),
            (self.setting, wanted.setting),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        if wanted.setting is not None and self.setting.findData(wanted.setting) < 0:
            wanted = replace(wanted, setting=None)
        self.attention.setChecked(wanted.needs_attention)
        self.due.setChecked(wanted.due_on is not None)
        for field in fields:
            field.blockSignals(False)
        due_on = date.today() if wanted.due_on is not None else None
        self.proxy.set_filter(replace(wanted, due_on=due_on))

    def clear(self) -> None:
        for combo in (self.dimension, self.status, self.setting):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.attention.setChecked(False)
        self.due.setChecked(False)
        self.proxy.clear()


BIG_TEAM = 2_000
"""From this many norms, the counts under the title (warnings, due dates) wait for the table's first paint."""


class NormPane(QWidget):
    currentNormChanged = Signal(object)
    """The selected norm's id, or None."""
    addRequested = Signal(str)
    starterRequested = Signal()
    newTeamRequested = Signal()

    def __init__(self, model: NormTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = NormFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._summary_timer = QTimer(self, singleShot=True, interval=0)
        self._counts_wait = False
        self._summary_timer.timeout.connect(self._update_summary)

        self.title = ElidedLabel(max_lines=1)
        self.title.setObjectName("TeamTitle")
        self.summary = ElidedLabel(max_lines=1)  # a new count repaints the line, not the window's layout
        self.summary.setObjectName("Muted")
        self.filters = FilterBar(self.proxy)

        self.table = NormTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Norms"))
        self.table.setAccessibleDescription(
            tr("Enter goes to the norm's reasons; Alt+Up and Alt+Down move it; F2 rewords it")
        )

        self.no_norms = EmptyState(
            tr("No norms yet — add one or copy a starter set"),
            tr(
                "Type a norm your team lives by in the field above, such as “Listen to others”, and press Enter."
            ),
        )
        self.no_norms.add_button(tr("Add a norm"), self.focus_add_field, primary=True)
        self.no_norms.add_button(tr("Copy a starter set…"), self.starterRequested.emit)
        self.no_match = EmptyState(tr("No norm matches the filter"))
        self.no_match.add_button(tr("Clear the filter"), self.filters.clear)
        self.no_team = EmptyState(
            tr("No teams yet"),
            tr("A team is a group that owns norms, such as “Maths department” or “ICU teaching”."),
        )
        self.no_team.add_button(tr("Create a team…"), self.newTeamRequested.emit, primary=True)
        self.no_team.add_button(tr("Copy a starter set…"), self.starterRequested.emit)

        self.stack = PageStack()
        for page in (self.table, self.no_norms, self.no_match, self.no_team):
            self.stack.addWidget(page)
        card = QFrame(objectName="Card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(1, 1, 1, 1)
        card_layout.addWidget(self.stack)

        self.add_field = CaptureField(placeholderText=fill(tr("Add a norm…  (%1)"), key_text("Ctrl+N")))
        self.add_field.setAccessibleName(tr("New norm"))
        self.add_button = QPushButton(tr("Add norm"), objectName="Primary")
        self.add_button.setToolTip(tr("Add the norm typed beside it"))
        self.add_field.setToolTip(tr("Type the norm as people say it, then press Enter"))
        self.title.setMinimumWidth(120)
        self.add_field.setMinimumWidth(220)

        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.summary)
        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addLayout(names, 3)
        heading.addSpacing(12)
        heading.addWidget(self.add_field, 2, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.setContentsMargins(2, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 6)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(card, 1)
        self._team_widgets = (self.title, self.summary, self.filters, self.add_field, self.add_button)

        self.add_field.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._rows_reset)  # (before _refresh_state hears of it)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            self.proxy.filterChanged,
        ):
            signal.connect(self._refresh_state)
        self._team_filters: dict[int, NormFilter] = {}
        self._filter_team: int | None = None
        model.teamLoaded.connect(self._team_loaded)
        self._team_loaded()

    # -- state ---------------------------------------------------------------------------------

    def _team_loaded(self) -> None:
        team = self.model.team
        for widget in self._team_widgets:
            widget.setVisible(team is not None)
        self.title.setText(team.name if team is not None else "")
        self.title.setToolTip(f"<qt>{escape(team.name)}</qt>" if team is not None else "")
        self.filters.set_settings(self.model.setting_names())
        self._give_back_filter(team.id if team is not None else None)
        self._counts_wait = team is not None and self.model.rowCount() >= BIG_TEAM
        self._refresh_state()
        if team is not None and self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.select_proxy_row(0)
        if team is not None:
            after_next_paint(self.table.viewport(), self._table_drawn)

    def _give_back_filter(self, team_id: int | None) -> None:
        """Each team keeps its own filter: the one left keeps it, the one shown gets its own back."""
        if team_id == self._filter_team:
            return
        if team_id is None:
            self._team_filters.clear()  # no team, or another database: the ids mean other teams
        elif self._filter_team is not None:
            self._team_filters[self._filter_team] = self.proxy.current
        self._filter_team = team_id
        self.filters.show_filter(self._team_filters.get(team_id, NormFilter()) if team_id else NormFilter())

    def _rows_reset(self) -> None:
        self._counts_wait = self.model.team is not None and self.model.rowCount() >= BIG_TEAM

    def _table_drawn(self) -> None:
        """The team's norms are on screen: a moment later count what the line under the title says,
        then ready every norm's words for the first filter keystroke."""
        QTimer.singleShot(0, self, self._count_after_paint)
        QTimer.singleShot(200, self.proxy, self.proxy.prepare)

    def _count_after_paint(self) -> None:
        if self._counts_wait:
            self._counts_wait = False
            self._update_summary()

    def _refresh_state(self) -> None:
        if self.model.team is None:
            self.stack.setCurrentWidget(self.no_team)
            return
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.stack.setCurrentWidget(self.no_norms)
        elif shown == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
        self._update_columns()
        if self.stack.currentWidget() is not self.table:
            self._counts_wait = False  # no table to wait for
        if not self._counts_wait:
            self._summary_timer.start()
        if self.sender() is self.model and self.model.team is not None:
            self.filters.set_settings(self.model.setting_names())

    def _update_columns(self) -> None:
        """The review-by column and the Due filter, for a team with review dates (before the first paint)."""
        if self.model.team is None:
            return
        dated = self.model.has_review_dates()
        self.table.show_review_column(dated)
        self.filters.due.setVisible(dated or self.filters.due.isChecked())

    def _update_summary(self) -> None:
        """The counts under the title; for a big team they wait until its table has been drawn."""
        if self.model.team is None:
            return
        total = self.model.rowCount()
        attention = self.model.attention_count()
        due = self.model.due_count()
        parts = [count_text(total)]
        if attention:
            parts.append(tr("%Ln need(s) attention", n=attention))
        if due:
            parts.append(tr("%Ln due for review", n=due))
        if self.proxy.current.active:
            parts.append(tr("%Ln shown", "norms that pass the filter", n=self.proxy.rowCount()))
        text = " · ".join(parts)
        if text != self.summary.text():
            self.summary.setText(text)
            self.summary.setToolTip(text)
            self.summary.setAccessibleName(text)

    def painted_widget(self) -> QWidget:
        """The widget that shows the norms now: the table's viewport, or the empty state instead."""
        page = self.stack.currentWidget()
        return self.table.viewport() if page is self.table else page

    def set_team_name(self, name: str) -> None:
        self.title.setText(name)
        self.title.setToolTip(f"<qt>{escape(name)}</qt>")

    # -- selection -----------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.table.selectionModel().select(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.currentNormChanged.emit(self.table.current_norm_id())

    def current_norm_id(self) -> int | None:
        return self.table.current_norm_id()

    def select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 1)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def select_norm(self, norm_id: int) -> bool:
        source_row = self.model.row_of(norm_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 1))
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 1))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def neighbour_index(self, norm_id: int, step: int) -> int | None:
        """Where in the team's order a norm goes when moved one visible row up (-1) or down (+1)."""
        source_row = self.model.row_of(norm_id)
        if source_row is None:
            return None
        row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
        target = row + step
        if row < 0 or not 0 <= target < self.proxy.rowCount():
            return None
        return self.proxy.mapToSource(self.proxy.index(target, 0)).row()

    # -- adding --------------------------------------------------------------------------------

    def focus_add_field(self) -> None:
        self.add_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.add_field.selectAll()

    def focus_filter(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _add(self) -> None:
        text = self.add_field.text().strip()
        if text:
            self.addRequested.emit(text)

    def added(self) -> None:
        """The norm typed in the add field was stored: clear the field for the next one."""
        self.add_field.reset()
