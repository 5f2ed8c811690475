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

from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/versions (a test keeps the two equal). Knowing it lets
# an up-to-date database open without importing Alembic, which costs start-up time.
SCHEMA_HEAD = "0003"


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


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (safe while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return target


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
        raise DatabaseError(f"cannot open {path}: {exc}") from None
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
        text = str(exc)
        if "not a database" in text or "malformed" in text:
            raise DatabaseError(
                f"{path} is not a readable Welcome Desk database (damaged or another file). It was not changed."
            ) from None
        raise DatabaseError(f"cannot read {path}: {text}") from None
    finally:
        con.close()
    return revision


def upgrade(db: Database, *, backup_dir: Path | None = None) -> str | None:
    """Migrate to the newest schema. Returns the path of a pre-upgrade backup, if one was made."""
    if db.path is not None:
        # Read-only look first: the engine's first connection rewrites the header.
        stored = _sqlite_preflight(db.path)
        if stored == SCHEMA_HEAD:
            return None
        if stored is not None and stored not in known_revisions():
            raise DatabaseError(_newer(stored))
    try:
        current = current_revision(db)
    except (OperationalError, SADatabaseError) as exc:
        raise DatabaseError(_explain(db, exc)) from None
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    script = _script()
    head = script.get_current_head()
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseError(_newer(current))
    backup = None
    path = db.path
    if current is not None and path is not None and path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or path.parent / "backups"
        backup = str(backup_sqlite(path, folder / f"{path.stem}-before-{head}-{stamp}.sqlite"))
    cfg = _config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, SADatabaseError) as exc:
        raise DatabaseError(_explain(db, exc)) from None
    if path is not None and path.exists() and os.name == "posix":
        os.chmod(path, 0o600)
    return backup


def _newer(revision: str) -> str:
    return (
        f"this database was written by a newer version of Welcome Desk "
        f"(schema {revision}); please update the app. The file was not changed."
    )


def _explain(db: Database, exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc))
    where = db.path or db.url
    if "file is not a database" in text or "malformed" in text:
        return f"{where} is not a readable Welcome Desk database (damaged or another file). It was not changed."
    if "readonly" in text or "read-only" in text:
        return f"{where} is read-only; Welcome Desk needs to write to it."
    if "unable to open" in text:
        return f"cannot open {where}: check that the folder exists and is writable."
    if "locked" in text:
        return f"{where} is locked by another program; try again in a moment."
    return f"cannot use the database {where}: {text}"
