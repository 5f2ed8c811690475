"""Backups: daily at start, on demand, rotated; restore checks first and keeps the old data."""

from __future__ import annotations

import datetime as dt

import pytest

from welcome_desk.core.backup import list_backups, make_backup, restore
from welcome_desk.core.database import DatabaseError
from welcome_desk.core.daylog import day_entries
from welcome_desk.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only


def test_daily_backup_once_per_day(tmp_db_url):
    now = [dt.datetime(2026, 11, 23, 8, 0)]
    for _ in range(2):
        open_workspace(tmp_db_url, clock=lambda: now[0]).close()
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    daily = [p for p in list_backups(ws.db) if "-daily-" in p.name]
    ws.close()
    assert len(daily) == 1  # the first start made the file, the second backed it up, the third did not


def test_restore_brings_back_the_backup_and_keeps_current_data(workspace):
    workspace.booking.log_walk_in("immigration-office")
    backup = make_backup(workspace.db, workspace.clock())
    workspace.booking.log_walk_in("immigration-office")
    day = workspace.clock().date()
    assert len(day_entries(workspace.db, workspace.centre, day)) == 2
    safety = restore(workspace.db, backup, workspace.clock())
    assert len(day_entries(workspace.db, workspace.centre, day)) == 1
    assert safety.exists() and "before-restore" in safety.name


def test_restore_refuses_a_file_that_is_not_a_backup(workspace, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    workspace.booking.log_walk_in("jobcenter")
    with pytest.raises(DatabaseError, match="not a usable"):
        restore(workspace.db, junk, workspace.clock())
    assert len(day_entries(workspace.db, workspace.centre, workspace.clock().date())) == 1


def test_cli_backup_and_restore(tmp_db_url, capsys):
    from welcome_desk.cli import main

    assert main(["--db", tmp_db_url, "backup"]) == 0
    path = capsys.readouterr().out.strip()
    assert main(["--db", tmp_db_url, "restore"]) == 0
    assert path in capsys.readouterr().out
    assert main(["--db", tmp_db_url, "restore", path]) == 0
    assert "restored" in capsys.readouterr().out
