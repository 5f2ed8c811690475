"""The confirmation of the last visit: the ticket number in big type, where to go, the slip's state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre
from welcome_desk.core.samples import SAMPLE_MARK, has_samples, is_sample
from welcome_desk.core.entries import EntryView
from welcome_desk.core.waiting import WaitInfo
from welcome_desk.ui.locale_format import format_date, format_time


class TicketCard(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state: tuple | None = None
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.ticket = QLabel()
        self.ticket.setObjectName("ticketNumber")
        self.ticket.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit = QLabel()
        self.unit.setObjectName("ticketUnit")
        self.unit.setWordWrap(True)
        self.place = QLabel()
        self.place.setWordWrap(True)
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.slip = QLabel()
        self.slip.setObjectName("note")
        self.slip.setWordWrap(True)
        self.slip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reprint = QPushButton()
        self.reprint.setObjectName("reprintLast")
        self.reprint.setAutoDefault(False)
        self.reprint.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 12)
        lay.setSpacing(3)
        self.caption.setWordWrap(True)  # large text: wraps beside the button instead of being cut
        head = QHBoxLayout()
        head.addWidget(self.caption, 1)
        head.addWidget(self.reprint, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        for w in (self.ticket, self.unit, self.place, self.when, self.slip):
            lay.addWidget(w)
        lay.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Last ticket"))
        self.ticket.setAccessibleName(self.tr("Ticket number"))
        self.slip.setAccessibleName(self.tr("Slip of this ticket"))
        self.reprint.setText(self.tr("Print &again"))
        self.reprint.setAccessibleName(self.tr("Print this slip again"))
        self.reprint.setToolTip(self.tr("Print the slip of this ticket again (Ctrl+P)"))
        state = self._state
        if state is None:
            self.caption.setText(self.tr("Last ticket"))
            self.ticket.setText("")
            self.ticket.hide()
            self.unit.setText(self.tr("No ticket issued yet."))
            for w in (self.place, self.when, self.slip):
                w.setText("")
        else:
            self.show_entry(*state)

    def show_entry(
        self, centre: Centre, entry: EntryView, lang: str, slip: SlipState | None = None, wait: WaitInfo | None = None
    ) -> None:
        self._state = (centre, entry, lang, slip, wait)
        unit = centre.unit(entry.unit_id)
        self.caption.setText(self.tr("Ticket issued ✓") if entry.kind == E.WALK_IN else self.tr("Appointment booked ✓"))
        self.ticket.setText(entry.ticket)
        self.ticket.show()
        self.ticket.setAccessibleName(self.tr("Ticket number {ticket}").format(ticket=entry.ticket))  # read with its value
        self.ticket.setAccessibleDescription(self.tr("Ticket number {ticket}").format(ticket=entry.ticket))
        self.unit.setText(unit.name.get(lang))
        location = unit.location or centre.location
        star = lambda f: " " + SAMPLE_MARK if is_sample(unit, f) else ""  # noqa: E731
        parts = []
        if unit.room:
            parts.append(self.tr("Room {room}").format(room=unit.room) + star("room"))
        if unit.floor:
            parts.append(unit.floor.get(lang) + star("floor"))
        if location.building:
            parts.append(location.building.get(lang) + star("building"))
        if unit.location is not None:
            parts.append(location.address.one_line() + star("location"))
        if has_samples(unit):
            parts.append(self.tr("* sample value, please check"))
        self.place.setText(" · ".join(parts))
        if entry.status == E.REFERRED and entry.kind == E.WALK_IN:
            self.caption.setText(self.tr("Referral slip ✓"))
            self.ticket.hide()  # a partner outside: no waiting number
            self.when.setText(self.tr("Sent to a partner outside this building — no waiting number"))
        elif entry.kind == E.WALK_IN and wait is not None and wait.valid_from is not None:
            self.when.setText(
                self.tr("Ticket valid from {time}, about {low}–{high} minutes' wait from then").format(
                    time=format_time(wait.valid_from, lang), low=wait.low, high=wait.high)
            )
        elif entry.kind == E.WALK_IN and wait is not None and wait.has_range:
            self.when.setText(
                self.tr("Walk-in, logged at {time} — about {low}–{high} minutes' wait").format(
                    time=format_time(entry.at, lang), low=wait.low, high=wait.high)
            )
        elif entry.kind == E.WALK_IN:
            self.when.setText(
                self.tr("Walk-in, logged at {time} — please wait to be called").format(time=format_time(entry.at, lang))
            )
        else:
            self.when.setText(
                self.tr("Appointment on {date} at {time}").format(
                    date=format_date(entry.at.date(), lang), time=format_time(entry.at, lang)
                )
            )
        text = slip_state_text(*slip) if slip else ""
        self.slip.setText(text)
        self.slip.setAccessibleName(self.tr("Slip: {state}").format(state=text.replace("\n", " — ")) if text else self.tr("Slip of this ticket"))
        self.slip.setToolTip(str(slip[1]) if slip and slip[1] else "")
        self.slip.setVisible(bool(text))
        self.reprint.show()

    def set_slip(self, outcome: str, path: Path | None, error: str = "", printer: str = "") -> None:
        """What happened to the slip of the shown entry (kept as words that follow the language)."""
        if self._state is not None:
            centre, entry, lang, _old, wait = self._state
            self.show_entry(centre, entry, lang, (outcome, path, error, printer), wait)

    def set_language(self, lang: str) -> None:
        if self._state is not None:
            centre, entry, _lang, slip, wait = self._state
            self.show_entry(centre, entry, lang, slip, wait)

    def entry(self) -> EntryView | None:
        return self._state[1] if self._state else None


SlipState = tuple  # (outcome, pdf path or None, error text[, printer name])


def slip_state_text(outcome: str, path: Path | None, error: str = "", printer: str = "") -> str:
    """A line about the slip and where its PDF is, in the interface language.

    "sent" (handed to the printer) and "printed" (the printer confirmed it) are told apart.
    """

    where = QCoreApplication.translate("TicketCard", "PDF: {name}").format(name=path.name) if path is not None else ""
    words = {
        "sent": QCoreApplication.translate("TicketCard", "Slip sent to the printer {printer} — not yet confirmed as printed.").format(printer=printer)
        if printer else QCoreApplication.translate("TicketCard", "Slip sent to the printer — not yet confirmed as printed."),
        "printed": QCoreApplication.translate("TicketCard", "Slip printed on {printer}.").format(printer=printer),
        "stopped": QCoreApplication.translate("TicketCard", "Not printed: the printer {printer} reports: {problem}. Fix it, then Ctrl+P.").format(
            printer=printer, problem=error),
        "cancelled": QCoreApplication.translate("TicketCard", "Print preview closed without printing."),
        "no_printer": QCoreApplication.translate("TicketCard", "Not printed: no printer is set up."),
        "failed": QCoreApplication.translate("TicketCard", "The slip could not be printed.") + (f" ({error})" if error else ""),
        "no_pdf": QCoreApplication.translate("TicketCard", "No slip PDF: {error}").format(error=error),
        "saved": QCoreApplication.translate("TicketCard", "Slip saved."),
    }
    first = words.get(outcome, "")
    return "\n".join(p for p in (first, where) if p)
