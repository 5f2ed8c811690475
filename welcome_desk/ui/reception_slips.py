"""The reception controller's slips: write, print, reprint, and tell the desk what became of each slip.

A mixin of :class:`~welcome_desk.ui.reception.ReceptionController` (it uses the
controller's workspace, context, panels, printer and status line), kept apart so
the visit flow and the paper trail each stay readable.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from welcome_desk.core.entries import EntryView
from welcome_desk.ui.printing import SlipJob
from welcome_desk.ui.ticket_card import slip_state_text

log = logging.getLogger("welcome_desk.ui.reception")


class ReceptionSlips:
    """Slip writing and printing for the reception controller."""

    def slip_job(self, entry: EntryView, lang: str) -> tuple[SlipJob | None, str]:
        """Write (or find) the slip PDF of ``entry``; returns the job and a problem text."""
        from welcome_desk.slips.store import ensure_slip

        paper = self.ctx.settings().paper
        try:
            path = ensure_slip(self.ws.db, self.ws.centre, entry, lang, paper, self.ws.clock())
        except OSError as exc:
            return None, QCoreApplication.translate("MainWindow", "cannot write the slip: {error}").format(error=exc.strerror or exc)
        except Exception as exc:  # a renderer bug must not lose the visit: say it, keep working
            log.exception("slip rendering failed for entry %s", entry.id)  # the log file withholds the message
            return None, f"{exc.__class__.__name__}: {exc}"
        return SlipJob(path, lang, paper, entry.ticket), ""

    def slip_path_of(self, entry: EntryView) -> Path:
        from welcome_desk.slips.store import slip_path

        return slip_path(self.ws.db, entry, entry.language, self.ctx.settings().paper)

    def reprint_entry(self, entry: EntryView) -> str:
        job, problem = self.slip_job(entry, entry.language)
        if job is None:
            self.ctx.messages.warning(
                self.ctx.parent, QCoreApplication.translate("MainWindow", "Slip not written"),
                QCoreApplication.translate("MainWindow", "The slip could not be written."), problem,
            )
            return "failed"
        outcome = self.printer.print_job(self.ctx.parent, job, preview=self.ctx.settings().open_preview)
        self._show_print(entry)
        return outcome

    def reprint_entry_text(self, entry: EntryView) -> str:
        """Reprint and say what became of the slip (for the Find dialog, which stays open on top)."""
        self.reprint_entry(entry)
        status = self.printer.last
        return slip_state_text(status.outcome, status.pdf_path, status.detail, status.printer).replace("\n", " — ") if status else ""

    def after_rebook(self, moved: EntryView) -> None:
        """A moved appointment: the card shows its new time, and its new slip is printed with feedback."""
        self.p.ticket_card.show_entry(self.ws.centre, moved, self.lang)
        self.reprint_entry(moved)
        self.ctx.return_focus()

    def _show_print(self, entry: EntryView) -> None:
        """What became of ``entry``'s slip: on the card (if it shows that visit) and in the status line."""
        status = self.printer.last
        if status is None:
            return
        current = self.p.ticket_card.entry()
        if current is not None and current.id == entry.id:
            self.p.ticket_card.set_slip(status.outcome, status.pdf_path, status.detail, status.printer)
        text = slip_state_text(status.outcome, status.pdf_path, status.detail, status.printer).replace("\n", " — ")
        self._status(f"{entry.ticket}: {text}", 15_000)

    def _print_news(self, status) -> None:
        """Later news from the printer (printed, stopped, dropped) about a slip sent earlier."""
        if status.title:  # a report printed from the review window: its news is told there
            return
        current = self.p.ticket_card.entry()
        if current is not None and current.ticket == status.ticket:
            self.p.ticket_card.set_slip(status.outcome, status.pdf_path, status.detail, status.printer)
        text = slip_state_text(status.outcome, status.pdf_path, status.detail, status.printer).replace("\n", " — ")
        self._status(f"{status.ticket}: {text}", 15_000)

    def reprint_row(self, row: int) -> str | None:
        entry = self.p.day_log.model.entry(row)
        return self.reprint_entry(entry) if entry is not None else None

    def reprint_selected(self) -> str | None:
        row = self.p.day_log.selected_row()
        if row < 0:
            self._status(QCoreApplication.translate("MainWindow", "Select an entry in today's log first."), 4000)
            return None
        return self.reprint_row(row)

    def reprint_last(self) -> str | None:
        entry = self.p.ticket_card.entry()
        return self.reprint_entry(entry) if entry is not None else None

    def reprint_selected_or_last(self) -> str | None:
        if self.p.day_log.view.hasFocus() and self.p.day_log.selected_row() >= 0:
            return self.reprint_selected()
        if self.p.ticket_card.entry() is not None:
            return self.reprint_last()
        return self.reprint_selected()
