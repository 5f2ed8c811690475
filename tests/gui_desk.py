"""The one desk test harness: the reception window with nothing that blocks, and its look restored after.

Every GUI test that needs the window builds it here (``from gui_desk import Desk``):
message boxes are recorded, modal dialogs are handed to the test instead of
running their own event loop, saved settings and applied looks are recorded.

- ``on_dialog(dialog) -> int``: answers every dialog (default: a print preview
  "prints", every other dialog is cancelled); with ``show_dialogs=True`` the
  dialog is shown and active first, as ``exec()`` would leave it.
- ``install_language=False`` keeps the interface texts in English (Qt's source texts)
  while the window works in the settings' language (German centre names and dates).
- ``handlers[DialogType] = handler``: dialogs of that type are shown, made active,
  handed to ``handler`` and hidden again; the result is the handler's, or the
  dialog's own when the handler returns None.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from welcome_desk.core.roles import RoleSession
from welcome_desk.core.settings import Settings
from welcome_desk.ui.i18n import Translations
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.printing import PrintStatus, SlipPrinter


def type_text(widget, text: str) -> None:
    """One key event per character (``qtbot.keyClicks`` aborts on non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


class RecordedMessages:
    """Stands in for the message boxes: ``shown`` holds (kind, title, text, details)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str, str]] = []

    def _add(self, kind, _parent, title, text, details=""):
        self.shown.append((kind, title, text, details))

    def error(self, *args, **kw):
        self._add("error", *args, **kw)

    def warning(self, *args, **kw):
        self._add("warning", *args, **kw)

    def info(self, *args, **kw):
        self._add("info", *args, **kw)


class PaperTray:
    """Stands in for the printer (``SlipPrinter(send=...)``): keeps every slip sent, answers 'sent'."""

    def __init__(self) -> None:
        self.jobs: list = []

    def __call__(self, job, _pages, printer_name: str) -> PrintStatus:
        self.jobs.append(job)
        return PrintStatus(job.ticket, job.pdf_path, "sent", printer_name or "Test printer")


class LookRecorder:
    """Stands in for applying the theme to the whole application (tests share one QApplication)."""

    def __init__(self) -> None:
        self.applied: list[tuple[str, int]] = []

    def __call__(self, theme: str, scale: int) -> None:
        self.applied.append((theme, scale))


class Desk:
    """The reception window for a test; ``close()`` (or the ``desk`` fixtures) leave no translator behind."""

    def __init__(
        self,
        qtbot,
        workspace,
        settings: Settings | None = None,
        on_dialog: Callable[[QDialog], int] | None = None,
        *,
        has_printer: bool = True,
        apply_look: Callable[[str, int], None] | None = None,
        roles: RoleSession | None = None,
        translations: bool = True,
        install_language: bool = True,
        show_dialogs: bool = False,
        activate: bool = True,
    ) -> None:
        self.qtbot = qtbot
        self.messages = RecordedMessages()
        self.dialogs: list[QDialog] = []
        self.saved: list[Settings] = []
        self.on_dialog = on_dialog
        self.handlers: dict[type, Callable[[QDialog], int | None]] = {}
        self.show_dialogs = show_dialogs
        self.look = apply_look or LookRecorder()
        self.tray = PaperTray()
        self.printer = SlipPrinter(self.messages, self.run_dialog, has_printer=lambda: has_printer, send=self.tray)
        self.window = MainWindow(
            workspace,
            settings or Settings(),
            translations=Translations(QCoreApplication.instance()) if translations else None,
            save_settings=self.saved.append,
            messages=self.messages,
            run_dialog=self.run_dialog,
            slip_printer=self.printer,
            roles=roles,
            apply_look=self.look,
        )
        if self.window.translations is not None and install_language:
            self.window.translations.install(self.window.settings.ui_language)
            self.window.retranslate()
        qtbot.addWidget(self.window)
        self.window.show()
        if activate:  # shortcuts (F5, F6 ...) fire only in the active window
            self.window.activateWindow()
            qtbot.waitExposed(self.window)
            qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=3000)
            self.window.focus_intake()

    @property
    def controls(self):
        """The window's team-lead part (menu, role, screen lock)."""
        return self.window.role_controls

    @property
    def session(self) -> RoleSession:
        return self.window.roles

    def _show(self, dialog: QDialog) -> None:
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitExposed(dialog)
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)

    def run_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        for kind, handler in self.handlers.items():
            if isinstance(dialog, kind):
                self._show(dialog)
                try:
                    result = handler(dialog)
                finally:
                    dialog.hide()
                return dialog.result() if result is None else result
        if self.on_dialog is not None:
            if self.show_dialogs:
                self._show(dialog)
            return self.on_dialog(dialog)
        if dialog.objectName() == "walkInAdvice":  # a closed unit or an outside partner: take what Enter takes
            dialog.defaultButton().click()
            return 1
        return 1 if isinstance(dialog, QPrintPreviewDialog) else 0

    def close(self) -> None:
        if self.window.translations is not None:
            self.window.translations.install("en")  # leave no translator installed for other tests
