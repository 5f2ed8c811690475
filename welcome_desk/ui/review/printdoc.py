"""Print a report PDF (the day list) the way slips are printed: the same keyboard-ready preview, and on
CUPS the written PDF goes to the queue as it is, at its own paper (A4 landscape stays A4, text stays text).

The desk's :class:`~welcome_desk.ui.printing.SlipPrinter` does the work, so a stopped queue or a missing
printer is warned about once for slips and reports together; :func:`print_state_text` says what became
of the report for the review window's status line, "sent" told apart from "printed".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from welcome_desk.ui.printing import PrintStatus, SlipJob, SlipPrinter


def print_pdf(parent: QWidget | None, path: Path, title: str, *, printer: SlipPrinter) -> str:
    """Preview and print ``path`` (paper from its first page); returns the line for the status bar."""
    printer.print_job(parent, SlipJob(path, "de", paper="", title=title), preview=True)
    return print_state_text(printer.last) if printer.last is not None else ""


def print_state_text(status: PrintStatus) -> str:
    """What became of a printed report, in the interface language."""
    printer, problem = status.printer, status.detail
    words = {
        "sent": QCoreApplication.translate("ReportPrinting", "{title}: sent to the printer {printer} — not yet confirmed as printed."),
        "printed": QCoreApplication.translate("ReportPrinting", "{title}: printed on {printer}."),
        "stopped": QCoreApplication.translate("ReportPrinting", "{title}: not printed — the printer {printer} reports: {problem}."),
        "cancelled": QCoreApplication.translate("ReportPrinting", "{title}: print preview closed without printing."),
        "no_printer": QCoreApplication.translate("ReportPrinting", "{title}: not printed — no printer is set up. The PDF is kept: {path}"),
        "failed": QCoreApplication.translate("ReportPrinting", "{title}: could not be printed. {problem}"),
    }
    text = words.get(status.outcome, "{title}")
    return text.format(title=status.title, printer=printer or "—", problem=problem, path=status.pdf_path or "").strip()
