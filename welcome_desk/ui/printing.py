"""Preview and print a slip PDF with Qt.

PDFium (through ``pypdfium2``, the engine browsers use) renders the kept PDF's
pages to images, which are painted onto the ``QPrinter``: what the preview shows
and the printer prints is exactly the stored slip. No external program runs.
(Qt's own PDF module would need PySide6 6.12, whose bindings corrupt Python's
reference count of ``None`` on Python 3.11 and crash the window after a few
thousand calls; see ``tests/test_qt_binding.py``.)

Whoever opens dialogs passes ``run_dialog`` so tests can look at a dialog
instead of blocking on ``exec()``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QGraphicsView, QLineEdit, QWidget

from welcome_desk.ui.messages import Messages

log = logging.getLogger(__name__)

MAX_RENDER_DPI = 300



@dataclass(frozen=True)
class SlipJob:
    """One slip to print: its kept PDF."""

    pdf_path: Path | None
    visitor_lang: str
    paper: str = "A5"
    ticket: str = ""


# --------------------------------------------------------------------------- PDF pages


_QIMAGE_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}


class PdfPages:
    """A PDF opened with PDFium; pages come out as images."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        try:
            self._doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise OSError(f"cannot read {path} as PDF ({exc})") from exc
        if len(self._doc) < 1:
            raise OSError(f"cannot read {path} as PDF (no pages)")

    def close(self) -> None:
        self._doc.close()

    def __del__(self) -> None:  # the preview drops its pages when closed: free PDFium's copy then
        doc = getattr(self, "_doc", None)
        if doc is not None:
            doc.close()

    def count(self) -> int:
        return len(self._doc)

    def size_points(self, page: int) -> QSizeF:
        width, height = self._doc[page].get_size()
        return QSizeF(width, height)

    def image(self, page: int, dpi: float) -> QImage:
        bitmap = self._doc[page].render(scale=dpi / 72.0, rev_byteorder=True)  # RGB byte order, as QImage reads it
        fmt = _QIMAGE_FORMATS[bitmap.mode]
        # QImage does not own the buffer: copy before the bitmap goes away.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def open_pdf(path: Path | None) -> PdfPages | None:
    """The PDF's pages, or None if the file is missing or unreadable."""
    if path is None or not path.is_file():
        return None
    try:
        return PdfPages(path)
    except OSError as exc:
        log.warning("%s", exc)
        return None


def open_pages(job: SlipJob) -> PdfPages | None:
    return open_pdf(job.pdf_path)


# --------------------------------------------------------------------------- painting


def page_size_for(pages: PdfPages) -> QPageSize:
    return QPageSize(pages.size_points(0), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def prepare_printer(printer: QPrinter, job: SlipJob, pages: PdfPages, printer_name: str = "") -> None:
    if printer_name and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
    printer.setDocName(QCoreApplication.translate("Printing", "Slip {ticket}").format(ticket=job.ticket) if job.ticket else QCoreApplication.translate("Printing", "Slip"))
    printer.setPageSize(page_size_for(pages))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the pages bring their own margins


def paint_job(printer: QPrinter, job: SlipJob, pages: PdfPages | None) -> bool:
    """Paint the pages onto ``printer`` (a real printer or the preview); False if nothing to paint."""
    if pages is None:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        page_rect = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area = QRectF(0, 0, page_rect.width(), page_rect.height())
        dpi = min(MAX_RENDER_DPI, printer.resolution())
        for page in range(pages.count()):
            if page:
                printer.newPage()
            image = pages.image(page, dpi)
            if image.isNull():
                continue
            size = pages.size_points(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            painter.drawImage(QRectF(area.left() + (area.width() - w) / 2, area.top(), w, h), image)
        return True
    finally:
        painter.end()


# --------------------------------------------------------------------------- printing


def name_preview_controls(dialog: QPrintPreviewDialog) -> None:
    """Accessible names for the preview's own controls, which Qt leaves unnamed (zoom, page, the page view)."""
    for combo in dialog.findChildren(QComboBox):
        combo.setAccessibleName(QCoreApplication.translate("Printing", "Zoom"))
        if combo.lineEdit() is not None:
            combo.lineEdit().setAccessibleName(QCoreApplication.translate("Printing", "Zoom"))
    for edit in dialog.findChildren(QLineEdit):
        if not isinstance(edit.parentWidget(), QComboBox):
            edit.setAccessibleName(QCoreApplication.translate("Printing", "Page number"))
    for view in dialog.findChildren(QGraphicsView):
        view.setAccessibleName(QCoreApplication.translate("Printing", "Preview of the slip"))


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


class SlipPrinter:
    """Shows the preview or prints right away; says plainly when there is no printer."""

    def __init__(
        self,
        messages: Messages,
        run_dialog: Callable[[QDialog], int] | None = None,
        printer_name: str = "",
        has_printer: Callable[[], bool] = printers_available,
    ) -> None:
        self.messages = messages
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.printer_name = printer_name
        self.has_printer = has_printer

    def print_job(self, parent: QWidget | None, job: SlipJob, preview: bool) -> str:
        """Returns what happened: 'previewed', 'printed', 'cancelled', 'no_printer' or 'failed'."""
        pages = open_pages(job)
        if pages is None:
            return "failed"
        try:
            return self._print_pages(parent, job, pages, preview)
        finally:
            pages.close()  # PDFium's copy of the file is freed as soon as the slip is out

    def _print_pages(self, parent: QWidget, job: SlipJob, pages: PdfPages, preview: bool) -> str:
        if not self.has_printer():
            where = str(job.pdf_path) if job.pdf_path else QCoreApplication.translate("Printing", "(no PDF was written)")
            self.messages.warning(
                parent,
                QCoreApplication.translate("Printing", "No printer"),
                QCoreApplication.translate("Printing", "No printer is set up on this computer, so the slip was not printed."),
                QCoreApplication.translate("Printing", "The slip is kept as a PDF file:\n{path}").format(path=where),
            )
            return "no_printer"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, job, pages, self.printer_name)
        if preview:
            dialog = QPrintPreviewDialog(printer, parent)
            dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview — slip {ticket}").format(ticket=job.ticket))
            dialog.setAccessibleName(dialog.windowTitle())
            dialog.resize(760, 900)
            name_preview_controls(dialog)
            dialog.paintRequested.connect(lambda p: paint_job(p, job, pages))
            try:
                result = self.run_dialog(dialog)
            finally:
                dialog.paintRequested.disconnect()  # the pages close below; the dialog must not paint them again
            return "previewed" if result else "cancelled"
        if not paint_job(printer, job, pages):
            self.messages.warning(parent, QCoreApplication.translate("Printing", "Printing failed"), QCoreApplication.translate("Printing", "The slip could not be sent to the printer."))
            return "failed"
        return "printed"
