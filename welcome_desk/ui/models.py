"""Qt models over the core's plain records: today's log."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView
from PySide6.QtGui import QFont

from welcome_desk.core import entries as E
from welcome_desk.core.daylog import LogRow
from welcome_desk.core.entries import EntryView
from welcome_desk.ui.locale_format import format_time

EntryRole = Qt.ItemDataRole.UserRole + 1


def status_label(status: str) -> str:
    """A status in words, in the interface language."""
    labels = {
        E.BOOKED: QCoreApplication.translate("Status", "Booked"),
        E.ARRIVED: QCoreApplication.translate("Status", "Waiting"),
        E.CALLED: QCoreApplication.translate("Status", "Called"),
        E.IN_SERVICE: QCoreApplication.translate("Status", "In service"),
        E.DONE: QCoreApplication.translate("Status", "Done"),
        E.NO_SHOW: QCoreApplication.translate("Status", "No-show"),
        E.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
        E.REFERRED: QCoreApplication.translate("Status", "Referred"),
    }
    return labels.get(status, status)


def status_with_links(entry: EntryView) -> str:
    """The status in words, with where a referral went ("Referred → F-001") or came from."""
    text = status_label(entry.status)
    if entry.referred_to:
        text += f" → {entry.referred_to}"
    if entry.referred_from:
        text += f" (← {entry.referred_from})"
    return text


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Status", "Walk-in") if kind == E.WALK_IN else QCoreApplication.translate("Status", "Appointment")


def configure_row_table(view: QTableView, model: QAbstractTableModel, name: str) -> None:
    """The look and behaviour every visit table shares: whole rows, one at a time, read-only,
    zebra rows, no grid and no row numbers."""
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of rows kept in ``self._rows``; subclasses give
    ``COLUMNS``, ``headers()`` (translated) and ``data()``."""

    COLUMNS = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Header and cell words follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]


class DayLogModel(RowTableModel):
    """One row per entry of the day: time, ticket, type, concern, unit, status."""

    TIME, TICKET, KIND, CONCERN, UNIT, STATUS = range(6)
    COLUMNS = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []

    # -- data -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[LogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[LogRow]:
        return list(self._rows)

    def entry(self, row: int) -> EntryView | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.entry.id == entry_id:
                return i
        return -1

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Ticket"),
            self.tr("Type"),
            self.tr("Concern"),
            self.tr("Unit"),
            self.tr("Status"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry = row.entry
        col = index.column()
        if role == EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.TIME:
                return format_time(entry.at)
            if col == self.TICKET:
                return entry.ticket
            if col == self.KIND:
                return kind_label(entry.kind)
            if col == self.CONCERN:
                return row.concern_label or "—"
            if col == self.UNIT:
                return row.unit_name
            if col == self.STATUS:
                return status_with_links(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.query_text and col == self.CONCERN:
                return self.tr("Typed at the desk: {text}").format(text=entry.query_text)
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.TICKET:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.TIME, self.TICKET):
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.ForegroundRole and entry.status in (E.CANCELLED, E.NO_SHOW, E.DONE):
            from PySide6.QtGui import QPalette

            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
