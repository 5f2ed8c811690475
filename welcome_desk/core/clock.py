"""The clock: every time the app records is the centre's wall-clock time.

One definition for all of the core, the window and the command line: a
:data:`Clock` is a callable returning the current time as a naive datetime in
the centre's time zone (what a receptionist reads on the wall), to the second.
The desk's own time zone never matters. Tests inject :func:`fixed_clock`.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], dt.datetime]

DEFAULT_TIMEZONE = "Europe/Berlin"


def zone(name: str | None) -> ZoneInfo:
    """The IANA zone ``name`` (the centre file's ``timezone``), Europe/Berlin when empty.

    Raises ValueError with a one-line message for a name the system does not know.
    """
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (expected an IANA name such as Europe/Berlin)") from None


def centre_clock(timezone: str | None, source: Callable[[], float] = time.time) -> Clock:
    """A clock reading ``source`` (seconds since the epoch) as wall time in ``timezone``."""
    tz = zone(timezone)

    def now() -> dt.datetime:
        return dt.datetime.fromtimestamp(int(source()), tz).replace(tzinfo=None)

    now.timezone = tz.key  # type: ignore[attr-defined]  # which centre zone this clock reads
    return now


def system_clock() -> dt.datetime:
    """Wall time of the default centre zone; prefer :func:`centre_clock` with the centre's own zone."""
    return dt.datetime.now(zone(None)).replace(tzinfo=None, microsecond=0)


def fixed_clock(at: dt.datetime) -> Clock:
    """A clock that always says ``at`` (tests, replays)."""
    at = at.replace(microsecond=0)
    return lambda: at


def instant(moment: dt.datetime, timezone: str | None) -> dt.datetime:
    """The wall time ``moment`` of the centre as an aware UTC time (its ``fold`` says which pass
    of a repeated hour); aware times are only converted."""
    there = moment.replace(tzinfo=zone(timezone)) if moment.tzinfo is None else moment
    return there.astimezone(dt.timezone.utc)


def elapsed_seconds(start: dt.datetime, end: dt.datetime, timezone: str | None) -> int:
    """Real seconds between two wall times of the centre, right across a clock change.

    Wall times are naive in the centre's zone; on a changeover day 01:50 → 03:10
    is 20 minutes, not 80. A time in the repeated autumn hour is the pass its ``fold``
    says (0 the first, 1 the second; the clock and the database keep it).
    """
    return int((instant(end, timezone) - instant(start, timezone)).total_seconds())


def in_real_order(moments: list[dt.datetime], timezone: str | None) -> list[dt.datetime]:
    """Wall times sorted by when they happened (a second pass of the repeated hour after the first)."""
    if not any(t.fold for t in moments):
        return sorted(moments)
    return sorted(moments, key=lambda t: instant(t, timezone))


def exists(moment: dt.datetime, timezone: str | None) -> bool:
    """Whether the naive wall time ``moment`` happens in the centre's zone (not in a spring gap)."""
    tz = zone(timezone)
    there = moment.replace(tzinfo=tz, fold=0)
    back = there.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
    return back == moment.replace(fold=0)


def is_ambiguous(moment: dt.datetime, timezone: str | None) -> bool:
    """Whether ``moment`` happens twice (the repeated hour when the clocks go back)."""
    tz = zone(timezone)
    return moment.replace(tzinfo=tz, fold=0).utcoffset() != moment.replace(tzinfo=tz, fold=1).utcoffset() and exists(
        moment, timezone
    )
