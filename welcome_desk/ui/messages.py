"""Messages for the person at the desk: translated error texts and the message boxes.

Windows show messages through a :class:`Messages` object they are given, so
tests can record them instead of opening a modal box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from welcome_desk.core.booking import BookingError
from welcome_desk.ui.locale_format import format_date, format_datetime



def _when(value: object) -> str:
    """A date or a date and time in the interface language."""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value or "")


def _day(value: object) -> str:
    return _when(value.date() if isinstance(value, dt.datetime) else value)


def booking_error_text(exc: BookingError, unit_name: str = "") -> str:
    """The person-facing text of a booking error, in the interface language."""
    p = exc.params
    unit = unit_name or str(p.get("unit", ""))
    texts = {
        "no_walk_in": lambda: QCoreApplication.translate("Messages", "{unit} sees visitors by appointment only. Please book an appointment (F6).").format(
            unit=unit
        ),
        "no_appointments": lambda: QCoreApplication.translate("Messages", "{unit} does not take appointments. Please give the visitor a ticket (F5).").format(
            unit=unit
        ),
        "in_past": lambda: QCoreApplication.translate("Messages", "{when} is in the past. Please choose a later time.").format(when=_when(p.get("at"))),
        "closed_day": lambda: QCoreApplication.translate("Messages", "The centre is closed on {when}.").format(when=_day(p.get("at"))),
        "outside_hours": lambda: QCoreApplication.translate("Messages", "{when} is outside the hours of {unit}.").format(when=_when(p.get("at")), unit=unit),
        "not_slot_start": lambda: QCoreApplication.translate("Messages", "{when} is not the start of an appointment slot.").format(when=_when(p.get("at"))),
        "slot_full": lambda: QCoreApplication.translate("Messages", "The slot {when} has just been taken by another desk. Please choose another time.").format(
            when=_when(p.get("at"))
        ),
        "too_long": lambda: QCoreApplication.translate("Messages", "The text is too long ({length} characters, at most {limit}). Please shorten it.").format(
            length=p.get("length", "?"), limit=p.get("limit", "?")
        ),
        "bad_text": lambda: QCoreApplication.translate("Messages", "The text contains a character that cannot be stored. Please retype it."),
        "unknown_unit": lambda: QCoreApplication.translate("Messages", "This unit is not part of the centre any more. Please choose another one."),
        "unknown_concern": lambda: QCoreApplication.translate("Messages", "This concern is not part of the centre any more."),
        "unknown_entry": lambda: QCoreApplication.translate("Messages", "This entry no longer exists."),
        "bad_language": lambda: QCoreApplication.translate("Messages", "Please choose the visitor's language."),
        "bad_status": lambda: QCoreApplication.translate("Messages", "This status is not known."),
        "db_busy": lambda: QCoreApplication.translate(
            "Messages", "The database is busy (another desk is saving). Nothing was saved — please try again."
        ),
        "db_full": lambda: QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was saved. Please tell your IT support."
        ),
        "db_readonly": lambda: QCoreApplication.translate(
            "Messages", "The database cannot be written (it is read-only). Nothing was saved. Please tell your IT support."
        ),
        "db_io": lambda: QCoreApplication.translate(
            "Messages", "The disk reported an error. Nothing was saved. Please tell your IT support."
        ),
        "db_unavailable": lambda: QCoreApplication.translate(
            "Messages", "The database cannot be reached. Nothing was saved. Please tell your IT support."
        ),
        "db_corrupt": lambda: QCoreApplication.translate(
            "Messages", "The database is damaged. Nothing was saved. Please restart Welcome Desk to restore a backup."
        ),
        "bad_transition": lambda: QCoreApplication.translate(
            "Messages", "{ticket} cannot be changed to this status any more (perhaps another desk changed it just now)."
        ).format(ticket=p.get("ticket", "")),
        "use_refer": lambda: QCoreApplication.translate("Messages", "To send a visitor on, use “Refer onward…”: it prints the new ticket."),
        "same_unit": lambda: QCoreApplication.translate("Messages", "{ticket} is already with {unit}. Please choose another unit.").format(
            ticket=p.get("ticket", ""), unit=unit
        ),
        "not_appointment": lambda: QCoreApplication.translate(
            "Messages", "{ticket} is a walk-in ticket, not an appointment. Please book an appointment instead (F6)."
        ).format(ticket=p.get("ticket", "")),
        "not_rebookable": lambda: QCoreApplication.translate(
            "Messages", "{ticket} is cancelled, done or referred and cannot be moved. Please book a new appointment."
        ).format(ticket=p.get("ticket", "")),
        "same_slot": lambda: QCoreApplication.translate("Messages", "The appointment is already at {when}. Please choose another time.").format(
            when=_when(p.get("at"))
        ),
    }
    make = texts.get(exc.code)
    return make() if make else str(exc)


class Messages:
    """Modal message boxes; replace in tests with something that records."""

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._box(parent, QMessageBox.Icon.Critical, title, text, details)

    def warning(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._box(parent, QMessageBox.Icon.Warning, title, text, details)

    def info(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._box(parent, QMessageBox.Icon.Information, title, text, details)

    def _box(self, parent, icon, title, text, details) -> None:
        self.make_box(parent, icon, title, text, details).exec()

    @staticmethod
    def make_box(parent, icon, title: str, text: str, details: str = "") -> QMessageBox:
        """The message box, not yet shown (tests look at it)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            box.setInformativeText(details)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        return box
