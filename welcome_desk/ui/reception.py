"""The reception controller: the visit flow of the desk, from the typed concern to the printed slip.

Route the concern, choose the unit (or answer the clarifying question), issue
a walk-in ticket or book an appointment, write and print the slip, keep today's
log and the queue current. A plain QObject: it drives the panels the window
lays out (:class:`~welcome_desk.ui.desk_panels.DeskPanels`) and calls the
core's services; it builds no widgets of its own besides the dialogs it opens.
Every visit ends with the intake field empty and focused, ready for the next person.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from welcome_desk.core import entries as E
from welcome_desk.core import waiting
from welcome_desk.core.booking import BookingError
from welcome_desk.core.daylog import day_log
from welcome_desk.core.entries import EntryView
from welcome_desk.core.frequent import most_frequent
from welcome_desk.core.routing import Candidate, RouteResult
from welcome_desk.core.storage import UNAVAILABLE
from welcome_desk.ui import walk_in_advice
from welcome_desk.ui.booking_dialog import AppointmentDialog
from welcome_desk.ui.desk_context import DeskContext
from welcome_desk.ui.desk_panels import DeskPanels
from welcome_desk.ui.live import CentreFollower
from welcome_desk.ui.messages import booking_error_text
from welcome_desk.ui.printing import SlipPrinter
from welcome_desk.ui.reception_help import LanguageRecognition, learn_from_choice
from welcome_desk.ui.reception_reload import ReceptionReload
from welcome_desk.ui.reception_slips import ReceptionSlips

log = logging.getLogger(__name__)


class ReceptionController(ReceptionReload, ReceptionSlips, QObject):
    """The visit flow. Texts keep the "MainWindow" translation context they always had."""

    bookable = Signal(bool, bool)  # walk-in possible, appointment possible (the window's actions follow)
    statusSet = Signal(object)  # EntryView: a status changed from the log (Ctrl+Z can take it back)
    textsChanged = Signal()  # the staff name or the centre changed: the window's texts follow
    logFocusRequested = Signal()  # show today's log (or another day's) with the keyboard there

    def __init__(
        self, ctx: DeskContext, panels: DeskPanels, printer: SlipPrinter, new_day: Callable[[], object]
    ) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.new_day = new_day  # the automatic retention purge when the date changes with the window open
        self.ws = ctx.workspace
        self.p = panels
        self.printer = printer
        self.result: RouteResult | None = None
        self.filled_text: str | None = None  # intake text put there by a frequent-concern button
        self.picked = False
        self.answered: str | None = None  # the answer given to the clarifying question (kept over a centre reload)
        self.log_day: dt.date = self.ws.clock().date()
        self.languages = LanguageRecognition(panels.visitor_language, on_ready=self._language_model_loaded)
        self.language_note = ""  # "Somali erkannt …" for a language no slip is printed in
        self.routed_by_hand: str | None = None  # typed words that found nothing sure, before a concern was chosen
        self._last_text = ""
        self._connect()

    def _connect(self) -> None:
        p = self.p
        p.intake.textChanged.connect(self.route)
        p.intake.moveSelection.connect(self.move_selection)
        p.intake.pickRequested.connect(self.pick_current)
        p.intake.cleared.connect(self.ctx.return_focus)
        p.frequent_bar.chosen.connect(self.route_concern)
        p.suggestions.selectionModel().currentChanged.connect(lambda *_: self.selection_changed())
        p.suggestions.picked.connect(self.pick_row)
        p.detail.answered.connect(self.answer_question)
        p.visitor_language.currentIndexChanged.connect(lambda *_: self.show_detail())  # the question in that language
        p.ticket_card.reprint.clicked.connect(self.reprint_last)
        p.day_log.reprintRequested.connect(self.reprint_entry)
        p.day_log.statusRequested.connect(self.set_status)
        q = p.queue_panel
        q.changed.connect(lambda entry_id: self.refresh_log(select_id=entry_id))
        q.entryCreated.connect(self.after_booking)
        q.printRequested.connect(self.reprint_entry)
        q.rebooked.connect(self.after_rebook)
        q.reprint_feedback = self.reprint_entry_text
        q.showRequested.connect(self.show_entry)
        self.printer.jobUpdated.connect(self._print_news)
        q.unitChosen.connect(lambda unit_id: self.ctx.store_settings(replace(self.ctx.settings(), queue_unit=unit_id)))
        q.message.connect(lambda text: self.ctx.show_status(text, 10_000))
        # Another desk edited, imported or switched the centre: this desk follows at once.
        self.centre_follower = CentreFollower(lambda: self.ws.db, lambda: self.ws.centre, self)
        q.live.ask_first(self.centre_follower.check)
        self.centre_follower.edited.connect(self.ctx.centre_changed)

    @property
    def lang(self) -> str:
        return self.ctx.language()

    def _status(self, text: str, ms: int) -> None:
        self.ctx.show_status(text, ms)

    # ------------------------------------------------------------------ routing

    def route(self, text: str, keep_row: bool = False) -> None:
        sugg = self.p.suggestions
        old_row = sugg.current_row() if keep_row else 0
        self.picked = False
        self.answered = None
        self.filled_text = None
        # Pasted (or filled in all at once): a complete text, its last word is no prefix.
        complete = len(text) - len(self._last_text) > 1 and not keep_row
        self._last_text = text
        self.result = self.ws.router.route(text, complete=complete) if text.strip() else None
        candidates = self.result.candidates if self.result else ()
        sugg.suggestions.set_candidates(candidates, self.lang)
        if candidates and not self.result.uncertain:  # an unsure match is shown, never pre-armed
            sugg.select_row(max(0, old_row))
        elif candidates and keep_row and old_row >= 0:
            sugg.select_row(old_row)
        self.language_note = self.languages.note_for(text, self.lang)
        if self.language_note:  # also when some German word in the text did match
            self._status(self.language_note, 8000)
        self.selection_changed()

    def _language_model_loaded(self) -> None:
        """What was typed while the language model loaded gets its guess now."""
        text = self.p.intake.text()
        if text.strip() and self.filled_text is None:
            self.language_note = self.languages.note_for(text, self.lang)
            if self.language_note:
                self._status(self.language_note, 8000)
            self.show_detail()  # a late guess must not take back a unit already taken with Enter

    def route_concern(self, concern_id: str) -> None:
        """A concern chosen directly (frequent-concern button): fill the intake and pick its unit."""
        if not self.ws.centre.has_concern(concern_id):
            return
        typed = self.typed_text()
        missed = self.result is None or not self.result.candidates or self.result.uncertain
        self.routed_by_hand = typed if typed and missed else None  # worth learning from
        self.result = self.ws.router.route_concern(concern_id)
        self.answered = None
        label = self.ws.centre.concern(concern_id).label.get(self.lang)
        intake = self.p.intake
        intake.blockSignals(True)
        intake.setText(label)
        intake.blockSignals(False)
        self.filled_text = label
        self.p.suggestions.suggestions.set_candidates(self.result.candidates, self.lang)
        self.p.suggestions.select_row(0)
        self.selection_changed()
        self.ctx.return_focus()
        self.pick_current()

    def typed_text(self) -> str | None:
        """What reception typed (kept with the entry), not a label a button filled in."""
        text = self.p.intake.text().strip()
        return text if text and text != self.filled_text else None

    def refresh_frequent(self) -> None:
        frequent = most_frequent(self.ws.db, self.ws.centre, self.ws.clock().date())
        self.p.frequent_bar.show_frequent(self.ws.centre, frequent, self.lang)
        self.p.update_tab_order()

    def current_candidate(self) -> Candidate | None:
        return self.p.suggestions.suggestions.candidate(self.p.suggestions.current_row())

    def move_selection(self, step: int) -> None:
        self.p.suggestions.move(step)

    def selection_changed(self) -> None:
        self.picked = False
        self.show_detail()

    def show_detail(self) -> None:
        cand = self.current_candidate()
        result = self.result
        if cand is None and result is not None and result.uncertain and result.candidates:
            frequent = [b.text().replace("&", "") for b in self.p.frequent_bar.buttons()][:4]
            self.p.detail.show_uncertain(result.concern.label.get(self.lang), frequent, self.language_note)
        elif cand is None:
            self.p.detail.show_empty(no_match=bool(self.p.intake.text().strip()), language_note=self.language_note)
        else:
            question = result.question if result else None
            self.p.detail.show_candidate(
                self.ws.centre, cand, question, self.ws.clock(), self.lang, self.picked,
                self.visitor_lang(), result.stated if result else None,
            )
        self._update_bookable()
        self.p.update_tab_order()

    def _update_bookable(self) -> None:
        cand = self.current_candidate()
        walk_in = cand is not None and "walk_in" in cand.unit.accepts
        appointment = cand is not None and "appointment" in cand.unit.accepts
        self.p.walk_in_button.setEnabled(walk_in)
        self.p.appointment_button.setEnabled(appointment)
        self.bookable.emit(walk_in, appointment)

    def pick_row(self, row: int) -> None:
        self.p.suggestions.select_row(row)
        self.pick_current()

    def pick_current(self) -> None:
        """Enter: take the selected unit; focus goes to the ticket button (Enter again issues it)."""
        cand = self.current_candidate()
        if cand is None:
            self._status(QCoreApplication.translate("MainWindow", "No unit to pick — type the concern first."), 4000)
            return
        self.picked = True
        self.show_detail()
        if self.p.walk_in_button.isEnabled():
            self.p.walk_in_button.setFocus()
        elif self.p.appointment_button.isEnabled():
            self.p.appointment_button.setFocus()

    def answer_question(self, answer_id: str) -> None:
        if not self.result or not self.result.question:
            return
        self.result = self.ws.router.answer(self.result, self.result.question, answer_id)
        self.answered = answer_id
        self.p.suggestions.suggestions.set_candidates(self.result.candidates, self.lang)
        self.p.suggestions.select_row(0)
        self.show_detail()
        self.ctx.return_focus()

    # ------------------------------------------------------------------ visits

    def visitor_lang(self) -> str:
        return self.p.visitor_language.currentData() or "de"

    def set_visitor_language(self, code: str) -> bool:
        index = self.p.visitor_language.findData(code)
        if index >= 0:
            self.p.visitor_language.setCurrentIndex(index)
        return index >= 0

    def _chosen(self) -> Candidate | None:
        cand = self.current_candidate()
        if cand is None:
            self._status(QCoreApplication.translate("MainWindow", "No unit selected — type the concern first."), 4000)
            self.ctx.return_focus()
        return cand

    def issue_walk_in(self) -> EntryView | None:
        cand = self._chosen()
        if cand is None:
            return None
        now = self.ws.clock()
        told = waiting.advice(self.ws.centre, cand.unit, now)
        choice = walk_in_advice.choose(self.ctx.parent, told, now.date(), self.lang, self.ctx.run_dialog)
        if choice == walk_in_advice.APPOINTMENT:
            return self.open_appointment_dialog()
        actor = self.ws.booking.actor
        try:
            if choice == walk_in_advice.REFER:  # a partner outside: a referral slip, no waiting number
                entry = waiting.refer_to_partner(self.ws.db, self.ws.centre, actor, self.ws.clock, cand.unit.id,
                                                 cand.concern.id, language=self.visitor_lang(), query_text=self.typed_text())
            elif choice in (walk_in_advice.TICKET, walk_in_advice.LATER):
                entry, _wait = waiting.issue_walk_in(
                    self.ws.db, self.ws.centre, actor, self.ws.clock, cand.unit.id, cand.concern.id,
                    language=self.visitor_lang(), query_text=self.typed_text(), closed_ok=choice == walk_in_advice.LATER,
                )
            else:
                return None
        except BookingError as exc:
            self.ctx.messages.error(
                self.ctx.parent, QCoreApplication.translate("MainWindow", "No ticket issued"),
                booking_error_text(exc, cand.unit.name.get(self.lang)),
            )
            return None
        self._learn(cand)
        self.after_booking(entry)
        return entry

    def _learn(self, cand: Candidate) -> None:
        learn_from_choice(self.ws, self.ctx.actor(), self.result, cand, self.typed_text(), self.routed_by_hand)
        self.routed_by_hand = None

    def open_appointment_dialog(self) -> EntryView | None:
        cand = self._chosen()
        if cand is None:
            return None
        lang = self.visitor_lang()
        query_text = self.typed_text()

        def book(at: dt.datetime, **visitor: str | None) -> EntryView:
            return self.ws.booking.book_appointment(
                cand.unit.id, at, cand.concern.id, language=lang, query_text=query_text, **visitor
            )

        try:
            dialog = AppointmentDialog(
                self.ws.booking, cand, book, self.ctx.messages, self.lang, self.ctx.parent,
                ask_visitor=True, retention_days=self.retention_days(),
            )
        except BookingError as exc:
            self.ctx.messages.error(
                self.ctx.parent, QCoreApplication.translate("MainWindow", "Cannot book"),
                booking_error_text(exc, cand.unit.name.get(self.lang)),
            )
            return None
        self.ctx.run_dialog(dialog)
        entry = dialog.entry
        dialog.deleteLater()
        if entry is None:
            self.p.intake.setFocus()
            return None
        self._learn(cand)
        self.after_booking(entry)
        return entry

    def after_booking(self, entry: EntryView) -> None:
        """Confirm, log, write and print the slip, and get ready for the next visitor."""
        self.refresh_log(select_id=entry.id)
        job, problem = self.slip_job(entry, entry.language)
        card = self.p.ticket_card
        card.show_entry(self.ws.centre, entry, self.lang, ("no_pdf", None, problem) if problem else None,
                        wait=waiting.wait_info(self.ws.db, entry.id))
        if entry.kind == E.WALK_IN:
            what = QCoreApplication.translate("MainWindow", "Ticket {ticket} issued")
        else:
            what = QCoreApplication.translate("MainWindow", "Appointment {ticket} booked")
        self._status(what.format(ticket=entry.ticket), 10_000)
        self.new_visit()
        if problem:
            self.ctx.messages.warning(
                self.ctx.parent,
                QCoreApplication.translate("MainWindow", "Slip not written"),
                QCoreApplication.translate("MainWindow", "The visit is saved ({ticket}), but its slip could not be written.").format(ticket=entry.ticket),
                problem,
            )
        elif job is not None:
            self.printer.print_job(self.ctx.parent, job, preview=self.ctx.settings().open_preview)
            self._show_print(entry)
        self.ctx.parent.activateWindow()  # back from the preview: the next visitor's keys go here
        self.ctx.return_focus()

    def new_visit(self) -> None:
        self.p.intake.clear()
        self.p.visitor_language.reset("de")  # and guesses from the next visitor's words are welcome again
        self.ctx.return_focus()

    # ------------------------------------------------------------------ today's log and the queue

    def refresh_log(self, select_id: int | None = None) -> None:
        self.log_day = self.ws.clock().date()
        rows = day_log(self.ws.db, self.ws.centre, self.log_day, self.lang)
        self.p.day_log.set_rows(rows, self.log_day, self.lang, select_id)
        self.p.queue_panel.refresh(self.lang)
        self.refresh_frequent()

    def set_status(self, entry: EntryView, status: str) -> EntryView | None:
        try:
            updated = self.ws.booking.set_status(entry.id, status)
        except BookingError as exc:
            self.ctx.messages.error(
                self.ctx.parent, QCoreApplication.translate("MainWindow", "Status not changed"), booking_error_text(exc)
            )
            return None
        self.refresh_log(select_id=updated.id)
        self.statusSet.emit(updated)
        return updated

    def set_selected_status(self, status: str) -> EntryView | None:
        entry = self.p.day_log.selected_entry()
        return self.set_status(entry, status) if entry is not None else None

    def on_log_entry(self, action: Callable[[EntryView], object]) -> None:
        """Rebook or refer the entry selected in the log (e.g. a no-show found again)."""
        entry = self.p.day_log.selected_entry()
        if entry is not None:
            action(entry)

    def show_entry(self, entry: EntryView) -> None:
        """Show ``entry`` selected in the log of its day (today's log for today)."""
        if entry.day == self.ws.clock().date():
            self.refresh_log(select_id=entry.id)
        else:
            rows = day_log(self.ws.db, self.ws.centre, entry.day, self.lang)
            self.p.day_log.set_rows(rows, entry.day, self.lang, entry.id, today=self.ws.clock().date())
        self.logFocusRequested.emit()

    def retention_days(self) -> int:
        from welcome_desk.core.retention import retention_days

        return retention_days(self.ws.db)

    # ------------------------------------------------------------------ who is at the desk, the centre, the clock

    def choose_staff(self) -> None:
        """Who is at this desk (remembered); every status change is attributed to them."""
        from welcome_desk.core.staff import system_user
        from welcome_desk.ui.staff_dialog import StaffDialog

        dialog = StaffDialog(self.ctx.settings().staff, system_user(), self.ctx.parent)
        accepted = self.ctx.run_dialog(dialog)
        name = dialog.name()
        dialog.deleteLater()
        if accepted:
            self.set_staff(name)
        self.ctx.parent.activateWindow()
        self.ctx.return_focus()

    def set_staff(self, name: str) -> None:
        try:
            self.ws.booking.staff = name
        except BookingError as exc:
            self.ctx.messages.error(
                self.ctx.parent, QCoreApplication.translate("MainWindow", "Name not changed"), booking_error_text(exc)
            )
            return
        self.ctx.store_settings(replace(self.ctx.settings(), staff=name))
        self.textsChanged.emit()
        self._status(
            QCoreApplication.translate("MainWindow", "Changes are now recorded as {staff}.").format(staff=self.ws.booking.staff), 8000
        )

    def tick(self) -> None:
        """Every minute: "open now" follows the clock; a new day gets its log and the retention purge.

        A database that is away for a moment gives a line in the status bar, not a traceback.
        """
        try:
            if self.ws.clock().date() != self.log_day:
                self.new_day()  # the automatic retention purge, also for a window left open
                self.refresh_log()
        except UNAVAILABLE as exc:
            log.warning("minute refresh failed: %s", exc.__class__.__name__)
            self._status(
                QCoreApplication.translate("MainWindow", "Today's log could not be refreshed: the database is not available just now."), 60_000
            )
        self.show_detail()
