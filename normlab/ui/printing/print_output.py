"""Where a Print centre PDF goes: a file the person chooses, or a printer set up for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from normlab.domain.errors import NormlabError
from normlab.printing.output import save_pdf
from normlab.printing.tokens import DuplexEdge, TokenOptions
from normlab.ui.printing.pdf_preview import PdfPreview, print_pdf
from normlab.ui.printing.preview_renderer import waiting_cursor
from normlab.ui.printing.print_jobs import Options, default_file_name, page_setup
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.prompts import show_error

tr = translator("Printing")


def printer_for(options: Options, doc_name: str) -> QPrinter:
    """A printer set up for a PDF made with ``options``: its paper, orientation and sides."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setFullPage(True)
    size, orientation = page_setup(options)
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)
    if isinstance(options, TokenOptions) and options.duplex:
        long_edge = options.duplex_edge is DuplexEdge.LONG
        printer.setDuplex(
            QPrinter.DuplexMode.DuplexLongSide if long_edge else QPrinter.DuplexMode.DuplexShortSide
        )
    return printer


def save_with_dialog(parent: QWidget, pdf: bytes, start: Path) -> Path | None:
    """Ask where to save the PDF (starting at ``start``) and write it; None if cancelled or refused
    (which has been shown)."""
    path, _filter = QFileDialog.getSaveFileName(parent, "Save PDF", str(start), "PDF files (*.pdf)")
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        return save_pdf(path, pdf)
    except NormlabError as exc:
        show_error(
            parent,
            tr("The PDF was not saved"),
            str(exc),
            tr("Nothing was written. Choose another folder or name."),
        )
        return None


def send_to_printer(parent: QWidget, preview: PdfPreview, printer: QPrinter) -> int | None:
    """Print the previewed PDF with progress for long prints; the pages sent, None after an error
    (which has been shown)."""
    progress = QProgressDialog(tr("Sending the pages to the printer…"), tr("Stop"), 0, 1, parent)
    progress.setWindowTitle(tr("Printing"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(800)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        with waiting_cursor():
            return print_pdf(preview.document, printer, current_page=preview.current_page(), progress=step)
    except NormlabError as exc:
        show_error(
            parent, tr("Nothing was printed"), str(exc), tr("Check the printer, then try Print… again.")
        )
        return None
    finally:
        progress.close()
        progress.deleteLater()


__all__ = ["default_file_name", "printer_for", "save_with_dialog", "send_to_printer"]
