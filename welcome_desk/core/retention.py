"""Automatic retention: personal fields of old entries are erased, statistics stay.

What counts as personal: the visitor's name and contact, the concern text as
typed (it may contain anything) and the free note. The ticket, unit, concern,
times and statuses are kept — they are the anonymous statistics.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, update

from welcome_desk.core.database import Database
from welcome_desk.core.models import Entry

DEFAULT_RETENTION_DAYS = 90


def purge_personal_data(db: Database, now: dt.datetime, days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Erase personal fields of entries whose day is more than ``days`` ago; returns how many."""
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    cutoff = (now - dt.timedelta(days=days)).date()
    with db.write() as session:
        result = session.execute(
            update(Entry)
            .where(
                Entry.day < cutoff,
                or_(
                    Entry.visitor_name.is_not(None),
                    Entry.visitor_contact.is_not(None),
                    Entry.query_text.is_not(None),
                    Entry.note.is_not(None),
                ),
            )
            .values(visitor_name=None, visitor_contact=None, query_text=None, note=None, purged_at=now)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount or 0
