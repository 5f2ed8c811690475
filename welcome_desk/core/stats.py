"""Figures for the team lead: volumes, waiting times, no-shows, busiest hours.

Computed in the database over a date range (one day or a month) through the
(centre_id, day) index; waiting time is from 'arrived' to 'called' as
recorded in the status events. No personal field is read.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.models import Entry, StatusEvent


@dataclass(frozen=True)
class Summary:
    start: dt.date
    end: dt.date  # inclusive
    visits: int
    walk_ins: int
    appointments: int
    no_shows: int
    cancelled: int
    by_unit: dict[str, int] = field(default_factory=dict)
    by_concern: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_hour: dict[int, int] = field(default_factory=dict)
    wait_median_min: float | None = None
    wait_p90_min: float | None = None

    @property
    def no_show_rate(self) -> float | None:
        """No-shows among appointments that were not cancelled."""
        due = self.appointments - self.cancelled
        return self.no_shows / due if due > 0 else None

    @property
    def busiest_hour(self) -> int | None:
        return max(self.by_hour, key=lambda h: (self.by_hour[h], -h)) if self.by_hour else None


def _percentile(sorted_values: list[float], q: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    return statistics.quantiles(sorted_values, n=100, method="inclusive")[int(q * 100) - 1]


def summarize(db: Database, centre: Centre, start: dt.date, end: dt.date | None = None) -> Summary:
    end = end or start
    in_range = (Entry.centre_id == centre.id, Entry.day >= start, Entry.day <= end)
    with db.read() as session:
        counts: dict[str, Counter] = {k: Counter() for k in ("unit", "concern", "language", "status", "kind")}
        rows = session.execute(
            select(Entry.unit_id, Entry.concern_id, Entry.language, Entry.status, Entry.kind, func.count())
            .where(*in_range)
            .group_by(Entry.unit_id, Entry.concern_id, Entry.language, Entry.status, Entry.kind)
        ).all()
        for unit_id, concern_id, language, status, kind, n in rows:
            counts["unit"][unit_id] += n
            counts["concern"][concern_id or ""] += n
            counts["language"][language] += n
            counts["status"][status] += n
            counts["kind"][kind] += n
        hour = func.strftime("%H", Entry.at) if db.is_sqlite else func.extract("hour", Entry.at)
        by_hour = {
            int(h): n
            for h, n in session.execute(
                select(hour, func.count()).where(*in_range, Entry.status != E.CANCELLED).group_by(hour)
            ).all()
        }
        arrived = func.min(case((StatusEvent.status == E.ARRIVED, StatusEvent.at)))
        called = func.min(case((StatusEvent.status == E.CALLED, StatusEvent.at)))
        pairs = session.execute(
            select(arrived, called)
            .join(Entry, Entry.id == StatusEvent.entry_id)
            .where(*in_range)
            .group_by(StatusEvent.entry_id)
        ).all()
    waits = sorted(
        (c - a).total_seconds() / 60 for a, c in ((_dt(a), _dt(c)) for a, c in pairs) if a and c and c >= a
    )
    visits = sum(counts["kind"].values())
    return Summary(
        start=start,
        end=end,
        visits=visits,
        walk_ins=counts["kind"][E.WALK_IN],
        appointments=counts["kind"][E.APPOINTMENT],
        no_shows=counts["status"][E.NO_SHOW],
        cancelled=counts["status"][E.CANCELLED],
        by_unit=dict(counts["unit"].most_common()),
        by_concern=dict(counts["concern"].most_common()),
        by_language=dict(counts["language"].most_common()),
        by_status=dict(counts["status"].most_common()),
        by_hour=dict(sorted(by_hour.items())),
        wait_median_min=round(statistics.median(waits), 1) if waits else None,
        wait_p90_min=round(_percentile(waits, 0.9), 1) if waits else None,
    )


def _dt(value: object) -> dt.datetime | None:
    """SQLite returns aggregated datetimes as text."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
