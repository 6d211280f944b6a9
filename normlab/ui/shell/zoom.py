"""View > Zoom: all the window's type larger or smaller, for a projector or a small screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from normlab.ui.shell.settings import UiSettings
from normlab.ui.widgets import style

STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)


class Zoom(QObject):
    """The zoom level: applied to the whole application and remembered in the settings."""

    changed = Signal(float)

    def __init__(self, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.level = min(STEPS, key=lambda step: abs(step - settings.zoom))

    def apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply(app, self.level)
        self.changed.emit(self.level)

    def set_level(self, level: float) -> None:
        level = min(STEPS, key=lambda step: abs(step - level))
        if level != self.level:
            self.level = level
            self._settings.zoom = level
            self.apply()

    def zoom_in(self) -> None:
        self.set_level(next((s for s in STEPS if s > self.level), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_level(next((s for s in reversed(STEPS) if s < self.level), STEPS[0]))

    def reset(self) -> None:
        self.set_level(1.0)

    def percent(self) -> str:
        return f"{round(self.level * 100)} %"
