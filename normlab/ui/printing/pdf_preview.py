"""Showing a PDF with QtPdf, and printing one by painting its pages as images.

The preview never uses QPdfView's FitInView mode: offscreen it grabbed blank and a test spun at
100% CPU, because fitting changes the scroll bars, which changes the viewport, which refits. Here the
zoom is computed from the view's outer size (a scroll bar's width always set aside), so it settles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.errors import NormlabError
from normlab.ui.widgets.i18n import fill, key_name, translator

tr = translator("Printing")


ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
STALE_PAGES_MS = 400
"""After a new PDF: when to draw its pages afresh, in case a page of the old one arrived late."""
MAX_PRINT_DPI = 300
"""Pages go to the printer as images; more than this only costs memory (A3 at 300 dpi is 70 MB)."""


class Fit(StrEnum):
    PAGE = tr.noop("Whole page")
    WIDTH = tr.noop("Page width")


class PdfPreview(QWidget):
    """A QPdfView with page navigation and zoom, showing PDF bytes.

    ``document`` reads from an in-memory buffer, kept here as long as the document uses it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._fit: Fit | None = Fit.PAGE

        self.view = QPdfView(self)
        self.view.setObjectName("PdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(tr("Preview of the PDF"))
        self.view.installEventFilter(self)
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)
        self._redraw = QTimer(self, singleShot=True, interval=STALE_PAGES_MS)
        self._redraw.timeout.connect(self._drop_stale_pages)
        self.placeholder = QLabel(tr("The preview appears here."))
        self.placeholder.setStyleSheet(
            "QLabel { border: 1px dashed #C5CCD4; border-radius: 8px; color: #5B6470; padding: 24px; }"
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.previous = self._tool_button(
            "‹", tr("Previous page"), key_name("PgUp"), lambda: self.go_to(self.current_page() - 1)
        )
        self.next = self._tool_button(
            "›", tr("Next page"), key_name("PgDown"), lambda: self.go_to(self.current_page() + 1)
        )
        self.page_label = QLabel(objectName="Muted")
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out = self._tool_button("−", tr("Zoom out"), key_name("Ctrl+-"), lambda: self.step_zoom(-1))
        self.zoom_in = self._tool_button("+", tr("Zoom in"), key_name("Ctrl++"), lambda: self.step_zoom(+1))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(tr("Zoom"))
        for fit in Fit:
            self.zoom.addItem(tr(fit.value), fit)
        for step in ZOOM_STEPS:
            self.zoom.addItem(f"{step:.0%}", step)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        bar.addWidget(self.previous)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom)
        bar.addWidget(self.zoom_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        chain = (self.previous, self.next, self.zoom_out, self.zoom, self.zoom_in, self.view)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            ("Ctrl+=", lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            ("Ctrl+0", lambda: self.set_fit(Fit.PAGE)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_controls()

    def _tool_button(self, text: str, name: str, keys: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(f"{name} ({keys})")
        button.setAccessibleName(name)
        button.setMinimumSize(30, 28)
        button.clicked.connect(slot)
        return button

    # -- content ---------------------------------------------------------------------------------

    def show_pdf(self, pdf: bytes) -> None:
        """Show pdf, staying on the same page when there still is one."""
        page = self.current_page()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # closes the old document first, so only now can its buffer go
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        self._update_controls()
        self._apply_fit()
        if 0 < page < self.page_count():
            self.go_to(page)
        self._update_controls()
        self._redraw.start()

    def _drop_stale_pages(self) -> None:
        """QPdfView keeps pages by number: one of the old PDF whose rendering was under way when the
        new one loaded (the window had just been resized, say) would be shown for the new PDF's page.
        Switching the page mode empties that store, so every page is drawn from the new PDF."""
        page = self.current_page()
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self._apply_fit()
        if 0 < page < self.page_count():
            self.go_to(page)

    def clear(self, reason: str = "") -> None:
        """Show no PDF, and why in the empty space."""
        self.placeholder.setText(reason or tr("The preview appears here."))
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._update_controls()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() if self.page_count() else 0

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
            self._update_controls()

    # -- zoom ------------------------------------------------------------------------------------

    def set_fit(self, fit: Fit | None, zoom: float | None = None) -> None:
        self._fit = fit
        index = self.zoom.findData(fit if fit is not None else zoom)
        if index >= 0 and index != self.zoom.currentIndex():
            self.zoom.blockSignals(True)
            self.zoom.setCurrentIndex(index)
            self.zoom.blockSignals(False)
        if fit is None and zoom is not None:
            self.view.setZoomFactor(zoom)
        self._apply_fit()

    def step_zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if direction > 0:
            steps = [s for s in ZOOM_STEPS if s > current * 1.01]
            target = steps[0] if steps else ZOOM_STEPS[-1]
        else:
            steps = [s for s in ZOOM_STEPS if s < current * 0.99]
            target = steps[-1] if steps else ZOOM_STEPS[0]
        self.set_fit(None, target)

    def _zoom_chosen(self, index: int) -> None:
        value = self.zoom.itemData(index)
        if isinstance(value, str):  # Qt hands a Fit back as a plain str
            self.set_fit(Fit(value))
        else:
            self.set_fit(None, float(value))

    def fitted_zoom(self, fit: Fit) -> float | None:
        """The zoom factor that fits the current page into the view, as QPdfView measures pages."""
        if not self.page_count():
            return None
        size = self.document.pagePointSize(self.current_page())
        if size.width() <= 0 or size.height() <= 0:
            return None
        screen = QGuiApplication.primaryScreen()
        pixels_per_point = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        margins = self.view.documentMargins()
        frame = 2 * self.view.frameWidth()
        scroll_bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.view)
        width = self.view.width() - frame - scroll_bar - margins.left() - margins.right() - 2
        height = self.view.height() - frame - margins.top() - margins.bottom() - 2
        zoom = width / (size.width() * pixels_per_point)
        if fit is Fit.PAGE:
            zoom = min(zoom, height / (size.height() * pixels_per_point))
        return max(0.05, zoom)

    def _apply_fit(self) -> None:
        if self._fit is None:
            return
        zoom = self.fitted_zoom(self._fit)
        if zoom is not None and abs(zoom - self.view.zoomFactor()) > 0.002:
            self.view.setZoomFactor(zoom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._apply_fit()
        return super().eventFilter(watched, event)

    def _update_controls(self, *_: object) -> None:
        count = self.page_count()
        page = self.current_page()
        self.stack.setCurrentWidget(self.view if count else self.placeholder)
        self.page_label.setText(fill(tr("Page %1 of %2"), page + 1, count) if count else tr("No preview"))
        self.previous.setEnabled(page > 0)
        self.next.setEnabled(page + 1 < count)
        for widget in (self.zoom, self.zoom_in, self.zoom_out):
            widget.setEnabled(count > 0)


# --- printing -------------------------------------------------------------------------------------


def page_image(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """The page at dpi on white (QtPdf leaves the paper transparent)."""
    size_pt = document.pagePointSize(page)
    size = QSize(max(1, round(size_pt.width() * dpi / 72)), max(1, round(size_pt.height() * dpi / 72)))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def pages_to_print(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The page indexes the print dialog asked for, in order, each copy included when the printer
    cannot make copies itself."""
    match printer.printRange():
        case QPrinter.PrintRange.PageRange if printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
            pages = list(range(first - 1, last))
        case QPrinter.PrintRange.CurrentPage:
            pages = [min(max(current, 0), count - 1)] if count else []
        case _:
            pages = list(range(count))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    current_page: int = 0,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint the document's pages onto printer at their real size, centred on the paper and shrunk
    only if the paper is smaller; returns the number of pages sent.

    progress(done, total) is called before each page; returning False stops (the pages so far are
    still sent). Raises NormlabError if the printer cannot be started.
    """
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise NormlabError(tr("there is nothing to print yet"))
    sequence: Sequence[int] = pages_to_print(printer, document.pageCount(), current_page)
    if not sequence:
        raise NormlabError(tr("the pages chosen are not in the document"))
    printer.setFullPage(True)
    resolution = printer.resolution()
    dpi = min(resolution, MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise NormlabError(tr("the printer could not be started; check that it is connected and try again"))
    sent = 0
    try:
        for done, page in enumerate(sequence):
            if progress is not None and not progress(done, len(sequence)):
                break
            if done:
                printer.newPage()
            painter.drawImage(_target(document, page, printer, resolution), page_image(document, page, dpi))
            sent += 1
    finally:
        painter.end()
    return sent


def _target(document: QPdfDocument, page: int, printer: QPrinter, resolution: int) -> QRectF:
    size_pt = document.pagePointSize(page)
    width, height = size_pt.width() * resolution / 72, size_pt.height() * resolution / 72
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    shrink = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * shrink, height * shrink
    return QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
