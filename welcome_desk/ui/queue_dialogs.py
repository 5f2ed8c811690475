"""The dialogs the queue opens: rebook an appointment, refer the visitor onward, find a visit.

The dialogs and their refusals; the queue panel refreshes, confirms and prints
afterwards. Texts keep the queue panel's translation context ("QueuePanel").
"""

from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QDialog

from welcome_desk.core import entries as E
from welcome_desk.core.booking import BookingError, BookingService
from welcome_desk.core.centre import Centre
from welcome_desk.core.entries import EntryView
from welcome_desk.core.find import find_visits, may_show_names
from welcome_desk.core.routing import Router
from welcome_desk.ui.booking_dialog import AppointmentDialog
from welcome_desk.ui.find_dialog import FindDialog
from welcome_desk.ui.messages import Messages, booking_error_text
from welcome_desk.ui.refer_dialog import ReferDialog


class QueuePanel(Protocol):
    """What the dialogs need of the queue panel (a QWidget: the dialogs' parent)."""

    booking: BookingService
    centre: Centre
    router: Router
    messages: Messages
    run_dialog: Callable[[QDialog], int]
    lang: str
    printRequested: SignalInstance  # noqa: N815
    reprint_feedback: Callable[[EntryView], str] | None


def rebook_entry(panel: QueuePanel, entry: EntryView) -> EntryView | None:
    """The appointment moved to a free slot chosen in the dialog, or None (refused or cancelled)."""
    if entry.kind != E.APPOINTMENT or entry.status not in E.REBOOKABLE:
        code = "not_appointment" if entry.kind != E.APPOINTMENT else "not_rebookable"
        panel.messages.error(panel, QCoreApplication.translate("QueuePanel", "Not moved"),
                             booking_error_text(BookingError(code, "", ticket=entry.ticket)))
        return None
    booking = panel.booking
    unit = panel.centre.unit(entry.unit_id)
    dialog = AppointmentDialog(
        booking, unit, lambda at: booking.rebook(entry.id, at), panel.messages, panel.lang, panel, rebook=entry
    )
    panel.run_dialog(dialog)
    moved = dialog.entry
    dialog.deleteLater()
    return moved


def refer_entry(panel: QueuePanel, entry: EntryView) -> tuple[EntryView, str] | None:
    """The new entry of a visitor sent onward and the unit's name, or None (refused or cancelled)."""
    if entry.status not in E.REFERABLE:
        exc = BookingError("bad_transition", "", ticket=entry.ticket, old=entry.status)
        panel.messages.error(panel, QCoreApplication.translate("QueuePanel", "Not referred"), booking_error_text(exc))
        return None
    dialog = ReferDialog(panel.router, panel.centre, entry, panel.lang, panel)
    accepted = panel.run_dialog(dialog)
    choice = dialog.choice() if accepted else None
    dialog.deleteLater()
    if choice is None:
        return None
    booking = panel.booking
    unit, concern_id, appointment = choice
    unit_name = unit.name.get(panel.lang)
    new: EntryView | None = None
    if appointment:
        booked = AppointmentDialog(
            booking,
            unit,
            lambda at: booking.refer_onward(entry.id, unit.id, concern_id, at=at).entry,
            panel.messages,
            panel.lang,
            panel,
        )
        panel.run_dialog(booked)
        new = booked.entry
        booked.deleteLater()
    else:
        try:
            new = booking.refer_onward(entry.id, unit.id, concern_id).entry
        except BookingError as exc:
            panel.messages.error(panel, QCoreApplication.translate("QueuePanel", "Not referred"), booking_error_text(exc, unit_name))
    return None if new is None else (new, unit_name)


def find_visit(panel: QueuePanel) -> EntryView | None:
    """The visit chosen in the Find dialog (Ctrl+F), or None; a slip can be reprinted from the dialog."""
    booking, centre = panel.booking, panel.centre

    actor = booking.actor
    names = may_show_names(actor)  # the permission table's answer: names for the team lead only

    def search(text: str):
        return find_visits(booking.db, centre, actor, booking.clock, text, names=names)

    dialog = FindDialog(search, centre, panel.lang, reprint=panel.reprint_feedback or panel.printRequested.emit,
                        parent=panel, names=names)
    panel.run_dialog(dialog)
    chosen = dialog.chosen
    dialog.deleteLater()
    return chosen
