"""The menu bar from the keyboard: F10 opens it, Esc out of it gives the keyboard back to the concern field.

Qt enters the menu bar with Alt (or a menu's Alt+letter) and, when it is left with Esc,
gives the focus back to whatever had it before — the day log, the queue, a frequent-concern
button, the language box. The receptionist then types the next visitor's words and they go
nowhere (a table's type-ahead, a button). At this desk Esc means "back to the field"
(the action buttons, the preview, every dialog): the menu bar follows the same rule.
The field keeps what was typed and its cursor (no select-all, so a half-typed concern
is not overwritten by the next key).

F10 is the menu key of the desktops the desk runs on (GNOME, Windows); Qt does not bind
it, so it opens the first menu here, as Alt+letter opens its menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

MENU_BAR_KEY = "F10"


class MenuBarKeys(QObject):
    def __init__(self, bar: QMenuBar, field: QWidget, window: QWidget) -> None:
        super().__init__(bar)
        self.bar, self.field = bar, field
        bar.installEventFilter(self)
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence(MENU_BAR_KEY))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.open_action.triggered.connect(self.open_first_menu)
        window.addAction(self.open_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_action.setText(QCoreApplication.translate("MainWindow", "Open the &menu bar"))

    def open_first_menu(self) -> None:
        first = next((a for a in self.bar.actions() if a.isVisible() and a.isEnabled() and a.menu() is not None), None)
        if first is not None:
            self.bar.setActiveAction(first)  # its list opens; Left/Right walk the bar, Esc closes, Esc leaves

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        # With no list open, the bar itself has the keyboard: this Esc leaves it. Qt restores the
        # earlier focus while handling the key; the field takes it right after.
        if (
            watched is self.bar
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.bar.hasFocus()
        ):
            QTimer.singleShot(0, self, self._back_to_field)
        return False

    def _back_to_field(self) -> None:
        if self.field.isVisible() and self.field.window().isActiveWindow():
            self.field.setFocus(Qt.FocusReason.MenuBarFocusReason)  # keeps the cursor where it was
