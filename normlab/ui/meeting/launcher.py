"""From the main window into a meeting and back: ask (Ctrl+M), start or continue it, show it full screen
on the chosen screen, and print the agreed ground rules from its summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from normlab.domain.errors import NormlabError
from normlab.domain.model import Team
from normlab.ui.widgets import prompts
from normlab.ui.widgets.i18n import translator

tr = translator("Meeting")

if TYPE_CHECKING:
    from normlab.ui.editor.editor import Editor
    from normlab.ui.meeting.meeting_window import MeetingWindow
    from normlab.ui.meeting.start_dialog import MeetingPlan, StartMeetingDialog


class MeetingLauncher(QObject):
    """Opens meetings of the team the main window shows; at most one meeting window at a time."""

    opened = Signal(object)
    """The MeetingWindow just shown."""

    def __init__(
        self,
        parent: QWidget,
        editor: Editor,
        current_team: Callable[[], int | None],
        print_team: Callable[[int, QWidget], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._editor = editor
        self._current_team = current_team
        self._print_team = print_team
        self.window: MeetingWindow | None = None
        self.dialog: StartMeetingDialog | None = None

    def ask(self) -> None:
        """Meeting > Start meeting…: the dialog opens without blocking; starting shows the meeting."""
        if self.window is not None:
            self.window.raise_()
            self.window.activateWindow()
            return
        team_id = self._current_team()
        if team_id is None:
            return
        from normlab.services import meetings
        from normlab.ui.meeting.start_dialog import StartMeetingDialog

        ws = self._editor.ws
        try:
            team = ws.team(team_id)
            current = meetings.open_session(ws, team_id)
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The meeting could not be started"), str(exc))
            return
        self.dialog = StartMeetingDialog(team, date.today(), current, self._parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda result, d=self.dialog: self._answered(d, result, team))
        self.dialog.open()
        self.dialog.activateWindow()

    def _answered(self, dialog: StartMeetingDialog, result: int, team: Team) -> None:
        self.dialog = None
        if result != QDialog.DialogCode.Accepted or dialog.plan is None:
            return
        plan = dialog.plan
        try:
            session_id = plan.continue_id or self._start(team, plan)
        except NormlabError as exc:
            prompts.show_error(self._parent, tr("The meeting could not be started"), str(exc))
            return
        self.show(session_id, plan.screen)

    def _start(self, team: Team, plan: MeetingPlan) -> int:
        from normlab.services import meetings

        return meetings.start_session(
            self._editor.ws,
            team.id,
            plan.held_on,
            attendance=plan.attendance,
            roles=plan.roles,
            agenda=plan.agenda,
            time_box=plan.time_box,
        )

    def show(self, session_id: int, screen: int = -1) -> MeetingWindow:
        """Show the meeting full screen on screen ``screen`` (-1: in a window the size of this one)."""
        from normlab.ui.meeting.meeting_window import MeetingWindow

        window = MeetingWindow(self._editor, session_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.left.connect(self._left)
        window.printRequested.connect(lambda team_id, w=window: self._print_team(team_id, w))
        self.window = window
        screens = QGuiApplication.screens()
        if 0 <= screen < len(screens):
            window.setScreen(screens[screen])
            window.setGeometry(screens[screen].geometry())
            window.showFullScreen()
        else:
            window.resize(self._parent.size())
            window.show()
        window.raise_()
        window.activateWindow()
        self.opened.emit(window)
        return window

    def _left(self) -> None:
        self.window = None
        QTimer.singleShot(0, self._parent.activateWindow)  # once the meeting window is gone
