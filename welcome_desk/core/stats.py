"""Figures for the team lead: volumes, waiting and service times, no-shows, busiest hours, trends.

Computed in the database over a date range (one day, a month, a year) through
the (centre_id, day) index, optionally narrowed by a :class:`LogFilter`.
Waiting time is from 'arrived' to 'called', service time from 'in service'
(or 'called') to 'done'/'referred', as recorded in the status events; both are
computed in SQL so only one number per visit crosses into Python. No personal
field is read.
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
from welcome_desk.core.logquery import LogFilter
from welcome_desk.core.models import Entry, StatusEvent

PERIODS = ("day", "week", "month")


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
    service_median_min: float | None = None
    service_p90_min: float | None = None
    waits_measured: int = 0  # visits with both 'arrived' and 'called'

    @property
    def no_show_rate(self) -> float | None:
        """No-shows among appointments that were not cancelled."""
        due = self.appointments - self.cancelled
        return self.no_shows / due if due > 0 else None

    @property
    def busiest_hour(self) -> int | None:
        return max(self.by_hour, key=lambda h: (self.by_hour[h], -h)) if self.by_hour else None

    def busiest_hours(self, n: int = 3) -> list[int]:
        """The ``n`` hours with most visits, busiest first."""
        return sorted(self.by_hour, key=lambda h: (-self.by_hour[h], h))[:n]


@dataclass(frozen=True)
class TrendPoint:
    """Visits in one period (a day, an ISO week from Monday, or a calendar month)."""

    start: dt.date
    end: dt.date  # inclusive
    visits: int = 0
    walk_ins: int = 0
    appointments: int = 0
    no_shows: int = 0
    cancelled: int = 0

    @property
    def no_show_rate(self) -> float | None:
        due = self.appointments - self.cancelled
        return self.no_shows / due if due > 0 else None


def _percentile(sorted_values: list[float], q: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    return statistics.quantiles(sorted_values, n=100, method="inclusive")[int(q * 100) - 1]


def _minutes(db: Database, start, end):
    """SQL for the minutes from ``start`` to ``end`` (two timestamps), on SQLite and PostgreSQL."""
    if db.is_sqlite:
        return (func.julianday(end) - func.julianday(start)) * 1440.0
    return func.extract("epoch", end - start) / 60.0


def _conditions(centre: Centre, start: dt.date, end: dt.date, flt: LogFilter | None) -> list:
    return (flt or LogFilter(start)).with_range(start, end).conditions(centre.id)


def summarize(
    db: Database, centre: Centre, start: dt.date, end: dt.date | None = None, *, flt: LogFilter | None = None
) -> Summary:
    """Figures over ``start``..``end`` (inclusive); ``flt`` narrows by unit, status etc. (its range is ignored)."""
    end = end or start
    where = _conditions(centre, start, end, flt)
    hour = func.strftime("%H", Entry.at) if db.is_sqlite else func.extract("hour", Entry.at)
    counts: dict[str, Counter] = {k: Counter() for k in ("unit", "concern", "language", "status", "kind", "hour")}
    with db.read() as session:
        rows = session.execute(
            select(Entry.kind, Entry.status, Entry.language, Entry.concern_id, Entry.unit_id, hour, func.count())
            .where(*where)
            # kind first: grouped by unit first, SQLite would walk the (centre, unit, at) index over all years
            .group_by(Entry.kind, Entry.status, Entry.language, Entry.concern_id, Entry.unit_id, hour)
        ).all()
        for kind, status, language, concern_id, unit_id, h, n in rows:
            counts["unit"][unit_id] += n
            counts["concern"][concern_id or ""] += n
            counts["language"][language] += n
            counts["status"][status] += n
            counts["kind"][kind] += n
            if status != E.CANCELLED:
                counts["hour"][int(h)] += n
        at = lambda status: func.min(case((StatusEvent.status == status, StatusEvent.at)))  # noqa: E731
        finished = func.min(case((StatusEvent.status.in_((E.DONE, E.REFERRED)), StatusEvent.at)))
        pairs = session.execute(
            select(
                _minutes(db, at(E.ARRIVED), at(E.CALLED)),
                _minutes(db, func.coalesce(at(E.IN_SERVICE), at(E.CALLED)), finished),
            )
            .join(Entry, Entry.id == StatusEvent.entry_id)
            .where(*where, StatusEvent.status.in_((E.ARRIVED, E.CALLED, E.IN_SERVICE, E.DONE, E.REFERRED)))
            .group_by(StatusEvent.entry_id)
        ).all()
    waits = sorted(float(w) for w, _ in pairs if w is not None and w >= 0)
    services = sorted(float(s) for _, s in pairs if s is not None and s >= 0)
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
        by_hour=dict(sorted(counts["hour"].items())),
        wait_median_min=round(statistics.median(waits), 1) if waits else None,
        wait_p90_min=round(_percentile(waits, 0.9), 1) if waits else None,
        service_median_min=round(statistics.median(services), 1) if services else None,
        service_p90_min=round(_percentile(services, 0.9), 1) if services else None,
        waits_measured=len(waits),
    )


# --------------------------------------------------------------------------- trends


def period_start(day: dt.date, period: str) -> dt.date:
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown period {period!r} (day, week or month)")


def next_period(start: dt.date, period: str) -> dt.date:
    if period == "day":
        return start + dt.timedelta(days=1)
    if period == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def daily_counts(
    db: Database, centre: Centre, start: dt.date, end: dt.date, *, flt: LogFilter | None = None
) -> dict[dt.date, Counter]:
    """Per day: visits and counts by kind and by status (one grouped query)."""
    where = _conditions(centre, start, end, flt)
    days: dict[dt.date, Counter] = {}
    with db.read() as session:
        rows = session.execute(
            select(Entry.day, Entry.kind, Entry.status, func.count())
            .where(*where)
            .group_by(Entry.day, Entry.kind, Entry.status)
        ).all()
    for day, kind, status, n in rows:
        c = days.setdefault(day, Counter())
        c["visits"] += n
        c[kind] += n
        c[status] += n
    return days


def trend_from_daily(days: dict[dt.date, Counter], start: dt.date, end: dt.date, period: str) -> list[TrendPoint]:
    """Periods over ``start``..``end`` from :func:`daily_counts`, empty periods included.

    The first and last periods are cut to the range (a week that starts before
    ``start`` counts only its days from ``start``).
    """
    period_start(start, period)  # checks the period
    buckets: dict[dt.date, Counter] = {}
    for day, c in days.items():
        if start <= day <= end:
            buckets.setdefault(period_start(day, period), Counter()).update(c)
    points = []
    p = period_start(start, period)
    while p <= end:
        nxt = next_period(p, period)
        c = buckets.get(p, Counter())
        points.append(
            TrendPoint(
                start=max(p, start),
                end=min(nxt - dt.timedelta(days=1), end),
                visits=c["visits"],
                walk_ins=c[E.WALK_IN],
                appointments=c[E.APPOINTMENT],
                no_shows=c[E.NO_SHOW],
                cancelled=c[E.CANCELLED],
            )
        )
        p = nxt
    return points


def trend(
    db: Database, centre: Centre, start: dt.date, end: dt.date, period: str = "month", *, flt: LogFilter | None = None
) -> list[TrendPoint]:
    """Visits per day, week or month over ``start``..``end`` (see :func:`trend_from_daily`)."""
    period_start(start, period)  # checks the period before querying
    return trend_from_daily(daily_counts(db, centre, start, end, flt=flt), start, end, period)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, next_period(first, "month") - dt.timedelta(days=1)
