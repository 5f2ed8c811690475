"""Backups never block the desk and never outlive their time; copies cut short go at once."""

from __future__ import annotations

import datetime as dt
import fcntl
import os

import pytest

from welcome_desk.core import sqlite_copy
from welcome_desk.core.backup import list_backups, make_backup, remove_expired_backups
from welcome_desk.core.database import DatabaseError
from welcome_desk.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only
NOW = dt.datetime(2026, 11, 23, 9, 5)


def test_a_backup_that_does_not_fit_is_skipped_and_the_desk_starts(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    open_workspace(url, clock=lambda: NOW - dt.timedelta(days=1), daily_backup=False).close()
    monkeypatch.setattr(sqlite_copy, "SPACE_RESERVE", 2**62)  # "the disk has less room than a copy needs"
    ws = open_workspace(url, clock=lambda: NOW)  # warns "the backup was skipped" (tests/reliability.py shows it)
    try:
        assert ws.booking.log_walk_in("jobcenter").ticket
        assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
        with pytest.raises(DatabaseError, match="skipped") as info:
            make_backup(ws.db, NOW)  # asked for by hand: said plainly
        assert info.value.code == "full"
    finally:
        ws.close()


def test_orphan_parts_go_at_once_but_a_copy_being_written_stays(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    ws = open_workspace(url, clock=lambda: NOW)
    try:
        folder = tmp_path / "backups"
        folder.mkdir(exist_ok=True)
        orphan = folder / ".desk-daily-x.sqlite.aaa.part"
        orphan.write_bytes(b"half a copy")
        busy = folder / ".desk-daily-y.sqlite.bbb.part"
        fd = os.open(busy, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)  # another desk is writing it
        try:
            make_backup(ws.db, NOW)
            assert not orphan.exists() and busy.exists()
        finally:
            os.close(fd)
    finally:
        ws.close()


def test_every_kind_of_backup_expires_by_age(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    ws = open_workspace(url, clock=lambda: NOW, daily_backup=False)
    try:
        old = NOW - dt.timedelta(days=91)
        for kind in ("daily", "manual", "before-restore", "before-0004"):
            make_backup(ws.db, old, kind)
        fresh = make_backup(ws.db, NOW - dt.timedelta(days=2), "manual")
        assert remove_expired_backups(ws.db, NOW, 90) == 4
        assert list_backups(ws.db) == [fresh]
    finally:
        ws.close()
