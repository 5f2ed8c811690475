"""Bring the schema up to date at start-up, backing up an existing SQLite file first.

A database whose schema is newer than this app (a revision we do not know)
is refused with a clear message and never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from welcome_desk.core.database import Database, DatabaseError, explain
from welcome_desk.core.paths import migrations_dir
from welcome_desk.core.sqlite_copy import backup_sqlite

__all__ = ["backup_sqlite", "current_revision", "head_revision", "known_revisions", "upgrade"]

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/versions (a test keeps the two equal). Knowing it lets
# an up-to-date database open without importing Alembic, which costs start-up time.
SCHEMA_HEAD = "0011"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def head_revision() -> str:
    return _script().get_current_head() or ""


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the database (None for an empty database)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _sqlite_preflight(path: Path) -> str | None:
    """Look at an existing SQLite file read-only before the engine touches it.

    Opening through the engine switches the file to WAL, which rewrites its
    header; a damaged file or one from a newer app must stay byte-for-byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise explain(exc, path) from None
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = None
        if has_version:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise explain(exc, path) from None
    finally:
        con.close()
    return revision


def upgrade(db: Database, *, backup_dir: Path | None = None, now: dt.datetime | None = None) -> str | None:
    """Migrate to the newest schema. Returns the path of a pre-upgrade backup, if one was made.

    ``now`` (the centre's clock) names the backup; its age counts for retention.
    """
    if db.path is not None:
        # Read-only look first: the engine's first connection rewrites the header.
        stored = _sqlite_preflight(db.path)
        if stored == SCHEMA_HEAD:
            return None
        if stored is not None and stored not in known_revisions():
            raise DatabaseError(_newer(stored), "newer")
    try:
        current = current_revision(db)
    except (OperationalError, SADatabaseError) as exc:
        raise explain(exc, db.path or db.location) from None
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    script = _script()
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    backup = None
    path = db.path
    cfg = _config()
    try:
        # Desks starting together migrate one after another; the revision is read under the lock.
        with db.migration_transaction() as conn:
            current = _revision_on(conn)
            if current == head:
                return None
            if current is not None and current not in known:
                raise DatabaseError(_newer(current), "newer")
            if current is not None and path is not None and path.exists():
                backup = _backup_before(path, head, backup_dir, now)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, SADatabaseError) as exc:
        raise explain(exc, db.path or db.location) from None
    if path is not None and path.exists() and os.name == "posix":
        os.chmod(path, 0o600)
    return backup


def _revision_on(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup_before(path: Path, head: str, backup_dir: Path | None, now: dt.datetime | None) -> str:
    """The copy before an upgrade (WAL: readable while this desk holds the write lock)."""
    from welcome_desk.core.clock import system_clock

    stamp = (now or system_clock()).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir or path.parent / "backups"
    try:
        return str(backup_sqlite(path, folder / f"{path.stem}-before-{head}-{stamp}.sqlite"))
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        errno = getattr(exc, "errno", None)
        raise DatabaseError(
            f"{path} needs an upgrade, but the backup before it could not be written to {folder} "
            f"({reason}); nothing was changed",
            "full" if errno == 28 else "readonly" if errno in (1, 13, 30) else "database",
        ) from None


def _newer(revision: str) -> str:
    return (
        f"this database was written by a newer version of Welcome Desk "
        f"(schema {revision}); please update the app. The file was not changed."
    )

