"""Dialogs that ask for more than one line: rewording a norm."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.sizing import size_dialog

tr = translator("RewordDialog")


class RewordDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reword norm"))
        intro = QLabel(
            tr(
                "The change is recorded as a revision, with the reasons as they stand now, so the team "
                "can see later whether the reasons moved too."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        before = QLabel(f"“{text}”")
        before.setWordWrap(True)
        before.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleDescription(tr("Enter rewords the norm"))
        self.text.setFixedHeight(80)
        self.text.selectAll()
        self.note = QLineEdit(placeholderText=tr("optional: why it changed, who agreed"))
        self.note.setAccessibleDescription(tr("Kept with the revision in the norm's history"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Reword"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Now:"), before)
        form.addRow(tr("&New wording:"), self.text)
        form.addRow(tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        size_dialog(self, 32, min_width=32)
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
