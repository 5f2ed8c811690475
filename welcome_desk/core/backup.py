"""Backups of the SQLite database: daily and on demand, rotated, and restore.

Copies use SQLite's online backup API, so they are consistent even while a
desk is writing. A restore first checks the backup (integrity, known schema),
then keeps the current database as a backup of its own before copying the
backup's pages over it — nothing is ever simply deleted.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.migrations import backup_sqlite, known_revisions

KEEP_DAILY = 14
KEEP_MANUAL = 20


def backups_folder(db: Database) -> Path:
    path = _require_sqlite(db)
    return path.parent / "backups"


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError("backups here cover SQLite files; back up a server database with its own tools (pg_dump)")
    return db.path


def list_backups(db: Database) -> list[Path]:
    folder = backups_folder(db)
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True) if folder.is_dir() else []


def make_backup(db: Database, now: dt.datetime, kind: str = "manual") -> Path:
    path = _require_sqlite(db)
    target = backups_folder(db) / f"{path.stem}-{kind}-{now:%Y%m%d-%H%M%S}.sqlite"
    try:
        backup_sqlite(path, target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"the backup could not be written to {target.parent}: {exc}") from None
    _rotate(db, kind, KEEP_DAILY if kind == "daily" else KEEP_MANUAL)
    return target


def daily_backup_if_due(db: Database, now: dt.datetime) -> Path | None:
    """One backup per day, made at the first start of the day."""
    if db.path is None or not db.path.exists():
        return None
    stem = f"{db.path.stem}-daily-{now:%Y%m%d}-"
    if any(p.name.startswith(stem) for p in list_backups(db)):
        return None
    return make_backup(db, now, "daily")


def _rotate(db: Database, kind: str, keep: int) -> None:
    marker = f"-{kind}-"
    mine = [p for p in list_backups(db) if marker in p.name]
    for old in mine[keep:]:
        try:
            old.unlink()
        except OSError:
            pass


def check_backup(path: Path) -> str:
    """The schema revision of a usable backup; raises DatabaseError otherwise."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a usable Welcome Desk backup ({exc})") from None
    if not ok or ok[0] != "ok":
        raise DatabaseError(f"{path} is damaged (integrity check: {ok[0] if ok else 'no answer'})")
    if not revision or revision[0] not in known_revisions():
        raise DatabaseError(f"{path} comes from another version of Welcome Desk and cannot be restored here")
    return revision[0]


def restore(db: Database, backup: Path, now: dt.datetime) -> Path:
    """Replace the database's content with ``backup``; returns the safety copy of the old content."""
    path = _require_sqlite(db)
    check_backup(backup)
    safety = make_backup(db, now, "before-restore") if path.exists() else None
    db.dispose()
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(path, timeout=15)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"the restore failed ({exc}); the previous data is kept in {safety}") from None
    finally:
        src.close()
    return safety or path
