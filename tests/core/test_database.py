"""Opening databases: migrations at start-up, backups before upgrades, clear refusals."""

from __future__ import annotations

import os
import sqlite3

import pytest

pytestmark = pytest.mark.sqlite_only

from welcome_desk.core.database import DatabaseError, open_database, resolve_url
from welcome_desk.core.migrations import backup_sqlite, current_revision, head_revision, upgrade
from welcome_desk.core.workspace import open_workspace


def test_fresh_database_is_migrated_to_head(tmp_db_url):
    db = open_database(tmp_db_url)
    try:
        assert upgrade(db) is None  # nothing to back up on a new file
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_file_is_private(tmp_db_url, workspace):
    assert (workspace.db.path.stat().st_mode & 0o777) == 0o600


def test_backup_copies_a_live_database_privately(workspace, tmp_path):
    workspace.booking.log_walk_in("immigration-office")
    target = backup_sqlite(workspace.db.path, tmp_path / "backups" / "copy.sqlite")
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT ticket FROM entry").fetchall() == [("A-001",)]
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    if os.name == "posix":
        assert (target.stat().st_mode & 0o777) == 0o600


def test_existing_database_keeps_its_data_on_reopen(tmp_db_url, fixed_now):
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    ws.booking.log_walk_in("jobcenter")
    ws.close()
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        assert ws.booking.log_walk_in("jobcenter").ticket == "J-002"
    finally:
        ws.close()


def test_newer_schema_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "newer.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_workspace(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database. " * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a readable"):
        open_workspace(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_bad_url_gives_a_clear_error():
    with pytest.raises(DatabaseError, match="database URL"):
        open_database("no-such-engine://x")


def test_url_resolution_order(monkeypatch):
    monkeypatch.setenv("WELCOME_DESK_DB", "sqlite:////tmp/from-env.sqlite")
    assert resolve_url("sqlite:////tmp/cli.sqlite") == "sqlite:////tmp/cli.sqlite"
    assert resolve_url(None) == "sqlite:////tmp/from-env.sqlite"
    monkeypatch.delenv("WELCOME_DESK_DB")
    assert resolve_url(None).endswith("welcome-desk.sqlite")


def test_schema_head_constant_matches_the_migrations():
    from welcome_desk.core.migrations import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_location_hides_credentials(tmp_path):
    from welcome_desk.core.database import safe_location

    assert safe_location("postgresql+psycopg://desk:secret@127.0.0.1:5432/welcome") == "postgresql+psycopg://127.0.0.1:5432/welcome"
    assert safe_location(f"sqlite:///{tmp_path}/a.sqlite") == str(tmp_path / "a.sqlite")
