"""Preview and print a slip PDF (or a report's: the day list, see ui/review/printdoc.py): it reaches the
printer as it is.

The preview (:class:`SlipPreviewDialog`) shows the kept PDF's pages, rendered by
PDFium (``pypdfium2``, the engine browsers use); its Print button is a real
button: Enter and Ctrl+P print, Esc closes without printing. Printing itself:

* on a CUPS queue (Linux, macOS) the kept PDF goes to the queue unchanged with
  ``media`` = the slip's paper (:mod:`welcome_desk.ui.cups_queue`): an A5 slip stays
  A5 and its text stays text. The queue's state is read first (a stopped queue or a
  printer error is said at the desk, the slip is not queued behind it) and the job
  is watched until CUPS says it is printed (:attr:`SlipPrinter.jobUpdated`);
* elsewhere Qt paints the pages onto a ``QPrinter`` set to the slip's own page size
  (never the printer's default paper), at the printer's resolution.

No print dialog is shown (it would put the printer's default paper back), and a
missing printer is warned about once, not after every ticket. (Qt's own PDF module
would need PySide6 6.12, whose bindings corrupt Python's reference count of
``None`` on Python 3.11; see ``tests/test_qt_binding.py``.)

Whoever opens dialogs passes ``run_dialog`` so tests can look at a dialog
instead of blocking on ``exec()``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QGraphicsView, QHBoxLayout, QLabel, QLineEdit, QToolBar, QWidget

from welcome_desk.ui import cups_queue
from welcome_desk.ui.messages import Messages
from welcome_desk.ui.screen_fit import fitting_size

log = logging.getLogger(__name__)

MAX_RENDER_DPI = 300
WATCH_INTERVAL_MS = 250  # how often a CUPS job sent from this desk is asked about
WATCH_LIMIT_MS = 120_000  # after two minutes a job still not printed is reported as waiting

@dataclass(frozen=True)
class SlipJob:
    """One PDF to print: a slip (its kept PDF), or a report such as the day list (``title`` set).

    ``paper`` is the CUPS media; "" takes the paper of the PDF's first page (A4, A5, A6, or its own size)."""

    pdf_path: Path | None
    visitor_lang: str
    paper: str = "A5"
    ticket: str = ""
    title: str = ""  # a report's name ("Day list 2026-11-23"); "" for a slip

    def name(self) -> str:
        """What the print job is called (in the queue, the preview's title)."""
        if self.title:
            return self.title
        if self.ticket:
            return QCoreApplication.translate("Printing", "Slip {ticket}").format(ticket=self.ticket)
        return QCoreApplication.translate("Printing", "Slip")


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


def landscape(pages: PdfPages) -> bool:
    size = pages.size_points(0)
    return size.width() > size.height()


def page_size_for(pages: PdfPages) -> QPageSize:
    """The first page's paper, upright (a landscape page is this paper turned: see :func:`prepare_printer`)."""
    size = pages.size_points(0)
    upright = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    return QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def paper_of(pages: PdfPages) -> str:
    """The CUPS media of the first page: "A4", "A5", … or its own size ("Custom.80x200mm")."""
    size = page_size_for(pages)
    if size.id() != QPageSize.PageSizeId.Custom:
        return QPageSize.key(size.id())
    mm = size.size(QPageSize.Unit.Millimeter)
    return f"Custom.{round(mm.width())}x{round(mm.height())}mm"


