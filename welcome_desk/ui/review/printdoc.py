"""Print a report PDF (landscape or portrait) through Qt's preview, reusing the slip printing path.

The pages of the written PDF are what is previewed and printed (see
:mod:`welcome_desk.ui.printing`); without a printer the person is told where
the PDF is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from welcome_desk.ui.messages import Messages
from welcome_desk.ui.printing import SlipJob, open_pdf, paint_job, printers_available



def print_pdf(
    parent: QWidget | None,
    path: Path,
    title: str,
    *,
    messages: Messages,
    run_dialog: Callable[[QDialog], int],
    has_printer: Callable[[], bool] = printers_available,
    printer_name: str = "",
) -> str:
    """Preview and print ``path``; returns 'previewed', 'cancelled', 'no_printer' or 'failed'."""
    pages = open_pdf(path)
    if pages is None:
        messages.warning(parent, QCoreApplication.translate("ReportPrinting", "Printing failed"), QCoreApplication.translate("ReportPrinting", "The PDF could not be read."), str(path))
        return "failed"
    if not has_printer():
        messages.info(parent, QCoreApplication.translate("ReportPrinting", "No printer"), QCoreApplication.translate("ReportPrinting", "No printer is set up on this computer."),
                      QCoreApplication.translate("ReportPrinting", "The PDF is kept here:\n{path}").format(path=path))
        return "no_printer"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
    printer.setDocName(title)
    size = pages.size_points(0)
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    job = SlipJob(path, "de", "A4")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.keep_printer = printer  # the dialog only borrows the printer: keep it alive as long as the dialog
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Print preview — {title}").format(title=title))
    dialog.setAccessibleName(dialog.windowTitle())
    dialog.resize(1000, 760 if landscape else 900)
    dialog.paintRequested.connect(lambda p: paint_job(p, job, pages))
    return "previewed" if run_dialog(dialog) else "cancelled"
