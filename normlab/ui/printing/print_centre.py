"""The Print centre: choose ground rules or tokens, see the real PDF, then print it or save it.

Every option change re-renders the PDF after a short pause, on a worker thread, and the preview shows
exactly the bytes that Save PDF… writes and Print… sends to the printer.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.because import BecauseChoice, print_warnings
from normlab.domain.errors import NormlabError, NotFoundError
from normlab.domain.model import Team
from normlab.printing.ground_rules import GroundRulesOptions, printable_norms, rules_from_team
from normlab.printing.output import save_pdf
from normlab.printing.tokens import plan
from normlab.services.changes import Change
from normlab.services.workspace import Workspace
from normlab.ui.printing.ground_rules_panel import GroundRulesPanel
from normlab.ui.printing.option_widgets import unprintable_problem
from normlab.ui.printing.pdf_preview import PdfPreview
from normlab.ui.printing.preview_renderer import Options, PreviewRenderer
from normlab.ui.printing.print_output import default_file_name, printer_for, send_to_printer
from normlab.ui.printing.tokens_panel import TokensPanel
from normlab.ui.widgets.banner import Banner
from normlab.ui.widgets.prompts import show_error

DEBOUNCE_MS = 250
DISABLED_BUTTONS = """
QPushButton:disabled { color: #A0A7B0; background: #EEF0F3; border-color: #DDE1E6; }
QPushButton#Primary:disabled { color: #F4F6FB; background: #A8B9DD; border-color: #A8B9DD; }
"""


class PrintCentre(QDialog):
    """Ground rules and tokens for one team, with a live preview of the PDF."""

    preview_updated = Signal()
    """After each new preview or error, for tests and anyone waiting on it."""
    norm_requested = Signal(int)
    """A line of the checks list was clicked: show that norm (the window selects it)."""

    def __init__(self, workspace: Workspace, team_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.team_id = team_id
        self.team: Team = workspace.team(team_id)
        self._shown: tuple[Options, bytes] | None = None
        self._wanted: Options | None = None
        self._settled: Options | None = None
        """The options the preview or the banner answers."""
        self._subscribed = False
        self._ever_shown = False
        self._reload_pending = False
        self._team_gone = False
        self._save_folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )

        self.setObjectName("PrintCentre")
        self.setStyleSheet(DISABLED_BUTTONS)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(860, 560)
        self._size_to(parent)

        self.rules_panel = GroundRulesPanel(self.team.norms)
        self.tokens_panel = TokensPanel()
        self.tokens_panel.set_rules(rules_from_team(self.team))
        self.kind = QTabWidget()
        self.kind.setDocumentMode(True)
        self.kind.addTab(self._scrolling(self.rules_panel), "&Ground rules")
        self.kind.addTab(self._scrolling(self.tokens_panel), "&Tokens")
        self.kind.setMinimumWidth(400)

        self.banner = Banner()
        self.checks = QLabel(objectName="PrintChecks")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setOpenExternalLinks(False)
        self.checks.linkActivated.connect(self._check_clicked)
        self.checks.setAccessibleName("Checks on the rules to print")
        self.checks.hide()
        self.preview = PdfPreview()
        self.info = QLabel(objectName="Muted")
        self.status = QLabel(objectName="Muted")
        self.status.setWordWrap(True)
        self.save_button = QPushButton("&Save PDF…")
        self.print_button = QPushButton("&Print…")
        self.print_button.setObjectName("Primary")
        self.close_button = QPushButton("Close")
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
        self.rules_panel.changed.connect(self._options_changed)
        self.tokens_panel.changed.connect(self._options_changed)
        self.kind.currentChanged.connect(self._kind_changed)
        self._update_title()
        self._update_checks()
        self._set_printable(False)
        QTimer.singleShot(0, self.refresh)

    def _size_to(self, parent: QWidget | None) -> None:
        if parent is not None and parent.isVisible():
            self.resize(max(960, int(parent.width() * 0.92)), max(640, int(parent.height() * 0.92)))
        else:
            self.resize(1240, 780)

    @staticmethod
    def _scrolling(panel: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        panel.setContentsMargins(2, 10, 10, 4)
        area.setWidget(panel)
        return area

    # -- what is being printed -------------------------------------------------------------------

    def showing_tokens(self) -> bool:
        return self.kind.currentIndex() == 1

    def show_tokens(self) -> None:
        self.kind.setCurrentIndex(1)

    def show_ground_rules(self) -> None:
        self.kind.setCurrentIndex(0)

    def options(self) -> Options:
        panel = self.tokens_panel if self.showing_tokens() else self.rules_panel
        return panel.options(self.team.name)

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
        if self.showing_tokens():
            return []
        numbers = {n.id: number for number, n in enumerate(printable_norms(self.team), start=1)}
        norms = [n for i in self.rules_panel.rules.checked_ids() if (n := self.team.norm(i)) is not None]
        found = print_warnings(norms, BecauseChoice.AGREED, [numbers.get(n.id, 0) for n in norms])
        return [(w.norm.id, w.line()) for w in found]

    def _update_checks(self) -> None:
        lines = self.check_lines()
        self.checks.setVisible(bool(lines))
        if not lines:
            self.checks.clear()
            return
        shown = "<br>".join(
            f'<a href="norm:{norm_id}">{html.escape(text.split(":", 1)[0])}</a>:{html.escape(text.split(":", 1)[1])}'
            for norm_id, text in lines[:8]
        )
        more = f"<br>… and {len(lines) - 8} more" if len(lines) > 8 else ""
        self.checks.setText(f"<b>Before you print</b> (printing still works):<br>{shown}{more}")

    def _check_clicked(self, link: str) -> None:
        if link.startswith("norm:"):
            self.norm_requested.emit(int(link.removeprefix("norm:")))

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
        self.info.setText("Updating the preview…")
        self._renderer.request(options)

    def _problem(self) -> str | None:
        if self._team_gone:
            return "this team was deleted, so there is nothing to print; close the Print centre"
        panel = self.tokens_panel if self.showing_tokens() else self.rules_panel
        return unprintable_problem(panel.printable_fields(self.team.name))

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
        self.info.setText(self._describe(options))
        self._set_printable(True)
        self.preview_updated.emit()

    def _show_problem(self, message: str, options: Options | None = None) -> None:
        self._shown = None
        self._settled = options
        self.preview.clear("No preview until the problem above is put right.")
        self.banner.show_message(message)
        self.info.setText("")
        self._set_printable(False)
        self.preview_updated.emit()

    def _set_printable(self, printable: bool) -> None:
        self.save_button.setEnabled(printable)
        self.print_button.setEnabled(printable)

    def _describe(self, options: Options) -> str:
        pages = self.preview.page_count()
        page_word = "page" if pages == 1 else "pages"
        orientation = "landscape" if options.landscape else "portrait"
        if isinstance(options, GroundRulesOptions):
            count = len(options.rules)
            what = f"{options.layout.value}, {count} rule{'s' if count != 1 else ''}"
        else:
            sizes = plan(options)
            what = f"{sizes.sets} sets, {sizes.per_page} tokens a page" + (
                ", fronts and backs" if options.duplex else ""
            )
        return f"{pages} {page_word} · {options.paper.value} {orientation} · {what}"

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
        start = str(self._save_folder / self.default_file_name())
        path, _filter = QFileDialog.getSaveFileName(self, "Save PDF", start, "PDF files (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = save_pdf(path, pdf)
        except NormlabError as exc:
            show_error(
                self, "The PDF was not saved", str(exc), "Nothing was written. Choose another folder or name."
            )
            return None
        self._save_folder = saved.parent
        self.status.setText(f"Saved “{saved.name}” in {saved.parent}.")
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
        dialog.setWindowTitle("Print")
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
            f"Sent {sent} page{'s' if sent != 1 else ''} to {printer.printerName() or 'the printer'}."
        )
        return sent

    # -- the team changing underneath ------------------------------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(f"Print centre — {self.team.name}")

    def _on_change(self, change: Change) -> None:
        if (change.team_id == self.team_id or change.teams) and not self._reload_pending:
            self._reload_pending = True
            try:
                QTimer.singleShot(0, self, self._reload_team)
            except RuntimeError:  # the dialog is gone but was never hidden
                self.workspace.changes.unsubscribe(self._on_change)

    def _reload_team(self) -> None:
        self._reload_pending = False
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
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._subscribed:
            self.workspace.changes.subscribe(self._on_change)
            self._subscribed = True
            if self._ever_shown:  # shown again after a while: catch up
                QTimer.singleShot(0, self, self._reload_team)
        self._ever_shown = True
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._subscribed:
            self.workspace.changes.unsubscribe(self._on_change)
            self._subscribed = False
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._renderer.shutdown()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()
        self._renderer.shutdown()
        super().done(result)
