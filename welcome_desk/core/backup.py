"""Backups of the SQLite database: daily and on demand, rotated, and restore.

Copies use SQLite's online backup API, so they are consistent even while a
desk is writing, and appear under their final name only when complete. The
daily backup is made off the start path (the GUI runs :func:`daily_backup_if_due`
in a worker thread once the window is up; it needs nothing but the file's path).
A restore first checks the backup (integrity, known schema), then keeps the
current database — as a backup when it can still be read, or moved aside
unchanged when it cannot — before bringing the backup in: nothing is ever deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.migrations import known_revisions
from welcome_desk.core.sqlite_copy import NoRoom, backup_sqlite, remove_orphan_parts

log = logging.getLogger(__name__)

KEEP_DAILY = 14
KEEP_MANUAL = 20
# The time a backup was made, as every kind of backup names it (daily, manual, before-restore, before-<rev>).
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite$")


def backups_folder(db: Database) -> Path:
    path = _require_sqlite(db)
    return path.parent / "backups"


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError("backups here cover SQLite files; back up a server database with its own tools (pg_dump)")
    return db.path


def list_backups(db: Database) -> list[Path]:
    """Backup files, newest first."""
    folder = backups_folder(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        try:
            found.append((path.stat().st_mtime, path))
        except OSError:  # rotated away by another desk meanwhile
            continue
    return [path for _mtime, path in sorted(found, reverse=True)]


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the restore dialog shows it: when, how big, and whether it can be restored."""

    path: Path
    made: dt.datetime
    size: int
    problem: str  # "" when :func:`check_backup` passes

    @property
    def usable(self) -> bool:
        return not self.problem


def describe_backups(db: Database) -> list[BackupInfo]:
    """Every backup, newest first, each checked (integrity and schema)."""
    infos = []
    for path in list_backups(db):
        try:
            stat = path.stat()
        except OSError:
            continue
        try:
            check_backup(path)
            problem = ""
        except DatabaseError as exc:
            problem = str(exc)
        made = backup_made(path) or dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        infos.append(BackupInfo(path, made, stat.st_size, problem))
    return infos


def make_backup(db: Database, now: dt.datetime, kind: str = "manual") -> Path:
    path = _require_sqlite(db)
    folder = backups_folder(db)
    target = folder / f"{path.stem}-{kind}-{now:%Y%m%d-%H%M%S}.sqlite"
    try:
        backup_sqlite(path, target)
    except NoRoom as exc:
        raise DatabaseError(f"the backup was skipped: {exc.strerror} in {folder}", "full") from None
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DatabaseError(f"the backup could not be written to {folder}: {reason}", _code(exc)) from None
    _rotate(db, kind, KEEP_DAILY if kind == "daily" else KEEP_MANUAL)
    return target


def _code(exc: BaseException) -> str:
    errno = getattr(exc, "errno", None)
    if errno == 28:  # ENOSPC
        return "full"
    if errno in (1, 13, 30):  # EPERM, EACCES, EROFS
        return "readonly"
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in str(exc) or "malformed" in str(exc)):
        return "corrupt"
    return "database"


def remove_partial_backups(db: Database) -> int:
    """Remove backups cut short by a crash or kill at once (they hold personal data); returns how many."""
    if db.path is None:
        return 0
    return remove_orphan_parts(backups_folder(db))


def backup_made(path: Path) -> dt.datetime | None:
    """When a backup was made, in centre time, from its name (None for a name we did not write)."""
    match = _STAMP.search(path.name)
    if not match:
        return None
    s = match.group(1)  # YYYYMMDD-HHMMSS (not strptime: its first call costs a command ~10 ms)
    try:
        return dt.datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[9:11]), int(s[11:13]), int(s[13:15]))
    except ValueError:
        return None


def remove_expired_backups(db: Database, now: dt.datetime, days: int) -> int:
    """Delete every backup (daily, manual, before-restore, before-upgrade) older than ``days``; returns how many.

    A backup holds the personal data of its day, so it follows the same
    retention period as the database itself. Our own names carry the time; for
    a file without one the modification time counts.
    """
    if db.path is None:
        return 0
    limit = now - dt.timedelta(days=days)
    removed = 0
    for path in list_backups(db):
        made = backup_made(path)
        if made is None:
            try:
                made = dt.datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
        if made < limit:
            try:
                path.unlink()
                removed += 1
            except OSError as exc:
                log.warning("an expired backup could not be deleted: %s (%s)", path.name, exc.strerror)
    return removed


def daily_backup_if_due(db: Database, now: dt.datetime) -> Path | None:
    """One backup per day; the GUI calls it in a worker thread after start-up."""
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
        raise DatabaseError(f"{path} is not a usable Welcome Desk backup ({exc})", "corrupt") from None
    if not ok or ok[0] != "ok":
        raise DatabaseError(f"{path} is damaged (integrity check: {ok[0] if ok else 'no answer'})", "corrupt")
    if not revision or revision[0] not in known_revisions():
        raise DatabaseError(f"{path} comes from another version of Welcome Desk and cannot be restored here", "newer")
    return revision[0]


def _opens(path: Path) -> bool:
    """Whether SQLite can read ``path`` at all (a damaged or foreign file cannot)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return True


def _move_aside(path: Path, now: dt.datetime) -> Path:
    """Rename an unreadable database (and its -wal/-shm) out of the way, unchanged."""
    aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}-{n}")
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        os.replace(path, aside)
    except OSError as exc:
        raise DatabaseError(f"the damaged database could not be set aside ({exc.strerror or exc}); nothing was restored") from None
    return aside


def restore(db: Database, backup: Path, now: dt.datetime) -> Path:
    """Replace the database's content with ``backup``; returns where the old content is kept.

    The old content goes into a ``before-restore`` backup when it can be read;
    a database SQLite cannot read is renamed to ``<name>.damaged-<time>`` beside
    it. Every desk should be closed: their open connections would see the change.
    """
    path = _require_sqlite(db)
    check_backup(backup)
    db.dispose()
    kept: Path | None = None
    if path.exists():
        try:
            kept = make_backup(db, now, "before-restore")
        except DatabaseError as exc:
            if exc.code != "corrupt" and _opens(path):
                raise  # a sound file that could not be copied (disk full, read-only): change nothing
            kept = _move_aside(path, now)
    if path.exists():
        try:
            _copy_over(backup, path)
        except sqlite3.Error:
            # The old content is safe in `kept`; start from a clean file instead.
            aside = _move_aside(path, now)
            kept = kept or aside
            _copy_fresh(backup, path, kept)
    else:
        _copy_fresh(backup, path, kept)
    return kept or path


def _copy_over(backup: Path, path: Path) -> None:
    """Backup API into the live file: desks that still have it open see a consistent change."""
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(path, timeout=15)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _copy_fresh(backup: Path, path: Path, kept: Path | None) -> None:
    try:
        backup_sqlite(backup, path)
    except (OSError, sqlite3.Error) as exc:
        where = f"; the previous data is kept in {kept}" if kept else ""
        raise DatabaseError(f"the restore failed ({exc}){where}", _code(exc)) from None
