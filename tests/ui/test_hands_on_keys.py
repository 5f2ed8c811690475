"""The findings of the hands-on session (issue 15), each pinned by a test that fails without its fix.

Print preview by keyboard and at the slip's size, context menus on the selected row,
appointment dialogs starting in the day list, values a screen reader can read.
The same things are proven against the real app under X in tests/e2e.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QContextMenuEvent, QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QToolBar  # noqa: E402

from gui_desk import Desk, type_text  # noqa: E402
from welcome_desk.core import entries as E  # noqa: E402
from welcome_desk.ui.booking_dialog import AppointmentDialog  # noqa: E402
from welcome_desk.ui.printing import SlipPreviewDialog  # noqa: E402

pytestmark = pytest.mark.gui


def _preview_answer(key, modifier=Qt.KeyboardModifier.NoModifier):
    """A run_dialog that shows the preview and answers it with one real key press."""
    seen = {}

    def run(dialog):
        if not isinstance(dialog, SlipPreviewDialog):
            return 0
        dialog.show()
        QApplication.processEvents()
        seen["focus"] = QApplication.focusWidget()
        seen["size"] = dialog.frameGeometry().size()
        seen["dialog"] = dialog
        QTimer.singleShot(0, lambda: QTest.keyClick(QApplication.focusWidget() or dialog, key, modifier))
        return dialog.exec()

    return run, seen


@pytest.mark.parametrize(
    "key, modifier, printed",
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, True),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, True),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False),
    ],
)
def test_the_preview_prints_with_enter_and_ctrl_p_and_esc_closes_unprinted(qtbot, workspace, key, modifier, printed):
    run, seen = _preview_answer(key, modifier)
    d = Desk(qtbot, workspace, on_dialog=run)
    try:
        w = d.window
        type_text(w.intake, "Wohnung")
        w.issue_walk_in()
        assert seen["focus"] is seen["dialog"].print_button  # Enter prints from the start
        screen = QGuiApplication.primaryScreen().availableGeometry()
        assert seen["size"].width() <= min(1280, screen.width()) and seen["size"].height() <= min(800, screen.height())
        assert [job.ticket for job in d.tray.jobs] == (["F-001"] if printed else [])
        assert d.printer.last.outcome == ("sent" if printed else "cancelled")
        assert w.focusWidget() is w.intake  # ready for the next visitor
    finally:
        d.close()


def test_the_preview_exposes_print_and_has_no_page_setup(qtbot, workspace):
    run, seen = _preview_answer(Qt.Key.Key_Escape)
    d = Desk(qtbot, workspace, on_dialog=run)
    try:
        type_text(d.window.intake, "Visum")
        d.window.issue_walk_in()
        dialog = seen["dialog"]
        assert dialog.print_button.accessibleName() and dialog.print_button.isVisibleTo(dialog)
        names = [a.text() for bar in dialog.findChildren(QToolBar) for a in bar.actions()]
        assert not any("setup" in n.lower() or "einrichten" in n.lower() for n in names)
    finally:
        d.close()


def test_no_printer_is_warned_once_not_per_ticket(qtbot, workspace):
    d = Desk(qtbot, workspace, has_printer=False)
    try:
        w = d.window
        for concern in ("Visum", "Wohnung", "Arbeit"):
            type_text(w.intake, concern)
            w.issue_walk_in()
            assert "Nicht gedruckt" in w.ticket_card.slip.text()  # every ticket still says it
        assert [m[0] for m in d.messages.shown] == ["warning"]
    finally:
        d.close()


def _three_visits(w):
    for concern in ("Visum", "Diskriminierung", "Kita Platz"):  # each sure of its unit, no question to answer
        type_text(w.intake, concern)
        assert w.issue_walk_in() is not None, concern


@pytest.mark.parametrize("how", ["menu_key", "shift_f10"])
def test_the_log_menu_from_the_keyboard_acts_on_the_selected_row(qtbot, workspace, how):
    d = Desk(qtbot, workspace)
    try:
        w = d.window
        _three_visits(w)
        view = w.day_log.view
        view.setFocus()
        view.selectRow(0)
        chosen = w.day_log.selected_entry()
        opened: list[QMenu] = []

        def grab_menu():
            menu = QApplication.activePopupWidget()
            if isinstance(menu, QMenu):
                opened.append(menu)
                action = next(a for a in menu.actions() if a.text() == w.day_log.status_actions[E.NO_SHOW].text())
                menu.close()
                action.trigger()

        QTimer.singleShot(50, grab_menu)
        if how == "menu_key":
            # what Qt sends for the Menu key: a keyboard context-menu event at a point of the view
            event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(10, view.visualRect(view.model().index(0, 0)).bottom() + 2))
            QApplication.sendEvent(view, event)
        else:
            QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: bool(opened), timeout=3000)
        statuses = {e.ticket: e.status for e in (w.log_model.entry(r) for r in range(w.log_model.rowCount()))}
        assert statuses[chosen.ticket] == E.NO_SHOW
        assert sum(1 for s in statuses.values() if s == E.NO_SHOW) == 1
    finally:
        d.close()


def test_log_menu_mnemonics_are_unique_in_both_languages(qtbot, workspace):
    d = Desk(qtbot, workspace)
    try:
        w = d.window
        _three_visits(w)
        for lang in ("de", "en"):
            w.set_ui_language(lang)
            for menu in (w.log_menu(), w.queue_panel.menu()):
                keys = [a.text().split("&", 1)[1][0].lower() for a in menu.actions() if "&" in a.text()]
                assert len(keys) == len(set(keys)), (lang, [a.text() for a in menu.actions()])
    finally:
        w.set_ui_language("de")
        d.close()


def test_appointment_dialog_starts_in_the_day_list(qtbot, workspace):
    seen = {}

    def run(dialog):
        if isinstance(dialog, AppointmentDialog):
            dialog.show()
            QApplication.processEvents()
            seen["focus"] = QApplication.focusWidget()
            seen["dialog"] = dialog
        return 0

    d = Desk(qtbot, workspace, on_dialog=run)
    try:
        type_text(d.window.intake, "Visum")
        d.window.open_appointment_dialog()
        assert seen["focus"] is seen["dialog"].days
    finally:
        d.close()


def test_detail_values_are_in_the_accessible_names(qtbot, workspace):
    d = Desk(qtbot, workspace)
    try:
        w = d.window
        type_text(w.intake, "Sprachkurs")
        panel = w.detail
        for label in (panel.where, panel.hours, panel.now_state, panel.phone):
            assert label.text() and label.text() in label.accessibleName(), label.accessibleName()
        unit = w.current_candidate().unit
        assert "phones" in unit.sample_values  # an outside partner with an invented phone number
        assert panel.phone.text().endswith("*") and panel.note.isVisibleTo(panel)
    finally:
        d.close()


def test_ctrl_z_takes_back_the_last_status_change(qtbot, workspace):
    d = Desk(qtbot, workspace)
    try:
        w = d.window
        _three_visits(w)
        queue = w.queue_panel
        queue.refresh()
        assert queue.select_entry(w.log_model.entry(1).id)
        before = queue.selected_entry()
        queue.done_button.click()
        assert workspace.booking.get(before.id).status == E.DONE
        assert w.undo_action.isEnabled(), "the done was not remembered"
        w.focus_intake()
        QTest.keyClick(w.intake, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field is empty
        assert workspace.booking.get(before.id).status == before.status, w.statusBar().currentMessage()
        assert "Rückgängig" in w.statusBar().currentMessage() or "Undone" in w.statusBar().currentMessage() \
            or before.ticket in w.statusBar().currentMessage()
        assert not w.undo_action.isEnabled()  # one step only
    finally:
        d.close()


def test_a_rebooked_appointment_is_on_the_card_with_its_slip_state(qtbot, workspace):
    def run(dialog):
        if isinstance(dialog, AppointmentDialog):
            dialog.days.setCurrentRow(1 if dialog.rebooking is not None else 0)
            dialog.book_selected()
            return 1
        return 1 if isinstance(dialog, SlipPreviewDialog) else 0

    d = Desk(qtbot, workspace, on_dialog=run)
    try:
        w = d.window
        type_text(w.intake, "Visum")
        w.reception.issue_walk_in()  # today's numbers move on: the appointment's ticket differs from the new day's
        type_text(w.intake, "Visum")
        booked = w.reception.open_appointment_dialog()
        moved = w.queue_panel.rebook(booked)
        assert moved is not None and moved.at.date() != booked.at.date()
        assert moved.ticket != booked.ticket  # another day: that day's next number
        assert w.ticket_card.entry().at == moved.at  # the card shows the new time, not the old one
        assert moved.ticket in w.ticket_card.ticket.text() and booked.ticket not in w.ticket_card.ticket.text()
        assert "gesendet" in w.ticket_card.slip.text()
        assert [job.ticket for job in d.tray.jobs][-2:] == [booked.ticket, moved.ticket]
        assert w.statusBar().currentMessage().startswith(f"{moved.ticket}: ")  # the new slip's feedback
    finally:
        d.close()


def test_reprint_from_find_says_what_became_of_the_slip(qtbot, workspace):
    from welcome_desk.ui.find_dialog import FindDialog

    said = []

    def run(dialog):
        if isinstance(dialog, FindDialog):
            dialog.search_now("A-001")
            dialog.results.setCurrentItem(dialog.results.topLevelItem(0))
            dialog.reprint_current()
            said.append(dialog.hint.text())
            return 0
        return 1 if isinstance(dialog, SlipPreviewDialog) else 0

    d = Desk(qtbot, workspace, on_dialog=run)
    try:
        type_text(d.window.intake, "Visum")
        d.window.reception.issue_walk_in()
        d.window.queue_panel.open_find()
        assert said and "gesendet" in said[0], said
    finally:
        d.close()
