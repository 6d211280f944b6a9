"""Dialogs that ask for more than one line: rewording a norm, copying a starter set."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class RewordDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reword norm")
        self.setMinimumWidth(560)
        intro = QLabel(
            "The change is recorded as a revision, with the rationales as they stand now, so the team "
            "can see later whether the reasons moved too."
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        before = QLabel(f"“{text}”")
        before.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        self.text.selectAll()
        self.note = QLineEdit(placeholderText="optional: why it changed, who agreed")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Reword")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Now:", before)
        form.addRow("New wording:", self.text)
        form.addRow("Note:", self.note)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self.text.installEventFilter(self)
        self._original = text
        self._check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The wording is one line: Enter rewords (as in the note field), it does not break the line.
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
                if ok.isEnabled():
                    self.accept()
                return True
        return super().eventFilter(watched, event)

    def values(self) -> tuple[str, str]:
        return " ".join(self.text.toPlainText().split()), self.note.text().strip()

    def _check(self) -> None:
        text, _ = self.values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) and text != self._original)

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> tuple[str, str] | None:
        dialog = cls(text, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


class StarterSetInfo(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def norm_count(self) -> int: ...


class StarterSetDialog(QDialog):
    """Pick a starter set and name the new team it is copied into."""

    def __init__(
        self,
        sets: Sequence[StarterSetInfo],
        suggest_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Copy a starter set")
        self.setMinimumSize(660, 500)
        self._suggest = suggest_name
        self._sets = list(sets)
        intro = QLabel(
            "Start a new team from a ready-made set of norms with the reasons commonly given for them."
        )
        intro.setWordWrap(True)
        self.list = QListWidget(objectName="StarterList")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for item_set in self._sets:
            count = "1 norm" if item_set.norm_count == 1 else f"{item_set.norm_count} norms"
            item = QListWidgetItem(f"{item_set.title}  ·  {count}\n{item_set.description}")
            item.setData(Qt.ItemDataRole.UserRole, item_set.id)
            self.list.addItem(item)
        self.name = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Copy into new team")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("New team's name:", self.name)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._picked)
        self.name.textChanged.connect(self._check)
        if self._sets:
            self.list.setCurrentRow(0)
        self._check()

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self._sets):
            self.name.setText(self._suggest(self._sets[row].title))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentRow() >= 0 and bool(self.name.text().strip()))

    def values(self) -> tuple[str, str]:
        return self._sets[self.list.currentRow()].id, self.name.text().strip()

    @classmethod
    def ask(
        cls, parent: QWidget | None, sets: Sequence[StarterSetInfo], suggest_name: Callable[[str], str]
    ) -> tuple[str, str] | None:
        dialog = cls(sets, suggest_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
