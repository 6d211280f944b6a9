"""A calm one-line banner that says why something cannot be done yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from normlab.ui.widgets.prompts import sentence


class Banner(QFrame):
    """A calm, one-line explanation (for example of why there is no PDF), hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WarningBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(sentence(message))
        self.setAccessibleDescription(self.text.text())
        self.show()

    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""

    def clear(self) -> None:
        self.text.clear()
        self.hide()
