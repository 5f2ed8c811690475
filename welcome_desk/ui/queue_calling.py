"""Calling at the desk: call the next visitor (F8), park one who does not come (Ctrl+F8), re-call (Shift+F8).

The queue panel's calling, apart from its list: the three actions (window-wide
shortcuts, buttons and the row menu), the line that says who was called last, and
the counter every call of this desk carries ("Schalter 3" on the display). All of
it goes through the core's use cases in :mod:`~welcome_desk.core.calls` (permission
checked, audited); a park that turns the visit into a no-show by the team lead's
rule says so. Park and re-call act on the queue's current row.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton

from welcome_desk.core import calls
from welcome_desk.core import entries as E
from welcome_desk.core.booking import BookingError
from welcome_desk.core.entries import EntryView
from welcome_desk.core.storage import UNAVAILABLE
from welcome_desk.core.undo import PARK, RECALL
from welcome_desk.ui.locale_format import format_time
from welcome_desk.ui.messages import booking_error_text

CALL_NEXT_KEY = "F8"
PARK_KEY = "Ctrl+F8"
RECALL_KEY = "Shift+F8"


class QueueCalling(QObject):
    """Call next, park and re-call for a :class:`~welcome_desk.ui.queue_panel.QueuePanel` (``panel``).

    ``panel`` gives the queue (``queue``, ``centre``, ``booking``), the chosen unit
    (``unit_id()``), the current row (``selected_item()``), ``refresh(select_id=…)``,
    ``messages`` and its signals ``changed``, ``statusSet``, ``message``.
    """

    # A park or re-call set a status here: the entry as it is now, and PARK or RECALL (what Ctrl+Z puts back).
    callStatusSet = Signal(object, str)  # noqa: N815

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.counter: Callable[[], str] = lambda: ""  # this desk's counter (set by the desk from its settings)
        self.last_called: EntryView | None = None

        self.call_button = QPushButton()
        self.call_button.setObjectName("primaryAction")
        self.park_button = QPushButton()
        self.park_button.setObjectName("queuePark")
        self.recall_button = QPushButton()
        self.recall_button.setObjectName("queueRecall")
        for button in (self.call_button, self.park_button, self.recall_button):
            button.setAutoDefault(False)
        self.called_label = QLabel()
        self.called_label.setObjectName("calledLabel")
        self.called_label.setWordWrap(True)
        font = self.called_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.called_label.setFont(font)
        self.called_label.hide()

        # Window-wide (the desk adds them to the window): F8 calls, Ctrl+F8 parks, Shift+F8 re-calls.
        self.call_action = self._action(CALL_NEXT_KEY, self.call_next)
        self.park_action = self._action(PARK_KEY, self.park_current)
        self.recall_action = self._action(RECALL_KEY, self.recall_current)
        self.call_button.clicked.connect(self.call_action.trigger)
        self.park_button.clicked.connect(self.park_action.trigger)
        self.recall_button.clicked.connect(self.recall_action.trigger)

    def _action(self, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.panel)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        return action

    def retranslate(self) -> None:
        self.call_action.setText(QCoreApplication.translate("QueuePanel", "&Call next visitor"))
        self.call_action.setToolTip(QCoreApplication.translate("QueuePanel", "Call the next waiting visitor of the chosen unit (F8)"))
        self.call_button.setText(QCoreApplication.translate("QueuePanel", "Call next   F8"))
        self.call_button.setAccessibleName(QCoreApplication.translate("QueuePanel", "Call the next visitor"))
        self.call_button.setToolTip(self.call_action.toolTip())
        self.park_action.setText(QCoreApplication.translate("QueuePanel", "Par&k: did not come"))
        self.park_action.setToolTip(
            QCoreApplication.translate("QueuePanel", "The called visitor did not come: count a missed call and set them aside until re-called (Ctrl+F8)")
        )
        self.park_button.setText(QCoreApplication.translate("QueuePanel", "Park   Ctrl+F8"))
        self.park_button.setAccessibleName(QCoreApplication.translate("QueuePanel", "Park the selected called visitor"))
        self.park_button.setToolTip(self.park_action.toolTip())
        self.recall_action.setText(QCoreApplication.translate("QueuePanel", "&Re-call"))
        self.recall_action.setToolTip(QCoreApplication.translate("QueuePanel", "Call the selected called or parked visitor again (Shift+F8)"))
        self.recall_button.setText(QCoreApplication.translate("QueuePanel", "Re-call   Shift+F8"))
        self.recall_button.setAccessibleName(QCoreApplication.translate("QueuePanel", "Call the selected visitor again"))
        self.recall_button.setToolTip(self.recall_action.toolTip())
        self.show_called()

    def update_enabled(self, item: Any) -> None:
        """Park needs a called visitor, re-call a called or parked one (``item``: the current row or None)."""
        entry = item.entry if item is not None else None
        can_park = entry is not None and entry.status == E.CALLED
        can_recall = can_park or (item is not None and item.parked)
        for control in (self.park_action, self.park_button):
            control.setEnabled(can_park)
        for control in (self.recall_action, self.recall_button):
            control.setEnabled(can_recall)

    # -- the actions -------------------------------------------------------------------

    def _place(self, unit_id: str) -> str:
        centre = self.panel.centre
        return centre.unit(unit_id).name.get(self.panel.lang) if centre.has_unit(unit_id) else unit_id

    def _counter(self) -> str:
        try:
            return self.counter()
        except Exception:  # noqa: BLE001 - a desk without a counter still calls (the room alone)
            return ""

    def call_next(self) -> EntryView | None:
        """Call the next visitor of the chosen unit to this desk's counter (F8)."""
        panel = self.panel
        unit_id = panel.unit_id()
        if not unit_id:
            panel.message.emit(QCoreApplication.translate("QueuePanel", "Choose the unit to call for first (Alt+U in the queue)."))
            panel.unit_combo.setFocus()
            return None
        booking = panel.booking
        try:
            called = calls.call_next(panel.queue.db, panel.centre, booking.actor, booking.clock, unit_id, self._counter())
        except BookingError as exc:
            panel.messages.error(panel, QCoreApplication.translate("QueuePanel", "Nobody called"), booking_error_text(exc))
            return None
        if called is None:
            panel.refresh()
            panel.message.emit(QCoreApplication.translate("QueuePanel", "Nobody is waiting for {unit}.").format(unit=self._place(unit_id)))
            return None
        entry, call = called
        self._called(entry)
        panel.message.emit(QCoreApplication.translate("QueuePanel", "{ticket} called to {unit}").format(ticket=entry.ticket, unit=self._where(call, entry)))
        panel.statusSet.emit(entry)
        return entry

    def park_current(self) -> calls.Parked | None:
        """The current row's called visitor did not come (Ctrl+F8): parked, or a no-show by the rule."""
        panel = self.panel
        item = panel.selected_item()
        if item is None or item.entry.status != E.CALLED:
            panel.message.emit(QCoreApplication.translate("QueuePanel", "Select a called visitor in the queue to park them (F7 goes to the queue)."))
            return None
        try:
            parked = calls.park(panel.queue.db, panel.centre, panel.booking.actor, panel.booking.clock, item.entry.id)
        except (BookingError, *UNAVAILABLE) as exc:
            self._refused(QCoreApplication.translate("QueuePanel", "Not parked"), exc)
            return None
        entry = parked.entry
        if self.last_called is not None and self.last_called.id == entry.id:
            self.last_called = None
            self.show_called()
        panel.refresh(select_id=entry.id)
        if parked.no_show:
            text = QCoreApplication.translate("QueuePanel", "{ticket} is now a no-show: missed calls {n} of {n} (the team lead's rule).")
        else:
            text = QCoreApplication.translate("QueuePanel", "{ticket} parked, missed calls: {n}; Shift+F8 calls again.")
        text = text.format(ticket=entry.ticket, n=parked.missed_calls)
        self.park_button.setAccessibleDescription(text)
        panel.message.emit(text)
        panel.changed.emit(entry.id)
        self.callStatusSet.emit(entry, PARK)
        return parked

    def recall_current(self) -> EntryView | None:
        """Call the current row's called or parked visitor again (Shift+F8), to this desk's counter."""
        panel = self.panel
        item = panel.selected_item()
        if item is None or not (item.entry.status == E.CALLED or item.parked):
            panel.message.emit(QCoreApplication.translate("QueuePanel", "Select a called or parked visitor in the queue to call them again."))
            return None
        was_parked = item.parked
        try:
            entry, call = calls.recall(
                panel.queue.db, panel.centre, panel.booking.actor, panel.booking.clock, item.entry.id, self._counter()
            )
        except (BookingError, *UNAVAILABLE) as exc:
            self._refused(QCoreApplication.translate("QueuePanel", "Not called again"), exc)
            return None
        self._called(entry)
        panel.message.emit(QCoreApplication.translate("QueuePanel", "{ticket} called again to {unit}").format(ticket=entry.ticket, unit=self._where(call, entry)))
        if was_parked:  # a status change (waiting → called) that Ctrl+Z can take back, parking them again
            self.callStatusSet.emit(entry, RECALL)
        return entry

    def _called(self, entry: EntryView) -> None:
        self.last_called = entry
        self.panel.refresh(select_id=entry.id)
        self.show_called()
        self.panel.changed.emit(entry.id)

    def _where(self, call: calls.Call, entry: EntryView) -> str:
        unit = self._place(entry.unit_id)
        return QCoreApplication.translate("QueuePanel", "{unit}, counter {counter}").format(unit=unit, counter=call.counter) if call.counter else unit

    def _refused(self, title: str, exc: Exception) -> None:
        panel = self.panel
        if isinstance(exc, BookingError):
            panel.messages.error(panel, title, booking_error_text(exc))
        else:
            panel.message.emit(QCoreApplication.translate("QueuePanel", "The database is not available just now; nothing was changed."))
        panel.refresh()

    def show_called(self) -> None:
        entry = self.last_called
        if entry is None:
            self.called_label.hide()
            return
        text = QCoreApplication.translate("QueuePanel", "Called: {ticket} → {unit} at {time}").format(
            ticket=entry.ticket, unit=self._place(entry.unit_id), time=format_time(entry.status_at)
        )
        counter = self._counter()
        if counter:
            text = QCoreApplication.translate("QueuePanel", "{called}, counter {counter}").format(called=text, counter=counter)
        self.called_label.setText(text)
        self.called_label.setAccessibleName(text)
        self.called_label.show()
