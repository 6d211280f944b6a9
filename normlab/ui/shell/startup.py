"""What the command line asks of the first window: its size, a screenshot, quitting once drawn.

``StartupOptions`` holds ``--window-size``, ``--screenshot``, ``--exit-after-startup``, ``--team`` and
``--meeting``;
``watch_startup`` applies them to any top-level widget (the main window, or a screen opened
straight from the command line), so every such screen can be checked headless the same way.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 50
"""After the first paint, let queued layout and timer work run before the picture is taken."""


@dataclass(frozen=True, slots=True)
class StartupOptions:
    window_size: tuple[int, int] | None = None
    """Width and height in screen pixels (the picture's pixels, whatever the scaling)."""
    screenshot: Path | None = None
    exit_after_startup: bool = False
    team: str | None = None
    meeting: str | None = None
    """Open straight into the meeting screen of this team (today's meeting, new if there is none)."""

    @property
    def headless_check(self) -> bool:
        """A run that only takes a picture or times the start: the user's settings are left alone."""
        return self.screenshot is not None


def parse_window_size(text: str) -> tuple[int, int]:
    """'1280x800' -> (1280, 800); ValueError with a one-line reason otherwise."""
    width, sep, height = text.strip().lower().replace("×", "x").partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f"expected WIDTHxHEIGHT such as 1280x800, not “{text}”")
    size = int(width), int(height)
    if not all(200 <= side <= 16384 for side in size):
        raise ValueError(f"{text} is out of range: each side must be 200 to 16384 pixels")
    return size


def check_screenshot_path(path: Path) -> str | None:
    """Why a picture could not be saved at ``path`` (before any window opens), or None."""
    if path.is_dir():
        return f"{path} is a folder; give a file name such as {path / 'normlab.png'}"
    folder = path.parent
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} cannot be written to"
    return None


def apply_window_size(widget: QWidget, size: tuple[int, int]) -> None:
    """Make ``widget`` exactly ``size`` screen pixels, at whatever scaling the screen has."""
    ratio = widget.devicePixelRatioF() or 1.0
    logical = QSize(round(size[0] / ratio), round(size[1] / ratio))
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), logical.width()), min(minimum.height(), logical.height()))
    widget.resize(logical)


def save_png(image: QImage | QPixmap, path: Path) -> None:
    """Write a PNG through a temporary file and a rename, so a failed save leaves nothing behind."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        if not image.save(temp_name, "PNG"):
            raise OSError(f"the picture could not be written to {path}")
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def grab_exactly(widget: QWidget, size: tuple[int, int] | None) -> QImage:
    """The widget as drawn now; exactly ``size`` pixels when given (rounding at odd scalings is
    absorbed by the window's background)."""
    image = widget.grab().toImage()
    if size is None or (image.width(), image.height()) == size:
        return image
    exact = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    exact.fill(widget.palette().window().color() if widget.palette() else QColor("white"))
    painter = QPainter(exact)
    image.setDevicePixelRatio(1.0)
    painter.drawImage(0, 0, image)
    painter.end()
    return exact


class StartupWatch(QObject):
    """Waits for ``painted`` (a part of ``window``) to paint once, then takes the picture and quits
    as the options say. ``done(exit code)`` is called when the run should end."""

    def __init__(
        self,
        window: QWidget,
        painted: QWidget,
        options: StartupOptions,
        done: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._options = options
        self._done = done
        self._seen = False
        self._painted = painted
        painted.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            self._painted.removeEventFilter(self)
            if self._options.screenshot is not None:
                QTimer.singleShot(SETTLE_MS, self._capture)
            elif self._options.exit_after_startup:
                QTimer.singleShot(0, lambda: self._done(0))  # after this paint has finished
        return False

    def _capture(self) -> None:
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
        path = self._options.screenshot
        assert path is not None
        size = self._options.window_size
        if size is not None and self._window.size() != _logical(self._window, size):
            apply_window_size(self._window, size)  # a window manager changed it; ask once more
            QApplication.processEvents()
        try:
            save_png(grab_exactly(self._window, size), path)
        except OSError as exc:
            print(f"normlab: --screenshot: {exc}", file=sys.stderr)
            self._done(1)
            return
        if self._options.exit_after_startup:
            self._done(0)


def _logical(widget: QWidget, size: tuple[int, int]) -> QSize:
    ratio = widget.devicePixelRatioF() or 1.0
    return QSize(round(size[0] / ratio), round(size[1] / ratio))


def watch_startup(
    window: QWidget, painted: QWidget, options: StartupOptions, done: Callable[[int], None]
) -> StartupWatch | None:
    """Size ``window`` as asked and, when a picture or a quick exit is wanted, watch its first paint."""
    if options.window_size is not None:
        apply_window_size(window, options.window_size)
    if options.screenshot is None and not options.exit_after_startup:
        return None
    return StartupWatch(window, painted, options, done)
