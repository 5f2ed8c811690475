"""Retention: personal fields of old entries are erased, statistics stay.

What counts as personal: the visitor's name and contact, the concern text as
typed (it may contain anything) and the free note. The ticket, unit, concern,
times and statuses are kept — they are the anonymous statistics.

The period is a centre-wide team-lead setting (default 90 days). The purge runs
automatically at every start (and once a day in a running window); a team lead
can also run it by hand. Every purge that erased something is audited with the
count — never which entries or whose data.

Erased means erased (:func:`erase_traces`): on SQLite every connection runs
with ``secure_delete`` (freed content is zeroed), a purge is followed by a WAL
checkpoint that truncates the WAL, and the first purge runs one ``VACUUM`` so
pages freed before secure delete was on are rewritten; on PostgreSQL the entry
table is rewritten (``VACUUM FULL``), which drops the files holding the old row
versions. Files follow the same period (:func:`expire_files`): kept slip PDFs
and every kind of backup older than the period are deleted, and copies cut
short by a crash are removed at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from welcome_desk.core import centre_settings, vocabulary
from welcome_desk.core.backup import remove_expired_backups, remove_partial_backups
from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.models import Entry
from welcome_desk.core.actor import system_actor
from welcome_desk.core.paths import user_data_dir
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import perform

log = logging.getLogger(__name__)

# Centre settings of the secure erase: a rewrite still owed (it failed last time), and
# "this SQLite file was vacuumed once with secure_delete on" (older free pages are clean since).
ERASE_PENDING = "erase_pending"
SQLITE_VACUUMED = "secure_delete_vacuumed"
CHECKPOINT_ATTEMPTS = 5
PG_LOCK_TIMEOUT = "5s"
_SLIP_DAY = re.compile(r"^slip-\d+-.*?-(\d{8})-\d{4}-")

DEFAULT_RETENTION_DAYS = 90
MIN_RETENTION_DAYS = 7
MAX_RETENTION_DAYS = 3650


class RetentionError(ValueError):
    """A retention period that cannot be used; ``code`` is ``out_of_range``."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class PersonalDataSummary:
    """How much personal data the database holds (for the team lead's dialog)."""

    entries: int  # entries with at least one personal field
    oldest_day: dt.date | None  # the day of the oldest of them


def _has_personal() -> ColumnElement[bool]:
    # The terms and order of the partial index's condition (db/versions/0010): SQLite uses it only for the same one.
    return or_(
        Entry.visitor_name.is_not(None),
        Entry.visitor_contact.is_not(None),
        Entry.query_text.is_not(None),
        Entry.note.is_not(None),
    )


def entries_text(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def cutoff_day(now: dt.datetime, days: int) -> dt.date:
    """Entries of days before this one are past the period."""
    return (now - dt.timedelta(days=days)).date()


def check_days(days: int) -> int:
    if not isinstance(days, int) or isinstance(days, bool) or not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        raise RetentionError(
            "out_of_range",
            f"the retention period must be between {MIN_RETENTION_DAYS} and {MAX_RETENTION_DAYS} days",
            minimum=MIN_RETENTION_DAYS,
            maximum=MAX_RETENTION_DAYS,
        )
    return days


def retention_days(db: Database) -> int:
    """The centre's period in days; the default when none (or a damaged value) is stored."""
    days = centre_settings.get_int(db, centre_settings.RETENTION_DAYS, DEFAULT_RETENTION_DAYS)
    return days if MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS else DEFAULT_RETENTION_DAYS


def summary(db: Database) -> PersonalDataSummary:
    with db.read() as session:
        count, oldest = session.execute(select(func.count(Entry.id), func.min(Entry.day)).where(_has_personal())).one()
    return PersonalDataSummary(int(count or 0), oldest)


def count_past(db: Database, now: dt.datetime, days: int) -> int:
    """How many entries a purge with ``days`` would erase now."""
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count(Entry.id)).where(Entry.day < cutoff_day(now, days), _has_personal())
            )
            or 0
        )


def _anything_due(db: Database, now: dt.datetime, days: int) -> bool:
    """Whether any entry past the period still holds personal data.

    Read through the partial index ``ix_entry_personal_day`` (only entries with personal
    data, made by migration 0010): a few index entries instead of every visit.
    """
    with db.read() as session:
        found = session.execute(
            select(Entry.id).where(Entry.day < cutoff_day(now, days), _has_personal()).limit(1)
        ).first()
    return found is not None


def erase_past(session: Session, now: dt.datetime, days: int) -> int:
    """Erase personal fields older than ``days`` inside the caller's transaction; returns how many."""
    return _purge(session, now, days)


