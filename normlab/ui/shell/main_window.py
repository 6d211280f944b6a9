"""The main window: it only builds the parts and wires them together."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from normlab.domain.model import Dimension, TeamSummary
from normlab.services.changes import Change
from normlab.services.opening import when_open
from normlab.ui.editor.commands import Focus
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.file_ops import FileOps
from normlab.ui.editor.norm_detail import NormDetail
from normlab.ui.editor.norm_model import NormTableModel
from normlab.ui.editor.norm_ops import NormOps
from normlab.ui.editor.norm_pane import NormPane
from normlab.ui.editor.team_ops import TeamOps
from normlab.ui.meeting.launcher import MeetingLauncher
from normlab.ui.meeting.sessions_view import SessionsView
from normlab.ui.shell.actions import Actions, local_to
from normlab.ui.shell.live_refresh import LiveRefresh
from normlab.ui.shell.settings import UiSettings
from normlab.ui.shell.zoom import Zoom
from normlab.ui.teams.team_model import TeamListModel
from normlab.ui.teams.team_sidebar import TeamSidebar
from normlab.ui.widgets import prompts
from normlab.ui.widgets.banner import Banner
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.paint import app_icon
from normlab.ui.widgets.quiet_tabs import QuietTabWidget
from normlab.ui.widgets.vertical_scroll import VerticalScroll

tr = translator("Window")


class MainWindow(QMainWindow):
    def __init__(self, editor: Editor, settings: UiSettings) -> None:
        super().__init__()
        self.editor = editor
        self.settings = settings
        self.setWindowTitle("normlab")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(800, 480)  # a 1920x1080 screen at 200 % scaling is 960x540

        ws = editor.ws
        self.team_model = TeamListModel(ws, self)
        self.norm_model = NormTableModel(ws, self)
        self.sidebar = TeamSidebar(self.team_model)
        self.norm_pane = NormPane(self.norm_model)
        self.detail = NormDetail()
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.setChildrenCollapsible(False)
        self.vertical.addWidget(self.norm_pane)
        self.vertical.addWidget(self.detail)
        self.vertical.setStretchFactor(0, 1)
        self.vertical.setStretchFactor(1, 1)
        self.sessions = SessionsView(editor, lambda session: self.editor.ws.session_norms(session))
        self.main_tabs = QuietTabWidget(documentMode=True)
        self.main_tabs.addTab(self.vertical, tr("&Norms", "a tab"))
        self.main_tabs.addTab(self.sessions, tr("&Sessions", "a tab: the team's meetings"))
        self.main_tabs.currentChanged.connect(lambda _index: self.sessions.show_if_stale())
        main = QWidget(objectName="MainArea")
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner()
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.main_tabs)
        self.horizontal = QSplitter(Qt.Orientation.Horizontal)
        self.horizontal.setChildrenCollapsible(False)
        self.horizontal.addWidget(VerticalScroll(self.sidebar, name="SidebarScroll"))
        self.horizontal.addWidget(main)
        self.horizontal.setStretchFactor(1, 1)
        self.setCentralWidget(self.horizontal)
        self.location_label = QLabel()
        self.statusBar().addPermanentWidget(self.location_label)

        self._profile_timer = QTimer(self, singleShot=True, interval=0)
        self._profile_timer.timeout.connect(self._show_profile)
        self.zoom = Zoom(settings, self)
        self.live = LiveRefresh(self._editing, self)
        self.menu_actions = Actions(self, editor.stack)
        self.menu_actions.build_menus(self)
        self.team_ops = TeamOps(self, editor, self.current_team)
        self.norm_ops = NormOps(self, editor, self.norm_model, self.norm_pane, self.detail, self.show_status)
        self.file_ops = FileOps(self, editor, self.current_team, self.show_status, settings)
        self.meetings = MeetingLauncher(self, editor, lambda: self.norm_model.team_id, self._print_team)
        self._connect()
        self._splitters_placed = False
        self._committing = False
        self._close_anyway = False
        self._failures: list[str] = []
        self._restore_layout()
        if self.zoom.level != 1.0:
            self.zoom.apply()
        self._workspace_opened()
        self._pane_state_changed()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    # -- wiring --------------------------------------------------------------------------------

    def _connect(self) -> None:
        a, editor, pane, detail = self.menu_actions, self.editor, self.norm_pane, self.detail
        editor.changes.changed.connect(self._changed)
        editor.focusRequested.connect(self.apply_focus)
        editor.failed.connect(lambda what, message: prompts.show_error(self, what, message))
        editor.failed.connect(self._note_failure)
        editor.refused.connect(self._refused)
        editor.refused.connect(lambda what, message, _typed: self._note_failure(what, message))
        self.live.refreshNeeded.connect(self.refresh)
        editor.workspaceChanged.connect(self._workspace_opened)
        editor.waitingChanged.connect(self._show_database_state)
        self.sidebar.teamSelected.connect(self.load_team)
        self.norm_model.normChanged.connect(self._norm_changed)
        self.norm_model.normRemoved.connect(lambda _id: self._show_current_norm())
        self.norm_model.teamLoaded.connect(self._show_current_norm)
        pane.currentNormChanged.connect(lambda _id: self._show_current_norm())
        pane.stack.currentChanged.connect(self._pane_state_changed)

        for signal in (a.new_team.triggered, self.sidebar.newTeamRequested, pane.newTeamRequested):
            signal.connect(self.team_ops.new_team)
        for signal in (a.copy_starter.triggered, self.sidebar.starterRequested, pane.starterRequested):
            signal.connect(self.team_ops.copy_starter_set)
        local_to(a.rename_team, self.sidebar.list).triggered.connect(self.team_ops.rename_team)
        local_to(a.delete_team, self.sidebar.list).triggered.connect(self.team_ops.delete_team)

        a.import_json.triggered.connect(self.file_ops.import_json)
        a.export_json.triggered.connect(lambda: self.file_ops.export_json())
        a.export_all_json.triggered.connect(lambda: self.file_ops.export_json(all_teams=True))
        a.export_csv.triggered.connect(self.file_ops.export_csv)
        a.open_database.triggered.connect(self.file_ops.open_database)
        a.backups.triggered.connect(self.show_backups)
        a.print_centre.triggered.connect(lambda: self.show_print_centre())
        a.pre_brief.triggered.connect(lambda: self.show_print_centre(page="pre-brief"))
        a.team_report.triggered.connect(lambda: self.show_print_centre(page="report"))
        a.start_meeting.triggered.connect(self.meetings.ask)
        a.show_sessions.triggered.connect(lambda: self.main_tabs.setCurrentWidget(self.sessions))
        self.sessions.meetingRequested.connect(self.meetings.ask)
        self.sessions.normRequested.connect(self._show_norm_of_meeting)
        self.sessions.countChanged.connect(self._meetings_changed)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(pane.focus_filter)
        a.clear_filter.triggered.connect(pane.filters.clear)

        ops = self.norm_ops
        a.add_norm.triggered.connect(pane.focus_add_field)
        pane.addRequested.connect(ops.add_norm)
        for action in a.norm_actions():
            local_to(action, pane.table)
        a.review_by.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # no clash: works in the lanes too
        pane.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sidebar.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        a.reword_norm.triggered.connect(ops.reword)
        a.delete_norm.triggered.connect(ops.delete)
        a.review_by.triggered.connect(ops.set_review_by)
        detail.reviewRequested.connect(ops.set_review_by)
        a.move_up.triggered.connect(lambda: ops.move_by(-1))
        a.move_down.triggered.connect(lambda: ops.move_by(1))
        pane.table.moveRequested.connect(ops.move_to)
        pane.table.doubleClicked.connect(lambda _index: ops.reword())
        detail.rewordRequested.connect(ops.reword)
        detail.deleteRequested.connect(ops.delete)
        detail.fieldEdited.connect(ops.set_field)
        lanes = detail.lanes
        lanes.addRequested.connect(ops.add_rationale)
        lanes.editRequested.connect(ops.edit_rationale)
        lanes.moveRequested.connect(ops.move_rationale)
        lanes.toggleRequested.connect(ops.toggle_stance)
        lanes.agreeRequested.connect(ops.toggle_agreed)
        lanes.firstRequested.connect(ops.put_agreed_first)
        lanes.deleteRequested.connect(ops.delete_rationale)
        lanes.helpRequested.connect(self.show_codebook)
        lanes.leaveRequested.connect(lambda: pane.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        pane.table.openRequested.connect(self._open_rationales)

        a.go_teams.triggered.connect(lambda: self.sidebar.list.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.go_norms.triggered.connect(self._go_norms)
        for i, action in enumerate(a.go_lanes):
            action.triggered.connect(lambda _checked=False, i=i: self._go_lane(i, add_field=True))
        a.show_history.triggered.connect(lambda: detail.tabs.setCurrentWidget(detail.history))
        a.show_rationales.triggered.connect(lambda: detail.tabs.setCurrentWidget(detail.lanes))
        a.codebook.triggered.connect(lambda: self.show_codebook(None))
        a.about.triggered.connect(self.show_about)
        a.preferences.triggered.connect(self.show_preferences)
        a.refresh.triggered.connect(lambda: self.refresh(announce=True))
        a.zoom_in.triggered.connect(self.zoom.zoom_in)
        a.zoom_out.triggered.connect(self.zoom.zoom_out)
        a.zoom_reset.triggered.connect(self.zoom.reset)
        self.zoom.changed.connect(lambda _level: self.show_status(fill(tr("Zoom %1"), self.zoom.percent())))

    def _open_rationales(self) -> None:
        """From a norm in the table to its first lane with a rationale (or the first lane)."""
        norm = self.detail.norm
        filled = [i for i, d in enumerate(Dimension) if norm is not None and norm.in_dimension(d)]
        self._go_lane(filled[0] if filled else 0)

    def _meetings_changed(self, count: int) -> None:
        self.main_tabs.setTabText(
            1,
            fill(tr("&Sessions (%1)", "a tab, with the number of meetings"), count)
            if count
            else tr("&Sessions", "a tab: the team's meetings"),
        )
        self.detail.history.set_sessions(tuple(reversed(self.sessions.model.sessions())))

    def _go_norms(self) -> None:
        self.main_tabs.setCurrentWidget(self.vertical)
        self.norm_pane.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_norm_of_meeting(self, norm_id: int) -> None:
        """From a meeting in the Sessions tab to one of the norms it decided on."""
        self.main_tabs.setCurrentWidget(self.vertical)
        if self.norm_pane.select_norm(norm_id):
            self.detail.tabs.setCurrentWidget(self.detail.history)

    def _go_lane(self, position: int, *, add_field: bool = False) -> None:
        """Ctrl+1..4 always starts a new reason there; Enter from the table goes to the cards."""
        self.detail.tabs.setCurrentWidget(self.detail.lanes)
        self.detail.lanes.focus_lane(position, add_field=add_field)

    def commit_open_edits(self, *, new_norm: bool = False) -> bool:
        """Save whatever is typed for the norm shown and not yet submitted (and, when the window
        closes, a new norm typed but not added); False if some of it could not be saved. The view
        stays where the person was going: saving does not pull the focus back."""
        if self._committing:
            return True
        self._committing = True
        self._failures = []
        try:
            self.detail.commit_open_edits()
            text = self.norm_pane.add_field.text().strip() if new_norm else ""
            if text:
                self.norm_ops.add_norm(text)
        finally:
            self._committing = False
        return not self._failures

    # -- other writers ---------------------------------------------------------------------------

    def _editing(self) -> bool:
        """An edit is open (a card being edited): a refresh now would close it, so it waits."""
        return any(lane.view.delegate.is_editing() for lane in self.detail.lanes.lanes.values())

    def refresh(self, *, announce: bool = False) -> None:
        """Show what is stored now (another writer's edits), keeping the team, norm and scroll."""
        pane = self.norm_pane
        norm_id = pane.current_norm_id()
        scroll = pane.table.verticalScrollBar().value()
        self.team_model.reload()
        self.norm_model.reload()
        self.sessions.model.reload()
        if self.meetings.window is not None:
            self.meetings.window.reload()  # the projector shows what the other laptop typed too
        if self.norm_model.team_id is None:
            self.sidebar.select_team(None, announce=True)
        elif norm_id is not None and pane.current_norm_id() != norm_id and self.norm_model.norm(norm_id):
            pane.select_norm(norm_id)
        pane.table.verticalScrollBar().setValue(scroll)
        self._show_current_norm()
        self._update_profile()
        if announce:
            self.show_status(tr("Showing what is stored now."))

    def _refused(self, what: str, message: str, typed: str) -> None:
        """Someone else changed it first: show what is stored now, say so, keep what was typed."""
        self.refresh()
        keep = ""
        if typed:
            QGuiApplication.clipboard().setText(typed)
            keep = " " + fill(tr("What you typed is on the clipboard, to paste again: “%1”"), typed)
        prompts.show_error(
            self,
            fill(tr("%1: someone else changed it first"), what),
            message,
            tr("The window now shows what is stored; your edit was not applied.") + keep,
        )

    def _note_failure(self, what: str, _message: str) -> None:
        self._failures.append(what)

    # -- state ---------------------------------------------------------------------------------

    def current_team(self) -> TeamSummary | None:
        team_id = self.norm_model.team_id
        return self.team_model.summary(team_id) if team_id is not None else None

    def _workspace_opened(self) -> None:
        ws = self.editor.ws
        when_open(ws, lambda: self.live.attach(ws))  # watching needs the whole workspace open
        with QSignalBlocker(self.sidebar):
            self.team_model.set_workspace(ws)
        self.norm_model.set_workspace(ws)
        self.sessions.set_workspace(ws)
        self.location_label.setToolTip(tr("Every change is saved at once to this database"))
        self.sidebar.select_team(self.settings.last_team(ws.location), announce=True)
        self._show_database_state()

    def _show_database_state(self) -> None:
        """The banner over the norms: edits waiting for the server, or a database that cannot be written."""
        ws, waiting = self.editor.ws, self.editor.waiting
        self.menu_actions.backups.setEnabled(ws.backs_up_itself and not ws.read_only)
        state = (
            tr("Waiting to save · %1")
            if waiting
            else tr("Read only · %1")
            if ws.read_only
            else tr("Saved as you go · %1")
        )
        self.location_label.setText(fill(state, ws.location))
        if waiting:
            self.banner.show_message(
                tr("Not saved: the database cannot be reached; retrying (%n change(s) kept)", n=waiting)
            )
        elif ws.disk_full:
            self.banner.show_message(
                tr("Read only: the disk holding this database is full; changes cannot be saved")
            )
        elif ws.read_only:
            self.banner.show_message(
                tr("Read only: this database cannot be written here; you can look and print")
            )
        else:
            self.banner.clear()

    def _leave_waiting_edits(self) -> bool:
        """Closing while edits wait for an unreachable server: try once more, then ask."""
        if self.editor.save_waiting():
            return True
        waiting = self.editor.waiting
        return prompts.confirm(
            self,
            tr("Quit without saving?"),
            tr("%n change(s) not saved: the database cannot be reached.", n=waiting)
            + "\n\n"
            + tr(
                "Quit anyway and lose them? Cancel keeps the window open, and normlab goes on "
                "trying to save them."
            ),
        )

    def show_backups(self) -> None:
        from normlab.ui.shell.backups_dialog import BackupsDialog

        BackupsDialog(self.editor, self).exec()

    def load_team(self, team_id: int | None) -> None:
        if self.detail.norm is not None and self.detail.norm.team_id != team_id:
            self.commit_open_edits()  # what was typed for the team left behind is kept
        self.sessions.set_team(team_id)
        self.norm_model.load_team(team_id)
        team = self.norm_model.team
        if team is None:
            self.sessions.set_team(None)
        self.sessions.show_selected()  # with the norms of this team
        self.setWindowTitle(f"{team.name} — normlab" if team is not None else "normlab")
        self.settings.set_last_team(self.editor.ws.location, team.id if team else None)
        self._update_profile()
        has_team = team is not None
        for action in (
            self.menu_actions.rename_team,
            self.menu_actions.delete_team,
            self.menu_actions.export_json,
            self.menu_actions.export_csv,
            self.menu_actions.add_norm,
            self.menu_actions.print_centre,
            self.menu_actions.pre_brief,
            self.menu_actions.team_report,
            self.menu_actions.start_meeting,
        ):
            action.setEnabled(has_team)

    def _changed(self, change: Change) -> None:
        self.team_model.apply_change(change)
        if change.team_id is not None and change.team_id == self.norm_model.team_id:
            if change.teams:
                summary = self.team_model.summary(change.team_id)
                if summary is None:
                    return  # deleted: the side bar selects another team
                self.norm_pane.set_team_name(summary.name)
                self.setWindowTitle(f"{summary.name} — normlab")
            self.norm_model.apply_change(change)
            self._update_profile()

    def _norm_changed(self, norm_id: int) -> None:
        if norm_id == self.norm_pane.current_norm_id():
            self._show_current_norm()

    def _pane_state_changed(self) -> None:
        """No team, or a team without norms: the empty state gets the whole height."""
        pane = self.norm_pane
        self.detail.setVisible(pane.stack.currentWidget() not in (pane.no_team, pane.no_norms))

    def _show_current_norm(self) -> None:
        norm_id = self.norm_pane.current_norm_id()
        shown = self.detail.norm
        if shown is not None and shown.id != norm_id and not self._committing:
            self.commit_open_edits()  # what was typed for the norm left behind is kept
            norm_id = self.norm_pane.current_norm_id()
        norm = self.norm_model.full_norm(norm_id) if norm_id is not None else None
        self.detail.show_norm(norm, self.norm_model.setting_names())
        for action in self.menu_actions.norm_actions():
            action.setEnabled(norm is not None)

    def _update_profile(self) -> None:
        self._profile_timer.start()

    def _show_profile(self) -> None:
        """Counted after the window has been drawn: a big team's first paint does not wait for it."""
        team = self.norm_model.team
        self.sidebar.set_profile(self.norm_model.profile() if team is not None else None)

    def apply_focus(self, focus: Focus) -> None:
        """Show what a command just changed: its team, its norm, its rationale."""
        if self._committing:
            return  # saving what was left behind: the person is on their way elsewhere
        if focus.team_id is not None and focus.team_id != self.norm_model.team_id:
            self.sidebar.select_team(focus.team_id)
        if focus.norm_id is not None:
            self.norm_pane.select_norm(focus.norm_id)
        if focus.rationale_id is not None:
            self.detail.tabs.setCurrentWidget(self.detail.lanes)
            self.detail.lanes.select_rationale(focus.rationale_id, take_focus=self.detail.lanes.has_focus())

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- help ----------------------------------------------------------------------------------

    def show_codebook(self, dimension: object) -> None:
        from normlab.ui.widgets.codebook_dialog import show_codebook

        show_codebook(self, dimension)  # type: ignore[arg-type]

    def show_print_centre(self, over: QWidget | None = None, page: str = "ground-rules") -> None:
        """The Print centre for the current team, over this window (or over ``over``, a meeting),
        open on ``page`` (ground-rules, tokens, pre-brief, report)."""
        team_id = self.norm_model.team_id
        if team_id is None:
            return
        try:
            from normlab.ui.printing.print_centre import PrintCentre
        except ImportError:
            prompts.show_info(over or self, tr("Printing"), tr("Printing is not available in this build."))
            return
        dialog = PrintCentre(
            self.editor.ws,
            team_id,
            over or self,
            keep_prebrief=self.team_ops.keep_prebrief,
            folders=self.settings,
        )
        dialog.show_page(page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.norm_requested.connect(lambda norm_id: (dialog.close(), self.norm_pane.select_norm(norm_id)))
        dialog.open()

    def _print_team(self, team_id: int, over: QWidget) -> None:
        """From a meeting's summary: the Print centre for that team, over the meeting."""
        if team_id != self.norm_model.team_id:
            self.sidebar.select_team(team_id)
        self.show_print_centre(over)

    def _system_scheme_changed(self) -> None:
        """The system went light or dark: follow it, unless Preferences chose one."""
        app = QApplication.instance()
        if self.settings.appearance == "system" and isinstance(app, QApplication):
            from normlab.ui.widgets import style

            style.apply(app, zoom=self.zoom.level, appearance="system")

    def show_preferences(self) -> None:
        """Edit > Preferences: light or dark applies at once, the language at the next start."""
        from normlab.ui.shell.preferences import PreferencesDialog
        from normlab.ui.widgets import style

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                style.apply(app, zoom=self.zoom.level, appearance=self.settings.appearance)
            self.update()

    def show_about(self) -> None:
        from normlab.ui.shell.about import show_about

        show_about(self, self.editor.ws.location)

    # -- remembering the layout ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _screen_key(self) -> str:
        """Splitter positions are remembered per screen size: a laptop and a projector differ."""
        size = self.screen().availableGeometry().size()
        return f"{size.width()}x{size.height()}"

    def _splitters(self) -> tuple[tuple[str, QSplitter, list[int]], ...]:
        width, height = self.horizontal.width(), self.vertical.height()
        # a narrow window gives the sidebar's room to the filters, so they keep to one line
        side = min(
            max(self.sidebar.sizeHint().width(), 200), 200 if width < 1100 else 240 if width < 1500 else 280
        )
        table = max(200, int(height * 0.42))
        return (
            ("horizontal", self.horizontal, [side, max(1, width - side)]),
            ("vertical", self.vertical, [table, max(1, height - table)]),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitters_placed:  # once the window has its real size
            self._splitters_placed = True
            self._place_splitters()

    def _place_splitters(self) -> None:
        key = self._screen_key()
        for name, splitter, default in self._splitters():
            state = self.settings.splitter_state(f"{name}/{key}")
            if state is None or not splitter.restoreState(state):
                splitter.setSizes(default)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.commit_open_edits(new_norm=True):
            prompts.show_error(
                self,
                tr("Some of what you typed was not saved"),
                tr("normlab could not save it (see the message before this one)."),
                tr("The window stays open so you can copy or re-type it; close again to leave anyway."),
            )
            if not self._close_anyway:
                self._close_anyway = True
                event.ignore()
                return
        if not self._leave_waiting_edits():
            event.ignore()
            return
        key = self._screen_key()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.set_splitter_state(f"horizontal/{key}", self.horizontal.saveState())
        if self.detail.isVisible():
            self.settings.set_splitter_state(f"vertical/{key}", self.vertical.saveState())
        self.settings.sync()
        super().closeEvent(event)
