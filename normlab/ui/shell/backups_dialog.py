"""File ▸ Backups…: the database's automatic and manual backups, and restoring one of them.

Restoring first backs up the current state (so it can be undone the same way), then reopens the
database in the window; the undo history of the edits before it is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.errors import NormlabError
from normlab.services.backups import BackupSummary, list_backups, restore_backup
from normlab.services.workspace import Workspace
from normlab.ui.editor.editor import Editor
from normlab.ui.widgets import prompts
from normlab.ui.widgets.i18n import fill, moment_text, translator
from normlab.ui.widgets.sizing import size_dialog

tr = translator("Backups")

KIND = {
    "auto": tr.noop("automatic"),
    "manual": tr.noop("made by hand"),
    "before-restore": tr.noop("before a restore"),
}


class BackupsDialog(QDialog):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Backups"))
        self.editor = editor
        self.address = editor.ws.db.url
        self.backups: list[BackupSummary] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Taken", "a column heading"),
                tr("Kind", "a column heading"),
                tr("Teams", "a column heading"),
                tr("Norms", "a column heading"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(tr("No backups yet. normlab makes one each time the window starts."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Going back to a backup first backs up what the database holds now.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        size_dialog(self, 32, 22)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.address)
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            cells = [
                f"{item.taken:%Y-%m-%d %H:%M}",
                tr(KIND[item.backup.kind]) if item.backup.kind in KIND else item.backup.kind,
                "?" if item.teams is None else str(item.teams),
                "?" if item.norms is None else str(item.norms),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setToolTip(str(item.path))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def restore_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        item = self.backups[rows[0].row()]
        question = fill(
            tr(
                "Put the database back as it was on %1 (%2 teams, %3 norms)? What it holds now is backed up first."
            ),
            moment_text(item.taken),
            item.teams,
            item.norms,
        )
        if not prompts.confirm(self, tr("Restore a backup"), question):
            return False
        try:
            restore_backup(self.address, item.path)
            self.editor.switch(Workspace.open(self.address))
        except NormlabError as exc:
            prompts.show_error(
                self, tr("The backup could not be restored"), str(exc), tr("Nothing was changed.")
            )
            return False
        self.refresh()
        return True
