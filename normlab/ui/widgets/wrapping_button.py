"""A push button whose label goes onto two lines where the room is too narrow for one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


class WrappingButton(QPushButton):
    """Like QPushButton, for a long label in a narrow place (French "Copier un ensemble de départ…"
    in the sidebar at 1024 px): one line where it fits, else two, broken at the space nearest the
    middle. The whole label is always its accessible name."""

    _full = ""
    """(A class default too: see ``VerticalScroll._least``.)"""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        policy = self.sizePolicy()  # (a push button's is Minimum: never narrower than one line)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.setAccessibleName(text.replace("&", ""))

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self.setAccessibleName(text.replace("&", ""))
        self._fit(self.width())

    def full_text(self) -> str:
        return self._full

    def _advance(self, text: str) -> int:
        return max(self.fontMetrics().horizontalAdvance(line.replace("&", "")) for line in text.split("\n"))

    def _padding(self) -> int:
        """The stylesheet's padding and border either side (style.py: QPushButton), and a little air."""
        return 2 * (14 + 2) + 6

    def _two_lines(self) -> str:
        spaces = [i for i, c in enumerate(self._full) if c == " "]
        if not spaces:
            return self._full
        middle = len(self._full) / 2
        cut = min(spaces, key=lambda i: abs(i - middle))
        return f"{self._full[:cut]}\n{self._full[cut + 1 :]}"

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._advance(self._full) + self._padding(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._advance(self._two_lines()) + self._padding(), super().minimumSizeHint().height())

    def _fit(self, width: int) -> None:
        fits = self._advance(self._full) + self._padding() <= width or width <= 0
        wanted = self._full if fits else self._two_lines()
        if wanted != super().text():
            super().setText(wanted)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())
