"""Restoring backups from the GUI, and the day's backup in the background (offscreen)."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from welcome_desk.core import audit  # noqa: E402
from welcome_desk.core.backup import list_backups, make_backup  # noqa: E402
from welcome_desk.core.daylog import day_entries  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.core.workspace import open_workspace  # noqa: E402
from welcome_desk.ui.restore_dialog import RestoreDialog  # noqa: E402

from gui_desk import Desk  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]


def quiet_window(qtbot, ws):
    """The window in English; every dialog is cancelled."""
    return Desk(qtbot, ws, Settings(ui_language="en"), lambda dialog: 0, translations=False, activate=False).window


def _backups(ws, now):
    """Two good backups (older, newer) and a broken file that looks like the newest."""
    for made_at_start in list_backups(ws.db):  # the fixture's daily backup of the empty file: oldest
        os.utime(made_at_start, (time.time() - 86400, time.time() - 86400))
    ws.booking.log_walk_in("jobcenter")
    older = make_backup(ws.db, now)
    os.utime(older, (time.time() - 7200, time.time() - 7200))
    ws.booking.log_walk_in("jobcenter")
    newer = make_backup(ws.db, now + dt.timedelta(minutes=1))
    os.utime(newer, (time.time() - 3600, time.time() - 3600))
    broken = older.with_name("welcome-desk-manual-20261123-120000.sqlite")
    broken.write_bytes(b"\x00garbage" * 2000)
    return older, newer, broken


def _accept_newest_good(qtbot):
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(dialog.all_checked, timeout=10_000)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return dialog.result()

    return run


def test_dialog_lists_backups_newest_first_and_marks_the_unusable(qtbot, workspace, fixed_now, tmp_path):
    older, newer, broken = _backups(workspace, fixed_now)
    dialog = RestoreDialog([p for p in list_backups(workspace.db) if "-manual-" in p.name], "Choose one.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.all_checked, timeout=10_000)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert len(texts) == 3
    assert "✗" in texts[0] and "cannot be restored" in texts[0]  # in words, not only colour
    assert all("✓" in t and "made by hand" in t for t in texts[1:])
    assert dialog.list.currentRow() == 1  # the newest usable one
    assert dialog.restore_button.isEnabled() and dialog.list.accessibleName()
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))
    dialog.restore_button.click()
    assert dialog.chosen == newer


def test_corrupt_database_at_start_offers_a_restore_and_keeps_the_damaged_file(qtbot, monkeypatch, tmp_db_url, fixed_now):
    from welcome_desk.ui import app as app_module

    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now, daily_backup=False)
    _older, _newer, _broken = _backups(ws, fixed_now)
    path = ws.db.path
    ws.close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 9000
    path.write_bytes(damaged)
    boxes = []

    def box_exec(box):
        boxes.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        for button in box.buttons():
            if button.text().startswith("Restore"):
                button.click()
                return 0
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: _accept_newest_good(qtbot)(self))
    ws = app_module.open_workspace_or_explain(tmp_db_url, None, Settings(ui_language="en"))
    assert ws is not None
    try:
        assert [e.ticket for e in day_entries(ws.db, ws.centre, fixed_now.date())] == ["J-001", "J-002"]
    finally:
        ws.close()
    assert "damaged" in boxes[0][0] and "Quit" in boxes[0][2]
    assert boxes[1][0] == "The backup was restored." and "damaged" in boxes[1][1]
    aside = [p for p in path.parent.iterdir() if p.name.startswith("welcome-desk.sqlite.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_quit_at_start_leaves_everything_untouched(monkeypatch, tmp_db_url, fixed_now, qapp):
    from welcome_desk.ui import app as app_module

    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    path = ws.db.path
    ws.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    for side in ("-wal", "-shm"):
        (path.parent / f"{path.name}{side}").unlink(missing_ok=True)
    before = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file()}

    def box_exec(box):
        next(b for b in box.buttons() if b.text() == "Quit").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: pytest.fail("no dialog after Quit"))
    assert app_module.open_workspace_or_explain(tmp_db_url, None, Settings(ui_language="en")) is None
    assert {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file()} == before


def test_newer_schema_at_start_says_so(monkeypatch, tmp_db_url, fixed_now, qapp):
    import sqlite3

    from welcome_desk.ui import app as app_module

    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    path = ws.db.path
    ws.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    assert app_module.open_workspace_or_explain(tmp_db_url, None, Settings(ui_language="en")) is None
    assert texts == ["The database was written by a newer version of Welcome Desk."]


def test_file_menu_restore_records_it_and_closes_the_window(qtbot, workspace, fixed_now, team_lead):
    older, newer, _broken = _backups(workspace, fixed_now)
    workspace.booking.log_walk_in("jobcenter")  # J-003: after the newest backup
    desk = Desk(qtbot, workspace, Settings(ui_language="en"), _accept_newest_good(qtbot), roles=team_lead,
                translations=False, activate=False)
    window, messages = desk.window, desk.messages
    assert window.restore_action in window.file_menu.actions()
    assert window.restore_action.text().replace("&", "") == "Restore from backup…"
    assert window.restore_from_backup() == newer
    assert not window.isVisible()
    assert [e.ticket for e in day_entries(workspace.db, workspace.centre, fixed_now.date())] == ["J-001", "J-002"]
    records = audit.recent(workspace.db, action="restore")
    assert len(records) == 1 and newer.name in records[0].detail
    assert messages.shown[-1][0] == "info" and "start it again" in messages.shown[-1][2]
    kept = [p for p in list_backups(workspace.db) if "before-restore" in p.name]
    assert len(kept) == 1


def test_cancel_in_the_menu_restore_changes_nothing(qtbot, workspace, fixed_now):
    _backups(workspace, fixed_now)
    window = quiet_window(qtbot, workspace)
    assert window.restore_from_backup() is None
    assert audit.recent(workspace.db, action="restore") == []
    assert len(day_entries(workspace.db, workspace.centre, fixed_now.date())) == 2


def test_daily_backup_runs_in_the_background_after_start(qtbot, tmp_db_url, fixed_now):
    from welcome_desk.ui.daily_backup import start_daily_backup

    open_workspace(tmp_db_url, clock=lambda: fixed_now, daily_backup=False).close()
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now, daily_backup=False)
    try:
        assert not list_backups(ws.db)
        window = quiet_window(qtbot, ws)
        start_daily_backup(window, ws)
        ws.booking.log_walk_in("jobcenter")  # the desk books meanwhile
        qtbot.waitUntil(lambda: any("-daily-" in p.name for p in list_backups(ws.db)), timeout=10_000)
    finally:
        ws.close()


def test_daily_backup_failure_is_shown_in_the_status_bar(qtbot, workspace, monkeypatch):
    from welcome_desk.core.database import DatabaseError
    from welcome_desk.ui import daily_backup

    def fail(_db, _now):
        raise DatabaseError("the backup could not be written to /x: No space left on device", "full")

    monkeypatch.setattr(daily_backup, "daily_backup_if_due", fail)
    window = quiet_window(qtbot, workspace)
    daily_backup.start_daily_backup(window, workspace)
    qtbot.waitUntil(lambda: "daily backup could not be made" in window.statusBar().currentMessage(), timeout=5000)
    assert QCoreApplication.instance() is not None
