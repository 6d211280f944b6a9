"""Start the desktop application.

The window shows the team before anything slow: on the way to its first paint only Qt, the
window's own modules and the standard library's sqlite3 are loaded (``services.opening`` reads the
team from a quick look at the file). SQLAlchemy and its ORM, a third of a second, load right after
that paint, when the workspace finishes opening; Alembic only when a database must be upgraded;
printing (reportlab), import/export, meetings and the dialogs when first used.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from normlab import APP_ID, APP_NAME, __version__
from normlab.domain.errors import NormlabError, NotFoundError
from normlab.ui.shell.platform_check import platform_problem
from normlab.ui.shell.startup import StartupOptions, watch_startup
from normlab.ui.widgets.after_paint import after_next_paint

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


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


def run_gui(database_url: str, options: StartupOptions | None = None) -> int:
    """Open the main window on ``database_url``; returns the process exit code.

    ``options`` come from the command line: with ``exit_after_startup`` the application quits with 0
    as soon as the window has painted the current team's norms (or the empty state standing in for
    them), printing nothing; with ``screenshot`` it first saves a picture of the whole window.
    """
    options = options or StartupOptions()
    problem = platform_problem()
    if problem is not None:
        print(f"normlab: {problem}", file=sys.stderr)
        return 1
    if options.exit_after_startup or options.screenshot is not None:
        qInstallMessageHandler(_silence)
    app = _application()
    from normlab.ui.shell.language import install, resolve
    from normlab.ui.shell.settings import UiSettings
    from normlab.ui.widgets import style

    cleanup = contextlib.ExitStack()
    settings = UiSettings(cleanup.enter_context(_throwaway_settings()) if options.headless_check else None)
    install(resolve(settings.language))
    style.apply(app, appearance=settings.appearance)

    from normlab.services.opening import open_workspace
    from normlab.ui.editor.editor import Editor
    from normlab.ui.shell.errors import install_excepthook
    from normlab.ui.shell.main_window import MainWindow

    # What is imported now lives as long as the process: keep the cyclic garbage collector from
    # walking it again and again while a big team loads (and once more at exit).
    gc.freeze()
    headless = options.exit_after_startup or options.screenshot is not None
    meeting_id: int | None = None
    try:
        ws = open_workspace(database_url)
        team_id = _team_id(ws, options.team) if options.team is not None else None
        if options.meeting is not None:
            team_id = _team_id(ws, options.meeting, "--meeting")
            meeting_id = _todays_meeting(ws, team_id)
    except NormlabError as exc:
        cleanup.close()
        if headless or options.team is not None or options.meeting is not None:
            print(f"normlab: {exc}", file=sys.stderr)
        else:
            from normlab.ui.widgets.i18n import translate
            from normlab.ui.widgets.prompts import show_error

            show_error(
                None,
                translate("Start", "normlab could not open its database"),
                str(exc),
                translate("Start", "Nothing was changed."),
            )
        return 1

    with cleanup:
        if team_id is not None:
            settings.set_last_team(ws.location, team_id)
        editor = Editor(ws)
        if not headless:
            editor.start_backups()
        window = MainWindow(editor, settings)
        if not headless:
            install_excepthook()
        if meeting_id is None:
            watch = watch_startup(window, window.norm_pane.painted_widget(), options, app.exit)
            if not options.exit_after_startup:  # (a run that only times the start ends at that paint)
                finish_opening_after_paint(window.norm_pane.painted_widget(), ws)
            window.show()
        else:
            window.show()
            full_screen = options.window_size is None and not headless
            meeting = window.meetings.show(meeting_id, screen=0 if full_screen else -1)
            watch = watch_startup(meeting, meeting.painted_widget(), options, app.exit)
        code = app.exec()
        editor.close()
        del window, watch
    gc.freeze()  # everything is saved and closed: let the process end without a last full sweep
    return code


def finish_opening_after_paint(widget: QWidget, ws: Workspace) -> None:
    """The team is on screen: now load the rest of normlab (SQLAlchemy, the real workspace).

    A workspace opened in two steps (``services.opening``) answered the first paint from a quick
    look at the file; edits need the real one. Nothing happens for a workspace already open.
    """
    finish = getattr(ws, "finish", None)
    if finish is not None:
        after_next_paint(widget, finish)


def _todays_meeting(ws: Workspace, team_id: int) -> int:
    from datetime import date

    from normlab.services.meetings import meeting_for_today

    return meeting_for_today(ws, team_id, date.today())


def _team_id(ws: Workspace, name: str, flag: str = "--team") -> int:
    """The team called ``name`` (exactly, else ignoring case), for ``--team`` or ``--meeting``."""
    teams = ws.teams()
    for matches in (
        [t for t in teams if t.name == name],
        [t for t in teams if t.name.casefold() == name.strip().casefold()],
    ):
        if len(matches) == 1:
            return matches[0].id
    known = ", ".join(f"“{t.name}”" for t in teams[:8]) + (", …" if len(teams) > 8 else "")
    raise NotFoundError(
        f"{flag}: there is no team called “{name}” in {ws.location}"
        + (f" (teams: {known})" if teams else " (it has no teams yet)")
    )


@contextlib.contextmanager
def _throwaway_settings() -> Iterator[QSettings]:
    """Settings that start from the defaults and are forgotten afterwards: a picture taken from the
    command line neither depends on nor changes what this user's window remembers."""
    with tempfile.TemporaryDirectory(prefix="normlab-settings-") as folder:
        store = QSettings(str(Path(folder) / "normlab.ini"), QSettings.Format.IniFormat)
        yield store
        store.sync()
