"""The side bar: the teams, and the selected team's profile."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.checks import TeamProfile
from normlab.ui.teams.profile_chart import ProfileChart
from normlab.ui.teams.team_model import COUNT_ROLE, DUE_ROLE, TEAM_ID_ROLE, TeamListModel, count_text
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.wrapping_button import WrappingButton

tr = translator("Teams")

Index = QModelIndex | QPersistentModelIndex


class TeamDelegate(QStyledItemDelegate):
    """A team's name, with its number of norms (and how many are due for review) in small type underneath."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), option.fontMetrics.height() * 2 + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(6, 2, -6, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.SURFACE))
            painter.drawRoundedRect(rect, 8, 8)
            painter.setBrush(QColor(style.ACCENT))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top() + 8, 4, rect.height() - 16), 2, 2)
        elif hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.theme().hover))
            painter.drawRoundedRect(rect, 8, 8)
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold if selected else QFont.Weight.Normal)
        small = QFont(option.font)
        small.setPointSizeF(max(8.5, option.font.pointSizeF() - 1.5))
        text_rect = rect.adjusted(14, 6, -8, -6)
        half = text_rect.height() / 2
        painter.setFont(name_font)
        painter.setPen(QColor(style.TEXT))
        name = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(
            QRectF(text_rect.left(), text_rect.top(), text_rect.width(), half),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.setFont(small)
        painter.setPen(QColor(style.MUTED))
        line = QRectF(text_rect.left(), text_rect.top() + half, text_rect.width(), half)
        count = count_text(index.data(COUNT_ROLE) or 0)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, count)
        due = index.data(DUE_ROLE) or 0
        if due:
            left = line.left() + painter.fontMetrics().horizontalAdvance(count + " ")
            bold = QFont(small)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            painter.setPen(QColor(style.DUE))
            text = painter.fontMetrics().elidedText(
                tr("· %Ln due", "after a team's number of norms: how many are due for review", n=due),
                Qt.TextElideMode.ElideRight,
                int(line.right() - left),
            )
            painter.drawText(
                QRectF(left, line.top(), line.right() - left, half), Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.restore()


class TeamListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamList")

    def sizeHint(self) -> QSize:
        """No taller than it must be: the sidebar gives it whatever height is left over."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                self.viewport().rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                tr("No teams yet. Create one below or copy a starter set."),
            )
            painter.end()


class TeamSidebar(QFrame):
    teamSelected = Signal(object)
    """The selected team's id, or None."""
    newTeamRequested = Signal()
    starterRequested = Signal()

    def __init__(self, model: TeamListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.model = model
        self._team_id: int | None = None

        heading = QLabel(tr("TEAMS", "a heading in capitals"), objectName="SidebarHeading")
        self.list = TeamListView()
        self.list.setModel(model)
        self.list.setItemDelegate(TeamDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMouseTracking(True)
        self.list.setAccessibleName(tr("Teams"))
        self.list.setAccessibleDescription(tr("Choose a team to see its norms (Ctrl+T comes here)"))
        heading.setBuddy(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = WrappingButton(tr("+  New team"))
        self.new_button.setAccessibleName(tr("New team"))
        self.new_button.setToolTip(tr("Create an empty team (Ctrl+Shift+N)"))
        self.starter_button = WrappingButton(tr("Copy a starter set…"))
        self.starter_button.setToolTip(
            tr("Copy a ready-made set of norms and their reasons into this team or a new one")
        )
        self.new_button.clicked.connect(self.newTeamRequested)
        self.starter_button.clicked.connect(self.starterRequested)

        self._fitting = False
        self._fit_width()
        self.profile_heading = QLabel(
            tr("TEAM PROFILE", "a heading in capitals"), objectName="SidebarHeading"
        )
        self.chart = ProfileChart()
        self.profile_summary = QLabel(objectName="Muted")
        self.profile_summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.starter_button)
        layout.addSpacing(10)
        layout.addWidget(self.profile_heading)
        layout.addWidget(self.chart)
        layout.addWidget(self.profile_summary)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._restore_selection)

    @property
    def team_id(self) -> int | None:
        return self._team_id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        team_id = current.data(TEAM_ID_ROLE) if current.isValid() else None
        if team_id != self._team_id:
            self._team_id = team_id
            self.teamSelected.emit(team_id)

    def _restore_selection(self) -> None:
        """After the list was rebuilt, keep the same team selected, or the first if it is gone."""
        self.select_team(self._team_id)

    def _fit_width(self) -> None:
        """At least as wide as its buttons need at the current type size (View > Zoom)."""
        if self._fitting:  # asking the buttons their size polishes them, which may land here again
            return
        self._fitting = True
        try:
            widest = max(b.minimumSizeHint().width() for b in (self.new_button, self.starter_button))
            self.setMinimumWidth(max(200, widest + 28))
        finally:
            self._fitting = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def select_team(self, team_id: int | None, *, announce: bool = False) -> None:
        """Select ``team_id`` (the first team if it is not there); ``announce`` even if unchanged."""
        before = self._team_id
        row = self.model.row_of(team_id) if team_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self._team_id = None
            if before is not None or announce:
                self.teamSelected.emit(None)
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if announce and self._team_id == before:
            self.teamSelected.emit(self._team_id)

    def set_profile(self, profile: TeamProfile | None) -> None:
        self.chart.set_profile(profile)
        for widget in (self.profile_heading, self.chart, self.profile_summary):
            widget.setVisible(profile is not None)
        if profile is None:
            self.profile_summary.setText("")
            return
        parts = [tr("%Ln active norm(s)", n=profile.norms)]
        if profile.unexamined:
            parts.append(tr("%Ln not examined yet", n=profile.unexamined))
        if profile.operational_only:
            parts.append(tr("%Ln rest(s) only on the rule", n=profile.operational_only))
        if profile.with_gap:
            parts.append(tr("%Ln with a gap to work on", n=profile.with_gap))
        if profile.surface_only:
            parts.append(tr("%Ln reworded on the surface only", n=profile.surface_only))
        self.profile_summary.setText("\n".join(parts))
