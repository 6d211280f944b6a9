"""A scroll area for a panel that may be too low for its window but never too narrow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """Scrolls ``content`` up and down where the window is too low for it (1920x1080 at 200 %, a
    big zoom), and asks for its full width, so nothing is ever cut at the side."""

    _least = -1
    """The content's least width when last asked. A class default as well: Qt may still deliver an
    event to a closed window's area after its Python object is gone, and PySide then makes a new one
    without running ``__init__``."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidget(content)  # a QScrollArea watches its content's events: eventFilter below
        self._least = self._least_width()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if name:
            self.setStyleSheet(
                f"QScrollArea#{name}, QScrollArea#{name} > QWidget > QWidget {{ background: transparent; }}"
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A row shown in the content (a panel's further options) may make it wider: then the
        layout around the scroll area is asked again, so the content gets its width."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            least = self._least_width()
            if least != self._least:
                self._least = least
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def _least_width(self) -> int:
        content = self.widget()
        if content is None:  # (a closing window's area, its content already gone)
            return 0
        return max(content.minimumWidth(), content.minimumSizeHint().width())

    def _bar(self) -> int:
        """Room for the scroll bar whether it shows or not: when it comes, nothing is pushed aside."""
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._least_width() + self._bar(), 0)


class LeastHeightContent(QWidget):
    """Content for a VerticalScroll that fills the room it is given and scrolls only below the
    least height it can live with at a width (``least``); a plain widget with wrapping text would
    have the scroll area make it as tall as it would like, and scroll the rest out of sight."""

    _least: Callable[[int], int] = staticmethod(lambda _width: 0)
    """(A class default too: see ``VerticalScroll._least``.)"""

    def __init__(self, least: Callable[[int], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least = least

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._least(width)
