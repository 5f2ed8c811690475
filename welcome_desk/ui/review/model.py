"""A Qt table model over the log that fetches rows page by page as the view scrolls.

The model never runs SQL: it is given a ``fetch(after, limit)`` function (the
core's key-set page query). Qt asks ``canFetchMore``/``fetchMore`` when the
view needs more rows, so a month of 30,000 entries opens as fast as a quiet day.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from welcome_desk.core.entries import EntryView
from welcome_desk.core.logquery import PAGE, Cursor, Names, cursor_after
from welcome_desk.ui.locale_format import format_short_datetime, format_time
from welcome_desk.ui.models import EntryRole, RowTableModel, kind_label, status_label

Fetch = Callable[[Cursor | None, int], list[EntryView]]


class LazyLogModel(RowTableModel):
    """Time, ticket, type, unit, concern, language, status, staff — one row per entry."""

    TIME, TICKET, KIND, UNIT, CONCERN, LANGUAGE, STATUS, STAFF = range(8)
    COLUMNS = 8

    def __init__(self, parent=None, page_size: int = PAGE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[EntryView] = []
        self._more = False
        self._names = Names({}, {})
        self._multi_day = False
        self.pages_fetched = 0

    def reset(self, fetch: Fetch | None, names: Names, multi_day: bool) -> None:
        """Start over with a new query; the first page is fetched at once."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._more = fetch is not None
        self._names = names
        self._multi_day = multi_day
        self.pages_fetched = 0
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def entry(self, row: int) -> EntryView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def all_fetched(self) -> bool:
        return not self._more

    def retranslate(self, names: Names) -> None:  # type: ignore[override]
        self._names = names
        super().retranslate()

    # -- lazy fetching ------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows = self._fetch(cursor_after(self._rows), self.page_size)
        self.pages_fetched += 1
        if len(rows) < self.page_size:
            self._more = False
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- Qt model interface -------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"), self.tr("Ticket"), self.tr("Type"), self.tr("Unit"), self.tr("Concern"),
            self.tr("Language"), self.tr("Status"), self.tr("Staff"),
        )

    def text(self, entry: EntryView, col: int) -> str:
        if col == self.TIME:
            return format_short_datetime(entry.at) if self._multi_day else format_time(entry.at)
        if col == self.TICKET:
            return entry.ticket
        if col == self.KIND:
            return kind_label(entry.kind)
        if col == self.UNIT:
            return self._names.unit(entry.unit_id)
        if col == self.CONCERN:
            return self._names.concern(entry.concern_id) or "—"
        if col == self.LANGUAGE:
            return entry.language
        if col == self.STATUS:
            return status_label(entry.status)
        if col == self.STAFF:
            return entry.staff or "—"
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(entry, index.column())
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.UNIT, self.CONCERN):
            return self.text(entry, index.column())
        return None
