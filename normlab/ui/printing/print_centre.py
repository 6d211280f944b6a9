"""The Print centre: ground rules, tokens, a pre-brief card or the team report, beside the real PDF;
then print it or save it.

Every option change re-renders the PDF after a short pause, on a worker thread, and the preview shows
exactly the bytes that Save PDF… writes and Print… sends to the printer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.because import BecauseChoice, print_warnings
from normlab.domain.errors import NormlabError, NotFoundError
from normlab.domain.model import Prebrief, Team
from normlab.printing.ground_rules import printable_norms, rules_from_team
from normlab.services.prebrief import set_prebrief
from normlab.services.workspace import Workspace
from normlab.ui.printing.checks_label import ChecksLabel
from normlab.ui.printing.ground_rules_panel import GroundRulesPanel
from normlab.ui.printing.option_widgets import DISABLED_BUTTONS, scrolling, unprintable_problem
from normlab.ui.printing.pdf_preview import PdfPreview
from normlab.ui.printing.prebrief_panel import PreBriefPanel
from normlab.ui.printing.preview_renderer import PreviewRenderer
from normlab.ui.printing.print_jobs import Options, default_file_name, describe
from normlab.ui.printing.print_output import printer_for, save_with_dialog, send_to_printer
from normlab.ui.printing.report_panel import ReportPanel
from normlab.ui.printing.team_watch import TeamWatch
from normlab.ui.printing.tokens_panel import TokensPanel
from normlab.ui.widgets.banner import Banner
from normlab.ui.widgets.file_dialogs import FolderMemory, remember_folder, start_folder
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.prompts import show_error
from normlab.ui.widgets.sizing import line, size_dialog
from normlab.ui.widgets.words import print_check_text

tr = translator("Printing")


DEBOUNCE_MS = 250
PAGES = ("ground-rules", "tokens", "pre-brief", "report")
"""The Print centre's pages, in tab order (``show_page`` takes these names)."""
KeepPrebrief = Callable[[int, str, Prebrief, Prebrief], bool]
"""(team id, team name, statement to keep, statement seen) -> kept; the window makes it undoable."""


