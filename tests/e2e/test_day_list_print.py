"""The team lead's day list goes through the desk's printer path to a real CUPS queue (cups-pdf).

The review window hands the written PDF to the desk's ``SlipPrinter`` (see tests/ui/test_review_gui.py
for the window and its keyboard preview); here that printer path runs against the private cupsd with
its PDF printer: what comes out is A4 (turned to landscape, as written), as many pages as the day list,
with its text as text — not a bitmap scaled onto the printer's default paper.
"""

from __future__ import annotations

import re
import sys

PRINT_DAY_LIST = r'''
import datetime as dt, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from welcome_desk.core.logquery import LogFilter
from welcome_desk.core.workspace import open_workspace
from welcome_desk.reports.daylist import write_day_list
from welcome_desk.ui.printing import SlipJob, SlipPrinter

class Said:
    def warning(self, parent, title, text, details=""):
        print("WARNING", title, text, details, file=sys.stderr)
    error = info = warning

now = dt.datetime(2026, 11, 23, 9, 5)
ws = open_workspace(sys.argv[1], clock=lambda: now, daily_backup=False)
for _ in range(int(sys.argv[3])):
    ws.booking.log_walk_in("immigration-office", language="de")
write_day_list(sys.argv[2], ws.db, ws.centre, LogFilter(now.date()), "de", now=now)
ws.close()
printer = SlipPrinter(Said())
outcome = printer.print_job(None, SlipJob(__import__("pathlib").Path(sys.argv[2]), "de", paper="", title="Tagesliste 2026-11-23"), preview=False)
print(outcome, printer.last.printer)
'''


def _facts(desktop, pdf) -> tuple[tuple[float, float], int, str]:
    info = desktop.run(["pdfinfo", str(pdf)]).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    text = desktop.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], encoding="utf-8").stdout
    return (float(size.group(1)), float(size.group(2))), pages, text


def test_the_day_list_reaches_the_cups_pdf_printer_as_a4_landscape_with_its_text(desktop, tmp_path):
    script = tmp_path / "print_day_list.py"
    script.write_text(PRINT_DAY_LIST)
    day_list = tmp_path / "day-list.pdf"
    before = len(desktop.printed_pdfs())
    result = desktop.run([sys.executable, str(script), f"sqlite:///{tmp_path / 'desk.sqlite'}", str(day_list), "60"])
    outcome = result.stdout.split()
    assert outcome and outcome[0] == "sent", result.stdout + result.stderr
    _, written_pages, _ = _facts(desktop, day_list)
    assert written_pages >= 2  # sixty visits: more than one page
    printed = desktop.wait(lambda: len(desktop.printed_pdfs()) > before and desktop.printed_pdfs(),
                           "the day list out of the cups-pdf printer", timeout=60)
    size, pages, text = _facts(desktop, printed[-1])
    # A4, landscape as written (cups-pdf gives an upright A4 page turned by 90°: still A4, not scaled)
    assert abs(max(size) - 841.9) < 2 and abs(min(size) - 595.3) < 2, f"not A4: {size}"
    turned = int(re.search(r"Page rot:\s+(\d+)", desktop.run(["pdfinfo", str(printed[-1])]).stdout).group(1)) % 180 == 90
    assert (size[0] > size[1]) != turned, f"not landscape: {size}, turned {turned}"
    assert pages == written_pages
    # text, not a picture of it (cups-pdf's fonts keep no text for letters outside ASCII: "Ausl nderbeh rde")
    assert "A-001" in text and "A-060" in text and "Ohne Termin" in text, text
    # never scaled: a word is as long on paper as in the written PDF (turned or not)
    assert abs(_word_length(desktop, printed[-1], "Termin") / _word_length(desktop, day_list, "Termin") - 1) < 0.03


def _word_length(desktop, pdf, word: str) -> float:
    """The longer side of ``word``'s box on page 1 (pdftotext -bbox), in points."""
    html = desktop.run(["pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], encoding="utf-8").stdout
    for box in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
        x0, y0, x1, y1 = (float(box.group(i)) for i in range(1, 5))
        if box.group(5) == word:
            return max(x1 - x0, y1 - y0)
    raise AssertionError(f"{word!r} not on page 1 of {pdf}")
