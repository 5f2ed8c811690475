"""The reception queue in the window: call next by key, refer, rebook, find, who is at the desk."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtPrintSupport import QPrintPreviewDialog  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QComboBox,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QTableView,
    QTreeView,
)

from welcome_desk.core import entries as E  # noqa: E402
from welcome_desk.core.queue import QueueService  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.booking_dialog import AppointmentDialog  # noqa: E402
from welcome_desk.core import audit  # noqa: E402
from welcome_desk.ui.find_dialog import FindDialog  # noqa: E402
from welcome_desk.ui.models import DayLogModel, status_label  # noqa: E402
from welcome_desk.ui.queue_panel import QueueModel, QueuePanel  # noqa: E402
from welcome_desk.ui.refer_dialog import ReferDialog  # noqa: E402
from welcome_desk.ui.staff_dialog import StaffDialog  # noqa: E402

from gui_desk import Desk, RecordedMessages  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(qtbot, workspace):
    d = Desk(qtbot, workspace, Settings(queue_unit="immigration-office"), install_language=False)
    yield d
    d.close()


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def previews(desk) -> list:
    return [d for d in desk.dialogs if isinstance(d, QPrintPreviewDialog)]


# --------------------------------------------------------------------------- calling


def test_f8_calls_the_next_visitor_and_focus_stays_in_the_intake(desk, workspace):
    b = workspace.booking
    first = b.log_walk_in("immigration-office")
    second = b.log_walk_in("immigration-office")
    w = desk.window
    w.refresh_log()
    panel = w.queue_panel
    assert panel.unit_id() == "immigration-office" and panel.waiting_count() == 2
    assert "2" in w.bottom_tabs.tabText(1)

    press(w.intake, Qt.Key.Key_F8)
    assert b.get(first.id).status == E.CALLED and b.get(second.id).status == E.ARRIVED
    assert w.intake.hasFocus()
    assert first.ticket in w.statusBar().currentMessage()
    assert panel.called_label.isVisibleTo(panel) and first.ticket in panel.called_label.text()
    row = panel.model.row_of(first.id)
    assert panel.model.index(row, QueueModel.STATUS).data() == status_label(E.CALLED)
    assert panel.waiting_count() == 1
    assert w.log_model.entry(w.log_model.row_of(first.id)).status == E.CALLED  # the log follows

    press(w.intake, Qt.Key.Key_F8)
    press(w.intake, Qt.Key.Key_F8)  # nobody left: says so, calls nobody
    assert b.get(second.id).status == E.CALLED
    assert "Ausländerbehörde" in w.statusBar().currentMessage()


def test_f8_with_all_units_asks_for_the_unit(qtbot, workspace):
    entry = workspace.booking.log_walk_in("immigration-office")
    d = Desk(qtbot, workspace, settings=Settings(), install_language=False)
    try:
        w = d.window
        assert w.queue_panel.unit_id() == ""
        press(w.intake, Qt.Key.Key_F8)
        assert workspace.booking.get(entry.id).status == E.ARRIVED
        assert w.statusBar().currentMessage()
        # choosing the unit is remembered for the desk
        combo = w.queue_panel.unit_combo
        combo.activated.emit(combo.findData("immigration-office"))
        assert d.saved[-1].queue_unit == "immigration-office"
        w.queue_panel.call_action.trigger()
        assert workspace.booking.get(entry.id).status == E.CALLED
    finally:
        d.close()


def test_f7_goes_to_the_queue_and_its_buttons_set_status(desk, workspace):
    appointment = workspace.booking.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 15, 0))
    w = desk.window
    w.refresh_log()
    press(w.intake, Qt.Key.Key_F7)
    panel = w.queue_panel
    assert w.bottom_tabs.currentWidget() is panel and panel.view.hasFocus()
    assert panel.selected_entry().id == appointment.id
    assert panel.model.index(0, QueueModel.WAITING).data() == "—"  # expected, not waiting yet
    assert panel.rebook_button.isEnabled() and panel.cancel_button.isEnabled()
    QTest.mouseClick(panel.arrived_button, Qt.MouseButton.LeftButton)
    assert workspace.booking.get(appointment.id).status == E.ARRIVED
    assert not panel.arrived_button.isEnabled()
    panel.no_show_button.click()
    assert workspace.booking.get(appointment.id).status == E.NO_SHOW
    assert panel.model.row_of(appointment.id) == -1  # a no-show leaves the queue
    events = QueueService(workspace.booking).events(appointment.id)
    assert [s for s, _at, _staff in events] == ["booked", "arrived", "no_show"]
    assert {staff for _s, _at, staff in events} == {workspace.booking.staff}


def test_every_queue_control_has_an_accessible_name(desk):
    w = desk.window
    w.bottom_tabs.setCurrentWidget(w.queue_panel)
    controls = w.queue_panel.findChildren(QPushButton) + w.queue_panel.findChildren(QComboBox)
    controls += w.queue_panel.findChildren(QTableView)
    missing = [c.objectName() or c.text() for c in controls if c.isVisibleTo(w) and not c.accessibleName()]
    assert not missing, missing


# --------------------------------------------------------------------------- referring


def test_refer_through_the_dialog_prints_the_new_ticket(desk, workspace):
    source = workspace.booking.log_walk_in("immigration-office", language="ar")
    w = desk.window
    w.refresh_log()
    seen = {}

    def refer(dialog: ReferDialog):
        seen["first"] = dialog.units.currentItem().text()
        QTest.keyClicks(dialog.search, "Wohnung")
        press(dialog.search, Qt.Key.Key_Down)  # the second suggestion
        press(dialog.search, Qt.Key.Key_Up)  # back to the first
        seen["unit"] = dialog.selected_unit().id
        assert dialog.search.hasFocus()
        press(dialog.search, Qt.Key.Key_Return)

    desk.handlers[ReferDialog] = refer
    panel = w.queue_panel
    assert panel.select_entry(source.id)
    before = len(previews(desk))
    new = panel.refer_selected()

    assert new is not None and new.unit_id == seen["unit"] == "refugee-affairs"
    assert new.ticket == "F-001" and new.referred_from_id == source.id and new.language == "ar"
    assert workspace.booking.get(source.id).status == E.REFERRED
    assert len(previews(desk)) == before + 1  # the new slip, like a walk-in's
    assert w.ticket_card.entry().id == new.id
    assert w.slip_path_of(new).is_file()
    row = w.log_model.row_of(source.id)
    assert w.log_model.index(row, DayLogModel.STATUS).data().endswith("→ F-001")
    assert panel.model.row_of(source.id) == -1 and panel.model.row_of(new.id) == -1  # other unit's queue


def test_refer_to_an_appointment(desk, workspace):
    source = workspace.booking.log_walk_in("immigration-office")
    w = desk.window
    w.refresh_log()

    def refer(dialog: ReferDialog):
        QTest.keyClicks(dialog.search, "Jobcenter")
        assert dialog.select_unit("jobcenter")
        dialog.appointment_option.setChecked(True)
        dialog.ok_button.click()

    def book(dialog: AppointmentDialog):
        assert dialog.unit.id == "jobcenter"
        press(dialog.slots, Qt.Key.Key_Return)

    desk.handlers[ReferDialog] = refer
    desk.handlers[AppointmentDialog] = book
    w.queue_panel.select_entry(source.id)
    new = w.queue_panel.refer_selected()
    assert new.kind == E.APPOINTMENT and new.unit_id == "jobcenter" and new.referred_from_id == source.id
    assert workspace.booking.get(source.id).referred_to == new.ticket


def test_refer_cancelled_in_the_dialog_changes_nothing(desk, workspace):
    source = workspace.booking.log_walk_in("immigration-office")
    w = desk.window
    w.refresh_log()
    desk.handlers[ReferDialog] = lambda dialog: dialog.reject()
    w.queue_panel.select_entry(source.id)
    assert w.queue_panel.refer_selected() is None
    assert workspace.booking.get(source.id).status == E.ARRIVED


# --------------------------------------------------------------------------- rebooking


def test_rebook_from_the_queue_moves_the_appointment_and_prints_it(desk, workspace):
    old_at = dt.datetime(2026, 11, 23, 15, 0)
    entry = workspace.booking.book_appointment("immigration-office", old_at)
    w = desk.window
    w.refresh_log()
    chosen = {}

    def move(dialog: AppointmentDialog):
        assert dialog.rebooking is not None and entry.ticket in dialog.heading.text()
        assert not dialog.visitor_box.isVisible()
        dialog.slots.setCurrentRow(1)
        chosen["at"] = dialog.selected_slot()
        press(dialog.slots, Qt.Key.Key_Return)

    desk.handlers[AppointmentDialog] = move
    w.queue_panel.select_entry(entry.id)
    assert w.queue_panel.rebook_button.isEnabled()
    before = len(previews(desk))
    moved = w.queue_panel.rebook_selected()
    assert moved.at == chosen["at"] != old_at
    assert workspace.booking.get(entry.id).at == moved.at
    free = dict(workspace.booking.free_slots("immigration-office", old_at.date()))
    assert free[old_at] == workspace.centre.unit("immigration-office").slot_capacity
    assert len(previews(desk)) == before + 1


def test_appointment_dialog_takes_an_optional_name_and_contact(desk, workspace):
    def book(dialog: AppointmentDialog):
        assert dialog.visitor_box.isVisible() and "90" in dialog.privacy_hint.text()
        QTest.keyClicks(dialog.name_field, "Amal Haddad")
        press(dialog.name_field, Qt.Key.Key_Return)

    desk.handlers[AppointmentDialog] = book
    w = desk.window
    QTest.keyClicks(w.intake, "Visum")
    press(w.intake, Qt.Key.Key_F6)
    entry = w.log_model.entry(0)
    assert entry.visitor_name == "Amal Haddad" and entry.visitor_contact is None


# --------------------------------------------------------------------------- finding


def test_ctrl_f_finds_an_entry_and_enter_shows_its_day_in_the_log(desk, workspace):
    b = workspace.booking
    b.log_walk_in("jobcenter")  # J-001 today
    thursday = b.book_appointment("jobcenter", dt.datetime(2026, 11, 26, 13, 0))  # J-001 on Thursday
    w = desk.window
    w.refresh_log()
    seen = {}

    def find(dialog: FindDialog):
        QTest.keyClicks(dialog.field, "j1 26.11.")
        press(dialog.field, Qt.Key.Key_Return)  # searches at once, focus goes to the results
        seen["rows"] = dialog.results.topLevelItemCount()
        assert dialog.results.hasFocus()
        press(dialog.results, Qt.Key.Key_Return)

    desk.handlers[FindDialog] = find
    press(w.intake, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert seen["rows"] == 1
    assert w.bottom_tabs.currentWidget() is w.day_log
    assert w.day_log.selected_entry().id == thursday.id
    assert w.day_log.day == dt.date(2026, 11, 26) and "26.11.2026" in w.day_log.label.text()
    w.refresh_log()  # Ctrl+R: back to today
    assert w.day_log.day == dt.date(2026, 11, 23)


def test_find_by_name_and_reprint_from_the_results(desk, workspace):
    entry = workspace.booking.book_appointment(
        "immigration-office", dt.datetime(2026, 11, 23, 15, 0), visitor_name="Jürgen Müller"
    )
    w = desk.window

    def find(dialog: FindDialog):
        dialog.search_now("muller")
        assert dialog.current_entry().id == entry.id  # reception finds the visit *by* the name it was told
        assert dialog.results.isColumnHidden(6) and dialog.current_entry().visitor_name is None  # but sees no name
        dialog.reprint_button.click()
        dialog.search_now("m")
        assert dialog.results.topLevelItemCount() == 0 and dialog.hint.text()
        dialog.reject()

    desk.handlers[FindDialog] = find
    before = len(previews(desk))
    assert w.queue_panel.open_find() is None
    assert len(previews(desk)) == before + 1
    assert audit.recent(workspace.db, action="names") == []

    def find_as_lead(dialog: FindDialog):
        dialog.search_now("muller")
        assert not dialog.results.isColumnHidden(6)
        assert "Jürgen Müller" in dialog.results.topLevelItem(0).text(6)
        dialog.reject()

    workspace.seat.sign_in("TL")  # the team lead sees names (the permission table's SHOW_NAMES), audited
    desk.handlers[FindDialog] = find_as_lead
    w.queue_panel.open_find()
    record = audit.recent(workspace.db, action="names")[0]
    assert (record.staff, record.role) == ("TL", "team_lead") and "1 name shown" in record.detail
    assert "ller" not in record.detail  # never the name or what was typed


# --------------------------------------------------------------------------- who is at the desk


def test_who_is_at_this_desk_is_asked_remembered_and_recorded(desk, workspace, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "reception1")
    w = desk.window

    def name(dialog: StaffDialog):
        assert dialog.field.placeholderText() == "reception1"
        dialog.field.setText("MK")
        dialog.accept()

    desk.handlers[StaffDialog] = name
    w.staff_action.trigger()
    assert workspace.booking.staff == "MK" and desk.saved[-1].staff == "MK"
    assert "MK" in w.staff_label.text()
    entry = workspace.booking.log_walk_in("immigration-office")
    assert workspace.booking.get(entry.id).staff == "MK"

    def clear(dialog: StaffDialog):
        dialog.field.clear()
        dialog.accept()

    desk.handlers[StaffDialog] = clear
    w.staff_action.trigger()
    assert workspace.booking.staff == "reception1" and desk.saved[-1].staff == ""
    desk.qtbot.waitUntil(w.intake.hasFocus, timeout=3000)


def test_staff_from_the_settings_is_used_at_start(qtbot, workspace):
    d = Desk(qtbot, workspace, settings=Settings(staff="Desk 2"), install_language=False)
    try:
        # the GUI opens the workspace with settings.staff; here the window only shows it
        workspace.booking.staff = d.window.settings.staff
        d.window.retranslate()
        assert "Desk 2" in d.window.staff_label.text()
    finally:
        d.close()


def test_dialog_controls_have_accessible_names(qtbot, workspace):
    entry = workspace.booking.log_walk_in("immigration-office")
    panel = QueuePanel(QueueService(workspace.booking), workspace.router, RecordedMessages(), lambda d: 0)
    qtbot.addWidget(panel)
    from welcome_desk.core.find import find_entries

    dialogs = [
        ReferDialog(workspace.router, workspace.centre, entry, "en", panel),
        FindDialog(lambda t: find_entries(workspace.db, workspace.centre, t, entry.day), workspace.centre, "en", lambda e: None, panel),
        StaffDialog("", "reception", panel),
        AppointmentDialog(workspace.booking, workspace.centre.unit("jobcenter"), lambda at, **k: None, RecordedMessages(), "en", panel, ask_visitor=True),
    ]
    for dialog in dialogs:
        dialog.show()
        controls = dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit) + dialog.findChildren(QListView)
        controls += dialog.findChildren(QTreeView) + dialog.findChildren(QRadioButton)
        missing = [
            c.objectName() or type(c).__name__
            for c in controls
            if c.isVisibleTo(dialog) and c.focusPolicy() != Qt.FocusPolicy.NoFocus and not c.accessibleName()
        ]
        assert not missing, (type(dialog).__name__, missing)
        dialog.close()


def test_queue_menu_offers_every_status_and_done_leaves_the_queue(desk, workspace):
    entry = workspace.booking.log_walk_in("immigration-office")
    w = desk.window
    w.refresh_log()
    panel = w.queue_panel
    panel.select_entry(entry.id)
    menu = panel.menu()
    labels = [a.text() for a in menu.actions() if a.text()]
    assert len(labels) == 11  # park and re-call, six statuses, rebook, refer, reprint
    assert not panel.park_action.isEnabled() and not panel.recall_action.isEnabled()  # waiting, not called
    assert not panel.status_actions[E.ARRIVED].isEnabled() and panel.status_actions[E.IN_SERVICE].isEnabled()
    panel.status_actions[E.IN_SERVICE].trigger()
    assert workspace.booking.get(entry.id).status == E.IN_SERVICE
    assert panel.model.row_of(entry.id) == -1  # being served: no longer in the queue
    panel.refresh()
    assert panel.waiting_count() == 0
    other = workspace.booking.log_walk_in("immigration-office")
    panel.refresh(select_id=other.id)
    panel.done_button.click()
    assert workspace.booking.get(other.id).status == E.DONE


def test_a_no_show_is_rebooked_from_the_log_menu(desk, workspace):
    entry = workspace.booking.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 15, 0))
    workspace.booking.set_status(entry.id, "no_show")
    walk_in = workspace.booking.log_walk_in("immigration-office")
    w = desk.window
    w.refresh_log(select_id=entry.id)
    assert w.queue_panel.model.row_of(entry.id) == -1  # not in the queue any more
    labels = [a.text().replace("&", "") for a in w.log_menu().actions() if a.text()]
    assert any("Rebook" in label for label in labels) and any("Refer" in label for label in labels)

    def move(dialog: AppointmentDialog):
        dialog.slots.setCurrentRow(2)
        press(dialog.slots, Qt.Key.Key_Return)

    desk.handlers[AppointmentDialog] = move
    w.rebook_log_action.trigger()
    moved = workspace.booking.get(entry.id)
    assert moved.status == E.BOOKED and moved.at != entry.at
    # a walk-in cannot be rebooked: said plainly, no dialog opens
    w.refresh_log(select_id=walk_in.id)
    opened = len(desk.dialogs)
    w.rebook_log_action.trigger()
    assert len(desk.dialogs) == opened and desk.messages.shown[-1][0] == "error"


def test_queue_follows_a_switched_centre(qtbot, workspace):
    from welcome_desk.core.centre_store import import_bundled

    desk = Desk(qtbot, workspace, Settings(queue_unit="immigration-office"), install_language=False)
    other = import_bundled(workspace.db, "burgenlandkreis", activate=True)
    desk.window.reload_centre(other)
    panel = desk.window.queue_panel
    assert panel.centre.id == "burgenlandkreis"
    assert panel.booking is workspace.booking
    unit_ids = {panel.unit_combo.itemData(i) for i in range(panel.unit_combo.count())} - {""}
    assert unit_ids == {u.id for u in other.units}
    desk.close()