def prepare_printer(printer: QPrinter, job: SlipJob, pages: PdfPages, printer_name: str = "") -> None:
    if printer_name and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
    printer.setDocName(job.name())
    printer.setPageSize(page_size_for(pages))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape(pages) else QPageLayout.Orientation.Portrait)
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
            # The slip's own size in device pixels: never enlarged to another paper; shrunk only if the
            # page is smaller than the slip (a printer that cannot take the slip's paper).
            points = printer.resolution() / 72.0
            scale = min(points, area.width() / size.width(), area.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            painter.drawImage(QRectF(area.left(), area.top(), w, h), image)
        return True
    finally:
        painter.end()


# --------------------------------------------------------------------------- the preview


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


QT_PREVIEW_CONTEXT, QT_PREVIEW_WORDS = "QPrintPreviewDialog", ("Print", "Page setup")


class SlipPreviewDialog(QPrintPreviewDialog):
    """Qt's preview with a Print button the keyboard reaches: Enter or Ctrl+P print, Esc closes.

    Accepting the dialog means "print"; the caller prints (see :class:`SlipPrinter`), so
    Qt's own print path — a print dialog that swaps the slip's paper for the printer's
    default and a bitmap of it — is never taken. The tool bar's Print triggers the same,
    its page set-up is removed (the slip brings its paper). Fits the screen it opens on.
    """

    def __init__(self, printer: QPrinter, title: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.setObjectName("slipPreview")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        # Qt's own words for its tool bar (through Qt's translations, not ours: not for lupdate)
        print_text, setup_text = (QCoreApplication.translate(QT_PREVIEW_CONTEXT, word) for word in QT_PREVIEW_WORDS)
        for bar in self.findChildren(QToolBar):
            for action in bar.actions():
                if action.text() == print_text:
                    action.triggered.disconnect()  # Qt's own print path: a print dialog, then a bitmap
                    action.triggered.connect(self.accept)
                elif action.text() == setup_text:
                    bar.removeAction(action)
        self.where = QLabel(where)
        self.where.setObjectName("printTarget")
        self.where.setWordWrap(True)
        self.where.setAccessibleName(where)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            QCoreApplication.translate("Printing", "&Print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printSlip")
        self.print_button.setAccessibleName(QCoreApplication.translate("Printing", "Print the slip"))
        self.print_button.setAccessibleDescription(QCoreApplication.translate("Printing", "Enter or Ctrl+P prints; Esc closes without printing."))
        self.print_button.setToolTip(QCoreApplication.translate("Printing", "Print the slip (Enter or Ctrl+P)"))
        self.print_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            QCoreApplication.translate("Printing", "Close without printing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closePreview")
        self.close_button.setAccessibleName(QCoreApplication.translate("Printing", "Close without printing"))
        self.close_button.setAccessibleDescription(QCoreApplication.translate("Printing", "Close the preview; the slip is not printed (Esc)"))
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setContentsMargins(10, 4, 10, 8)
        row.addWidget(self.where, 1)
        row.addWidget(self.buttons, 0)
        self.layout().addLayout(row)
        QShortcut(QKeySequence("Ctrl+P"), self, self.accept)  # as in the main window: Ctrl+P prints
        for preview in self.findChildren(QPrintPreviewWidget):
            preview.fitToWidth()
            preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        name_preview_controls(self)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        self.resize(*fitting_size(self, 700, 900))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.print_button.setFocus()


# --------------------------------------------------------------------------- printing


def printers_available() -> bool:
    if QPrinterInfo.availablePrinterNames():
        return True
    return bool(cups_queue.queues())


@dataclass(frozen=True)
class PrintStatus:
    """What became of a slip: ``outcome`` is one of 'sent' (handed to the printer), 'printed'
    (the printer says done: CUPS only), 'stopped' (the printer or queue reports a problem, in
    ``detail``), 'cancelled' (the preview closed), 'no_printer' or 'failed'; ``printer`` names it."""

    ticket: str
    pdf_path: Path | None
    outcome: str
    printer: str = ""
    detail: str = ""
    title: str = ""  # the job's title when it is a report (see SlipJob.title), "" for a slip


def qt_send(job: SlipJob, pages: PdfPages, printer_name: str) -> PrintStatus:
    """Qt's path: paint the pages at the slip's own page size onto the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, job, pages, printer_name)
    name = printer.printerName()
    if not paint_job(printer, job, pages):
        return PrintStatus(job.ticket, job.pdf_path, "failed", name)
    return PrintStatus(job.ticket, job.pdf_path, "sent", name)


class SlipPrinter(QObject):
    """Shows the preview and prints; says plainly what became of the slip.

    ``send(job, pages, printer_name)`` prints for real (default: CUPS pass-through when the
    printer is a CUPS queue, else Qt); tests give a recorder. ``jobUpdated`` carries later
    news (a ``PrintStatus``) about a slip sent to a CUPS queue: printed, stopped, failed.
    """

    jobUpdated = Signal(object)

    def __init__(
        self,
        messages: Messages,
        run_dialog: Callable[[QDialog], int] | None = None,
        printer_name: str = "",
        has_printer: Callable[[], bool] = printers_available,
        send: Callable[[SlipJob, PdfPages, str], PrintStatus] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.messages = messages
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.printer_name = printer_name
        self.has_printer = has_printer
        self.send = send or self._send
        self.last: PrintStatus | None = None
        self._warned: set[str] = set()  # problems already told in a message box (once each)
        self._watched: dict[int, tuple[PrintStatus, int]] = {}  # CUPS job id -> (status, ms waited)
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self._watch)

    def print_job(self, parent: QWidget | None, job: SlipJob, preview: bool) -> str:
        """Returns the outcome (see :class:`PrintStatus`); ``self.last`` holds the whole status."""
        pages = open_pages(job)
        if pages is None:
            return self._done(PrintStatus(job.ticket, job.pdf_path, "failed", title=job.title)).outcome
        if not job.paper:
            job = replace(job, paper=paper_of(pages))
        try:
            status = self._print_pages(parent, job, pages, preview)
            if job.title:
                status = self._done(replace(status, title=job.title))
            return status.outcome
        finally:
            pages.close()  # PDFium's copy of the file is freed as soon as the slip is out

    def _print_pages(self, parent: QWidget | None, job: SlipJob, pages: PdfPages, preview: bool) -> PrintStatus:
        if not self.has_printer():
            self._warn_once(parent, "no_printer", QCoreApplication.translate("Printing", "No printer"),
                            QCoreApplication.translate("Printing", "No printer is set up on this computer, so slips are not printed. "
                                                       "This is said only once; the ticket card shows it for every slip."),
                            (QCoreApplication.translate("Printing", "The PDF is kept here:\n{path}") if job.title else
                             QCoreApplication.translate("Printing", "The slip is kept as a PDF file:\n{path}")).format(
                                path=str(job.pdf_path) if job.pdf_path else QCoreApplication.translate("Printing", "(no PDF was written)")))
            return self._done(PrintStatus(job.ticket, job.pdf_path, "no_printer"))
        if preview:
            dialog = self._preview(parent, job, pages)
            try:
                result = self.run_dialog(dialog)
            finally:
                dialog.paintRequested.disconnect()  # the pages close below; the dialog must not paint them again
            if not result:
                return self._done(PrintStatus(job.ticket, job.pdf_path, "cancelled"))
        status = self._done(self.send(job, pages, self.printer_name))
        if status.outcome == "stopped":
            self._warn_once(parent, f"stopped:{status.printer}:{status.detail}",
                            QCoreApplication.translate("Printing", "Printer stopped"),
                            QCoreApplication.translate("Printing", "The printer {printer} reports a problem: {problem}. Nothing was printed.").format(
                                printer=status.printer, problem=status.detail),
                            QCoreApplication.translate("Printing", "Fix the printer, then print again (Ctrl+P)."))
        elif status.outcome == "failed":
            self.messages.warning(parent, QCoreApplication.translate("Printing", "Printing failed"),
                                  QCoreApplication.translate("Printing", "{name} could not be sent to the printer.").format(name=job.name()),
                                  status.detail)
        else:
            self._warned = {key for key in self._warned if not key.startswith("stopped:")}  # it prints again
        return status

    def _preview(self, parent: QWidget | None, job: SlipJob, pages: PdfPages) -> SlipPreviewDialog:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # the preview's own: never printed on
        prepare_printer(printer, job, pages, "")
        if job.title:
            title = QCoreApplication.translate("Printing", "Print preview — {title}").format(title=job.title)
        else:
            title = QCoreApplication.translate("Printing", "Print preview — slip {ticket}").format(ticket=job.ticket)
        where = QCoreApplication.translate("Printing", "Printer: {printer} · paper {paper}").format(
            printer=self.printer_name or QCoreApplication.translate("Printing", "the default printer"), paper=job.paper)
        dialog = SlipPreviewDialog(printer, title, where, parent)
        if job.title:  # a report, not a slip
            dialog.print_button.setAccessibleName(QCoreApplication.translate("Printing", "Print {title}").format(title=job.title))
            dialog.print_button.setToolTip(QCoreApplication.translate("Printing", "Print {title} (Enter or Ctrl+P)").format(title=job.title))
        dialog.keep_printer = printer  # the dialog only borrows the printer: keep it alive as long as the dialog
        dialog.paintRequested.connect(lambda p: paint_job(p, job, pages))
        return dialog

    def _done(self, status: PrintStatus) -> PrintStatus:
        self.last = status
        return status

    def _warn_once(self, parent: QWidget | None, key: str, title: str, text: str, details: str = "") -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.messages.warning(parent, title, text, details)

    # -- the real printer -----------------------------------------------------------------

    def _send(self, job: SlipJob, pages: PdfPages, printer_name: str) -> PrintStatus:
        queue = cups_queue.find_queue(printer_name) if cups_queue.available() and job.pdf_path else None
        if queue is None:
            return qt_send(job, pages, printer_name)
        if queue.problem:
            return PrintStatus(job.ticket, job.pdf_path, "stopped", queue.name, queue.problem)
        try:
            job_id = cups_queue.submit(queue.name, job.pdf_path, job.name(), job.paper)
        except cups_queue.CupsError as exc:
            return PrintStatus(job.ticket, job.pdf_path, "failed", queue.name, str(exc))
        status = PrintStatus(job.ticket, job.pdf_path, "sent", queue.name, title=job.title)
        self._watched[job_id] = (status, 0)
        self._timer.start()
        return status

    def _watch(self) -> None:
        for job_id, (status, waited) in list(self._watched.items()):
            state = cups_queue.job_state(status.printer, job_id)
            queue = cups_queue.find_queue(status.printer)
            news: PrintStatus | None = None
            if state == cups_queue.JOB_COMPLETED:
                news = replace(status, outcome="printed")
            elif state in (cups_queue.JOB_ABORTED, cups_queue.JOB_CANCELED, None):
                news = replace(status, outcome="failed", detail=QCoreApplication.translate("Printing", "the printer dropped the job"))
            elif state == cups_queue.JOB_STOPPED or (queue is not None and queue.problem):
                news = replace(status, outcome="stopped", detail=queue.problem if queue is not None and queue.problem else "stopped")
            elif waited >= WATCH_LIMIT_MS:
                news = status  # still waiting: stop asking, the card keeps "sent"
            if news is None:
                self._watched[job_id] = (status, waited + WATCH_INTERVAL_MS)
                continue
            del self._watched[job_id]
            if news is not status:
                self.jobUpdated.emit(news)
        if not self._watched:
            self._timer.stop()
