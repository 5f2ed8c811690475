"""Figures for the team lead: volumes, waiting and service times, no-shows, busiest hours, trends.

Computed in the database over a date range (one day, a month, a year) through
the (centre_id, day) index, optionally narrowed by a :class:`LogFilter`.
Waiting and service times follow the one visit timeline
(:mod:`welcome_desk.core.timeline`), computed in SQL so only two numbers per
visit cross into Python; so does the hit rate of the waiting estimate (how often
the real wait fell inside the range printed on the slip, :mod:`~welcome_desk.core.waiting`). Cancelled entries are not visits: they are counted
apart and nowhere else. No personal field is read.
"""

from __future__ import annotations

import datetime as dt
import statistics
from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.logquery import LogFilter
from welcome_desk.core.models import Entry
from welcome_desk.core.timeline import change_windows, clock_changes, quick_select, timeline_select
from welcome_desk.core.waiting import Accuracy, accuracy_of, estimate_checks

PERIODS = ("day", "week", "month")


@dataclass(frozen=True)
class Durations:
    """Waiting and service times of a group of visits (minutes, from the visit timeline)."""

    wait_median_min: float | None = None
    wait_p90_min: float | None = None
    service_median_min: float | None = None
    service_p90_min: float | None = None
    waits_measured: int = 0  # visits with an arrival and a call
    services_measured: int = 0

    @classmethod
    def of(cls, waits: list[int], services: list[int]) -> Durations:
        """From elapsed seconds (any order)."""
        w = sorted(x / 60 for x in waits)
        s = sorted(x / 60 for x in services)
        return cls(
            round(statistics.median(w), 1) if w else None,
            round(_percentile(w, 0.9), 1) if w else None,
            round(statistics.median(s), 1) if s else None,
            round(_percentile(s, 0.9), 1) if s else None,
            len(w),
            len(s),
        )


@dataclass(frozen=True)
class Summary:
    """Figures over a range. A visit is an entry that was not cancelled (cancelled entries are
    counted apart and in nothing else); appointments are such visits that were booked."""

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
    by_weekday: dict[int, int] = field(default_factory=dict)  # 0 = Monday
    wait_median_min: float | None = None
    wait_p90_min: float | None = None
    service_median_min: float | None = None
    service_p90_min: float | None = None
    waits_measured: int = 0  # visits with both an arrival and a call
    services_measured: int = 0  # visits with a start and an end of service
    referred_out: int = 0  # visits sent on to another unit
    referred_in: int = 0  # visits that came referred from another unit
    referred_other_building: int = 0  # of referred_out: to a unit in another building
    unit_times: dict[str, Durations] = field(default_factory=dict)
    # how often the real wait fell inside the range printed on the slip (overall, and per unit)
    estimates: Accuracy = field(default_factory=lambda: Accuracy(0, 0))

    @property
    def no_show_rate(self) -> float | None:
        """No-shows among appointments (cancelled ones are not appointments)."""
        return self.no_shows / self.appointments if self.appointments > 0 else None

    @property
    def busiest_hour(self) -> int | None:
        return max(self.by_hour, key=lambda h: (self.by_hour[h], -h)) if self.by_hour else None

    def busiest_hours(self, n: int = 3) -> list[int]:
        """The ``n`` hours with most visits, busiest first."""
        return sorted(self.by_hour, key=lambda h: (-self.by_hour[h], h))[:n]


@dataclass(frozen=True)
class TrendPoint:
    """Visits in one period (a day, an ISO week from Monday, or a calendar month); cancelled apart."""

    start: dt.date
    end: dt.date  # inclusive
    visits: int = 0
    walk_ins: int = 0
    appointments: int = 0
    no_shows: int = 0
    cancelled: int = 0

    @property
    def no_show_rate(self) -> float | None:
        return self.no_shows / self.appointments if self.appointments > 0 else None


