"""The reception queue: who waits for which unit, arrived, no-show, rebook, cancel,
refer onward, find (Ctrl+F), reprint — and calling (F8, park, re-call).

The table is :mod:`~welcome_desk.ui.queue_model`, calling is
:mod:`~welcome_desk.ui.queue_calling`, the rebook, refer and find
dialogs are opened by :mod:`~welcome_desk.ui.queue_dialogs`. The panel works through the core's :class:`~welcome_desk.core.queue.QueueService`
and :class:`~welcome_desk.core.booking.BookingService`; the window it sits in
prints slips and shows the log, and hears about changes through signals.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import entries as E
from welcome_desk.core.booking import BookingError
from welcome_desk.core.centre import Centre
from welcome_desk.core.entries import EntryView
from welcome_desk.core.queue import QueueItem, QueueService
from welcome_desk.core.routing import Router
from welcome_desk.core.storage import UNAVAILABLE
from welcome_desk.ui.flow_layout import FlowLayout
from welcome_desk.ui.live import LiveFeed
from welcome_desk.ui.locale_format import format_datetime
from welcome_desk.ui.messages import Messages, booking_error_text
from welcome_desk.ui.models import configure_row_table, status_label
from welcome_desk.ui.queue_calling import QueueCalling
from welcome_desk.ui.queue_dialogs import find_visit, rebook_entry, refer_entry
from welcome_desk.ui.queue_model import QueueModel
from welcome_desk.ui.row_menu import install_row_menu

log = logging.getLogger(__name__)

FIND_KEY = "Ctrl+F"
REFRESH_MS = 30_000


class QueuePanel(QWidget):
    """Today's queue for one unit or all, with the actions reception takes on it."""

    changed = Signal(int)  # an entry's status or slot changed (its id)
    entryCreated = Signal(object)  # EntryView: a referral's new entry, to confirm and print like a walk-in
    printRequested = Signal(object)  # EntryView: (re)print this slip
    rebooked = Signal(object)  # EntryView: an appointment moved; the desk shows it and prints its new slip
    statusSet = Signal(object)  # EntryView: a status set here (call, arrived, done …): Ctrl+Z can take it back
    showRequested = Signal(object)  # EntryView: show it in the log (from Find)
    unitChosen = Signal(str)  # the unit shown ("" = all), to remember per desk
    waitingChanged = Signal(int)  # visitors waiting in the units shown
    message = Signal(str)  # a short confirmation for the status bar

    def __init__(
        self,
        queue: QueueService,
        router: Router,
        messages: Messages,
        run_dialog: Callable[[QDialog], int],
        *,
        lang: str = "de",
        unit_id: str = "",
        retention_days: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.queue = queue
        self.booking = queue.booking
        self.centre: Centre = queue.centre
        self.router = router
        self.messages = messages
        self.run_dialog = run_dialog
        self.lang = lang
        self.retention_days = retention_days
        self._unit_id = unit_id if self.centre.has_unit(unit_id) else ""
        self._counts: dict[str, int] = {}
        # Reprint with an answer in words (set by the desk): the Find dialog says what became of the slip.
        self.reprint_feedback: Callable[[EntryView], str] | None = None

        self.unit_label = QLabel()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("queueUnit")
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(14)
        self.unit_label.setBuddy(self.unit_combo)
        self.calling = QueueCalling(self)  # call next, park, re-call, and the line saying who was called
        self.call_button, self.called_label = self.calling.call_button, self.calling.called_label
        self.call_action, self.park_action, self.recall_action = (
            self.calling.call_action, self.calling.park_action, self.calling.recall_action,
        )
        self.find_button = QPushButton()
        self.find_button.setObjectName("queueFind")
        self.model = QueueModel(self)
        self.view = QTableView()
        configure_row_table(self.view, self.model, "queueView")
        header = self.view.horizontalHeader()
        for col in range(QueueModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.arrived_button = QPushButton()
        self.no_show_button = QPushButton()
        self.done_button = QPushButton()
        self.rebook_button = QPushButton()
        self.cancel_button = QPushButton()
        self.refer_button = QPushButton()
        self.reprint_button = QPushButton()
        self.entry_buttons = (
            self.calling.park_button,
            self.calling.recall_button,
            self.arrived_button,
            self.no_show_button,
            self.done_button,
            self.rebook_button,
            self.cancel_button,
            self.refer_button,
            self.reprint_button,
        )
        for button in (self.find_button, *self.entry_buttons):
            button.setAutoDefault(False)

        # Actions the window puts in its menus and binds window-wide (F8, Ctrl+F8, Shift+F8, Ctrl+F).
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(FIND_KEY))
        self.find_action.triggered.connect(self.open_find)
        self.find_button.clicked.connect(self.find_action.trigger)
        self.arrived_button.clicked.connect(lambda: self.set_status(E.ARRIVED))
        self.no_show_button.clicked.connect(lambda: self.set_status(E.NO_SHOW))
        self.done_button.clicked.connect(lambda: self.set_status(E.DONE))
        self.cancel_button.clicked.connect(lambda: self.set_status(E.CANCELLED))
        self.rebook_button.clicked.connect(self.rebook_selected)
        self.refer_button.clicked.connect(self.refer_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.unit_combo.activated.connect(self._unit_activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _index: self.reprint_selected())
        install_row_menu(self.view, self.menu)  # Menu key, Shift+F10 and right click: the selected row
        # Every status the queue can set, for the context menu (Menu key or right click).
        self.status_actions: dict[str, QAction] = {}
        for status in (E.ARRIVED, E.CALLED, E.IN_SERVICE, E.DONE, E.NO_SHOW, E.CANCELLED):
            action = QAction(self)
            action.triggered.connect(lambda _=False, st=status: self.set_status(st))
            self.status_actions[status] = action

        # The unit chooser on one side, Find and Call next on the other; with large text the
        # two go onto two rows (see set_stacked) instead of pushing the window wider than the screen.
        unit_box = QWidget()
        unit_lay = QHBoxLayout(unit_box)
        unit_lay.setContentsMargins(0, 0, 0, 0)
        unit_lay.setSpacing(8)
        unit_lay.addWidget(self.unit_label)
        unit_lay.addWidget(self.unit_combo, 1)
        button_box = QWidget()
        button_lay = QHBoxLayout(button_box)
        button_lay.setContentsMargins(0, 0, 0, 0)
        button_lay.setSpacing(8)
        button_lay.addStretch(1)
        button_lay.addWidget(self.find_button)
        button_lay.addWidget(self.call_button)
        head_host = QWidget()
        self._head = QBoxLayout(QBoxLayout.Direction.LeftToRight, head_host)
        self._head.setContentsMargins(0, 0, 0, 0)
        self._head.setSpacing(8)
        self._head.addWidget(unit_box, 1)
        self._head.addWidget(button_box)
        actions = QWidget()
        flow = FlowLayout(actions, spacing=6)  # wraps in a narrow window instead of squeezing the labels
        for button in self.entry_buttons:
            flow.addWidget(button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(head_host)
        lay.addWidget(self.called_label)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty_label)
        lay.addWidget(actions)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_on_timer)
        self._timer.start()
        self.live = LiveFeed(lambda: self.queue.db, self, self.refresh_on_timer)  # others' changes at once
        self.retranslate()
        self.refresh()

    def set_stacked(self, stacked: bool) -> None:
        """Unit chooser above Find / Call next (large text) or beside them (normal text)."""
        self._head.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        self._head.invalidate()
        self._head.parentWidget().updateGeometry()

    def refresh_on_timer(self) -> None:
        """Every few seconds (other desks call and book too); a database that is away for a
        moment gives a line in the status bar, not an error box every few seconds."""
        if not self.window().isVisible():
            return
        try:
            self.refresh()
        except UNAVAILABLE as exc:
            log.warning("queue not refreshed: %s", exc.__class__.__name__)
            self.message.emit(self.tr("The queue could not be refreshed: the database is not available just now."))

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.unit_label.setText(self.tr("&Unit"))
        self.unit_combo.setAccessibleName(self.tr("Unit whose queue is shown"))
        self.unit_combo.setToolTip(self.tr("Whose queue is shown and called (Alt+U)"))
        self.find_action.setText(self.tr("&Find a visit …"))
        self.find_action.setToolTip(self.tr("Find a visit by ticket, name or date (Ctrl+F)"))
        self.find_button.setText(self.tr("Find …   Ctrl+F"))
        self.find_button.setAccessibleName(self.tr("Find a visit"))
        self.find_button.setToolTip(self.find_action.toolTip())
        words = (
            (self.arrived_button, self.tr("&Arrived"), self.tr("The selected visitor is here and waiting")),
            (self.no_show_button, self.tr("No-&show"), self.tr("The selected visitor did not come")),
            # no Alt key for Done: it ends the visit at once (Ctrl+Z undoes it, the menu has it too)
            (self.done_button, self.tr("Done"), self.tr("The selected visitor has been seen")),
            (self.rebook_button, self.tr("Re&book …"), self.tr("Move the selected appointment to another time")),
            (self.cancel_button, self.tr("Ca&ncel visit"), self.tr("Cancel the selected visit; an appointment's place becomes free")),
            (self.refer_button, self.tr("Refer &onward …"), self.tr("Send the selected visitor on to another unit with a new ticket")),
            (self.reprint_button, self.tr("Re&print slip"), self.tr("Reprint the slip of the selected visitor (Ctrl+P, or double-click)")),
        )
        for button, text, tip in words:
            button.setText(text)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
        self.view.setAccessibleName(self.tr("Queue of waiting visitors"))
        self.view.setAccessibleDescription(self.tr("The menu key opens all actions for the selected visitor."))
        for status, text in (
            (E.ARRIVED, self.tr("Mark as &arrived / waiting")),
            (E.CALLED, self.tr("Mark as &called")),
            (E.IN_SERVICE, self.tr("Mark as &in service")),
            (E.DONE, self.tr("Mark as &done")),
            (E.NO_SHOW, self.tr("Mark as &no-show")),
            (E.CANCELLED, self.tr("Cance&l visit")),
        ):
            self.status_actions[status].setText(text)
        self.empty_label.setText(self.tr("Nobody is waiting."))
        self.model.retranslate()
        self._fill_units()
        self.calling.retranslate()

    # -- data ----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def unit_id(self) -> str:
        """The unit shown, "" for all."""
        return self._unit_id

    def use_services(self, queue: QueueService, router: Router) -> None:
        """Follow the workspace after the centre was edited, imported or switched."""
        self.queue = queue
        self.booking = queue.booking
        self.centre = queue.centre
        self.router = router
        if not self.centre.has_unit(self._unit_id):
            self._unit_id = ""
        self.refresh()

    def set_unit(self, unit_id: str) -> None:
        self._unit_id = unit_id if self.centre.has_unit(unit_id) else ""
        self.refresh()

    def refresh(self, lang: str | None = None, select_id: int | None = None) -> None:
        """Read the queue again (other desks may have changed it); keeps the selection."""
        if lang is not None:
            self.lang = lang
        if select_id is None:
            current = self.selected_entry()
            select_id = current.id if current else None
        items = self.queue.queue(None)
        self._counts = {}
        for item in items:
            if item.waiting:
                self._counts[item.entry.unit_id] = self._counts.get(item.entry.unit_id, 0) + 1
        shown = [i for i in items if not self._unit_id or i.entry.unit_id == self._unit_id]
        names = {u.id: u.name.get(self.lang) for u in self.centre.units}
        self.model.set_items(shown, names)
        self._fill_units()
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row >= 0:
                self.view.selectRow(row)
        self.empty_label.setVisible(not shown)
        self._update_buttons()
        waiting = sum(1 for i in shown if i.waiting)
        self.waitingChanged.emit(waiting)

    def waiting_count(self) -> int:
        return sum(v for k, v in self._counts.items() if not self._unit_id or k == self._unit_id)

    def _fill_units(self) -> None:
        combo = self.unit_combo
        combo.blockSignals(True)
        combo.clear()
        total = sum(self._counts.values())
        combo.addItem(self.tr("All units — {n} waiting").format(n=total), "")
        for unit in self.centre.units:
            n = self._counts.get(unit.id, 0)
            combo.addItem(self.tr("{unit} — {n} waiting").format(unit=unit.name.get(self.lang), n=n), unit.id)
        combo.setCurrentIndex(max(0, combo.findData(self._unit_id)))
        combo.blockSignals(False)

    def _unit_activated(self, index: int) -> None:
        self._unit_id = self.unit_combo.itemData(index) or ""
        self.refresh()
        self.unitChosen.emit(self._unit_id)

    # -- selection -----------------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_entry(self) -> EntryView | None:
        return self.model.entry(self.selected_row())

    def selected_item(self) -> QueueItem | None:
        """The current row with its calling state (parked, missed calls)."""
        return self.model.item(self.selected_row())

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def focus(self) -> None:
        self.view.setFocus()
        if self.selected_row() < 0 and self.model.rowCount():
            self.view.selectRow(0)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        has = entry is not None
        self.arrived_button.setEnabled(has and E.may_change(entry.kind, entry.status, E.ARRIVED))
        self.no_show_button.setEnabled(has and E.may_change(entry.kind, entry.status, E.NO_SHOW))
        self.done_button.setEnabled(has and E.may_change(entry.kind, entry.status, E.DONE))
        for status, action in self.status_actions.items():
            action.setEnabled(has and E.may_change(entry.kind, entry.status, status))
        self.cancel_button.setEnabled(has and E.may_change(entry.kind, entry.status, E.CANCELLED))
        self.rebook_button.setEnabled(has and entry.kind == E.APPOINTMENT and entry.status in E.REBOOKABLE)
        self.refer_button.setEnabled(has and entry.status in E.REFERABLE)
        self.reprint_button.setEnabled(has)
        self.calling.update_enabled(self.selected_item())

    # -- actions -------------------------------------------------------------------------

    @property
    def last_called(self) -> EntryView | None:
        return self.calling.last_called

    def call_next(self) -> EntryView | None:
        """Call the next visitor of the chosen unit (F8); see :class:`QueueCalling`."""
        return self.calling.call_next()

    def set_status(self, status: str) -> EntryView | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        try:
            updated = self.booking.set_status(entry.id, status)
        except BookingError as exc:
            self.messages.error(self, self.tr("Status not changed"), booking_error_text(exc))
            self.refresh()
            return None
        self.refresh(select_id=updated.id)
        self.message.emit(self.tr("{ticket}: {status}").format(ticket=updated.ticket, status=status_label(updated.status)))
        self.changed.emit(updated.id)
        self.statusSet.emit(updated)
        return updated

    def rebook_selected(self) -> EntryView | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        return self.rebook(entry)

    def rebook(self, entry: EntryView) -> EntryView | None:
        """Move an appointment to another free slot; the new slip is printed."""
        moved = rebook_entry(self, entry)
        if moved is None:
            return None
        self.refresh(select_id=moved.id)
        self.message.emit(
            self.tr("{ticket} moved to {when}").format(ticket=moved.ticket, when=format_datetime(moved.at))
        )
        self.changed.emit(moved.id)
        self.rebooked.emit(moved)
        return moved

    def refer_selected(self) -> EntryView | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        return self.refer(entry)

    def refer(self, entry: EntryView) -> EntryView | None:
        """Send the visitor onward; returns the new entry (its slip is printed by the window)."""
        referred = refer_entry(self, entry)
        if referred is None:
            self.refresh()
            return None
        new, unit_name = referred
        self.refresh(select_id=entry.id)
        self.message.emit(self.tr("{old} referred to {unit}: {new}").format(old=entry.ticket, unit=unit_name, new=new.ticket))
        self.changed.emit(entry.id)
        self.entryCreated.emit(new)
        return new

    def menu(self) -> QMenu:
        """All actions for the selected visitor."""
        self._update_buttons()
        menu = QMenu(self)
        menu.addAction(self.park_action)
        menu.addAction(self.recall_action)
        menu.addSeparator()
        for action in self.status_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        for button in (self.rebook_button, self.refer_button, self.reprint_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def reprint_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.printRequested.emit(entry)

    def open_find(self) -> EntryView | None:
        """Find a visit (Ctrl+F); the chosen one is shown in the log."""
        chosen = find_visit(self)
        if chosen is not None:
            self.select_entry(chosen.id)
            self.showRequested.emit(chosen)
        return chosen
