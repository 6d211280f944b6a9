"""Asking for a norm's review-by date: one, three or six months on, a day of one's own, or none."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
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

KEEP = object()
"""What ``ReviewDateDialog.ask`` returns when the person cancelled."""


def step_text(months: int, start: date) -> str:
    unit = "month" if months == 1 else "months"
    return f"In &{months} {unit} ({months_later(start, months).strftime('%d %b %Y')})"


class ReviewDateDialog(QDialog):
    def __init__(
        self, norm_text: str, current: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review by")
        self.setMinimumWidth(460)
        self.chosen: date | None = current
        intro = QLabel(f"When will the team look at “{norm_text}” again? On that day it is due for review.")
        intro.setWordWrap(True)
        steps = QHBoxLayout()
        self.step_buttons: list[QPushButton] = []
        for months in REVIEW_STEPS:
            button = QPushButton(step_text(months, today))
            button.clicked.connect(lambda _checked=False, m=months: self._choose(months_later(today, m)))
            steps.addWidget(button)
            self.step_buttons.append(button)
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        start = current or months_later(today, REVIEW_STEPS[1])
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.day.setAccessibleName("Review-by date")
        own = QPushButton("Set this &date")
        own.clicked.connect(lambda: self._choose(self.day.date().toPython()))
        row = QHBoxLayout()
        row.addWidget(QLabel("Or on:"))
        row.addWidget(self.day, 1)
        row.addWidget(own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.clear = buttons.addButton("&No review date", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.clear.setEnabled(current is not None)
        self.clear.clicked.connect(lambda: self._choose(None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _choose(self, day: date | None) -> None:
        self.chosen = day
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None, norm_text: str, current: date | None, today: date) -> object:
        """The chosen day, None for "no review date", or ``KEEP`` when cancelled."""
        dialog = ReviewDateDialog(norm_text, current, today, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else KEEP
