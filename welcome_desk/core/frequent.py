"""The concerns asked for most often: today, or over the last days while today is still quiet.

Reception systems keep the few everyday concerns one click away. The counts come
from the entries of this centre through the (centre_id, day) index, so the query
costs the same on a year of data as on a week. Concerns no longer in the centre
file and entries without a concern are left out; cancelled entries count (the
visitor still came for it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.models import Entry

DEFAULT_LIMIT = 6
MIN_TODAY = 5  # fewer entries today than this: look back over the last days instead
LOOKBACK_DAYS = 7


@dataclass(frozen=True)
class FrequentConcern:
    concern_id: str
    count: int


@dataclass(frozen=True)
class Frequent:
    """The most frequent concerns, best first, and the days they were counted over."""

    concerns: tuple[FrequentConcern, ...]
    first_day: dt.date
    last_day: dt.date

    @property
    def today_only(self) -> bool:
        return self.first_day == self.last_day


def _counts(db: Database, centre_id: str, first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    count = func.count(Entry.id)
    with db.read() as session:
        rows = session.execute(
            select(Entry.concern_id, count)
            .where(Entry.centre_id == centre_id, Entry.day >= first, Entry.day <= last, Entry.concern_id.is_not(None))
            .group_by(Entry.concern_id)
        ).all()
    return [(str(concern_id), int(n)) for concern_id, n in rows]


def most_frequent(
    db: Database,
    centre: Centre,
    today: dt.date,
    limit: int = DEFAULT_LIMIT,
    min_today: int = MIN_TODAY,
    lookback_days: int = LOOKBACK_DAYS,
) -> Frequent:
    """The ``limit`` concerns with the most entries today; over ``lookback_days`` if today has fewer than ``min_today``.

    Ties go to the concern listed first in the centre file, so the order is stable.
    """
    order = {c.id: i for i, c in enumerate(centre.concerns)}
    first = today
    counts = [(cid, n) for cid, n in _counts(db, centre.id, today, today) if cid in order]
    if sum(n for _cid, n in counts) < min_today and lookback_days > 1:
        first = today - dt.timedelta(days=lookback_days - 1)
        counts = [(cid, n) for cid, n in _counts(db, centre.id, first, today) if cid in order]
    counts.sort(key=lambda item: (-item[1], order[item[0]]))
    return Frequent(tuple(FrequentConcern(cid, n) for cid, n in counts[: max(0, limit)]), first, today)