def _percentile(sorted_values: list[float], q: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    return statistics.quantiles(sorted_values, n=100, method="inclusive")[int(q * 100) - 1]


def _conditions(centre: Centre, start: dt.date, end: dt.date, flt: LogFilter | None) -> list:
    return (flt or LogFilter(start)).with_range(start, end).conditions(centre.id)


def visit_times(db: Database, centre: Centre, where: list, start: dt.date, end: dt.date) -> list[tuple[str, int | None, int | None]]:
    """``(unit_id, waiting seconds, service seconds)`` per visit matching ``where``, from the timeline.

    One grouped pass answers the plain visits; the few with a longer story (rebooked,
    a late no-show, reopened) and the rare one whose times span a clock change are read
    again in full, in real time (the repeated autumn hour by each time's fold), so the SQL
    and :mod:`~welcome_desk.core.timeline` agree exactly.
    """
    windows = change_windows(centre.timezone, start, end)
    postgres = not db.is_sqlite
    sub = quick_select(where, postgres=postgres, windows=windows).subquery()
    out: list[tuple[str, int | None, int | None]] = []
    again: list[int] = []
    with db.read() as session:
        for entry_id, unit_id, w, s, near, simple in session.execute(
            select(sub.c.entry_id, sub.c.unit_id, sub.c.wait_s, sub.c.service_s, sub.c.near, sub.c.simple)
        ):
            if simple and not near:
                out.append((unit_id, None if w is None else max(0, w), None if s is None else max(0, s)))
            else:
                again.append(entry_id)
        changes = clock_changes(centre.timezone, start, end)
        for chunk in (again[i : i + 900] for i in range(0, len(again), 900)):
            full = timeline_select([*where, Entry.id.in_(chunk)], postgres=postgres, changes=changes).subquery()
            for unit_id, w, s in session.execute(select(full.c.unit_id, full.c.wait_s, full.c.service_s)):
                out.append((unit_id, None if w is None else max(0, int(w)), None if s is None else max(0, int(s))))
    return out


def summarize(
    db: Database, centre: Centre, start: dt.date, end: dt.date | None = None, *, flt: LogFilter | None = None,
    times: bool = True,
) -> Summary:
    """Figures over ``start``..``end`` (inclusive); ``flt`` narrows by unit, status etc. (its range is ignored).

    ``times=False`` leaves out waiting and service times (a comparison period that needs only counts).
    """
    end = end or start
    where = _conditions(centre, start, end, flt)
    hour = func.strftime("%H", Entry.at) if db.is_sqlite else func.extract("hour", Entry.at)
    weekday = func.strftime("%w", Entry.day) if db.is_sqlite else func.extract("dow", Entry.day)
    counts: dict[str, Counter] = {
        k: Counter() for k in ("unit", "concern", "language", "status", "kind", "hour", "weekday")
    }
    # The times are one grouped pass over the events; it runs beside the counts (SQLite and
    # PostgreSQL both let go of the interpreter while they work).
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="visit-times") if times else None
    visits_where = [*where, Entry.status != E.CANCELLED]
    pending = pool.submit(visit_times, db, centre, visits_where, start, end) if pool else None
    checked = pool.submit(estimate_checks, db, centre, visits_where, start, end) if pool else None
    try:
        with db.read() as session:
            rows = session.execute(
                select(Entry.kind, Entry.status, Entry.language, Entry.concern_id, Entry.unit_id, hour, weekday,
                       func.count())
                .where(*where)
                # kind first: grouped by unit first, SQLite would walk the (centre, unit, at) index over all years
                .group_by(Entry.kind, Entry.status, Entry.language, Entry.concern_id, Entry.unit_id, hour, weekday)
            ).all()
            source = aliased(Entry)
            referrals = session.execute(
                select(source.unit_id, Entry.unit_id, func.count())
                .join(source, source.id == Entry.referred_from_id)
                .where(*where)
                .group_by(source.unit_id, Entry.unit_id)
            ).all()
            sent = session.execute(
                select(func.count()).select_from(Entry).where(*where, Entry.status == E.REFERRED)
            ).scalar() or 0
        rows_t = pending.result() if pending else []
        estimates = accuracy_of(checked.result() if checked else [])
    finally:
        if pool:
            pool.shutdown(wait=True)
    for kind, status, language, concern_id, unit_id, h, wd, n in rows:
        counts["status"][status] += n
        if status == E.CANCELLED:
            continue
        counts["unit"][unit_id] += n
        counts["concern"][concern_id or ""] += n
        counts["language"][language] += n
        counts["kind"][kind] += n
        counts["hour"][int(h)] += n
        counts["weekday"][(int(wd) + 6) % 7] += n
    building = {u.id: (u.location.address.one_line() if u.location else "") for u in centre.units}
    other_building = sum(n for a, b, n in referrals if building.get(a) != building.get(b))
    per_unit: dict[str, tuple[list[int], list[int]]] = {}
    waits, services = [], []
    for unit_id, w, s in rows_t:
        pair = per_unit.setdefault(unit_id, ([], []))
        if w is not None:
            waits.append(w)
            pair[0].append(w)
        if s is not None:
            services.append(s)
            pair[1].append(s)
    overall = Durations.of(waits, services)
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
        by_weekday=dict(sorted(counts["weekday"].items())),
        wait_median_min=overall.wait_median_min,
        wait_p90_min=overall.wait_p90_min,
        service_median_min=overall.service_median_min,
        service_p90_min=overall.service_p90_min,
        waits_measured=overall.waits_measured,
        services_measured=overall.services_measured,
        referred_out=sent,
        referred_in=sum(n for _a, _b, n in referrals),
        referred_other_building=other_building,
        unit_times={u: Durations.of(w, s) for u, (w, s) in per_unit.items()},
        estimates=estimates,
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
        c[status] += n
        if status != E.CANCELLED:  # a cancelled entry is not a visit
            c["visits"] += n
            c[kind] += n
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
