"""Start the desktop application.

Only what the first paint needs is imported on the way there: Qt, the workspace (SQLAlchemy) and
the window. Alembic is imported by the store only when a database must be upgraded; the printing
code (reportlab), import/export and the dialogs are imported when first used.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from normlab import APP_ID, APP_NAME, __version__
from normlab.domain.errors import NormlabError


class FirstPaint(QObject):
    """Quits the application once ``widget`` has painted (``--exit-after-startup``)."""

    def __init__(self, widget: QWidget, app: QApplication) -> None:
        super().__init__(widget)
        self._app = app
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._app.quit)  # after this paint has finished
        return False


def _silence(_kind: QtMsgType, _context: object, _message: str) -> None:
    """Qt's own notices (for instance about fonts) would break "prints nothing"."""


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("normlab")
    app.setOrganizationName("normlab")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run_gui(database_url: str, *, exit_after_startup: bool = False) -> int:
    """Open the main window on ``database_url``; returns the process exit code.

    With ``exit_after_startup`` the application quits with 0 as soon as the window has painted the
    current team's norms (or the empty state standing in for them), printing nothing.
    """
    if exit_after_startup:
        qInstallMessageHandler(_silence)
    app = _application()
    from normlab.ui.widgets import style

    style.apply(app)

    from normlab.services.workspace import Workspace
    from normlab.ui.editor.editor import Editor
    from normlab.ui.shell.errors import install_excepthook
    from normlab.ui.shell.main_window import MainWindow
    from normlab.ui.shell.settings import UiSettings

    # What is imported now lives as long as the process: keep the cyclic garbage collector from
    # walking it again and again while a big team loads (and once more at exit).
    gc.freeze()
    try:
        ws = Workspace.open(database_url)
    except NormlabError as exc:
        if exit_after_startup:
            print(f"normlab: {exc}", file=sys.stderr)
        else:
            from normlab.ui.widgets.prompts import show_error

            show_error(None, "normlab could not open its database", str(exc), "Nothing was changed.")
        return 1

    editor = Editor(ws)
    window = MainWindow(editor, UiSettings())
    if exit_after_startup:
        FirstPaint(window.norm_pane.painted_widget(), app)
    else:
        install_excepthook()
    window.show()
    code = app.exec()
    editor.close()
    del window
    gc.freeze()  # everything is saved and closed: let the process end without a last full sweep
    return code
