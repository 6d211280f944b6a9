"""Where a Print centre PDF goes: its default file name, a printer set up for it, sending it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from normlab.domain.errors import NormlabError
from normlab.printing.ground_rules import GroundRulesOptions, Layout
from normlab.printing.paper import Paper
from normlab.printing.tokens import DuplexEdge, TokenOptions
from normlab.ui.printing.pdf_preview import PdfPreview, print_pdf
from normlab.ui.printing.preview_renderer import Options, waiting_cursor
from normlab.ui.widgets.prompts import show_error

PAGE_SIZES = {
    Paper.A4: QPageSize.PageSizeId.A4,
    Paper.A3: QPageSize.PageSizeId.A3,
    Paper.LETTER: QPageSize.PageSizeId.Letter,
}


def default_file_name(options: Options, team: str) -> str:
    """'Ground rules – Year 5.pdf', 'Ground rules poster – Year 5.pdf', 'Tokens – Year 5.pdf'."""
    if isinstance(options, GroundRulesOptions):
        what = "Ground rules poster" if options.layout is Layout.POSTER else "Ground rules"
    else:
        what = "Tokens"
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", team).strip(" .-")
    return f"{what} – {safe}.pdf" if safe else f"{what}.pdf"


def printer_for(options: Options, doc_name: str) -> QPrinter:
    """A printer set up for a PDF made with ``options``: its paper, orientation and sides."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setFullPage(True)
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    printer.setPageSize(QPageSize(PAGE_SIZES[options.paper]))
    printer.setPageOrientation(orientation)
    if isinstance(options, TokenOptions) and options.duplex:
        long_edge = options.duplex_edge is DuplexEdge.LONG
        printer.setDuplex(
            QPrinter.DuplexMode.DuplexLongSide if long_edge else QPrinter.DuplexMode.DuplexShortSide
        )
    return printer


def send_to_printer(parent: QWidget, preview: PdfPreview, printer: QPrinter) -> int | None:
    """Print the previewed PDF with progress for long prints; the pages sent, None after an error
    (which has been shown)."""
    progress = QProgressDialog("Sending the pages to the printer…", "Stop", 0, 1, parent)
    progress.setWindowTitle("Printing")
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
        show_error(parent, "Nothing was printed", str(exc), "Check the printer, then try Print… again.")
        return None
    finally:
        progress.close()
        progress.deleteLater()
