"""Calling at the desk (issue 12): park and re-call by key, button and row menu, the desk's counter, the no-show rule."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from welcome_desk.core import audit, calls, roles  # noqa: E402
from welcome_desk.core import entries as E  # noqa: E402
from welcome_desk.core.queue import QueueService  # noqa: E402
from welcome_desk.core.roles import RoleSession  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.calling_dialogs import CounterDialog, NoShowRuleDialog  # noqa: E402
from welcome_desk.ui.display.texts import call_text  # noqa: E402
from welcome_desk.ui.queue_model import QueueModel  # noqa: E402
from welcome_desk.ui.roles_dialogs import SignInDialog  # noqa: E402

from a11y_walk import accessibility_problems  # noqa: E402
from gui_desk import Desk  # noqa: E402
from testvalues import TEAM_LEAD_PASSWORD  # noqa: E402

pytestmark = pytest.mark.gui

UNIT = "immigration-office"


@pytest.fixture
def desk(qtbot, workspace):
    session = RoleSession(workspace.db, workspace.clock, "RB")
    d = Desk(qtbot, workspace, Settings(queue_unit=UNIT, counter="3"), install_language=False, roles=session)
    yield d
    d.close()


def key(desk, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(desk.window.intake, key, modifier)  # the keys work from the concern field, where the desk's focus is


def status_cell(desk, entry_id: int) -> str:
    model = desk.window.queue_panel.model
    return model.index(model.row_of(entry_id), QueueModel.STATUS).data()


def item(workspace, entry_id: int):
    return next((i for i in QueueService(workspace.booking).queue() if i.entry.id == entry_id), None)


def test_f8_calls_to_the_desks_counter_ctrl_f8_parks_shift_f8_recalls_and_the_rule_makes_a_no_show(desk, workspace):
    first = workspace.booking.log_walk_in(UNIT, language="ar")
    second = workspace.booking.log_walk_in(UNIT)
    w, panel = desk.window, desk.window.queue_panel
    calls.set_no_show_after(workspace.db, roles_lead(), workspace.clock, 2)
    w.refresh_log()

    key(desk, Qt.Key.Key_F8)
    called = calls.latest_calls(workspace.db, workspace.centre.id, workspace.clock().date())[0]
    assert (called.ticket, called.counter, called.room) == (first.ticket, "3", "B 0.12")
    assert call_text(called).german == f"{first.ticket} → Schalter 3, Raum B 0.12"  # what the display shows
    assert "counter 3" in panel.called_label.text()
    assert panel.calling.park_button.isEnabled() and panel.calling.recall_button.isEnabled()

    key(desk, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)  # did not come: parked
    assert workspace.booking.get(first.id).status == E.ARRIVED
    assert (item(workspace, first.id).parked, item(workspace, first.id).missed_calls) == (True, 1)
    assert status_cell(desk, first.id) == "Waiting, parked – missed calls: 1"
    assert "parked" in w.statusBar().currentMessage() and w.intake.hasFocus()
    assert not panel.calling.park_button.isEnabled() and panel.calling.recall_button.isEnabled()

    key(desk, Qt.Key.Key_F8)  # the next call skips the parked visitor
    assert workspace.booking.get(second.id).status == E.CALLED
    panel.select_entry(first.id)
    key(desk, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # re-call the parked one
    again = calls.latest_calls(workspace.db, workspace.centre.id, workspace.clock().date())[0]
    assert (again.ticket, again.recall, again.counter) == (first.ticket, 1, "3")
    assert call_text(again).say_german.startswith("Erneuter Aufruf")
    assert workspace.booking.get(first.id).status == E.CALLED
    assert status_cell(desk, first.id) == "Called – missed calls: 1"

    key(desk, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)  # second missed call: the rule says no-show
    assert workspace.booking.get(first.id).status == E.NO_SHOW
    assert w.statusBar().currentMessage() == f"{first.ticket} is now a no-show: missed calls 2 of 2 (the team lead's rule)."
    assert panel.model.row_of(first.id) == -1  # a no-show leaves the queue

    key(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z: called again, one missed call
    assert workspace.booking.get(first.id).status == E.CALLED
    assert item(workspace, first.id).missed_calls == 1
    assert "(park)" in audit.recent(workspace.db, action="undo")[0].detail


def roles_lead():
    from welcome_desk.core.actor import TEAM_LEAD, Actor

    return Actor("TL", role=TEAM_LEAD)


def test_ctrl_z_after_a_park_calls_the_visitor_back_and_after_a_recall_parks_them_again(desk, workspace):
    entry = workspace.booking.log_walk_in(UNIT)
    desk.window.refresh_log()
    key(desk, Qt.Key.Key_F8)
    key(desk, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    key(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.booking.get(entry.id).status == E.CALLED
    assert (item(workspace, entry.id).parked, item(workspace, entry.id).missed_calls) == (False, 0)
    key(desk, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    key(desk, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert workspace.booking.get(entry.id).status == E.CALLED
    key(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.booking.get(entry.id).status == E.ARRIVED
    assert (item(workspace, entry.id).parked, item(workspace, entry.id).missed_calls) == (True, 1)
    assert desk.window.queue_panel.call_next() is None  # parked again: left out of call next


def test_the_row_menu_parks_and_recalls_the_selected_row_and_the_buttons_do_too(desk, workspace):
    entry = workspace.booking.log_walk_in(UNIT)
    panel = desk.window.queue_panel
    desk.window.refresh_log()
    assert panel.call_next().id == entry.id
    panel.select_entry(entry.id)
    menu = panel.menu()
    park = next(a for a in menu.actions() if a is panel.park_action)
    assert park.isEnabled() and "Ctrl+F8" in park.shortcut().toString()
    park.trigger()
    assert item(workspace, entry.id).parked
    menu = panel.menu()
    assert not panel.park_action.isEnabled() and panel.recall_action.isEnabled()
    next(a for a in menu.actions() if a is panel.recall_action).trigger()
    assert workspace.booking.get(entry.id).status == E.CALLED
    panel.calling.park_button.click()
    assert item(workspace, entry.id).parked
    panel.calling.recall_button.click()
    assert workspace.booking.get(entry.id).status == E.CALLED and not item(workspace, entry.id).parked


def test_park_without_a_called_row_says_what_to_do_and_changes_nothing(desk, workspace):
    entry = workspace.booking.log_walk_in(UNIT)
    desk.window.refresh_log()
    desk.window.queue_panel.select_entry(entry.id)
    assert desk.window.queue_panel.calling.park_current() is None
    assert "Select a called visitor" in desk.window.statusBar().currentMessage()
    assert workspace.booking.get(entry.id).status == E.ARRIVED and not desk.messages.shown


def test_the_counter_is_set_in_the_window_checked_and_carried_by_the_next_call(desk, workspace):
    part = desk.window.calling_part
    seen = []

    def too_long_then_five(dialog: CounterDialog):
        assert accessibility_problems(dialog, descriptions=True) == []
        assert dialog.field.text() == "3"
        dialog.field.setText("x" * 40)
        dialog.accept()
        seen.append(dialog.problem.text())
        assert dialog.isVisible() and dialog.field.text() == "x" * 40  # refused with a line, nothing lost
        dialog.field.setText(" Schalter 5 ")
        dialog.accept()

    desk.handlers[CounterDialog] = too_long_then_five
    assert part.choose_counter() == "5"
    assert "too long (40 characters, at most 32)" in seen[0]
    assert desk.window.settings.counter == "5" and desk.saved[-1].counter == "5"
    assert "(5)" in part.counter_action.text()
    entry = workspace.booking.log_walk_in(UNIT)
    desk.window.refresh_log()
    assert desk.window.queue_panel.call_next().id == entry.id
    assert calls.latest_calls(workspace.db, workspace.centre.id, workspace.clock().date())[0].counter == "5"

    def blank(dialog: CounterDialog):
        dialog.field.setText("   ")
        dialog.accept()

    desk.handlers[CounterDialog] = blank
    assert part.choose_counter() == ""
    desk.window.queue_panel.select_entry(entry.id)
    desk.window.queue_panel.calling.recall_current()
    call = calls.latest_calls(workspace.db, workspace.centre.id, workspace.clock().date())[0]
    assert call.counter == "" and call_text(call).german == f"{entry.ticket} → Raum B 0.12"  # the room alone


def test_the_team_lead_sets_the_no_show_rule_in_the_window_and_it_is_audited(desk, workspace, fixed_now):
    roles.set_team_lead_password(workspace.db, fixed_now, "AB", TEAM_LEAD_PASSWORD)
    part = desk.window.calling_part
    desk.on_dialog = lambda dialog: 0  # the sign-in is cancelled: reception cannot change the rule
    assert part.edit_rule() is None
    assert calls.no_show_after(workspace.db) == calls.DEFAULT_NO_SHOW_AFTER
    assert not any(isinstance(d, NoShowRuleDialog) for d in desk.dialogs)

    def sign_in(dialog: SignInDialog):
        dialog.password.setText(TEAM_LEAD_PASSWORD)
        dialog.staff.setText("TL")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    def two(dialog: NoShowRuleDialog):
        assert accessibility_problems(dialog, descriptions=True) == []
        assert dialog.spin.value() == calls.DEFAULT_NO_SHOW_AFTER
        dialog.spin.setValue(2)
        dialog.accept()

    desk.on_dialog = None
    desk.handlers[SignInDialog] = sign_in
    desk.handlers[NoShowRuleDialog] = two
    assert part.edit_rule() == 2
    assert calls.no_show_after(workspace.db) == 2
    record = audit.recent(workspace.db, action="settings")[0]
    assert record.role == "team_lead" and "no-show after 2 missed calls" in record.detail
    assert desk.window.statusBar().currentMessage() == "Missed calls before a no-show: 2 (every desk)."


def test_reception_cannot_set_the_rule_through_the_use_case_and_the_refusal_is_audited(desk, workspace):
    from welcome_desk.core.permissions import PermissionDenied

    with pytest.raises(PermissionDenied):
        calls.set_no_show_after(workspace.db, desk.window.actor(), workspace.clock, 1)
    assert audit.recent(workspace.db, action="refused")[0].staff == "RB"
    assert calls.no_show_after(workspace.db) == calls.DEFAULT_NO_SHOW_AFTER