def _purge(session: Session, now: dt.datetime, days: int) -> int:
    vocabulary.expire(session, cutoff_day(now, days))  # suggested words nobody accepted (not counted: not personal)
    result = session.execute(
        update(Entry)
        .where(Entry.day < cutoff_day(now, days), _has_personal())
        .values(visitor_name=None, visitor_contact=None, query_text=None, note=None, purged_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def purge_personal_data(db: Database, now: dt.datetime, days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Erase personal fields of entries whose day is more than ``days`` ago; returns how many.

    Not audited: a building block for tests; people purge through :func:`welcome_desk.core.admin.purge`,
    the app through :func:`purge_automatically`.
    """
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    with db.write() as session:
        count = _purge(session, now, days)
    after_purge(db, now, days, count)
    return count


def purge_automatically(db: Database, now: dt.datetime, days: int | None = None) -> int:
    """The automatic purge (start-up, new day) by the stored period or ``days``; audited when it erased something."""
    days = retention_days(db) if days is None else days
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    if not _anything_due(db, now, days):  # the usual case at a start: no write lock, no scan of visits
        if vocabulary.any_expired(db, cutoff_day(now, days)):  # an index look-up too
            with db.write() as session:
                vocabulary.expire(session, cutoff_day(now, days))
        expire_files(db, now, days)  # old slips and backups go by age whether or not a visit was due
        return 0
    with perform(db, system_actor(), Permission.AUTO_PURGE, lambda: now) as change:  # the app's own use case
        count = _purge(change.session, change.now, days)
        if count:
            change.audit("purge", f"automatic: personal data of {entries_text(count)} older than {days} days erased")
    after_purge(db, now, days, count)
    return count


# --------------------------------------------------------------------------- erased means erased


def after_purge(db: Database, now: dt.datetime, days: int, count: int) -> None:
    """What every purge does after its transaction: scrub the old values, expire the files."""
    pending = bool(centre_settings.get(db, ERASE_PENDING))
    if count or pending:
        erased = erase_traces(db)
        if erased == pending:  # owed → done, or done → owed
            _set_setting(db, ERASE_PENDING, "" if erased else "1", now)
    expire_files(db, now, days)


def _set_setting(db: Database, key: str, value: str, now: dt.datetime) -> None:
    with db.write() as session:
        centre_settings.put(session, key, value, now)


def erase_traces(db: Database) -> bool:
    """Remove old versions of erased values from the files; False when it must be tried again later."""
    try:
        if db.is_sqlite:
            return _scrub_sqlite(db)
        if db.engine.dialect.name == "postgresql":
            return _scrub_postgres(db)
    except DatabaseError as exc:
        log.warning("erased values could not be scrubbed yet: %s", exc)
        return False
    return True


def _scrub_sqlite(db: Database) -> bool:
    from sqlalchemy.exc import DBAPIError

    vacuumed = bool(centre_settings.get(db, SQLITE_VACUUMED))
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            secure = raw.execute("PRAGMA secure_delete").fetchone()[0]
            if not secure or not vacuumed:
                raw.execute("VACUUM")  # rewrites every page: nothing freed earlier survives
            for attempt in range(CHECKPOINT_ATTEMPTS):
                busy, _frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    break
                time.sleep(0.05 * 2**attempt)
            else:
                return False
    except DBAPIError as exc:
        log.warning("the database could not be scrubbed after the purge: %s", type(exc.orig).__name__)
        return False
    except Exception as exc:  # sqlite3 errors on the raw connection
        log.warning("the database could not be scrubbed after the purge: %s", type(exc).__name__)
        return False
    if secure and not vacuumed:
        _set_setting(db, SQLITE_VACUUMED, "1", dt.datetime(2000, 1, 1))
    return True


def _scrub_postgres(db: Database) -> bool:
    """Rewrite the entry table: the files that held the old row versions are dropped.

    Plain VACUUM only marks dead rows as free space; their bytes stay in the
    table file until overwritten. ``VACUUM FULL`` writes a new file (and new
    TOAST), under an exclusive lock for the rewrite — the lock wait is bounded
    so a busy centre retries at the next purge instead of waiting.
    """
    from sqlalchemy.exc import DBAPIError

    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}'")
            conn.exec_driver_sql(f"VACUUM (FULL) {Entry.__tablename__}")
    except DBAPIError as exc:
        log.warning("the entry table could not be rewritten after the purge: %s", type(exc.orig).__name__)
        return False
    return True


def slips_folder(db: Database) -> Path:
    """Where printed slips are kept: beside a SQLite file; in the user data folder for server databases."""
    base = db.path.parent if db.path is not None else user_data_dir()
    return base / "slips"


def expire_files(db: Database, now: dt.datetime, days: int) -> None:
    """Files follow the retention period too: old slips and backups go, cut-short copies at once."""
    remove_partial_backups(db)
    remove_expired_backups(db, now, days)
    remove_expired_slips(db, now, days)


def remove_expired_slips(db: Database, now: dt.datetime, days: int) -> int:
    """Delete kept slip PDFs of entries from days before the period; returns how many.

    The day is in the file name (``slip-<id>-<ticket>-<YYYYMMDD>-<HHMM>-…``); a
    PDF without one counts by its modification time. Month folders left empty are removed.
    """
    folder = slips_folder(db)
    if not folder.is_dir():
        return 0
    cutoff = cutoff_day(now, days)
    removed = 0
    for month in folder.iterdir():
        if not month.is_dir() or month.is_symlink() or month.name > f"{cutoff:%Y-%m}":
            continue  # a month after the cutoff's holds no slip that is due
        for pdf in month.iterdir():
            if _slip_day(pdf) < cutoff:
                try:
                    pdf.unlink()
                    removed += 1
                except OSError as exc:
                    log.warning("an expired slip could not be deleted: %s (%s)", pdf.name, exc.strerror)
        try:
            month.rmdir()  # only when empty
        except OSError:
            pass
    return removed


def _slip_day(pdf: Path) -> dt.date:
    match = _SLIP_DAY.match(pdf.name)
    if match:
        try:
            s = match.group(1)  # YYYYMMDD (not strptime: its first call costs ~10 ms)
            return dt.date(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
    try:
        return dt.date.fromtimestamp(pdf.lstat().st_mtime)
    except OSError:
        return dt.date.max
