"""Today's log: the table of the day's entries, with reprint and status actions."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import entries as E
from welcome_desk.core.daylog import LogRow
from welcome_desk.core.entries import EntryView
from welcome_desk.ui.locale_format import format_day_long
from welcome_desk.ui.models import DayLogModel, configure_row_table
from welcome_desk.ui.row_menu import install_row_menu
from welcome_desk.ui.wrapped_label import WrappedLabel

STATUS_ACTIONS = (E.ARRIVED, E.CALLED, E.DONE, E.NO_SHOW, E.CANCELLED)


class DayLogPanel(QWidget):
    """Shows rows it is given; asks for reprints and status changes by signals."""

    reprintRequested = Signal(object)  # EntryView
    statusRequested = Signal(object, str)  # EntryView, status

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.day = dt.date.min  # the day shown: set by set_rows from the workspace clock, never the desk's
        self.today: dt.date | None = None
        self.lang = "de"
        # large text: the day and the count go onto a second line, which the table makes room for
        self.label = WrappedLabel()
        self.label.setObjectName("sectionLabel")
        self.model = DayLogModel(self)
        self.view = QTableView()
        configure_row_table(self.view, self.model, "dayLog")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move inside): no focus trap
        header = self.view.horizontalHeader()
        for col in range(DayLogModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DayLogModel.CONCERN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DayLogModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.label.setBuddy(self.view)
        self.view.doubleClicked.connect(lambda index: self._reprint(self.model.entry(index.row())))
        install_row_menu(self.view, self.menu)  # Menu key, Shift+F10 and right click: the selected row
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(lambda: self._reprint(self.selected_entry()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.status_actions: dict[str, QAction] = {}
        # Actions others add to the menu (rebook, refer onward); each acts on the selected entry.
        self.extra_actions: list[QAction] = []
        for status in STATUS_ACTIONS:
            action = QAction(self)
            action.triggered.connect(lambda _=False, s=status: self._status(s))
            self.status_actions[status] = action

        head = QHBoxLayout()
        head.addWidget(self.label, 1)
        head.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)
        self.retranslate()
        self._update_button()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {
            E.ARRIVED: self.tr("Mark as &arrived / waiting"),
            E.CALLED: self.tr("Mark as &called"),
            E.DONE: self.tr("Mark as &done"),
            E.NO_SHOW: self.tr("Mark as &no-show"),
            E.CANCELLED: self.tr("Cance&l entry"),
        }
        for status, action in self.status_actions.items():
            action.setText(words[status])
        self.reprint_button.setText(self.tr("Re&print slip"))
        self.reprint_button.setAccessibleName(self.tr("Reprint the slip of the selected entry"))
        self.reprint_button.setToolTip(self.tr("Reprint the slip of the selected entry (Ctrl+P, or double-click)"))
        self.view.setAccessibleName(self.tr("Today's log"))
        self.view.setAccessibleDescription(
            self.tr("Time, ticket, type, concern, unit and status of each visit today. "
                    "Ctrl+P reprints the selected slip; the context menu changes the status.")
        )
        self.model.retranslate()
        self._update_label()

    def _update_label(self) -> None:
        day = format_day_long(self.day, self.lang)
        entries = self.tr("%Ln entries", "", self.model.rowCount())
        if self.today is not None and self.day != self.today:  # a day opened from Find
            self.label.setText(self.tr("&Log of {day} — {entries} (Ctrl+R: back to today)").format(day=day, entries=entries))
        else:
            self.label.setText(self.tr("&Today's log — {day} — {entries}").format(day=day, entries=entries))

    # -- rows --------------------------------------------------------------------------

    def set_rows(
        self, rows: Sequence[LogRow], day: dt.date, lang: str, select_id: int | None = None, today: dt.date | None = None
    ) -> None:
        """Show ``rows`` of ``day``; keeps (or moves) the selection to entry ``select_id``.

        ``today`` (when ``day`` is another day) makes the heading say which day it is.
        """
        if select_id is None:
            current = self.selected_entry()
            select_id = current.id if current else None
        self.day, self.lang, self.today = day, lang, today
        self.model.set_rows(rows)
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row >= 0:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        self._update_label()
        self._update_button()

    def _update_button(self) -> None:
        self.reprint_button.setEnabled(self.selected_row() >= 0)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_entry(self) -> EntryView | None:
        return self.model.entry(self.selected_row())

    def focus(self) -> None:
        self.view.setFocus()
        if self.selected_row() < 0 and self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)

    # -- actions -----------------------------------------------------------------------

    def _reprint(self, entry: EntryView | None) -> None:
        if entry is not None:
            self.reprintRequested.emit(entry)

    def _status(self, status: str) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.statusRequested.emit(entry, status)

    def menu(self) -> QMenu:
        menu = QMenu(self)
        entry = self.selected_entry()
        reprint = menu.addAction(self.tr("Re&print slip"))
        reprint.triggered.connect(lambda: self._reprint(self.selected_entry()))
        reprint.setEnabled(entry is not None)
        menu.addSeparator()
        for status, action in self.status_actions.items():
            action.setEnabled(entry is not None and E.may_change(entry.kind, entry.status, status))
            menu.addAction(action)
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                action.setEnabled(entry is not None)
                menu.addAction(action)
        return menu
