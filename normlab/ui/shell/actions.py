"""Every menu command with its keyboard shortcut, and the menus that show them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

Shortcut = str | QKeySequence.StandardKey


def _action(parent: QWidget, text: str, shortcut: Shortcut | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def local_to(action: QAction, widget: QWidget) -> QAction:
    """Make the action's shortcut work only while ``widget`` (or a child) has the keyboard focus."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    widget.addAction(action)
    return action


class Actions:
    def __init__(self, window: QMainWindow, stack: QUndoStack) -> None:
        a = _action
        # File
        self.new_team = a(window, "&New team…", "Ctrl+Shift+N", "Create an empty team")
        self.copy_starter = a(window, "&Copy a starter set…", None, "Start a new team from a ready-made set")
        self.import_json = a(
            window, "&Import…", "Ctrl+I", "Add the teams in a normlab JSON file, or a team from a CSV file"
        )
        self.export_json = a(window, "&Export team as JSON…", "Ctrl+E", "Save this team, history included")
        self.export_all_json = a(window, "Export &all teams as JSON…", None, "Save every team in one file")
        self.export_csv = a(window, "Export team as &CSV…", None, "Norms and reasons for a spreadsheet")
        self.print_centre = a(
            window,
            "&Print ground rules and tokens…",
            QKeySequence.StandardKey.Print,
            "Posters, sheets, tokens",
        )
        self.open_database = a(
            window, "&Open database…", QKeySequence.StandardKey.Open, "Work in another file"
        )
        self.backups = a(window, "&Backups…", None, "Go back to an earlier state of this database")
        self.quit = a(window, "&Quit", QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():  # some platforms name no key for quitting
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = stack.createUndoAction(window, "Undo")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(window, "Redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts(redo_keys)
        self.find = a(window, "&Filter norms", QKeySequence.StandardKey.Find, "Type to filter the norms")
        self.clear_filter = a(window, "&Clear filter", None, "Show all norms again")
        # Team
        self.rename_team = a(window, "&Rename team…", "F2", "Give the team another name")
        self.delete_team = a(window, "&Delete team…", QKeySequence.StandardKey.Delete, "Delete the team")
        self.pre_brief = a(
            window, "Pre-&brief card…", None, "The team's pre-brief statement and its card for a session"
        )
        self.team_report = a(window, "Team re&port…", None, "The report to bring to the next meeting")
        # Norm
        self.add_norm = a(window, "&Add norm", QKeySequence.StandardKey.New, "Type a new norm")
        self.reword_norm = a(window, "&Reword…", "F2", "New wording, recorded as a revision")
        self.delete_norm = a(window, "&Delete norm", QKeySequence.StandardKey.Delete, "Delete the norm")
        self.move_up = a(window, "Move &up", "Alt+Up", "Move the norm up in the team's order")
        self.move_down = a(window, "Move do&wn", "Alt+Down", "Move the norm down in the team's order")
        self.review_by = a(window, "Review &by…", "Ctrl+D", "When the team means to look at the norm again")
        # Meeting
        self.start_meeting = a(
            window, "&Start meeting…", "Ctrl+M", "Go through the norms with the team, full screen"
        )
        self.show_sessions = a(
            window, "&Past meetings", "Ctrl+Shift+M", "The team's meetings: who came, what they decided"
        )
        # View
        self.go_teams = a(window, "&Teams", "Ctrl+T", "Go to the list of teams")
        self.go_norms = a(window, "&Norms", "Ctrl+L", "Go to the table of norms")
        self.go_lanes = [
            a(window, f"Lane {i + 1}: {name}", f"Ctrl+{i + 1}", f"Go to the {name} lane")
            for i, name in enumerate(("Operational", "Interpersonal", "Discussional", "Ideational"))
        ]
        self.show_history = a(window, "&History of the norm", "Ctrl+H", "Show the norm's revisions")
        self.show_rationales = a(window, "&Reasons of the norm", "Ctrl+R", "Show the four lanes")
        self.zoom_in = a(window, "Zoom &in", QKeySequence.StandardKey.ZoomIn, "Larger type, for a projector")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = a(window, "Zoom &out", QKeySequence.StandardKey.ZoomOut, "Smaller type")
        self.zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_reset = a(window, "&Actual size", "Ctrl+0", "Type at its normal size")
        self.refresh = a(window, "Re&fresh", QKeySequence.StandardKey.Refresh, "Show what is stored now")
        self.refresh.setShortcuts([QKeySequence("F5")])
        # Help
        self.codebook = a(window, "Dimension &codebook", QKeySequence.StandardKey.HelpContents)
        self.about = a(window, "&About normlab")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def norm_actions(self) -> list[QAction]:
        return [self.reword_norm, self.review_by, self.delete_norm, self.move_up, self.move_down]

    def build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.new_team, self.copy_starter])
        file.addSeparator()
        file.addActions([self.import_json, self.export_json, self.export_all_json, self.export_csv])
        file.addSeparator()
        file.addAction(self.print_centre)
        file.addSeparator()
        file.addActions([self.open_database, self.backups])
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.clear_filter])
        team = bar.addMenu("&Team")
        team.addActions([self.new_team, self.copy_starter, self.rename_team, self.delete_team])
        team.addSeparator()
        team.addActions([self.pre_brief, self.team_report])
        norm = bar.addMenu("&Norm")
        norm.addAction(self.add_norm)
        norm.addActions(self.norm_actions())
        meeting = bar.addMenu("&Meeting")
        meeting.addActions([self.start_meeting, self.show_sessions])
        view = bar.addMenu("&View")
        view.addActions([self.go_teams, self.go_norms])
        view.addSeparator()
        view.addActions(self.go_lanes)
        view.addSeparator()
        view.addActions([self.show_rationales, self.show_history])
        view.addSeparator()
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        view.addAction(self.refresh)
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.codebook, self.about])
