"""The queue's table: one row per visitor waiting or called today."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from welcome_desk.core import entries as E
from welcome_desk.core.entries import EntryView
from welcome_desk.core.queue import QueueItem
from welcome_desk.ui.locale_format import format_time
from welcome_desk.ui.models import RowTableModel, kind_label, status_label


class QueueModel(RowTableModel):
    """One row per visitor in the queue: ticket, time, type, unit, status, waiting."""

    TICKET, TIME, KIND, UNIT, STATUS, WAITING = range(6)
    COLUMNS = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QueueItem] = []
        self._units: dict[str, str] = {}

    def set_items(self, items: Sequence[QueueItem], unit_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._units = unit_names
        self.endResetModel()

    def item(self, row: int) -> QueueItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entry(self, row: int) -> EntryView | None:
        item = self.item(row)
        return item.entry if item else None

    def row_of(self, entry_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.entry.id == entry_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Ticket"),
            self.tr("Time"),
            self.tr("Type"),
            self.tr("Unit"),
            self.tr("Status"),
            self.tr("Waiting"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        entry, col = item.entry, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.TICKET:
                return entry.ticket
            if col == self.TIME:
                return format_time(entry.at)
            if col == self.KIND:
                return kind_label(entry.kind)
            if col == self.UNIT:
                return self._units.get(entry.unit_id, entry.unit_id)
            if col == self.STATUS:
                text = self.tr("Expected") if entry.status == E.BOOKED else status_label(entry.status)
                if item.parked:  # called, did not come: waits aside until a desk re-calls them
                    text = self.tr("Waiting, parked")
                if item.missed_calls:
                    text = self.tr("{status} – missed calls: {n}").format(status=text, n=item.missed_calls)
                if entry.referred_from:
                    text += f" (← {entry.referred_from})"
                return text
            if col == self.WAITING:
                if item.waiting_minutes is None:
                    return "—"
                return self.tr("%n min", "", item.waiting_minutes)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TIME:
            if entry.kind == E.APPOINTMENT:
                return self.tr("Appointment at {time}").format(time=format_time(entry.at))
            return self.tr("Came in at {time}").format(time=format_time(entry.at))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STATUS and item.parked:
            return self.tr("Left out of 'call next' until re-called (Shift+F8)")
        if role == Qt.ItemDataRole.FontRole and (col == self.TICKET or entry.status == E.CALLED):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.WAITING:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        return None
