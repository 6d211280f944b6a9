"""Meeting > Start meeting… (Ctrl+M): the day, who is present, the agenda, a time box and the screen.

The agenda starts as the norms that are due for review, flagged by a check or proposed, in the
team's order; the list holds every norm, so norms can be added (Space), dropped (Space again) and
reordered (Alt+↑ / Alt+↓). If the team has a meeting still open, the dialog offers to continue it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.checks import warnings_for
from normlab.domain.meeting import default_agenda, earlier_roles, still_open
from normlab.domain.model import Norm, Session, Status, Team, split_roles
from normlab.domain.review import is_due
from normlab.ui.widgets.flow_layout import FlowLayout
from normlab.ui.widgets.i18n import day_format, day_text, fill, translator
from normlab.ui.widgets.sizing import size_dialog

tr = translator("Meeting")

NORM_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class MeetingPlan:
    """What the dialog was told; ``continue_id`` set means: take up that open meeting again."""

    held_on: date
    attendance: int | None
    roles: str
    agenda: tuple[int, ...]
    time_box: int | None
    screen: int
    """Index into the screens; -1 for a window instead of full screen."""
    continue_id: int | None = None


def why_on_agenda(norm: Norm, today: date) -> str:
    reasons = []
    if is_due(norm, today):
        reasons.append(tr("due for review"))
    if norm.status is Status.PROPOSED:
        reasons.append(tr("proposed", "a norm's status"))
    if norm.status is not Status.RETIRED and warnings_for(norm):
        reasons.append(tr("flagged by a check"))
    return ", ".join(reasons)


class DayField(QDateEdit):
    """A date where Tab goes on to the next field (←/→ move between day, month and year)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class AgendaList(QListWidget):
    """Every norm, ticked when it is on the agenda; Alt+↑ / Alt+↓ move the current one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            self.item(i).data(NORM_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )


def screen_names() -> list[str]:
    screens = QGuiApplication.screens()
    return [
        fill(
            tr("Full screen on %1 (%2×%3)"),
            s.name() or fill(tr("screen %1"), i + 1),
            s.size().width(),
            s.size().height(),
        )
        for i, s in enumerate(screens)
    ]


class StartMeetingDialog(QDialog):
    def __init__(
        self, team: Team, today: date, open_session: Session | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(tr("Start a meeting — %1"), team.name))
        self.team = team
        self.open_session = open_session
        self.plan: MeetingPlan | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        if open_session is not None:
            layout.addWidget(self._continue_box(open_session))

        self.day = DayField(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.day.setDisplayFormat(day_format())
        self.attendance = QSpinBox(minimum=0, maximum=999)
        self.attendance.setSpecialValueText(tr("not counted"))
        self.attendance.setAccessibleName(tr("How many are present"))
        self.roles = QLineEdit(placeholderText=tr("e.g. teachers, pupils, teaching assistant"))
        self.roles.setAccessibleName(tr("Roles present"))
        earlier = FlowLayout()
        earlier.setSpacing(6)
        known = earlier_roles(team)[:8]
        if known:
            earlier.addWidget(QLabel(tr("Earlier:"), objectName="Muted"))
        for role in known:
            button = QPushButton(role)
            button.setToolTip(fill(tr("Add “%1” to the roles present"), role))
            button.clicked.connect(lambda _checked=False, r=role: self._add_role(r))
            earlier.addWidget(button)
        roles_box = QVBoxLayout()
        roles_box.addWidget(self.roles)
        roles_box.addLayout(earlier)

        self.agenda = AgendaList()
        self.agenda.setAccessibleName(tr("Agenda"))
        suggested = default_agenda(team.norms, today)
        ordered = sorted(team.norms, key=lambda n: (n.id not in suggested, n.position))
        for norm in ordered:
            why = why_on_agenda(norm, today)
            item = QListWidgetItem(f"{norm.text}" + (f"   — {why}" if why else ""))
            item.setData(NORM_ROLE, norm.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = norm.id in suggested
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.agenda.addItem(item)
        self.agenda.setCurrentRow(0)
        self.agenda.setMinimumHeight(
            int(self.agenda.fontMetrics().lineSpacing() * 3.5)
        )  # it grows with the dialog
        agenda_hint = QLabel(
            tr(
                "Space adds or drops the norm · Alt+↑ / Alt+↓ move it · "
                "the meeting takes the ticked ones in this order"
            ),
            objectName="Hint",
        )
        agenda_hint.setWordWrap(True)
        move = QHBoxLayout()
        for text, step in ((tr("Move up"), -1), (tr("Move down"), 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=step: self.agenda.move_current(s))
            move.addWidget(button)
        move.addStretch(1)

        self.time_box = QSpinBox(minimum=0, maximum=240, suffix=tr(" min per norm"))
        self.time_box.setSpecialValueText(tr("no time box"))
        self.screen = QComboBox(accessibleName=tr("Where to show the meeting"))
        names = screen_names()
        for i, name in enumerate(names):
            self.screen.addItem(name, i)
        self.screen.addItem(tr("In a window"), -1)
        self.screen.setCurrentIndex(1 if len(names) > 1 else 0)  # a second screen is the projector

        form = QFormLayout()
        form.addRow(tr("&Date:"), self.day)
        form.addRow(tr("&Present:"), self.attendance)
        roles_label = QLabel(tr("&Roles:"))  # beside a box of fields: say which one Alt+R goes to
        roles_label.setBuddy(self.roles)
        form.addRow(roles_label, roles_box)
        form.addRow(tr("&Agenda:"), self.agenda)
        form.addRow("", agenda_hint)
        form.addRow("", move)
        form.addRow(tr("&Time box:"), self.time_box)
        form.addRow(tr("&Show on:"), self.screen)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(tr("&Start the meeting"), QDialogButtonBox.ButtonRole.AcceptRole)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.start)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        size_dialog(self, 35.5, min_width=35.5)
        self.day.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start.setDefault(True)  # Enter in any field starts the meeting

    def _continue_box(self, session: Session) -> QFrame:
        box = QFrame(objectName="WarningBanner")
        row = QHBoxLayout(box)
        left = len(still_open(session))
        text = QLabel(
            fill(
                tr("The meeting of %1 was not ended (%2 decided, %3 still open)."),
                day_text(session.held_on),
                len(session.decisions),
                left,
            )
        )
        text.setWordWrap(True)
        self.continue_button = QPushButton(tr("&Continue that meeting"))
        self.continue_button.clicked.connect(self._continue)
        row.addWidget(text, 1)
        row.addWidget(self.continue_button)
        return box

    def _add_role(self, role: str) -> None:
        roles = list(split_roles(self.roles.text()))
        if role.casefold() not in {r.casefold() for r in roles}:
            roles.append(role)
        self.roles.setText(", ".join(roles))

    def _plan(self, continue_id: int | None = None) -> MeetingPlan:
        attendance = self.attendance.value() or None
        return MeetingPlan(
            held_on=self.day.date().toPython(),
            attendance=attendance,
            roles=", ".join(split_roles(self.roles.text())),
            agenda=self.agenda.chosen(),
            time_box=self.time_box.value() or None,
            screen=self.screen.currentData(),
            continue_id=continue_id,
        )

    def _start(self) -> None:
        self.plan = self._plan()
        self.accept()

    def _continue(self) -> None:
        assert self.open_session is not None
        self.plan = self._plan(self.open_session.id)
        self.accept()
