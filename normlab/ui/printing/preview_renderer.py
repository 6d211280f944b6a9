"""Rendering the Print centre's PDF: off the GUI thread for the preview, at once when it is needed."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from normlab.domain.errors import NormlabError
from normlab.ui.printing.print_jobs import Options, render
from normlab.ui.widgets.i18n import translate, translator

tr = translator("Printing")

log = logging.getLogger("normlab.ui")

__all__ = ["Options", "PreviewRenderer", "render", "waiting_cursor"]


class PreviewRenderer(QObject):
    """Renders one PDF at a time on a worker thread; while one renders, only the newest request
    waits. Results arrive on the GUI thread as ``finished(options, pdf or None, error message)``.

    ``shutdown`` is final: a result still queued for the GUI thread is dropped and nothing new
    starts, so no worker thread outlives the dialog it renders for."""

    finished = Signal(object, object, str)
    _done = Signal(object, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None
        self._idle = threading.Event()
        self._idle.set()
        self._waiting: Options | None = None
        self._stopped = False
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def request(self, options: Options) -> None:
        if self._stopped:
            return
        self._waiting = options
        if self._idle.is_set():
            self._start_next()

    def render_now(self, options: Options) -> bytes:
        """Render on the GUI thread, once the worker is idle, for when the preview lags behind."""
        self._idle.wait()
        with waiting_cursor():
            return render(options)

    def shutdown(self) -> None:
        """Drop what waits, let the running render finish and end the worker thread, for good."""
        self._stopped = True
        self._waiting = None
        self._idle.wait()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _start_next(self) -> None:
        options, self._waiting = self._waiting, None
        if options is None or self._stopped:
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="normlab-preview")
        self._idle.clear()
        self._executor.submit(self._run, options)

    def _run(self, options: Options) -> None:  # on the worker thread
        pdf: bytes | None = None
        message = ""
        try:
            pdf = render(options)
        except NormlabError as exc:
            message = str(exc)
        except Exception:
            log.exception("rendering the preview failed")
            message = translate(
                "Printing", "the PDF could not be made; this is a fault in normlab, not in your choices"
            )
        finally:
            self._idle.set()
        if self._stopped:
            return
        with contextlib.suppress(RuntimeError):  # the dialog is gone
            self._done.emit(options, pdf, message)

    @Slot(object, object, str)
    def _finish(self, options: Options, pdf: bytes | None, message: str) -> None:
        if self._stopped:
            return
        self.finished.emit(options, pdf, message)
        self._start_next()


@contextmanager
def waiting_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
