"""Bring the schema up to date at start-up, backing up an existing SQLite file first.

A database whose schema is newer than this app (a revision we do not know)
is refused with a clear message and never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from welcome_desk.core.database import Database, DatabaseError, explain
from welcome_desk.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/versions (a test keeps the two equal). Knowing it lets
# an up-to-date database open without importing Alembic, which costs start-up time.
SCHEMA_HEAD = "0005"


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
    """Copy a live SQLite database with the online backup API (safe while in use).

    The copy is written under a temporary name and renamed when complete, so
    ``target`` is either a whole backup or absent; a failed copy leaves nothing.
    It runs in one step: on a WAL database that holds only a read snapshot, so
    desks keep booking meanwhile (a copy in steps would restart from the
    beginning after each of their writes). The GIL is released while copying.
    """
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)  # mode 0600
    os.close(fd)
    tmp = Path(tmp_name)
    try:
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
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            try:
                leftover.unlink()
            except OSError:
                pass
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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


def upgrade(db: Database, *, backup_dir: Path | None = None) -> str | None:
    """Migrate to the newest schema. Returns the path of a pre-upgrade backup, if one was made."""
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
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseError(_newer(current), "newer")
    backup = None
    path = db.path
    if current is not None and path is not None and path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or path.parent / "backups"
        try:
            backup = str(backup_sqlite(path, folder / f"{path.stem}-before-{head}-{stamp}.sqlite"))
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise DatabaseError(
                f"{path} needs an upgrade, but the backup before it could not be written to {folder} "
                f"({reason}); nothing was changed",
                "full" if getattr(exc, "errno", None) == 28 else "readonly" if getattr(exc, "errno", None) in (1, 13, 30) else "database",
            ) from None
    cfg = _config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, SADatabaseError) as exc:
        raise explain(exc, db.path or db.location) from None
    if path is not None and path.exists() and os.name == "posix":
        os.chmod(path, 0o600)
    return backup


def _newer(revision: str) -> str:
    return (
        f"this database was written by a newer version of Welcome Desk "
        f"(schema {revision}); please update the app. The file was not changed."
    )

