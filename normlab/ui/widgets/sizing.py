"""Dialog sizes measured in lines of type, so that View > Zoom makes them larger too, and never
larger than the screen they open on (1920x1080 at 200 % is 960x540)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92
"""The most of the screen's free area a dialog takes."""


def line(widget: QWidget) -> float:
    """The height of a line of ``widget``'s type, in pixels: the unit of the sizes here."""
    return QFontMetricsF(widget.font()).height()


def screen_room(widget: QWidget) -> QSize:
    screen = QWidget.screen(widget) or QGuiApplication.primaryScreen()  # (a dialog may name a field "screen")
    free = screen.availableGeometry().size() if screen is not None else QSize(1024, 600)
    return QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))


def size_dialog(
    dialog: QWidget,
    width: float,
    height: float | None = None,
    *,
    min_width: float = 0,
    min_height: float = 0,
) -> None:
    """Open ``dialog`` ``width`` x ``height`` lines of type (its content's own size where that is
    more, its content's height where no height is given), at least ``min_width`` x ``min_height``
    lines while it is open, and all of it within the screen."""
    unit = line(dialog)
    room = screen_room(dialog)
    dialog.setMinimumSize(
        min(round(min_width * unit), room.width()), min(round(min_height * unit), room.height())
    )
    hint = dialog.sizeHint()
    wide = min(max(hint.width(), round(width * unit)), room.width())
    high = max(hint.height(), round(height * unit)) if height is not None else hint.height()
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():  # buttons that wrap onto more lines
        wrapped = layout.totalHeightForWidth(wide)
        high = max(high, wrapped)
        dialog.setMinimumHeight(max(dialog.minimumHeight(), min(wrapped, room.height())))
    dialog.resize(wide, min(high, room.height()))
