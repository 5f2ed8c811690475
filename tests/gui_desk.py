"""The reception window for GUI tests: nothing blocks (dialogs and messages are recorded), look restored after.

Shared by the accessibility, keyboard and frequent-concern tests (``from gui_desk import Desk``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from welcome_desk.core.settings import Settings
from welcome_desk.ui.i18n import Translations
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.printing import PrintStatus, SlipPrinter


def type_text(widget, text: str) -> None:
    """One key event per character (``qtbot.keyClicks`` aborts on non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


class RecordedMessages:
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
    def __init__(self, qtbot, workspace, settings: Settings | None = None, on_dialog=None, has_printer=True, apply_look=None):
        self.messages = RecordedMessages()
        self.dialogs: list[QDialog] = []
        self.saved: list[Settings] = []
        self.on_dialog = on_dialog
        self.look = apply_look or LookRecorder()
        self.tray = PaperTray()
        self.printer = SlipPrinter(self.messages, self.run_dialog, has_printer=lambda: has_printer, send=self.tray)
        self.window = MainWindow(
            workspace,
            settings or Settings(),
            translations=Translations(QCoreApplication.instance()),
            save_settings=self.saved.append,
            messages=self.messages,
            run_dialog=self.run_dialog,
            slip_printer=self.printer,
            apply_look=self.look,
        )
        self.window.translations.install(self.window.settings.ui_language)
        self.window.retranslate()
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitExposed(self.window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=3000)
        self.window.focus_intake()

    def run_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        if self.on_dialog is not None:
            return self.on_dialog(dialog)
        return 1 if isinstance(dialog, QPrintPreviewDialog) else 0

    def close(self) -> None:
        self.window.translations.install("en")  # leave no translator installed for other tests
