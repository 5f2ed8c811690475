"""Every window and dialog: focusable controls have accessible names, mnemonics lead somewhere."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtPrintSupport import QPrintPreviewDialog  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from a11y_walk import accessibility_problems, focusable_widgets  # noqa: E402
from gui_desk import Desk  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(params=["de", "en"])
def desk(request, qtbot, workspace):
    d = Desk(qtbot, workspace, settings=Settings(ui_language=request.param))
    yield d
    d.close()


def test_main_window_in_every_state(desk, qtbot):
    w = desk.window
    assert len(focusable_widgets(w)) >= 8
    problems = accessibility_problems(w, descriptions=True)
    assert problems == [], '\n'.join(problems)
    qtbot.keyClicks(w.intake, "Arbeit suchen")  # a concern with a clarifying question: answer buttons
    assert w.detail.answer_buttons()
    problems = accessibility_problems(w, descriptions=True)
    assert problems == [], '\n'.join(problems)
    w.issue_walk_in()  # the ticket card's reprint button, a selected log row
    assert w.ticket_card.reprint.isVisible()
    problems = accessibility_problems(w, descriptions=True)
    assert problems == [], '\n'.join(problems)
    assert w.frequent_bar.buttons()
    problems = accessibility_problems(w, descriptions=True)
    assert problems == [], '\n'.join(problems)


def test_dialogs(qtbot, workspace):
    """Each dialog is walked while it is open (some are deleted right after)."""
    checked: dict[str, list[str]] = {}

    def on_dialog(dialog):
        ours = not isinstance(dialog, (QMessageBox, QPrintPreviewDialog))
        dialog.show()
        checked[type(dialog).__name__] = accessibility_problems(dialog, strict_names=ours, descriptions=ours)
        dialog.hide()
        return 1 if isinstance(dialog, QPrintPreviewDialog) else 0

    d = Desk(qtbot, workspace, on_dialog=on_dialog)
    try:
        w = d.window
        qtbot.keyClicks(w.intake, "Visum")
        w.open_appointment_dialog()
        w.show_shortcuts()
        w.show_about()
        w.issue_walk_in()
    finally:
        d.close()
    assert {"AppointmentDialog", "ShortcutsDialog", "QMessageBox", "SlipPreviewDialog"} <= set(checked)
    assert {name: p for name, p in checked.items() if p} == {}


def test_message_boxes(desk):
    from welcome_desk.ui.messages import Messages

    box = Messages().make_box(desk.window, QMessageBox.Icon.Warning, "Title", "Text", "Details")
    assert box.accessibleName() == "Title"
    assert accessibility_problems(box, strict_names=False) == []


def test_day_log_menu_and_view_menu_actions_have_text(desk):
    w = desk.window
    menu = w.log_menu()
    assert all(a.text() for a in menu.actions() if not a.isSeparator())
    problems = accessibility_problems(w, descriptions=True)
    assert problems == [], '\n'.join(problems)
    for action in w.view_menu.actions():
        assert action.isSeparator() or action.text()


def test_walker_finds_what_is_missing(qtbot):
    """The walker itself: an unnamed field and a mnemonic without a buddy are reported."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    lay.addWidget(QLabel("&Name"))
    field = QLineEdit()
    lay.addWidget(field)
    quiet = QLineEdit()
    quiet.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    lay.addWidget(quiet)
    problems = accessibility_problems(root)
    assert any("no accessible name: QLineEdit" in p for p in problems)
    assert any("mnemonic but no buddy" in p for p in problems)
    assert len(problems) == 2
