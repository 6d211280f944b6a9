"""A scroll area for a panel that may be too low for its window but never too narrow."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """Scrolls ``content`` up and down where the window is too low for it (1920x1080 at 200 %, a
    big zoom), and asks for its full width, so nothing is ever cut at the side."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if name:
            self.setStyleSheet(
                f"QScrollArea#{name}, QScrollArea#{name} > QWidget > QWidget {{ background: transparent; }}"
            )

    def _bar(self) -> int:
        bar = self.verticalScrollBar()
        return bar.sizeHint().width() if bar.isVisible() else 0

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = max(content.minimumWidth(), content.minimumSizeHint().width())
        return QSize(width + self._bar(), 0)
