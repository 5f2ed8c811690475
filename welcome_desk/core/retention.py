"""Retention: personal fields of old entries are erased, statistics stay.

What counts as personal: the visitor's name and contact, the concern text as
typed (it may contain anything) and the free note. The ticket, unit, concern,
times and statuses are kept — they are the anonymous statistics.

The period is a centre-wide team-lead setting (default 90 days). The purge runs
automatically at every start (and once a day in a running window); a team lead
can also run it by hand. Every purge that erased something is audited with the
count — never which entries or whose data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from welcome_desk.core import audit, centre_settings
from welcome_desk.core.database import Database
from welcome_desk.core.models import Entry
from welcome_desk.core.actor import SYSTEM, TEAM_LEAD

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


def set_retention_days(db: Database, now: dt.datetime, staff: str, days: int, role: str = TEAM_LEAD) -> None:
    """Store a new period (audited). Entries past it are erased by the next purge."""
    check_days(days)
    before = retention_days(db)
    with db.write() as session:
        centre_settings.put(session, centre_settings.RETENTION_DAYS, str(days), now)
        audit.add(session, now, staff, role, "retention", f"retention period {before} → {days} days")


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


def erase_past(session: Session, now: dt.datetime, days: int) -> int:
    """Erase personal fields older than ``days`` inside the caller's transaction; returns how many."""
    return _purge(session, now, days)


def _purge(session: Session, now: dt.datetime, days: int) -> int:
    result = session.execute(
        update(Entry)
        .where(Entry.day < cutoff_day(now, days), _has_personal())
        .values(visitor_name=None, visitor_contact=None, query_text=None, note=None, purged_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def purge_personal_data(db: Database, now: dt.datetime, days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Erase personal fields of entries whose day is more than ``days`` ago; returns how many.

    Not audited: callers use :func:`purge_automatically` or :func:`purge_now`.
    """
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    with db.write() as session:
        return _purge(session, now, days)


def purge_automatically(db: Database, now: dt.datetime, days: int | None = None) -> int:
    """The automatic purge (start-up, new day) by the stored period or ``days``; audited when it erased something."""
    days = retention_days(db) if days is None else days
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    with db.write() as session:
        count = _purge(session, now, days)
        if count:
            audit.add(session, now, "", SYSTEM, "purge", f"automatic: personal data of {entries_text(count)} older than {days} days erased")
    return count


def purge_now(db: Database, now: dt.datetime, staff: str, role: str, days: int | None = None) -> int:
    """A purge asked for by a person (team lead, CLI); always audited with the count."""
    days = retention_days(db) if days is None else check_days(days)
    with db.write() as session:
        count = _purge(session, now, days)
        audit.add(session, now, staff, role, "purge", f"by hand: personal data of {entries_text(count)} older than {days} days erased")
    return count
