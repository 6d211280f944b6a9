"""Run something once a widget has been drawn: work the first picture does not need waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, call: Callable[[], object]) -> None:
        super().__init__(widget)
        self._call = call
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._done)
        return False

    def _done(self) -> None:
        self._call()
        self.deleteLater()


def after_next_paint(widget: QWidget, call: Callable[[], object]) -> None:
    """Call ``call`` right after ``widget`` next paints (not during that paint); never if it does not."""
    _AfterPaint(widget, call)
