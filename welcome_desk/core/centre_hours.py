"""Opening hours and closed days as the centre editor types them, and as HSDS schedules.

Split from :mod:`welcome_desk.core.centre_edit` (which re-exports these names):
"8-12, 13:00-16:00" ⇄ :class:`TimeRange` ⇄ the weekly grid ⇄ HSDS ``schedules``,
and closed dates one per line. Errors are :class:`HoursError` with a ``code`` for the UI.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from welcome_desk.core.centre import WEEKDAYS


@dataclass(frozen=True)
class TimeRange:
    """One opening range on a weekday, as ``HH:MM`` strings (they sort like times)."""

    opens_at: str
    closes_at: str
    attending: str = "any"  # walk_in | appointment | any

    def text(self) -> str:
        suffix = {"walk_in": " walk-in", "appointment": " appointment"}.get(self.attending, "")
        return f"{self.opens_at}–{self.closes_at}{suffix}"


class HoursError(ValueError):
    """A day's hours that cannot be used; ``code`` lets the UI word it in its own language."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_RANGE = re.compile(r"^\s*(\S+?)\s*(?:-|–|—|bis|to)\s*(\S+?)\s*(?:\s(\S+))?\s*$", re.IGNORECASE)
_ATTENDING = {
    "walk-in": "walk_in", "walk_in": "walk_in", "walkin": "walk_in", "offen": "walk_in",
    "appointment": "appointment", "appointments": "appointment", "termin": "appointment", "termine": "appointment",
}


def _clock(value: str, whole: str) -> str:
    match = _TIME.match(value)
    if not match:
        raise HoursError("bad_time", f"'{value}' in '{whole}' is not a time like 08:00", value=value, range=whole)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise HoursError("bad_time", f"'{value}' in '{whole}' is not a time of day", value=value, range=whole)
    return f"{hours:02d}:{minutes:02d}"


def parse_day_hours(text: str) -> tuple[TimeRange, ...]:
    """``"08:00–12:00, 13:00–16:00"`` → ranges; empty text = closed that day.

    Refuses what cannot be meant: unreadable times, closing before opening
    (17:00–09:00) and ranges that overlap.
    """
    ranges: list[TimeRange] = []
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        whole = part.strip()
        match = _RANGE.match(whole)
        if not match:
            raise HoursError("bad_range", f"'{whole}' is not a time range like 08:00–16:00", range=whole)
        opens, closes = _clock(match.group(1), whole), _clock(match.group(2), whole)
        attending = "any"
        if match.group(3):
            attending = _ATTENDING.get(match.group(3).lower().strip("()"), "")
            if not attending:
                raise HoursError(
                    "bad_attending", f"'{match.group(3)}' in '{whole}': write walk-in or appointment", word=match.group(3), range=whole
                )
        rng = TimeRange(opens, closes, attending)
        if closes <= opens:
            raise HoursError(
                "closes_before_opens", f"{rng.text()} closes before it opens", range=f"{opens}–{closes}"
            )
        ranges.append(rng)
    ranges.sort(key=lambda r: (r.opens_at, r.closes_at))
    check_overlaps(ranges)
    return tuple(ranges)


def check_overlaps(ranges: Iterable[TimeRange]) -> None:
    """Two ranges of one day for the same visitors may not overlap."""
    ordered = sorted(ranges, key=lambda r: (r.opens_at, r.closes_at))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.opens_at >= a.closes_at:
                break
            if a.attending == b.attending or "any" in (a.attending, b.attending):
                raise HoursError(
                    "overlap",
                    f"{a.opens_at}–{a.closes_at} and {b.opens_at}–{b.closes_at} overlap",
                    first=f"{a.opens_at}–{a.closes_at}",
                    second=f"{b.opens_at}–{b.closes_at}",
                )


def format_day_hours(ranges: Iterable[TimeRange]) -> str:
    return ", ".join(r.text() for r in ranges)


Week = dict[int, tuple[TimeRange, ...]]  # weekday (0 = Monday) → ranges


def _plain(schedule: Mapping[str, Any]) -> bool:
    """A schedule the weekly grid can show exactly (no validity dates or description)."""
    return set(schedule) <= {"byday", "opens_at", "closes_at", "attending_type", "freq"}


def week_from_schedules(schedules: Iterable[Mapping[str, Any]]) -> tuple[Week, list[dict[str, Any]]]:
    """The weekly grid of some HSDS schedules, and the schedules it cannot show (kept as they are)."""
    week: dict[int, list[TimeRange]] = {d: [] for d in range(7)}
    kept: list[dict[str, Any]] = []
    for sched in schedules:
        if not _plain(sched):
            kept.append(dict(sched))
            continue
        rng = TimeRange(sched["opens_at"], sched["closes_at"], sched.get("attending_type", "any"))
        for day in sched["byday"].split(","):
            week[WEEKDAYS.index(day)].append(rng)
    return {d: tuple(sorted(rs, key=lambda r: (r.opens_at, r.closes_at))) for d, rs in week.items()}, kept


def schedules_from_week(week: Mapping[int, Iterable[TimeRange]], kept: Iterable[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """HSDS schedules for a weekly grid: days with the same range share one schedule."""
    days_of: dict[TimeRange, list[int]] = {}
    for day in range(7):
        for rng in week.get(day, ()):
            days_of.setdefault(rng, []).append(day)
    out: list[dict[str, Any]] = []
    for rng, days in sorted(days_of.items(), key=lambda kv: (kv[1][0], kv[0].opens_at, kv[0].closes_at)):
        item: dict[str, Any] = {
            "byday": ",".join(WEEKDAYS[d] for d in days),
            "opens_at": rng.opens_at,
            "closes_at": rng.closes_at,
        }
        if rng.attending != "any":
            item["attending_type"] = rng.attending
        out.append(item)
    return out + [dict(k) for k in kept]


def schedule_overlaps(schedules: Iterable[Mapping[str, Any]]) -> list[str]:
    """Overlapping ranges on a weekday across several schedules, as messages naming the day."""
    week, _kept = week_from_schedules(schedules)
    problems = []
    for day, ranges in week.items():
        try:
            check_overlaps(ranges)
        except HoursError as exc:
            problems.append(f"{WEEKDAYS[day]}: {exc}")
    return problems


def parse_dates(text: str) -> list[str]:
    """Closed dates, one ``YYYY-MM-DD`` (or ``DD.MM.YYYY``) per line, sorted and unique."""
    out: set[str] = set()
    for line in text.splitlines():
        value = line.strip()
        if not value:
            continue
        try:
            if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", value):
                day = dt.datetime.strptime(value, "%d.%m.%Y").date()
            else:
                day = dt.date.fromisoformat(value)
        except ValueError:
            raise HoursError("bad_date", f"'{value}' is not a date like 2026-12-24", value=value) from None
        out.add(day.isoformat())
    return sorted(out)
