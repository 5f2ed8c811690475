"""The context menu of a visit table, acting on the row the person means.

From the mouse that is the row under the pointer (it becomes the selected row);
from the keyboard (the Menu key, Shift+F10) it is the selected row, and the menu
opens beside it. Qt reports a keyboard request at a point in the table's own
coordinates while rows are found in its viewport's, one header lower: taking the
row "at" that point picked the row below the selected one — a wrong visitor
marked as a no-show. So the two are told apart by the event's reason.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QTableView

CONTEXT_MENU_KEYS = ("Menu", "Shift+F10")


class _RowMenu(QObject):
    def __init__(self, view: QTableView, menu_for_selected: Callable[[], QMenu]) -> None:
        super().__init__(view)
        self.view = view
        self.menu_for_selected = menu_for_selected
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        # Shift+F10 is the context-menu key of keyboards without a Menu key (and of screen readers' guides).
        shortcut = QShortcut(QKeySequence("Shift+F10"), view, self.open_for_selected)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ContextMenu:
            return False
        assert isinstance(event, QContextMenuEvent)
        if event.reason() == QContextMenuEvent.Reason.Mouse and watched is self.view.viewport():
            index = self.view.indexAt(event.pos())
            if index.isValid():
                self.view.selectRow(index.row())
                self.view.setCurrentIndex(index)
            self._open(event.globalPos())
        else:
            self.open_for_selected()
        return True

    def open_for_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            rect = self.view.visualRect(rows[0])
            at = self.view.viewport().mapToGlobal(QPoint(rect.left() + 24, rect.bottom()))
        else:
            at = self.view.viewport().mapToGlobal(QPoint(24, 8))
        self._open(at)

    def _open(self, at: QPoint) -> None:
        menu = self.menu_for_selected()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(at)


def install_row_menu(view: QTableView, menu_for_selected: Callable[[], QMenu]) -> QObject:
    """Open ``menu_for_selected()`` (built for the selected row) from the mouse or the keyboard."""
    return _RowMenu(view, menu_for_selected)
