"""Erased means erased: after a purge no erased value is in the raw files — database, WAL, backups, slips."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from welcome_desk.core import retention
from welcome_desk.core.backup import list_backups, make_backup
from welcome_desk.core.workspace import open_workspace

OLD = dt.datetime(2026, 8, 3, 9, 0)  # a Monday
LATER = dt.datetime(2026, 11, 23, 9, 0)


def _names(n: int) -> list[str]:
    return [f"Qxname{i:04d}" for i in range(n)]


def _fill(ws, now, names, day_offset=0):
    entries = []
    for i, name in enumerate(names):
        now[0] = OLD + dt.timedelta(days=day_offset + (i % 4), minutes=i % 50)
        entries.append(ws.booking.log_walk_in(
            "jobcenter", visitor_name=name, visitor_contact=f"{name.lower()}@example.org",
            query_text=f"concern of {name} " + ("long text " * (45 if i % 7 == 0 else 2))))
    return entries


def _found(data: bytes, names: list[str]) -> int:
    return sum(name.encode() in data for name in names)


def _raw_files(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.sqlite_only
def test_no_erased_value_remains_in_sqlite_files(tmp_path):
    from welcome_desk.slips.store import ensure_slip

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    now = [OLD]
    ws = open_workspace(url, clock=lambda: now[0])
    try:
        names = _names(120)
        entries = _fill(ws, now, names)
        ensure_slip(ws.db, ws.centre, entries[0], "en", "A5", now[0])
        make_backup(ws.db, now[0], "manual")
        make_backup(ws.db, now[0], "before-restore")
        (tmp_path / "backups" / ".desk-manual-x.sqlite.abc.part").write_bytes(b"SQLite format 3\x00" + names[1].encode())
        assert _found(_raw_files(tmp_path), names) == len(names)
        now[0] = LATER
        recent = ws.booking.log_walk_in("jobcenter", visitor_name="Keepme Recent")
        assert retention.purge_automatically(ws.db, LATER, 90) == len(names)
        raw = _raw_files(tmp_path)
        assert _found(raw, names) == 0
        assert b"example.org" not in raw and b"concern of" not in raw
        assert ws.booking.get(recent.id).visitor_name == "Keepme Recent"
        assert list_backups(ws.db) == []  # both backups are older than the period
        assert not list((tmp_path / "slips").rglob("*.pdf"))
    finally:
        ws.close()


@pytest.mark.sqlite_only
def test_recent_backups_and_slips_stay(tmp_path):
    from welcome_desk.slips.store import ensure_slip

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    ws = open_workspace(url, clock=lambda: LATER)
    try:
        entry = ws.booking.log_walk_in("jobcenter", visitor_name="Recent Person")
        slip = ensure_slip(ws.db, ws.centre, entry, "en", "A5", LATER)
        backup = make_backup(ws.db, LATER - dt.timedelta(days=89), "before-0004")
        retention.purge_automatically(ws.db, LATER, 90)
        assert slip.is_file() and backup.is_file()
    finally:
        ws.close()


def _pg_table_files(conn) -> list[Path]:
    """The entry table's files and its TOAST table's (all segments)."""
    data_dir = Path(conn.execute(text("SHOW data_directory")).scalar())
    rels = conn.execute(text(
        "SELECT pg_relation_filepath(oid) FROM pg_class WHERE oid = 'entry'::regclass "
        "OR oid = (SELECT reltoastrelid FROM pg_class WHERE oid = 'entry'::regclass)")).scalars().all()
    return [f for rel in rels if rel for f in sorted((data_dir / rel).parent.glob(Path(rel).name + "*"))]


def test_no_erased_value_remains_in_postgres_table_files(tmp_db_url):
    if not tmp_db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only (set WELCOME_DESK_TEST_PG)")
    now = [OLD]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        names = _names(150)
        _fill(ws, now, names)
        with ws.db.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            files = _pg_table_files(conn)
        if not files or not all(os.access(f, os.R_OK) for f in files):
            pytest.skip("the server's data files are not readable here")
        assert _found(b"".join(f.read_bytes() for f in files), names) == len(names)  # the check can see them
        assert retention.purge_automatically(ws.db, LATER, 90) == len(names)
        with ws.db.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")  # the server writes its buffers to the table files
            files = _pg_table_files(conn)
        assert _found(b"".join(f.read_bytes() for f in files), names) == 0
    finally:
        ws.close()


@pytest.mark.sqlite_only
def test_a_purge_by_hand_scrubs_the_files_too(tmp_path):
    from welcome_desk.core import admin
    from welcome_desk.core.actor import TEAM_LEAD, Actor

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    now = [OLD]
    ws = open_workspace(url, clock=lambda: now[0])
    try:
        names = _names(40)
        _fill(ws, now, names)
        now[0] = LATER
        assert admin.purge(ws.db, Actor("TL", TEAM_LEAD, channel="cli"), lambda: LATER, 90) == len(names)
        assert _found(_raw_files(tmp_path), names) == 0
    finally:
        ws.close()
