"""A tab widget that lays itself out again only when that changes something."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QTabWidget


class QuietTabWidget(QTabWidget):
    """``QTabWidget`` repaints all of itself on every layout request, and a request comes up from any
    label deep inside a page whose text changes (a count under the table, at each filter keystroke).
    This one passes a request on only when its tab bar or its own size hints have changed: otherwise
    laying out again would put everything where it already is, after repainting it all.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._hints: tuple[QSize, QSize, QSize, int] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            hints = (self.tabBar().sizeHint(), self.sizeHint(), self.minimumSizeHint(), self.count())
            if hints == self._hints:
                return True
            self._hints = hints
        return super().event(event)
