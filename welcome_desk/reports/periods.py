"""The figures of a county report for one month or one year, with the periods it is compared with.

A month is compared with the month before and the same month a year earlier;
a year with the year before. The comparison periods need only counts, so their
waiting times are not computed (the report shows times for its own period).
The queries of the periods are independent and run side by side.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.stats import Summary, TrendPoint, daily_counts, month_range, summarize, trend_from_daily
from welcome_desk.reports.jobs import Job, as_job

MONTH, YEAR = "month", "year"
STEPS = 9


@dataclass(frozen=True)
class PeriodData:
    """Everything a month or year report shows (no personal data)."""

    kind: str  # MONTH or YEAR
    year: int
    month: int | None
    summary: Summary
    previous: Summary  # the month or year before (counts only)
    year_ago: Summary | None  # the same month a year earlier (month reports; counts only)
    trend: list[TrendPoint]  # the weeks of the month, or the months of the year
    months: list[TrendPoint]  # the twelve months up to the end of the period

    @property
    def start(self) -> dt.date:
        return self.summary.start

    @property
    def end(self) -> dt.date:
        return self.summary.end

    @property
    def comparisons(self) -> list[Summary]:
        """The periods shown beside this one, in column order."""
        return [self.previous] + ([self.year_ago] if self.year_ago is not None else [])


def period_range(year: int, month: int | None) -> tuple[dt.date, dt.date]:
    return month_range(year, month) if month else (dt.date(year, 1, 1), dt.date(year, 12, 31))


def period_data(db: Database, centre: Centre, year: int, month: int | None = None, job: Job | None = None) -> PeriodData:
    """The figures of the month ``year``-``month``, or of the whole ``year`` when ``month`` is None."""
    job = as_job(job)
    start, end = period_range(year, month)
    if month:
        previous = month_range(*((year, month - 1) if month > 1 else (year - 1, 12)))
        year_ago: tuple[dt.date, dt.date] | None = month_range(year - 1, month)
    else:
        previous, year_ago = (dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)), None
    first = (end.replace(day=1) - dt.timedelta(days=335)).replace(day=1)  # twelve months up to the end
    first = min(first, start)
    job.step(0, STEPS)
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="county-report") as pool:
        days = pool.submit(daily_counts, db, centre, first, end)
        prev = pool.submit(summarize, db, centre, *previous, times=False)
        ago = pool.submit(summarize, db, centre, *year_ago, times=False) if year_ago else None
        summary = summarize(db, centre, start, end)
        job.step(2, STEPS)
        daily = days.result()
        previous_summary = prev.result()
        year_ago_summary = ago.result() if ago else None
    trend = trend_from_daily(daily, start, end, "week" if month else "month")
    months = trend_from_daily(daily, first, end, "month")[-12:]
    job.step(3, STEPS)
    return PeriodData(MONTH if month else YEAR, year, month, summary, previous_summary, year_ago_summary, trend, months)


__all__ = ["MONTH", "YEAR", "PeriodData", "period_data", "period_range"]
