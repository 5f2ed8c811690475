"""Backups off the start path, and restores that never lose the file they replace."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time

import pytest

from welcome_desk.core.backup import (
    check_backup,
    daily_backup_if_due,
    describe_backups,
    list_backups,
    make_backup,
    restore,
)
from welcome_desk.core.database import DatabaseError, open_database
from welcome_desk.core.daylog import day_entries
from welcome_desk.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only


def test_start_without_the_daily_backup_leaves_it_to_the_caller(tmp_db_url, fixed_now):
    open_workspace(tmp_db_url, clock=lambda: fixed_now, daily_backup=False).close()  # creates the file
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now, daily_backup=False)
    try:
        assert not [p for p in list_backups(ws.db) if "-daily-" in p.name]
        made = daily_backup_if_due(ws.db, fixed_now)
        assert made is not None and check_backup(made)
        assert daily_backup_if_due(ws.db, fixed_now) is None  # once a day
    finally:
        ws.close()


def test_daily_backup_in_a_thread_while_the_desk_books(workspace):
    for _ in range(50):
        workspace.booking.log_walk_in("immigration-office", query_text="Aufenthaltstitel " * 20)
    result: dict = {}

    def run() -> None:
        try:
            result["path"] = daily_backup_if_due(workspace.db, workspace.clock() + dt.timedelta(days=1))
        except Exception as exc:  # pragma: no cover - reported below
            result["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    made = []
    while worker.is_alive() or len(made) < 20:
        made.append(workspace.booking.log_walk_in("jobcenter"))
    worker.join()
    assert "error" not in result
    assert check_backup(result["path"])
    assert len({e.ticket for e in made}) == len(made)


def test_a_cut_short_copy_is_cleaned_up_later_and_never_listed(workspace):
    folder = workspace.db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stale = folder / ".welcome-desk-daily-20261122-080000.sqlite.abc.part"
    stale.write_bytes(b"half a copy")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    assert stale not in list_backups(workspace.db)
    make_backup(workspace.db, workspace.clock())
    assert not stale.exists()


def test_describe_backups_newest_first_with_their_check(workspace, fixed_now):
    older = make_backup(workspace.db, fixed_now)
    os.utime(older, (time.time() - 3600, time.time() - 3600))
    newer = make_backup(workspace.db, fixed_now + dt.timedelta(minutes=1))
    broken = newer.with_name("welcome-desk-manual-20261123-100000.sqlite")
    broken.write_bytes(b"garbage" * 1000)
    infos = [i for i in describe_backups(workspace.db) if "-manual-" in i.path.name]
    assert [i.path for i in infos] == [broken, newer, older]
    assert [i.usable for i in infos] == [False, True, True]
    assert "not a usable" in infos[0].problem


def test_restore_over_a_damaged_database_keeps_it_aside_unchanged(tmp_db_url, fixed_now):
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    ws.booking.log_walk_in("jobcenter")
    backup = make_backup(ws.db, fixed_now)
    path = ws.db.path
    ws.close()
    damaged = b"SQLite format 3\x00" + os.urandom(8000)
    path.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        (path.parent / f"{path.name}{side}").unlink(missing_ok=True)
    with pytest.raises(DatabaseError) as caught:
        open_workspace(tmp_db_url, clock=lambda: fixed_now)
    assert caught.value.code == "corrupt"
    db = open_database(tmp_db_url)
    kept = restore(db, backup, fixed_now)
    assert kept.name.startswith("welcome-desk.sqlite.damaged-")
    assert kept.read_bytes() == damaged
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        assert [e.ticket for e in day_entries(ws.db, ws.centre, fixed_now.date())] == ["J-001"]
    finally:
        ws.close()
    if os.name == "posix":
        assert (path.stat().st_mode & 0o777) == 0o600


def test_restore_over_a_newer_schema_keeps_it_as_a_backup(tmp_db_url, fixed_now):
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    backup = make_backup(ws.db, fixed_now)
    path = ws.db.path
    ws.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as caught:
        open_workspace(tmp_db_url, clock=lambda: fixed_now)
    assert caught.value.code == "newer"
    kept = restore(open_database(tmp_db_url), backup, fixed_now + dt.timedelta(seconds=1))
    assert "before-restore" in kept.name
    con = sqlite3.connect(kept)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)
    con.close()
    open_workspace(tmp_db_url, clock=lambda: fixed_now).close()
