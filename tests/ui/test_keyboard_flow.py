"""Keyboard first: a whole visit by keys only, counted; no focus trap; the F1 list is the real list.

Every key goes to the widget that has the focus at that moment, as on a real keyboard.
"""

from __future__ import annotations

from collections import Counter

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtPrintSupport import QPrintPreviewDialog  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication  # noqa: E402

from gui_desk import Desk  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.help_dialogs import shortcut_table  # noqa: E402

pytestmark = pytest.mark.gui

# Keys the help lists that are not window actions, with where they live.
NOT_ACTIONS = {
    "Esc": "handled by the intake field (clears it)",
    **{f"Alt+{n}": "answer buttons of the clarifying question (QPushButton shortcuts)" for n in range(1, 10)},
}


class Keyboard:
    """Sends each key to whatever has the focus now and counts the keystrokes."""

    def __init__(self) -> None:
        self.count = 0

    def target(self):
        return QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()

    def settle(self, timeout_ms: int = 2000) -> None:
        """Let a closed dialog hand the activation back (asynchronous, as on a real desktop)."""
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while QApplication.focusWidget() is None and not deadline.hasExpired():
            QApplication.processEvents()

    def key(self, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.settle()
        self.count += 1
        QTest.keyClick(self.target(), key, modifiers)

    def type(self, text: str) -> None:
        self.settle()
        for ch in text:
            self.count += 1
            QTest.sendKeyEvent(QTest.KeyAction.Click, self.target(), Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def preview_closed_by_escape(keyboard: Keyboard, seen: list):
    """Open print previews for real (modal) and close them with the Esc key."""

    def on_dialog(dialog):
        seen.append(dialog)
        if isinstance(dialog, QPrintPreviewDialog):
            def escape_once_active() -> None:  # not after a fixed delay: a slow machine shows it later
                if QApplication.activeWindow() is dialog:
                    keyboard.key(Qt.Key.Key_Escape)
                else:
                    QTimer.singleShot(10, escape_once_active)

            QTimer.singleShot(0, escape_once_active)
            return dialog.exec()
        return 0

    return on_dialog


def test_a_visit_by_keys_only_type_enter_f5_escape(qtbot, workspace):
    keyboard, seen = Keyboard(), []
    d = Desk(qtbot, workspace, on_dialog=preview_closed_by_escape(keyboard, seen))
    try:
        w = d.window
        assert QApplication.focusWidget() is w.intake  # an empty screen starts in the intake
        keyboard.type("Visum")
        assert w.current_candidate().unit.id == "immigration-office"
        keyboard.key(Qt.Key.Key_Return)  # pick
        assert QApplication.focusWidget() is w.walk_in_button
        keyboard.key(Qt.Key.Key_F5)  # ticket + print preview
        assert any(isinstance(x, QPrintPreviewDialog) for x in seen)  # closed again by Esc
        assert w.log_model.rowCount() == 1 and w.ticket_card.ticket.text() == "A-001"
        assert "Druckvorschau ohne Drucken geschlossen" in w.ticket_card.slip.text()  # Esc = closed, not printed
        keyboard.settle()
        assert QApplication.focusWidget() is w.intake and w.intake.text() == ""
        assert keyboard.count == len("Visum") + 3  # 5 letters, Enter, F5, Esc
        # and the next visitor goes the same way
        keyboard.type("Wohnung")
        keyboard.key(Qt.Key.Key_Return)
        keyboard.key(Qt.Key.Key_Return)  # Enter on the ticket button issues it too
        assert w.log_model.rowCount() == 2
        keyboard.settle()
        assert QApplication.focusWidget() is w.intake
    finally:
        d.close()


def test_a_frequent_concern_by_keys_only(qtbot, workspace):
    workspace.booking.log_walk_in("immigration-office", "residence-law")
    keyboard, seen = Keyboard(), []
    d = Desk(qtbot, workspace, on_dialog=preview_closed_by_escape(keyboard, seen))
    try:
        w = d.window
        assert w.frequent_bar.concern_ids()[0] == "residence-law"
        keyboard.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1: the most frequent concern
        assert w.current_candidate().concern.id == "residence-law"
        assert QApplication.focusWidget() is w.walk_in_button
        keyboard.key(Qt.Key.Key_Return)
        assert w.log_model.rowCount() == 2
        keyboard.settle()
        assert QApplication.focusWidget() is w.intake
        assert keyboard.count == 3  # Ctrl+1, Enter, Esc
    finally:
        d.close()


def test_escape_on_the_ticket_button_goes_back_to_the_field(qtbot, workspace):
    keyboard = Keyboard()
    d = Desk(qtbot, workspace)
    try:
        keyboard.type("Visum")
        keyboard.key(Qt.Key.Key_Return)
        keyboard.key(Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is d.window.intake
    finally:
        d.close()


@pytest.mark.parametrize("backwards", [False, True])
def test_tab_goes_round_the_window_and_back_without_a_trap(qtbot, workspace, backwards):
    workspace.booking.log_walk_in("immigration-office", "residence-law")
    d = Desk(qtbot, workspace)
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Arbeit suchen")  # answer buttons and frequent buttons are there too
        qtbot.waitUntil(lambda: all(b.isVisible() for b in w.detail.answer_buttons()))  # shown by the event loop
        assert w.walk_in_button.isEnabled()
        visited = []
        mods = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        for _ in range(60):
            QTest.keyClick(QApplication.focusWidget(), key, mods)
            focus = QApplication.focusWidget()
            visited.append(focus)
            if focus is w.intake:
                break
        assert visited[-1] is w.intake, [type(x).__name__ + ":" + x.objectName() for x in visited]
        reached = set(visited)
        expected = [*w.frequent_bar.buttons(), *w.detail.answer_buttons(), w.visitor_language, w.appointment_button,
                    w.walk_in_button, w.log_view]
        for control in expected:
            assert control in reached or not control.isEnabled(), control.objectName()
        order = [c for c in (reversed(visited) if backwards else visited) if c in expected]
        assert order == [c for c in expected if c.isEnabled()], "Tab follows the page from top to bottom"
        assert any(b in reached for b in w.detail.answer_buttons()), ([x.objectName() for x in visited], [(b.objectName(), b.isVisible(), b.focusPolicy()) for b in w.detail.answer_buttons()])
    finally:
        d.close()


def _portable(seq: str | QKeySequence) -> str:
    return QKeySequence(seq).toString(QKeySequence.SequenceFormat.PortableText)


def window_shortcuts(window) -> Counter:
    keys: Counter = Counter()
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            if not seq.isEmpty():
                keys[_portable(seq)] += 1
    return keys


def test_f1_lists_every_shortcut_the_window_defines_and_no_other(qtbot, workspace):
    d = Desk(qtbot, workspace, settings=Settings(ui_language="en"))
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Arbeit suchen")
        actions = window_shortcuts(w)
        listed = {_portable(seq) for _shown, _text, seqs in shortcut_table() for seq in seqs}
        assert set(actions) - listed == set(), "defined but not in the F1 list"
        button_keys = {_portable(b.shortcut()) for b in w.findChildren(QAbstractButton) if not b.shortcut().isEmpty()}
        answer_keys = {k for k in button_keys if k.startswith("Alt+") and k[4:].isdigit()}
        assert answer_keys and answer_keys <= set(NOT_ACTIONS)
        assert listed - set(actions) <= set(NOT_ACTIONS), "in the F1 list but defined nowhere"
        duplicates = {k: n for k, n in actions.items() if n > 1}
        assert duplicates == {}, "ambiguous shortcuts fire nothing"
        shown = {shown for shown, _text, _seqs in shortcut_table()}
        assert "Ctrl+1 … Ctrl+9" in shown and "Ctrl+Shift+H" in shown
    finally:
        d.close()


def test_menu_entries_show_their_shortcuts(qtbot, workspace):
    d = Desk(qtbot, workspace)
    try:
        w = d.window
        for menu in (w.file_menu, w.visit_menu, w.view_menu, w.help_menu):
            for action in menu.actions():
                if action.menu() is None and not action.isSeparator():
                    assert action.text(), "menu entry without text"
        assert not w.high_contrast_action.shortcut().isEmpty()
        assert w.high_contrast_action in w.view_menu.actions()
    finally:
        d.close()
