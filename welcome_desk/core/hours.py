"""Opening and consultation hours: is a unit open now, when next, which slots exist.

Closed days are the public holidays of the centre's state (from the
``holidays`` package) plus the centre's own ``closed_dates``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from welcome_desk.core.centre import Centre, Schedule, Unit
from welcome_desk.core.clock import exists

SEARCH_DAYS = 60


@lru_cache(maxsize=16)
def _holiday_calendar(country: str, subdivision: str, year: int) -> dict[dt.date, str]:
    import holidays as holiday_calendars  # imported on the first date looked up (start-up time)

    try:
        cal = holiday_calendars.country_holidays(country, subdiv=subdivision or None, years=year)
    except (NotImplementedError, KeyError):
        return {}
    return dict(cal)


def closed_reason(centre: Centre, day: dt.date) -> str | None:
    """Why the centre is closed that day (holiday name), or None."""
    if day.isoformat() in centre.closed_dates:
        return "closed"
    return _holiday_calendar(centre.holiday_country, centre.holiday_subdivision, day.year).get(day)


# Hours "until 23:59" mean until the end of the day: the last slot ends at midnight.
END_OF_DAY = dt.time(23, 59)


def _closing(day: dt.date, closes_at: dt.time) -> dt.datetime:
    if closes_at == END_OF_DAY:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0))
    return dt.datetime.combine(day, closes_at)


@dataclass(frozen=True)
class Opening:
    start: dt.datetime
    end: dt.datetime


class Hours:
    """Hours of one unit within its centre."""

    def __init__(self, centre: Centre, unit: Unit) -> None:
        self.centre = centre
        self.unit = unit
        self.schedules: tuple[Schedule, ...] = centre.unit_schedules(unit)

    def openings_on(self, day: dt.date, attending: str = "any") -> list[Opening]:
        if closed_reason(self.centre, day):
            return []
        result = [
            Opening(dt.datetime.combine(day, s.opens_at), _closing(day, s.closes_at))
            for s in self.schedules
            if day.weekday() in s.weekdays and (attending == "any" or s.attending in ("any", attending))
        ]
        return sorted(result, key=lambda o: o.start)

    def is_open(self, moment: dt.datetime) -> bool:
        return any(o.start <= moment < o.end for o in self.openings_on(moment.date()))

    def next_opening(self, moment: dt.datetime) -> Opening | None:
        """The opening period that contains ``moment`` or comes next."""
        for offset in range(SEARCH_DAYS):
            day = moment.date() + dt.timedelta(days=offset)
            for opening in self.openings_on(day):
                if opening.end > moment:
                    return opening
        return None

    def slot_starts(self, day: dt.date) -> list[dt.datetime]:
        """Appointment slot start times on ``day``, in the centre's wall time.

        A time the clocks skip (spring, e.g. 02:00–02:59 in Europe/Berlin) is no
        slot; a time that happens twice (autumn) is one slot — its first occurrence.
        """
        step = dt.timedelta(minutes=self.unit.slot_minutes)
        starts: list[dt.datetime] = []
        for opening in self.openings_on(day, "appointment"):
            t = opening.start
            while t + step <= opening.end:
                if exists(t, self.centre.timezone):
                    starts.append(t)
                t += step
        return starts

    def is_slot_start(self, moment: dt.datetime) -> bool:
        return moment in set(self.slot_starts(moment.date()))


def status_line(hours: Hours, moment: dt.datetime) -> tuple[bool, Opening | None]:
    """(open now?, the current or next opening period) for display."""
    nxt = hours.next_opening(moment)
    is_open = nxt is not None and nxt.start <= moment < nxt.end
    return is_open, nxt


WEEKDAY_ABBR = {
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def format_schedules(schedules: tuple[Schedule, ...], lang: str = "de") -> str:
    """Weekly hours in one line, e.g. 'Mo–Do 08:00–16:00, Fr 08:00–14:00'."""
    names = WEEKDAY_ABBR.get(lang, WEEKDAY_ABBR["en"])
    parts = []
    for sched in schedules:
        days = sorted(sched.weekdays)
        runs: list[str] = []
        start = prev = days[0] if days else None
        for d in days[1:] + [None]:  # type: ignore[list-item]
            if d is not None and prev is not None and d == prev + 1:
                prev = d
                continue
            if start is not None and prev is not None:
                if prev - start >= 2:
                    runs.append(f"{names[start]}–{names[prev]}")
                elif prev == start:
                    runs.append(names[start])
                else:
                    runs.append(f"{names[start]}, {names[prev]}")
            start = prev = d
        parts.append(f"{', '.join(runs)} {sched.opens_at:%H:%M}–{sched.closes_at:%H:%M}")
    return ", ".join(parts)
