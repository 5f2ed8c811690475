"""The team-lead role in the window: sign-in prompts, screen lock, retention and audit dialogs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from welcome_desk.core import audit, exports, retention, roles  # noqa: E402
from welcome_desk.core.roles import RoleSession  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.core.workspace import open_workspace  # noqa: E402
from welcome_desk.ui.help_dialogs import LOCK_KEY, TEAM_LEAD_KEY, shortcut_rows  # noqa: E402
from welcome_desk.ui.roles_dialogs import AuditLogDialog, PasswordDialog, RetentionDialog, SignInDialog  # noqa: E402

from gui_desk import Desk  # noqa: E402

pytestmark = pytest.mark.gui

GOOD = "correct horse battery"
NAME = "Amira Haddad"


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def role_desk(qtbot, workspace, settings: Settings | None = None) -> Desk:
    """The window in English with a role session of its own ("desk" at the desk) and no printer."""
    session = RoleSession(workspace.db, workspace.clock, "desk")
    return Desk(qtbot, workspace, settings or Settings(ui_language="en"), has_printer=False, roles=session)


@pytest.fixture
def desk(qtbot, workspace):
    return role_desk(qtbot, workspace)


@pytest.fixture
def desk_with_password(desk, fixed_now):
    roles.set_team_lead_password(desk.window.ws.db, fixed_now, "AB", GOOD)
    return desk


def sign_in_with(password: str, staff: str = "CD"):
    def answer(dialog):
        assert isinstance(dialog, SignInDialog)
        dialog.show()  # as exec() would: Enter reaches the default button of a shown dialog only
        dialog.password.setText(password)
        dialog.staff.setText(staff)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter in the field signs in
        dialog.hide()
        return dialog.result()

    return answer


def sign_in(desk) -> None:
    desk.on_dialog = sign_in_with(GOOD)
    assert desk.window.require_team_lead("Test")
    desk.on_dialog = None


# --------------------------------------------------------------------------- require_team_lead


def test_require_team_lead_asks_for_the_password_and_succeeds(desk_with_password, caplog):
    desk = desk_with_password
    w = desk.window
    assert w.current_role() == "reception"
    assert "Reception" in desk.controls.role_label.text()
    desk.on_dialog = sign_in_with(GOOD)
    with caplog.at_level(logging.DEBUG):
        assert w.require_team_lead("Export the day list with personal data")
    dialog = desk.dialogs[-1]
    assert "Export the day list with personal data" in dialog.explain.text()
    assert w.current_role() == "team_lead"
    assert desk.controls.role_label.text() == "Role: Team lead (CD)"
    assert desk.controls.sign_action.text() == "Sign &out of team lead"
    # Signed in: no second prompt.
    desk.on_dialog = None
    count = len(desk.dialogs)
    assert w.require_team_lead("Restore a backup")
    assert len(desk.dialogs) == count
    exports.record(w.ws.db, w.actor(), w.ws.clock, "day list 2026-11-23", personal=False)  # made as the window's actor
    record = audit.recent(w.ws.db, action="export")[0]
    assert (record.staff, record.role) == ("CD", "team_lead")
    assert GOOD not in caplog.text
    text = "\n".join(r.detail for r in audit.recent(w.ws.db))
    assert GOOD not in text and "scrypt" not in text


def test_wrong_password_fails_and_stays_reception(desk_with_password):
    desk = desk_with_password
    desk.on_dialog = sign_in_with("not the password")
    assert not desk.window.require_team_lead("Edit the centre")
    dialog = desk.dialogs[-1]
    assert dialog.problem.text() == "The password is not right."
    assert dialog.password.text() == ""  # never kept in the field
    assert desk.window.current_role() == "reception"
    assert "Reception" in desk.controls.role_label.text()
    assert audit.recent(desk.window.ws.db, action="role")[0].detail == "team-lead sign-in failed (1 in a row)"


def test_cancel_is_a_no(desk_with_password):
    desk_with_password.on_dialog = lambda dialog: dialog.reject() or dialog.result()
    assert not desk_with_password.window.require_team_lead("Purge")


def test_sign_in_dialog_shows_the_wait_after_failures(desk_with_password, qtbot):
    desk = desk_with_password
    mono = FakeMonotonic()
    desk.session.monotonic = mono
    for _ in range(roles.FREE_FAILURES):
        desk.on_dialog = sign_in_with("not the password")
        assert not desk.window.require_team_lead("x")
    dialog = SignInDialog(desk.session, "x", desk.window)
    assert "Please wait 15 s" in dialog.problem.text()
    assert not dialog.ok_button.isEnabled() and not dialog.password.isEnabled()
    mono.now += 15
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)  # the dialog's own countdown notices
    assert dialog.problem.text() == "You can try again now."
    dialog.deleteLater()


def test_first_team_lead_function_asks_to_set_a_password(desk):
    w = desk.window
    assert not roles.has_team_lead_password(w.ws.db)

    def set_password(dialog):
        assert isinstance(dialog, PasswordDialog) and not dialog.changing
        assert "needs the team-lead role" in dialog.explain.text()
        dialog.new.setText("short")
        dialog.repeat.setText("short")
        assert not dialog.save()
        assert dialog.problem.text() == f"The password needs at least {roles.MIN_PASSWORD_LENGTH} characters."
        dialog.new.setText(GOOD)
        dialog.repeat.setText(GOOD + "x")
        assert not dialog.save()
        assert "differ" in dialog.problem.text()
        dialog.repeat.setText(GOOD)
        assert dialog.save()
        return dialog.result()

    desk.on_dialog = set_password
    assert w.require_team_lead("Retention of personal data")
    assert w.current_role() == "team_lead"
    assert roles.verify(w.ws.db, GOOD)


def test_first_password_dialog_cancelled_does_not_allow(desk):
    desk.on_dialog = lambda dialog: dialog.reject() or dialog.result()
    assert not desk.window.require_team_lead("Retention of personal data")
    assert desk.window.current_role() == "reception"


def test_change_password_needs_the_old_one(desk_with_password):
    desk = desk_with_password
    db = desk.window.ws.db

    def change(dialog):
        assert isinstance(dialog, PasswordDialog) and dialog.changing
        dialog.old.setText("wrong old password")
        dialog.new.setText("a brand new password")
        dialog.repeat.setText("a brand new password")
        assert not dialog.save()
        assert dialog.problem.text() == "The current password is not right."
        assert desk.session.failures == 1  # guessing the old password is slowed down like a sign-in
        assert audit.recent(db, action="refused")[0].detail == "team-lead password for password_change failed (1 in a row)"
        dialog.old.setText(GOOD)
        dialog.repeat.setText("a brand new password")
        assert dialog.save()
        return dialog.result()

    desk.on_dialog = change
    desk.controls.change_password()
    assert roles.verify(db, "a brand new password")
    assert desk.window.current_role() == "team_lead"


def test_team_lead_shortcut_signs_in_and_out(desk_with_password, qtbot):
    desk = desk_with_password
    desk.on_dialog = sign_in_with(GOOD)
    QTest.keySequence(desk.window, QKeySequence(TEAM_LEAD_KEY))
    assert desk.window.current_role() == "team_lead"
    QTest.keySequence(desk.window, QKeySequence(TEAM_LEAD_KEY))
    assert desk.window.current_role() == "reception"
    assert desk.window.intake.hasFocus()
    assert audit.recent(desk.window.ws.db, action="role")[0].detail == "signed out of team lead"


# --------------------------------------------------------------------------- screen lock


def test_lock_covers_everything_and_signs_out_the_team_lead(desk_with_password, workspace):
    desk = desk_with_password
    w = desk.window
    workspace.booking.log_walk_in("jobcenter", visitor_name=NAME)
    w.refresh_log()
    sign_in(desk)
    w.intake.setText("Jobcenter")  # a unit is selected: F5 would issue a ticket
    assert w.walk_in_action.isEnabled()
    QTest.keySequence(w, QKeySequence(LOCK_KEY))
    overlay = desk.controls.lock.overlay
    assert desk.controls.lock.is_locked() and overlay.isVisible()
    assert overlay.geometry() == w.rect()
    # Whatever is under the log and the menu bar, the overlay is on top.
    for widget in (w.log_view.viewport(), w.menuBar(), w.intake):
        centre = widget.mapTo(w, widget.rect().center())
        hit = w.childAt(centre)
        assert hit is overlay or overlay.isAncestorOf(hit)
    assert not w.centralWidget().isEnabled() and not w.menuBar().isEnabled()
    assert "Locked — press Enter to continue" in overlay.title.text()
    assert overlay.centre.text() == w.ws.centre.name.get("en")
    assert overlay.note.text() == "The team lead was signed out."
    assert w.current_role() == "reception"
    assert "Reception" in desk.controls.role_label.text()
    assert audit.recent(w.ws.db, action="role")[0].detail == "signed out of team lead (screen locked)"
    # Shortcuts of the window do nothing while locked.
    QTest.keyClick(overlay, Qt.Key.Key_F5)
    QTest.keySequence(overlay, QKeySequence(TEAM_LEAD_KEY))
    QTest.keyClick(overlay, Qt.Key.Key_Tab)
    assert overlay.hasFocus()
    assert len(desk.dialogs) == 1  # only the sign-in before the lock
    assert w.log_model.rowCount() == 1  # F5 issued no ticket
    assert not w.require_team_lead("x")
    # Enter unlocks as reception; the intake has the keyboard again.
    QTest.keyClick(overlay, Qt.Key.Key_Return)
    assert not desk.controls.lock.is_locked() and not overlay.isVisible()
    assert w.centralWidget().isEnabled() and w.menuBar().isEnabled()
    assert w.intake.hasFocus()
    assert w.current_role() == "reception"


def test_lock_without_team_lead_adds_no_audit_record(desk):
    before = len(audit.recent(desk.window.ws.db))
    desk.controls.lock_now()
    assert desk.controls.lock.overlay.note.isHidden()
    QTest.mouseClick(desk.controls.lock.overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not desk.controls.lock.is_locked()
    assert len(audit.recent(desk.window.ws.db)) == before


def test_idle_watcher_locks_after_the_period_with_a_fake_clock(desk_with_password):
    desk = desk_with_password
    sign_in(desk)
    watcher = desk.controls.lock.watcher
    mono = FakeMonotonic()
    watcher.monotonic = mono
    watcher.start(5 * 60)
    watcher.install()  # the app-wide filter comes a moment after start; here at once
    mono.now += 4 * 60
    QTest.keyClick(desk.window.intake, Qt.Key.Key_A)  # input: the idle time starts again
    assert watcher.last_input == mono.now
    mono.now += 4 * 60
    watcher.check()
    assert not desk.controls.lock.is_locked()
    mono.now += 61
    watcher.check()
    assert desk.controls.lock.is_locked()
    assert desk.window.current_role() == "reception"
    assert not watcher.is_active()  # no timer while locked
    QTest.keyClick(desk.controls.lock.overlay, Qt.Key.Key_Enter)
    assert watcher.is_active()


def test_idle_watcher_locks_for_real_with_a_short_period(desk, qtbot):
    desk.controls.lock.set_minutes(0.2 / 60)  # 200 ms
    qtbot.waitUntil(desk.controls.lock.is_locked, timeout=3000)


def test_lock_closes_other_windows(desk, qtbot):
    other = QDialog(desk.window)
    other.show()
    qtbot.waitExposed(other)
    desk.controls.lock_now()
    assert not other.isVisible()


def test_lock_off_still_signs_out_an_idle_team_lead(qtbot, workspace, fixed_now):
    roles.set_team_lead_password(workspace.db, fixed_now, "AB", GOOD)
    desk = role_desk(qtbot, workspace, Settings(ui_language="en", lock_minutes=0))
    sign_in(desk)
    watcher = desk.controls.lock.watcher
    mono = FakeMonotonic()
    watcher.monotonic = mono
    watcher.start()
    mono.now += 6 * 60
    watcher.check()
    assert not desk.controls.lock.is_locked()
    assert desk.window.current_role() == "reception"
    assert audit.recent(workspace.db, action="role")[0].detail == "signed out of team lead (inactive)"


def test_lock_period_longer_or_off_needs_the_team_lead(desk_with_password):
    desk = desk_with_password
    desk.on_dialog = sign_in_with("wrong password here")
    desk.controls.lock_minutes_actions[0].trigger()
    assert desk.window.settings.lock_minutes == 5 and desk.controls.lock_minutes_actions[5].isChecked()
    desk.on_dialog = None
    desk.controls.lock_minutes_actions[2].trigger()  # shorter: fine for reception
    assert desk.window.settings.lock_minutes == 2 and desk.saved[-1].lock_minutes == 2
    assert desk.controls.lock.watcher.seconds == 120
    desk.on_dialog = sign_in_with(GOOD)
    desk.controls.lock_minutes_actions[0].trigger()
    assert desk.window.settings.lock_minutes == 0
    record = audit.recent(desk.window.ws.db, action="settings")[0]  # the core's use case (LOCK_LATER) audits it
    assert (record.staff, record.role, record.detail) == ("CD", "team_lead", "screen lock of this desk: 2 min → never")


def test_shortcuts_help_lists_the_new_keys():
    keys = [k for k, _ in shortcut_rows()]
    for sequence in (TEAM_LEAD_KEY, LOCK_KEY):
        assert QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText) in keys


# --------------------------------------------------------------------------- retention, erase, audit log


def test_retention_dialog_saves_erases_and_audits(tmp_db_url, qtbot, fixed_now):
    now = [dt.datetime(2026, 9, 1, 9, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        ws.booking.log_walk_in("jobcenter", visitor_name=NAME, visitor_contact="0171 5550123")
        now[0] = fixed_now  # 83 days later: inside the default 90 days
        ws.booking.log_walk_in("jobcenter", visitor_name="Recent Visitor")
        roles.set_team_lead_password(ws.db, fixed_now, "AB", GOOD)
        desk = role_desk(qtbot, ws)
        seen = {}

        def answer(dialog):
            if isinstance(dialog, SignInDialog):
                return sign_in_with(GOOD)(dialog)
            assert isinstance(dialog, RetentionDialog)
            seen["held"] = dialog.held.text()
            assert dialog.days.value() == 90 and dialog.due.text() == "Saving erases nothing now."
            dialog.days.setValue(30)
            seen["due"] = dialog.due.text()
            dialog.save()
            return dialog.result()

        desk.on_dialog = answer
        desk.controls.retention_action.trigger()
        assert seen["held"] == "Entries with personal data: 2; the oldest is from 01/09/2026."  # English date order
        assert seen["due"] == "Saving erases the personal data of older entries now: 1."
        assert retention.retention_days(ws.db) == 30
        assert retention.summary(ws.db).entries == 1
        rows = audit.recent(ws.db)
        assert [(r.action, r.role, r.staff) for r in rows[:2]] == [("purge", "team_lead", "CD"), ("retention", "team_lead", "CD")]
        assert rows[1].detail == "retention period 90 → 30 days"
        text = "\n".join(r.detail for r in rows)
        assert NAME not in text and "0171" not in text
        assert "entries erased now: 1" in desk.window.statusBar().currentMessage()
    finally:
        ws.close()


def test_retention_dialog_needs_the_team_lead(desk_with_password):
    desk = desk_with_password
    desk.on_dialog = sign_in_with("wrong password here")
    desk.controls.retention_action.trigger()
    assert not any(isinstance(d, RetentionDialog) for d in desk.dialogs)


def test_erase_now_confirms_and_audits(tmp_db_url, qtbot, fixed_now):
    now = [dt.datetime(2026, 6, 1, 9, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        ws.booking.log_walk_in("jobcenter", visitor_name=NAME)
        roles.set_team_lead_password(ws.db, now[0], "AB", GOOD)
        now[0] = fixed_now
        desk = role_desk(qtbot, ws)
        sign_in(desk)
        desk.on_dialog = lambda box: box.button(QMessageBox.StandardButton.Cancel).click() or 0
        assert desk.controls.purge_now() is None
        assert retention.summary(ws.db).entries == 1
        box_text = []

        def erase(box):
            box_text.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
            return box.result()

        desk.on_dialog = erase
        assert desk.controls.purge_now() == 1
        assert "Entries affected: 1" in box_text[0]
        assert retention.summary(ws.db).entries == 0
        row = audit.recent(ws.db, action="purge")[0]
        assert (row.role, row.staff, row.detail) == ("team_lead", "CD", "by hand: personal data of 1 entry older than 90 days erased")
    finally:
        ws.close()


def test_audit_log_dialog_is_read_only_and_team_lead_only(desk_with_password):
    desk = desk_with_password
    desk.on_dialog = sign_in_with("wrong password here")
    desk.controls.audit_action.trigger()
    assert not any(isinstance(d, AuditLogDialog) for d in desk.dialogs)
    shown = {}

    def answer(dialog):
        if isinstance(dialog, SignInDialog):
            return sign_in_with(GOOD)(dialog)
        shown["rows"] = dialog.model.rowCount()
        shown["first"] = [dialog.model.item(0, c).text() for c in range(5)]
        shown["editable"] = dialog.table.editTriggers()
        dialog.action.setCurrentIndex(dialog.action.findData("purge"))
        shown["purge_rows"] = dialog.model.rowCount()
        return 0

    desk.on_dialog = answer
    desk.controls.audit_action.trigger()
    assert shown["rows"] == 3  # password set, failed sign-in, sign-in
    assert shown["first"][1:4] == ["CD", "team lead", "role"] and shown["first"][4] == "signed in as team lead"
    assert shown["editable"] == dialog_no_edit()
    assert shown["purge_rows"] == 0


def dialog_no_edit():
    from PySide6.QtWidgets import QAbstractItemView

    return QAbstractItemView.EditTrigger.NoEditTriggers


def test_settings_keep_the_lock_period(tmp_path):
    from welcome_desk.core.settings import load_settings, save_settings

    path = tmp_path / "settings.json"
    save_settings(dataclasses.replace(Settings(), lock_minutes=10), path)
    assert load_settings(path).lock_minutes == 10
    path.write_text('{"lock_minutes": 100000}', "utf-8")
    assert load_settings(path).lock_minutes == 5


def test_input_watching_starts_shortly_after_the_window(desk, qtbot):
    watcher = desk.controls.lock.watcher
    mono = FakeMonotonic()
    watcher.monotonic = mono
    watcher.last_input = 0.0

    def key_noticed() -> bool:
        QTest.keyClick(desk.window.intake, Qt.Key.Key_B)
        return watcher.last_input == mono.now

    qtbot.waitUntil(key_noticed, timeout=5000)  # once the watcher is installed, every key counts


# --------------------------------------------------------------------------- asked again before personal data leaves


def test_personal_export_asks_for_the_password_again(desk_with_password, qtbot, tmp_path):
    desk = desk_with_password
    sign_in(desk)
    assert desk.session.is_team_lead
    desk.on_dialog = sign_in_with(GOOD)
    desk.window.review_action.trigger()
    review = desk.window.review_part.window
    qtbot.waitUntil(lambda: review.summary is not None and not review.runner.busy(), timeout=5000)
    review.personal_box.setChecked(True)
    asked: list[QDialog] = []

    def wrong(dialog):
        asked.append(dialog)
        return sign_in_with("not the password")(dialog)

    desk.on_dialog = wrong
    assert review.export("csv", tmp_path / "refused.csv") is None
    assert len(asked) == 1 and isinstance(asked[0], SignInDialog)  # asked again although signed in
    assert not (tmp_path / "refused.csv").exists()
    assert desk.session.failures == 1  # the core's export use case counted and audited it
    assert audit.recent(desk.window.ws.db, action="refused")[0].detail == "team-lead password for export_personal failed (1 in a row)"
    desk.on_dialog = sign_in_with(GOOD)
    review.export("csv", tmp_path / "full.csv")
    qtbot.waitUntil(lambda: not review.busy(), timeout=5000)
    assert (tmp_path / "full.csv").exists()
    record = audit.recent(desk.window.ws.db, action="export")[0]
    assert record.detail.endswith("personal yes") and record.role == "team_lead" and record.staff == "CD"
    review.close()


def test_who_is_at_the_desk_is_one_name_for_bookings_and_audit(qtbot, workspace, fixed_now):
    """A new name at the desk reaches the audit records at once; a signed-in team lead is named, never "-"."""
    roles.set_team_lead_password(workspace.db, fixed_now, "AB", GOOD)
    session = RoleSession(workspace.db, workspace.clock, seat=workspace.seat)
    window = Desk(qtbot, workspace, Settings(ui_language="en"), lambda dialog: 0, roles=session, activate=False).window
    window.set_staff("EF")
    exports.record(workspace.db, window.actor(), workspace.clock, "after the rename", personal=False)
    assert audit.recent(workspace.db, 1)[0].staff == "EF"
    assert session.sign_in(GOOD)  # no name typed: the person at the desk
    exports.record(workspace.db, window.actor(), workspace.clock, "as team lead", personal=False)
    latest = audit.recent(workspace.db, 1)[0]
    assert (latest.staff, latest.role, latest.channel) == ("EF", "team_lead", "gui")
    session.sign_out()
    window.set_staff("GH")
    unit = next(u for u in workspace.centre.units if "walk_in" in u.accepts)
    entry = workspace.booking.log_walk_in(unit.id)
    exports.record(workspace.db, window.actor(), workspace.clock, "after sign-out and another rename", personal=False)
    assert audit.recent(workspace.db, 1)[0].staff == "GH" and entry.staff == "GH"
