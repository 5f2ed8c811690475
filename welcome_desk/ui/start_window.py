"""The window reception sees at once: the concern field first, the whole desk inside it when ready.

Start-up in stages (see :func:`welcome_desk.ui.app.run_gui`): this window is shown before
SQLAlchemy or the desk's own modules are imported. It holds the intake field and the
suggestion list only, so reception can type at once; what is typed is routed as soon as
the router is built (in the background), and nothing can be booked yet because the
booking actions do not exist yet. The suggestion list joins right after the first paint
(its module and Qt's item-view enums cost more than the rest of the window). When the desk (:class:`MainWindow`) is built it moves
into this window, takes over the typed text and the cursor, and the status line goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from welcome_desk.ui.screen_fit import fitting_size

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

# (Importing Qt's namespace ``Qt`` builds ~90 Python enums, ~15 ms: not before the first paint.)


class StartWindow(QMainWindow):
    """The top-level window: the intake shell until :meth:`install_desk`, then the desk."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.lang = lang
        self.router = None
        self.desk: QWidget | None = None

        self.suggestions = None
        shell = QWidget()
        self._layout = layout = QVBoxLayout(shell)
        layout.setContentsMargins(12, 12, 12, 12)
        self.intake_label = QLabel(QCoreApplication.translate("MainWindow", "Visitor's &concern"))
        self.intake_label.setObjectName("sectionLabel")
        self.intake = QLineEdit()
        self.intake.setObjectName("intake")
        self.intake.setClearButtonEnabled(True)
        self.intake.setMaxLength(300)
        self.intake.setPlaceholderText(QCoreApplication.translate("MainWindow", "Enter concern …"))
        self.intake.setAccessibleName(QCoreApplication.translate("MainWindow", "Visitor's concern"))
        self.intake_label.setBuddy(self.intake)
        self.suggestions_label = QLabel(QCoreApplication.translate("MainWindow", "Suggested units"))
        self.suggestions_label.setObjectName("sectionLabel")
        self.status = QLabel(QCoreApplication.translate("StartWindow", "Opening the desk …"))
        self.status.setAccessibleName(self.status.text())
        for widget in (self.intake_label, self.intake, self.suggestions_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.setCentralWidget(shell)
        self.intake.textChanged.connect(self._route)
        self.setMinimumSize(900, 600)
        self.resize(*fitting_size(self, 1280, 860))  # 860 high was cut on a 1280×800 screen
        self.intake.setFocus()  # (Qt's OtherFocusReason)

    def add_suggestions(self):
        """The suggestion list (after the first paint); returns its model."""
        if self.suggestions is None and self.desk is None:
            from welcome_desk.ui.suggestions import SuggestionList

            self.suggestions = SuggestionList()
            self.suggestions.setObjectName("suggestions")
            self.suggestions.setAccessibleName(QCoreApplication.translate("MainWindow", "Suggested units, best first"))
            self._layout.insertWidget(3, self.suggestions, 1)
            self._layout.takeAt(4)  # the stretch that held its place
            self._route(self.intake.text())
        return self.suggestions.model() if self.suggestions is not None else None

    def use_router(self, router) -> None:
        """Route from now on (and route what was typed meanwhile)."""
        self.router = router
        centre = router.centre.name.get(self.lang)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Welcome Desk — {centre}").format(centre=centre))
        self._route(self.intake.text())

    def _route(self, text: str) -> None:
        if self.router is None or self.suggestions is None or self.desk is not None:
            return
        candidates = self.router.route(text).candidates if text.strip() else ()
        self.suggestions.suggestions.set_candidates(candidates, self.lang)
        if candidates:
            self.suggestions.select_row(0)

    def install_desk(self, desk: QMainWindow) -> None:
        """Put the desk into this window; it takes over the typed text, the cursor and the title."""
        from PySide6.QtCore import Qt

        text, cursor = self.intake.text(), self.intake.cursorPosition()
        had_focus = self.intake.hasFocus() or self.isActiveWindow()
        desk.setWindowFlags(Qt.WindowType.Widget)
        self.desk = desk
        self.setWindowTitle(desk.windowTitle())
        desk.windowTitleChanged.connect(self.setWindowTitle)
        self.setCentralWidget(desk)  # the shell goes (Qt deletes it)
        self.setMinimumSize(desk.minimumSize())
        desk.show()
        if text:
            desk.intake.setText(text)  # routed by the desk itself

        def keep_typing() -> None:
            desk.intake.deselect()
            desk.intake.setCursorPosition(min(cursor, len(desk.intake.text())))
            if had_focus:
                desk.intake.setFocus(Qt.FocusReason.OtherFocusReason)

        keep_typing()  # keys already on their way land in the desk's field ...
        QTimer.singleShot(0, keep_typing)  # ... and stay there after the desk's own focus_intake (select all)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.desk is not None and not self.desk.close():
            event.ignore()
            return
        super().closeEvent(event)
