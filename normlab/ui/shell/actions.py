"""Every menu command with its keyboard shortcut, and the menus that show them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from normlab.domain.model import Dimension
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import dimension_label

tr = translator("Menus")

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
        self.new_team = a(window, tr("&New team…"), "Ctrl+Shift+N", tr("Create an empty team"))
        self.copy_starter = a(
            window, tr("&Copy a starter set…"), None, tr("Start a new team from a ready-made set")
        )
        self.import_json = a(
            window,
            tr("&Import…"),
            "Ctrl+I",
            tr("Add the teams in a normlab JSON file, or a team from a CSV file"),
        )
        self.export_json = a(
            window, tr("&Export team as JSON…"), "Ctrl+E", tr("Save this team, history included")
        )
        self.export_all_json = a(
            window, tr("Export &all teams as JSON…"), None, tr("Save every team in one file")
        )
        self.export_csv = a(
            window, tr("Export team as &CSV…"), None, tr("Norms and reasons for a spreadsheet")
        )
        self.print_centre = a(
            window,
            tr("&Print ground rules and tokens…"),
            QKeySequence.StandardKey.Print,
            tr("Posters, sheets, tokens"),
        )
        self.open_database = a(
            window, tr("&Open database…"), QKeySequence.StandardKey.Open, tr("Work in another file")
        )
        self.backups = a(window, tr("&Backups…"), None, tr("Go back to an earlier state of this database"))
        self.quit = a(window, tr("&Quit"), QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():  # some platforms name no key for quitting
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = stack.createUndoAction(window, tr("Undo"))
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(window, tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo.setShortcuts(redo_keys)
        self.find = a(
            window, tr("&Filter norms"), QKeySequence.StandardKey.Find, tr("Type to filter the norms")
        )
        self.clear_filter = a(window, tr("&Clear filter"), None, tr("Show all norms again"))
        # Team
        self.rename_team = a(window, tr("&Rename team…"), "F2", tr("Give the team another name"))
        self.delete_team = a(
            window, tr("&Delete team…"), QKeySequence.StandardKey.Delete, tr("Delete the team")
        )
        self.pre_brief = a(
            window,
            tr("Pre-&brief card…"),
            None,
            tr("The team's pre-brief statement and its card for a session"),
        )
        self.team_report = a(window, tr("Team re&port…"), None, tr("The report to bring to the next meeting"))
        # Norm
        self.add_norm = a(window, tr("&Add norm"), QKeySequence.StandardKey.New, tr("Type a new norm"))
        self.reword_norm = a(window, tr("&Reword…"), "F2", tr("New wording, recorded as a revision"))
        self.delete_norm = a(
            window, tr("&Delete norm"), QKeySequence.StandardKey.Delete, tr("Delete the norm")
        )
        self.move_up = a(window, tr("Move &up"), "Alt+Up", tr("Move the norm up in the team's order"))
        self.move_down = a(window, tr("Move do&wn"), "Alt+Down", tr("Move the norm down in the team's order"))
        self.review_by = a(
            window, tr("Review &by…"), "Ctrl+D", tr("When the team means to look at the norm again")
        )
        # Meeting
        self.start_meeting = a(
            window, tr("&Start meeting…"), "Ctrl+M", tr("Go through the norms with the team, full screen")
        )
        self.show_sessions = a(
            window,
            tr("&Past meetings"),
            "Ctrl+Shift+M",
            tr("The team's meetings: who came, what they decided"),
        )
        # View
        self.go_teams = a(window, tr("&Teams"), "Ctrl+T", tr("Go to the list of teams"))
        self.go_norms = a(window, tr("&Norms"), "Ctrl+L", tr("Go to the table of norms"))
        self.go_lanes = [
            a(
                window,
                fill(tr("Lane %1: %2", "a menu item: 'Lane 1: Operational'"), i + 1, dimension_label(d)),
                f"Ctrl+{i + 1}",
                fill(tr("Go to the %1 lane"), dimension_label(d)),
            )
            for i, d in enumerate(Dimension)
        ]
        self.show_history = a(window, tr("&History of the norm"), "Ctrl+H", tr("Show the norm's revisions"))
        self.show_rationales = a(window, tr("&Reasons of the norm"), "Ctrl+R", tr("Show the four lanes"))
        self.zoom_in = a(
            window, tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, tr("Larger type, for a projector")
        )
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = a(window, tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, tr("Smaller type"))
        self.zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_reset = a(window, tr("&Actual size"), "Ctrl+0", tr("Type at its normal size"))
        self.refresh = a(
            window, tr("Re&fresh"), QKeySequence.StandardKey.Refresh, tr("Show what is stored now")
        )
        self.refresh.setShortcuts([QKeySequence("F5")])
        # Help
        self.codebook = a(
            window,
            tr("Dimension &codebook"),
            QKeySequence.StandardKey.HelpContents,
            tr("The four dimensions of reasons, with examples"),
        )
        self.preferences = a(
            window, tr("&Preferences…"), "Ctrl+,", tr("Language of the window and light or dark")
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about = a(window, tr("&About normlab"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def norm_actions(self) -> list[QAction]:
        return [self.reword_norm, self.review_by, self.delete_norm, self.move_up, self.move_down]

    def build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file = bar.addMenu(tr("&File"))
        file.addActions([self.new_team, self.copy_starter])
        file.addSeparator()
        file.addActions([self.import_json, self.export_json, self.export_all_json, self.export_csv])
        file.addSeparator()
        file.addAction(self.print_centre)
        file.addSeparator()
        file.addActions([self.open_database, self.backups])
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.clear_filter])
        edit.addSeparator()
        edit.addAction(self.preferences)
        team = bar.addMenu(tr("&Team"))
        team.addActions([self.new_team, self.copy_starter, self.rename_team, self.delete_team])
        team.addSeparator()
        team.addActions([self.pre_brief, self.team_report])
        norm = bar.addMenu(tr("&Norm"))
        norm.addAction(self.add_norm)
        norm.addActions(self.norm_actions())
        meeting = bar.addMenu(tr("&Meeting"))
        meeting.addActions([self.start_meeting, self.show_sessions])
        view = bar.addMenu(tr("&View"))
        view.addActions([self.go_teams, self.go_norms])
        view.addSeparator()
        view.addActions(self.go_lanes)
        view.addSeparator()
        view.addActions([self.show_rationales, self.show_history])
        view.addSeparator()
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view.addSeparator()
        view.addAction(self.refresh)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.codebook, self.about])
