"""The appointment dialog: free slots of the next days, the earliest one pre-selected, Enter books.

The same dialog moves an existing appointment (``rebook=entry``) and books the
appointment of a referral; it can ask for the visitor's name and contact,
which are optional and erased after the retention period.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.booking import BookingError, BookingService, SlotTaken
from welcome_desk.core.centre import Unit
from welcome_desk.core.entries import EntryView
from welcome_desk.core.storage import MAX_CONTACT, MAX_NAME
from welcome_desk.core.routing import Candidate
from welcome_desk.ui.locale_format import format_date, format_number, format_time
from welcome_desk.ui.messages import Messages, booking_error_text

DAYS_SHOWN = 10
DAYS_SEARCHED = 45
SlotRole = Qt.ItemDataRole.UserRole + 1


class AppointmentDialog(QDialog):
    """Choose a slot for ``candidate``'s unit; the booking is made here so a taken slot can be re-chosen.

    ``book(at)`` makes the booking; with ``ask_visitor`` it is called as
    ``book(at, visitor_name=..., visitor_contact=...)``.
    """

    def __init__(
        self,
        booking: BookingService,
        candidate: Candidate | Unit,
        book: Callable[..., EntryView],
        messages: Messages,
        lang: str,
        parent=None,
        *,
        rebook: EntryView | None = None,
        ask_visitor: bool = False,
        retention_days: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.booking = booking
        self.candidate = candidate
        self.unit: Unit = candidate if isinstance(candidate, Unit) else candidate.unit
        self.rebooking = rebook
        self.ask_visitor = ask_visitor
        self.retention_days = retention_days
        self._book = book
        self.messages = messages
        self.lang = lang
        self.entry: EntryView | None = None
        self._days: list[tuple[dt.date, list[tuple[dt.datetime, int]]]] = []

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.days_label = QLabel()
        self.days = QListWidget()
        self.days.setObjectName("days")
        self.days_label.setBuddy(self.days)
        self.slots_label = QLabel()
        self.slots = QListWidget()
        self.slots.setObjectName("slots")
        self.slots_label.setBuddy(self.slots)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.visitor_box = QWidget()
        self.name_label = QLabel()
        self.name_field = QLineEdit()
        self.name_field.setObjectName("visitorName")
        self.name_field.setMaxLength(MAX_NAME)
        self.name_label.setBuddy(self.name_field)
        self.contact_label = QLabel()
        self.contact_field = QLineEdit()
        self.contact_field.setObjectName("visitorContact")
        self.contact_field.setMaxLength(MAX_CONTACT)
        self.contact_label.setBuddy(self.contact_field)
        self.privacy_hint = QLabel()
        self.privacy_hint.setObjectName("hint")
        self.privacy_hint.setWordWrap(True)
        form = QFormLayout(self.visitor_box)
        form.setContentsMargins(0, 4, 0, 0)
        form.addRow(self.name_label, self.name_field)
        form.addRow(self.contact_label, self.contact_field)
        form.addRow(self.privacy_hint)
        self.visitor_box.setVisible(ask_visitor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.book_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.book_button.setDefault(True)
        self.buttons.accepted.connect(self.book_selected)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.days_label, 0, 0)
        grid.addWidget(self.slots_label, 0, 1)
        grid.addWidget(self.days, 1, 0)
        grid.addWidget(self.slots, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 14)
        lay.setSpacing(10)
        lay.addWidget(self.heading)
        lay.addLayout(grid)
        lay.addWidget(self.empty)
        lay.addWidget(self.visitor_box)
        lay.addWidget(self.buttons)

        self.days.currentRowChanged.connect(self._fill_slots)
        self.slots.itemDoubleClicked.connect(lambda _item: self.book_selected())
        self.setTabOrder(self.days, self.slots)
        self.retranslate()
        self.load()
        self._fit_to_text()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        unit = self.unit.name.get(self.lang)
        if self.rebooking is None:
            self.setWindowTitle(self.tr("Appointment — {unit}").format(unit=unit))
            self.heading.setText(self.tr("Appointment with {unit}").format(unit=unit))
            self.book_button.setText(self.tr("&Book appointment"))
            self.book_button.setAccessibleName(self.tr("Book appointment"))
            self.book_button.setToolTip(self.tr("Book the selected time (Enter)"))
        else:
            entry = self.rebooking
            self.setWindowTitle(self.tr("Move appointment {ticket} — {unit}").format(ticket=entry.ticket, unit=unit))
            self.heading.setText(
                self.tr("Move appointment {ticket} with {unit} (now {when}) to:").format(
                    ticket=entry.ticket, unit=unit, when=f"{format_date(entry.at.date(), self.lang)} {format_time(entry.at, self.lang)}"
                )
            )
            self.book_button.setText(self.tr("&Move appointment"))
            self.book_button.setAccessibleName(self.tr("Move the appointment to the selected time"))
            self.book_button.setToolTip(self.tr("Move the appointment to the selected time (Enter); the old time becomes free"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.days_label.setText(self.tr("&Day"))
        self.slots_label.setText(self.tr("&Time"))
        self.days.setAccessibleName(self.tr("Days with free appointments"))
        self.slots.setAccessibleName(self.tr("Free appointment times"))
        self.days.setAccessibleDescription(self.tr("Up and Down choose the day; Tab goes to its free times."))
        self.slots.setAccessibleDescription(self.tr("Up and Down choose the time; Enter books it."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Close without booking (Esc)"))
        self.book_button.setAccessibleDescription(self.book_button.toolTip())
        self.empty.setText(self.tr("No free appointments in the next {n} days.").format(n=DAYS_SEARCHED))
        self.name_label.setText(self.tr("Visitor's &name (optional)"))
        self.name_field.setAccessibleName(self.tr("Visitor's name, optional"))
        self.name_field.setAccessibleDescription(self.tr("Not needed; erased automatically after the retention period"))
        self.contact_label.setText(self.tr("&Phone or e-mail (optional)"))
        self.contact_field.setAccessibleName(self.tr("Visitor's phone or e-mail, optional"))
        self.contact_field.setAccessibleDescription(self.tr("Not needed; erased automatically after the retention period"))
        if self.retention_days:
            hint = self.tr("Not needed — the ticket is the visitor's handle. If given, name and contact are erased automatically after {days} days.").format(
                days=self.retention_days
            )
        else:
            hint = self.tr("Not needed — the ticket is the visitor's handle. If given, name and contact are erased automatically after the retention period.")
        self.privacy_hint.setText(hint)
        self.privacy_hint.setAccessibleName(hint)

    def _fit_to_text(self) -> None:
        """Wide enough for the longest day and time at the current text size, within the screen."""
        for view in (self.days, self.slots):
            extra = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 8
            view.setMinimumWidth(max(view.sizeHintForColumn(0), 0) + extra)
        line = self.fontMetrics().lineSpacing()
        hint = self.sizeHint()
        width, height = max(560, hint.width()), max(420, hint.height(), line * 16)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    # -- slots -------------------------------------------------------------------------

    def load(self, keep: dt.datetime | None = None) -> None:
        """Read free slots of the next days and pre-select ``keep`` or the earliest free one."""
        unit_id = self.unit.id
        today = self.booking.clock().date()
        self._days = []
        for offset in range(DAYS_SEARCHED):
            day = today + dt.timedelta(days=offset)
            slots = self.booking.free_slots(unit_id, day)
            if slots:
                self._days.append((day, slots))
            if len(self._days) >= DAYS_SHOWN:
                break
        target = keep or self.booking.next_free_slot(unit_id)
        self.days.blockSignals(True)
        self.days.clear()
        for day, slots in self._days:
            free = sum(left for _at, left in slots)
            text = self.tr("{date} — {n} free").format(date=format_date(day, self.lang), n=format_number(free, self.lang))
            if day == today:
                text = self.tr("Today") + ", " + text
            self.days.addItem(QListWidgetItem(text))
        self.days.blockSignals(False)
        has_days = bool(self._days)
        self.empty.setVisible(not has_days)
        self.book_button.setEnabled(has_days)
        if not has_days:
            self.slots.clear()
            return
        day_row = 0
        if target is not None:
            day_row = next((i for i, (day, _s) in enumerate(self._days) if day == target.date()), 0)
        self.days.setCurrentRow(day_row)
        self._fill_slots(day_row, target)
        self.days.setFocus()  # first the day (Up/Down), then Tab to its times; Enter books what is chosen

    def _fill_slots(self, row: int, target: dt.datetime | None = None) -> None:
        self.slots.clear()
        if not 0 <= row < len(self._days):
            return
        _day, slots = self._days[row]
        capacity = self.unit.slot_capacity
        select = 0
        for i, (at, left) in enumerate(slots):
            if capacity > 1:
                text = self.tr("{time}  ({left} of {capacity} places free)").format(
                    time=format_time(at, self.lang), left=left, capacity=capacity
                )
            else:
                text = format_time(at, self.lang)
            item = QListWidgetItem(text)
            item.setData(SlotRole, at)
            self.slots.addItem(item)
            if target is not None and at == target:
                select = i
        self.slots.setCurrentRow(select)

    def selected_slot(self) -> dt.datetime | None:
        item = self.slots.currentItem()
        return item.data(SlotRole) if item is not None else None

    def select_slot(self, at: dt.datetime) -> bool:
        for row, (day, _slots) in enumerate(self._days):
            if day == at.date():
                self.days.setCurrentRow(row)
                self._fill_slots(row, at)
                return self.selected_slot() == at
        return False

    # -- booking -----------------------------------------------------------------------

    def book_selected(self) -> None:
        at = self.selected_slot()
        if at is None:
            return
        try:
            if self.ask_visitor:
                self.entry = self._book(at, visitor_name=self.visitor_name(), visitor_contact=self.visitor_contact())
            else:
                self.entry = self._book(at)
        except SlotTaken as exc:
            self.messages.warning(self, self.tr("Slot taken"), booking_error_text(exc, self.unit.name.get(self.lang)))
            self.load()
            return
        except BookingError as exc:
            self.messages.error(self, self.tr("Cannot book"), booking_error_text(exc, self.unit.name.get(self.lang)))
            return
        self.accept()

    def visitor_name(self) -> str | None:
        return self.name_field.text() or None  # stored as typed; blank means none

    def visitor_contact(self) -> str | None:
        return self.contact_field.text() or None
