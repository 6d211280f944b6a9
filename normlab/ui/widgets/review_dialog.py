"""Asking for a norm's review-by date: one, three or six months on, a day of one's own, or none."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.review import REVIEW_STEPS, months_later
from normlab.ui.widgets.flow_layout import FlowLayout
from normlab.ui.widgets.i18n import day_format, day_text, fill, translator
from normlab.ui.widgets.sizing import size_dialog

tr = translator("ReviewDialog")

KEEP = object()
"""What ``ReviewDateDialog.ask`` returns when the person cancelled."""


def step_text(months: int, start: date) -> str:
    """ "In &3 months (4 Mar 2027)": the & makes the number the button's Alt key."""
    return fill(tr("In &%n month(s) (%1)", n=months), day_text(months_later(start, months)))


class ReviewDateDialog(QDialog):
    def __init__(
        self, norm_text: str, current: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Review by"))
        self.chosen: date | None = current
        intro = QLabel(
            fill(tr("When will the team look at “%1” again? On that day it is due for review."), norm_text)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        steps = FlowLayout()
        self.step_buttons: list[QPushButton] = []
        for months in REVIEW_STEPS:
            button = QPushButton(step_text(months, today))
            button.setToolTip(tr("The review-by date is this many months from today"))
            button.clicked.connect(lambda _checked=False, m=months: self._choose(months_later(today, m)))
            steps.addWidget(button)
            self.step_buttons.append(button)
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat(day_format())
        start = current or months_later(today, REVIEW_STEPS[1])
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.day.setAccessibleName(tr("Review-by date"))
        self.day.setAccessibleDescription(tr("A day of your own: type it or pick it from the calendar"))
        own = QPushButton(tr("Set this &date"))
        own.setToolTip(tr("Review by the day chosen beside it"))
        own.clicked.connect(lambda: self._choose(self.day.date().toPython()))
        row = QHBoxLayout()
        on = QLabel(tr("&Or on:"))
        on.setBuddy(self.day)
        row.addWidget(on)
        row.addWidget(self.day, 1)
        row.addWidget(own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.clear = buttons.addButton(tr("&No review date"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.clear.setToolTip(tr("The norm gets no review-by date"))
        self.clear.setEnabled(current is not None)
        self.clear.clicked.connect(lambda: self._choose(None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addLayout(row)
        layout.addWidget(buttons)
        size_dialog(self, 26, min_width=26)

    def _choose(self, day: date | None) -> None:
        self.chosen = day
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None, norm_text: str, current: date | None, today: date) -> object:
        """The chosen day, None for "no review date", or ``KEEP`` when cancelled."""
        dialog = ReviewDateDialog(norm_text, current, today, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else KEEP