class PrintCentre(QDialog):
    """Ground rules, tokens, a pre-brief card and the team report of one team, with a live preview."""

    preview_updated = Signal()
    """After each new preview or error, for tests and anyone waiting on it."""
    norm_requested = Signal(int)
    """A line of the checks list was clicked: show that norm (the window selects it)."""

    def __init__(
        self,
        workspace: Workspace,
        team_id: int,
        parent: QWidget | None = None,
        *,
        keep_prebrief: KeepPrebrief | None = None,
        folders: FolderMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._keep_prebrief = keep_prebrief or self._keep_prebrief_here
        self.team_id = team_id
        self.team: Team = workspace.team(team_id)
        self._shown: tuple[Options, bytes] | None = None
        self._wanted: Options | None = None
        self._settled: Options | None = None
        """The options the preview or the banner answers."""
        self._team_gone = False
        self._folders = folders
        """Save PDF starts in the last folder used (remembered by the window), else Documents."""

        self.setObjectName("PrintCentre")
        self.setStyleSheet(DISABLED_BUTTONS)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self._size_to(parent)

        self.rules_panel = GroundRulesPanel(self.team.norms)
        self.tokens_panel = TokensPanel()
        self.tokens_panel.folders = folders
        self.tokens_panel.set_rules(rules_from_team(self.team))
        self.prebrief_panel = PreBriefPanel(self.team)
        self.report_panel = ReportPanel(self.team)
        self.panels = (self.rules_panel, self.tokens_panel, self.prebrief_panel, self.report_panel)
        self.kind = QTabWidget()
        self.kind.setDocumentMode(True)
        for panel, label in zip(
            self.panels, (tr("&Ground rules"), tr("&Tokens"), tr("Pre-&brief"), tr("&Report")), strict=True
        ):
            self.kind.addTab(scrolling(panel), label)

        self.banner = Banner()
        self.checks = ChecksLabel()
        self.checks.norm_requested.connect(self.norm_requested)
        self.preview = PdfPreview()
        self.info = QLabel(objectName="Muted")
        self.status = QLabel(objectName="Muted")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("&Save PDF…"))
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setObjectName("Primary")
        self.close_button = QPushButton(tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Print, self.print_),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.checks)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.info)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.kind)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 800])
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):  # Enter in a field must not open Print…
            button.setAutoDefault(False)
            button.setDefault(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._renderer = PreviewRenderer(self)
        self._renderer.finished.connect(self._rendered)
        for panel in self.panels:
            panel.changed.connect(self._options_changed)
        self.prebrief_panel.statement.keep_requested.connect(self._keep_statement)
        self.kind.currentChanged.connect(self._kind_changed)
        TeamWatch(workspace, team_id, self).reload.connect(self._reload_team)
        self._update_title()
        self._update_checks()
        self._set_printable(False)
        QTimer.singleShot(0, self.refresh)

    def _size_to(self, parent: QWidget | None) -> None:
        """Most of the window it opens from (at least 49 x 32 lines of type), within the screen."""
        unit = line(self)
        if parent is not None and parent.isVisible():
            size_dialog(
                self, parent.width() * 0.92 / unit, parent.height() * 0.92 / unit, min_width=49, min_height=32
            )
        else:
            size_dialog(self, 71, 45, min_width=49, min_height=32)

    # -- what is being printed -------------------------------------------------------------------

    def current_panel(self) -> GroundRulesPanel | TokensPanel | PreBriefPanel | ReportPanel:
        return self.panels[self.kind.currentIndex()]

    def showing_tokens(self) -> bool:
        return self.current_panel() is self.tokens_panel

    def show_page(self, page: str) -> None:
        """Turn to one of ``PAGES``: "ground-rules", "tokens", "pre-brief" or "report"."""
        self.kind.setCurrentIndex(PAGES.index(page))

    def show_tokens(self) -> None:
        self.show_page("tokens")

    def show_ground_rules(self) -> None:
        self.show_page("ground-rules")

    def options(self) -> Options:
        return self.current_panel().options(self.team.name)

    def pdf(self) -> bytes | None:
        """The PDF in the preview, if it is the one for the options as they are now."""
        if self._shown is not None and self._shown[0] == self.options():
            return self._shown[1]
        return None

    def preview_is_current(self) -> bool:
        """True once the preview (or the banner) answers the options as they are now."""
        return not self._timer.isActive() and self._settled is not None and self._settled == self.options()

    # -- rendering -------------------------------------------------------------------------------

    def _kind_changed(self, _index: int) -> None:
        self._update_checks()
        self.refresh()

    def _options_changed(self) -> None:
        self.status.clear()
        self._update_checks()
        self._timer.start()

    def check_lines(self) -> list[tuple[int, str]]:
        """(norm id, plain sentence) for each check that fires on the ground rules about to print."""
        if self.current_panel() is not self.rules_panel:
            return []
        numbers = {n.id: number for number, n in enumerate(printable_norms(self.team), start=1)}
        norms = [n for i in self.rules_panel.rules.checked_ids() if (n := self.team.norm(i)) is not None]
        found = print_warnings(norms, BecauseChoice.AGREED, [numbers.get(n.id, 0) for n in norms])
        return [
            (
                w.norm.id,
                fill(
                    tr("%1: %2"), fill(tr("rule %1 “%2”"), w.number, w.norm.text), print_check_text(w.check)
                ),
            )
            for w in found
        ]

    def _update_checks(self) -> None:
        self.checks.show_lines(self.check_lines())

    def refresh(self) -> None:
        """Check the options and start rendering them, unless the preview already shows them."""
        self._timer.stop()
        options = self.options()
        problem = self._problem()
        if problem:
            self._wanted = None
            self._show_problem(problem, options)
            return
        self._wanted = options
        if self._shown is not None and self._shown[0] == options:
            self._show_pdf(options, self._shown[1])
            return
        self.info.setText(tr("Updating the preview…"))
        self._renderer.request(options)

    def _problem(self) -> str | None:
        if self._team_gone:
            return tr("this team was deleted, so there is nothing to print; close the Print centre")
        panel = self.current_panel()
        own = panel.problem() if isinstance(panel, PreBriefPanel) else None
        return own or unprintable_problem(panel.printable_fields(self.team.name))

    def _rendered(self, options: Options, pdf: bytes | None, message: str) -> None:
        if options != self._wanted:
            return  # an older request; the newest is on its way
        if pdf is None:
            self._show_problem(message, options)
        else:
            self._show_pdf(options, pdf)

    def _show_pdf(self, options: Options, pdf: bytes) -> None:
        if self._shown is None or self._shown[1] is not pdf:
            self.preview.show_pdf(pdf)
        self._shown = (options, pdf)
        self._settled = options
        self.banner.clear()
        self.info.setText(describe(options, self.preview.page_count()))
        self._set_printable(True)
        self.preview_updated.emit()

    def _show_problem(self, message: str, options: Options | None = None) -> None:
        self._shown = None
        self._settled = options
        self.preview.clear(tr("No preview until the problem above is put right."))
        self.banner.show_message(message)
        self.info.setText("")
        self._set_printable(False)
        self.preview_updated.emit()

    def _set_printable(self, printable: bool) -> None:
        self.save_button.setEnabled(printable)
        self.print_button.setEnabled(printable)

    def current_pdf(self) -> bytes | None:
        """The PDF for the options as they are now, rendered here and now if the preview lags."""
        self._timer.stop()
        pdf = self.pdf()
        if pdf is not None:
            return pdf
        options = self.options()
        problem = self._problem()
        if problem:
            self._show_problem(problem, options)
            return None
        try:
            pdf = self._renderer.render_now(options)
        except NormlabError as exc:
            self._wanted = None
            self._show_problem(str(exc), options)
            return None
        self._wanted = options
        self._show_pdf(options, pdf)
        return pdf

    # -- save and print --------------------------------------------------------------------------

    def default_file_name(self) -> str:
        return default_file_name(self.options(), self.team.name)

    def save(self) -> Path | None:
        pdf = self.current_pdf()
        if pdf is None:
            return None
        saved = save_with_dialog(self, pdf, start_folder(self._folders) / self.default_file_name())
        if saved is None:
            return None
        remember_folder(self._folders, str(saved))
        self.status.setText(fill(tr("Saved “%1” in %2."), saved.name, saved.parent))
        return saved

    def printer_for_preview(self) -> QPrinter:
        """A printer set up for the PDF in the preview: its paper, orientation and sides."""
        return printer_for(self.options(), self.default_file_name().removesuffix(".pdf"))

    def print_(self) -> int:
        """Ask the system print dialog, then print; returns the pages sent (0 if cancelled)."""
        if self.current_pdf() is None:
            return 0
        printer = self.printer_for_preview()
        pages = self.preview.page_count()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send the previewed PDF to an already chosen printer, with progress for long prints."""
        sent = send_to_printer(self, self.preview, printer)
        if sent is None:
            return 0
        self.status.setText(
            fill(tr("Sent %n page(s) to %1.", n=sent), printer.printerName() or tr("the printer"))
        )
        return sent

    # -- the team changing underneath ------------------------------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(fill(tr("Print centre — %1"), self.team.name))

    def _reload_team(self) -> None:
        if not self.isVisible():  # closed meanwhile; shown again, it catches up
            return
        try:
            team = self.workspace.team(self.team_id)
        except NotFoundError:
            self._team_gone = True
            self.kind.setEnabled(False)
            self.refresh()
            return
        except NormlabError as exc:
            self._show_problem(str(exc), self.options())
            return
        if team == self.team:
            return
        self.team = team
        self._update_title()
        self.rules_panel.update_norms(team.norms)
        self._update_checks()
        self.tokens_panel.set_rules(rules_from_team(team))
        self.prebrief_panel.show_team(team)
        self.report_panel.show_team(team)
        self.refresh()

    # -- the team's pre-brief statement ----------------------------------------------------------

    def _keep_statement(self, prebrief: Prebrief) -> None:
        statement = self.prebrief_panel.statement
        ok = self._keep_prebrief(self.team_id, self.team.name, prebrief, statement.stored)
        statement.kept(ok)
        if ok:
            self.status.setText(fill(tr("Kept the pre-brief statement for “%1”."), self.team.name))
        elif not self._team_gone:
            self._reload_team()  # learn what is stored now, so that Keep can replace it knowingly

    def _keep_prebrief_here(self, team_id: int, _name: str, prebrief: Prebrief, seen: Prebrief) -> bool:
        """Without a window to undo in: keep it straight through the service."""
        try:
            set_prebrief(self.workspace, team_id, prebrief, expected=seen)
        except NormlabError as exc:
            show_error(
                self,
                tr("The pre-brief statement was not kept"),
                str(exc),
                tr("What you typed still prints here; Keep for this team stores it for the team."),
            )
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self._renderer.shutdown()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if not self._team_gone:
            self.prebrief_panel.statement.keep_if_typed()
        self._timer.stop()
        self._renderer.shutdown()
        super().done(result)
