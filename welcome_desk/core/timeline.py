"""The one visit timeline: arrival, call, service and the waiting and service times.

Every place that shows a waiting or service time (the desk's queue, the
figures, the day list, the monthly report) reads it from here, in Python for a
handful of visits (:func:`timeline_from_events`) or in SQL for a month or a
year (:func:`timeline_select`). Both implement the same definition, and a test
checks they agree on the awkward cases.

The definition, read from a visit's status events in the order they were
recorded (event id):

* A **story** starts after the last ``booked`` or ``no_show`` event: a
  re-booking or a no-show means the visitor was not here, so what happened
  before does not count (a late no-show who arrives after all starts afresh).
* **Arrival** is the first ``arrived`` of the story. A visitor put back into
  the queue after a call keeps the time they first arrived.
* **Call** is the *first* ``called`` of the story. Waiting time is the time
  until the centre first turned to the visitor: a put-back (wrong person, a
  missing document, a slip of the hand) is handled at the counter and must not
  make the waiting time of a visitor who was already seen look longer, and a
  first call never changes afterwards, so the desk, the day list and the
  county report can all show the same number.
* **Service start** is the first ``in_service`` of the story, else the call.
* **Service end** is the last ``done`` or ``referred`` of the story, as long as
  no ``arrived``, ``called`` or ``in_service`` came after it (a reopened visit
  is not finished).
* **Waiting time** is arrival → call (or → now while still waiting); it is
  unknown without an arrival. **Service time** is service start → end.

Times are the centre's naive wall times with their ``fold`` (which pass of the
repeated autumn hour; stored beside each time, see :mod:`~welcome_desk.core.models`).
"First" and "last" mean first and last in real time, and durations are real elapsed
seconds (:func:`~welcome_desk.core.clock.elapsed_seconds`), right across a clock
change: in Python from the folded datetimes, in SQL from each time's UTC offset
(:func:`clock_changes`), which the SQL works out from the wall time and its fold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from sqlalchemy import BigInteger, Integer, and_, case, cast, func, literal, literal_column, or_, select
from sqlalchemy.sql import Select

from welcome_desk.core import entries as E
from welcome_desk.core.clock import DEFAULT_TIMEZONE, elapsed_seconds, instant, zone
from welcome_desk.core.models import Entry, StatusEvent, folded

RESET = (E.BOOKED, E.NO_SHOW)  # the visitor is not here (any more): a new story starts
ACTIVE = (E.ARRIVED, E.CALLED, E.IN_SERVICE)  # after these a visit is not finished
FINISH = (E.DONE, E.REFERRED)


@dataclass(frozen=True)
class Timeline:
    """When a visit arrived, was first called, served and finished (see the module's definition)."""

    arrived_at: dt.datetime | None = None
    called_at: dt.datetime | None = None
    service_at: dt.datetime | None = None
    done_at: dt.datetime | None = None
    timezone: str = DEFAULT_TIMEZONE

    def waiting_seconds(self, now: dt.datetime | None = None, since: dt.datetime | None = None) -> int | None:
        """Arrival → first call; → ``now`` while not yet called; None without an arrival.

        ``since``: a ticket valid only from a later time (issued before its unit opened) waits
        from then, as its slip said ("ab 13:00 Uhr") — the waiting estimate is checked that way.
        """
        if self.arrived_at is None:
            return None
        end = self.called_at or now
        if end is None:
            return None
        start = max(self.arrived_at, since) if since is not None else self.arrived_at
        return max(0, elapsed_seconds(start, end, self.timezone))

    def service_seconds(self) -> int | None:
        """Service start (or the call) → end; None while not finished."""
        start = self.service_at or self.called_at
        if start is None or self.done_at is None:
            return None
        return max(0, elapsed_seconds(start, self.done_at, self.timezone))

    def waiting_minutes(self, now: dt.datetime | None = None) -> int | None:
        """Whole minutes of :meth:`waiting_seconds` (what the desk shows)."""
        s = self.waiting_seconds(now)
        return None if s is None else s // 60

    def service_minutes(self) -> int | None:
        s = self.service_seconds()
        return None if s is None else s // 60


def timeline_from_events(events: Iterable[tuple[str, dt.datetime]], timezone: str = DEFAULT_TIMEZONE) -> Timeline:
    """The timeline of one visit from its ``(status, at)`` events, in the order they were recorded.

    ``at`` carries its ``fold``; earlier and later are real time, also in the repeated hour.
    """
    events = list(events)
    if any(at.fold for _status, at in events):
        def key(at: dt.datetime) -> dt.datetime:
            return instant(at, timezone)
    else:  # without a second pass of a repeated hour, wall-clock order is real order
        def key(at: dt.datetime) -> dt.datetime:
            return at

    def earlier(a: dt.datetime | None, b: dt.datetime) -> dt.datetime:
        return b if a is None or key(b) < key(a) else a

    def later(a: dt.datetime | None, b: dt.datetime) -> dt.datetime:
        return b if a is None or key(b) > key(a) else a

    arrived = called = service = done = None
    for status, at in events:
        if status in RESET:
            arrived = called = service = done = None
        elif status in FINISH:
            done = later(done, at)
        else:
            if status in ACTIVE:
                done = None
            if status == E.ARRIVED:
                arrived = earlier(arrived, at)
            elif status == E.CALLED:
                called = earlier(called, at)
            elif status == E.IN_SERVICE:
                service = earlier(service, at)
    return Timeline(arrived, called, service, done, timezone)


def events_of(session, ids: list[int]) -> dict[int, list[tuple[str, dt.datetime]]]:
    """``entry_id -> [(status, at), …]`` in recorded order, each ``at`` with its stored fold."""
    out: dict[int, list[tuple[str, dt.datetime]]] = {}
    for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):
        for entry_id, status, at, fold in session.execute(
            select(StatusEvent.entry_id, StatusEvent.status, StatusEvent.at, StatusEvent.at_fold)
            .where(StatusEvent.entry_id.in_(chunk))
            .order_by(StatusEvent.entry_id, StatusEvent.id)
        ):
            out.setdefault(entry_id, []).append((status, folded(at, fold)))
    return out


# --------------------------------------------------------------------------- the same in SQL


def _is(*statuses: str):
    """``status IN ('a', 'b')`` with the statuses written into the SQL: they are this module's own
    constants, and SQLite evaluates a literal list per row far faster than bound parameters
    (a year of events: 2.7 s instead of 5.9 s)."""
    assert all(st.isidentifier() for st in statuses)
    return StatusEvent.status.in_([literal_column(f"'{st}'") for st in statuses])


def quick_select(where: list, *, postgres: bool = False, windows: tuple = ()) -> Select:
    """One pass over the events: the columns of :func:`timeline_select` plus ``simple``.

    Where ``simple`` is 1 — every booked/no-show event comes before the visit's other
    events, and there is at most one done/referred — plain first/last aggregates *are* the
    module's definition. The rest (a rebooking after arrival, a late no-show, a reopened
    visit: a few in a hundred) must be read again with :func:`timeline_select`.
    """
    other = ~_is(*RESET)

    def first(status: str):
        return func.min(case((_is(status), StatusEvent.at)))

    reset_id = func.max(case((_is(*RESET), StatusEvent.id), else_=0))
    story_id = func.min(case((other, StatusEvent.id)))
    finishes = func.sum(case((_is(*FINISH), 1), else_=0))
    finish_id = func.max(case((_is(*FINISH), StatusEvent.id), else_=0))
    active_id = func.max(case((_is(*ACTIVE), StatusEvent.id), else_=0))
    arrived = first(E.ARRIVED)
    called = first(E.CALLED)
    service = func.coalesce(first(E.IN_SERVICE), called)
    done = case((finish_id > active_id, func.max(case((_is(*FINISH), StatusEvent.at)))))
    simple = case((and_(reset_id < func.coalesce(story_id, 2**62), finishes <= 1), 1), else_=0)
    near = [and_(lo <= b, hi >= a) for a, b in windows for lo, hi in ((arrived, called), (service, done))]
    return (
        select(
            StatusEvent.entry_id,
            func.max(Entry.unit_id).label("unit_id"),
            arrived.label("arrived"),
            called.label("called"),
            service.label("service"),
            done.label("done"),
            _seconds(arrived, called, postgres).label("wait_s"),
            _seconds(service, done, postgres).label("service_s"),
            (case((or_(*near), 1), else_=0) if near else literal(0)).label("near"),
            simple.label("simple"),
        )
        .join(Entry, Entry.id == StatusEvent.entry_id)
        .where(*where)
        .group_by(StatusEvent.entry_id)
    )


def timeline_select(where: list, *, postgres: bool = False, changes: tuple[Change, ...] = ()) -> Select:
    """SQL rows ``(entry_id, unit_id, arrived, called, service, done, wait_s, service_s)`` for the
    visits matching ``where`` (conditions on :class:`Entry`), by the module's definition, for every
    kind of story (two passes: the story's bounds, then its times).

    ``arrived`` … ``done`` are instants (seconds since the epoch, UTC) and ``wait_s``/``service_s``
    real seconds, exact across the clock ``changes`` (see :func:`clock_changes`) that the visits'
    times may touch, the repeated autumn hour included (each time's fold says which pass).
    """
    bounds = (
        select(
            StatusEvent.entry_id.label("entry_id"),
            func.max(Entry.unit_id).label("unit_id"),
            func.max(case((StatusEvent.status.in_(RESET), StatusEvent.id), else_=0)).label("reset_id"),
            func.max(case((StatusEvent.status.in_(ACTIVE), StatusEvent.id), else_=0)).label("active_id"),
        )
        .join(Entry, Entry.id == StatusEvent.entry_id)
        .where(*where)
        .group_by(StatusEvent.entry_id)
        .subquery("bounds")
    )
    after = StatusEvent.id > bounds.c.reset_id
    at = _instant(StatusEvent.at, StatusEvent.at_fold, changes, postgres)

    def first(status: str):
        return func.min(case((and_(after, StatusEvent.status == status), at)))

    arrived = first(E.ARRIVED)
    called = first(E.CALLED)
    service = func.coalesce(first(E.IN_SERVICE), called)
    done = func.max(case((and_(after, StatusEvent.id > bounds.c.active_id, StatusEvent.status.in_(FINISH)), at)))
    called_wall = func.min(case((and_(after, StatusEvent.status == E.CALLED), StatusEvent.at)))
    return (
        select(
            bounds.c.entry_id,
            bounds.c.unit_id,
            called_wall.label("called_wall"),  # the first call's wall time (for day and hour)
            arrived.label("arrived"),
            called.label("called"),
            service.label("service"),
            done.label("done"),
            (called - arrived).label("wait_s"),
            (done - service).label("service_s"),
        )
        .select_from(bounds)
        .join(StatusEvent, StatusEvent.entry_id == bounds.c.entry_id)
        # the bounds are one row per visit: grouping by all of them changes nothing, and PostgreSQL asks for it
        .group_by(bounds.c.entry_id, bounds.c.unit_id, bounds.c.reset_id, bounds.c.active_id)
    )


def _epoch(at, postgres: bool):
    """A wall time as whole seconds since the epoch, read as if it were UTC."""
    if postgres:
        return cast(func.extract("epoch", at), BigInteger)
    return cast(func.strftime("%s", at), Integer)


def _seconds(start, end, postgres: bool):
    """Whole wall-clock seconds from ``start`` to ``end`` in SQL (NULL when either is NULL)."""
    if postgres:
        return cast(func.extract("epoch", end - start), Integer)
    return cast(func.strftime("%s", end), Integer) - cast(func.strftime("%s", start), Integer)


def _instant(at, fold, changes: tuple[Change, ...], postgres: bool):
    """The real instant (UTC seconds) of the wall time ``at`` with its ``fold``, in SQL.

    The UTC offset is the one before the first of ``changes``, moved by each change the
    time has passed: a time at or after the change's later wall time has, and one inside
    the changed hour has when its fold is 1 (the second pass; as Python reads a fold).
    """
    epoch = _epoch(at, postgres)
    if not changes:
        return epoch  # one offset throughout: any constant gives the same differences
    offset = literal(changes[0].before, BigInteger)
    for c in changes:
        passed = or_(at >= c.wall_end, and_(at >= c.wall_start, fold == 1))
        offset = offset + case((passed, c.after - c.before), else_=0)
    return epoch - offset


def instant_seconds(at: dt.datetime, changes: tuple[Change, ...]) -> int:
    """:func:`_instant` in Python: the same instant (UTC seconds) for a wall time and its fold."""
    epoch = int(at.replace(tzinfo=dt.timezone.utc, fold=0).timestamp())
    if not changes:
        return epoch
    offset = changes[0].before
    for c in changes:
        if at >= c.wall_end or (at >= c.wall_start and at.fold == 1):
            offset += c.after - c.before
    return epoch - offset


@dataclass(frozen=True)
class Change:
    """One clock change of the centre's zone: the wall-clock hour it skips or repeats, and the
    UTC offsets (seconds) before and after it."""

    wall_start: dt.datetime  # 02:00 in Europe/Berlin, spring and autumn
    wall_end: dt.datetime  # 03:00
    before: int
    after: int

    @property
    def window(self) -> tuple[dt.datetime, dt.datetime]:
        """Two hours either side of the wall time the clocks show right after the change."""
        shown = self.wall_end if self.after > self.before else self.wall_start
        return shown - 2 * _HOUR, shown + 2 * _HOUR


_HOUR = dt.timedelta(hours=1)


def clock_changes(timezone: str, start: dt.date, end: dt.date) -> tuple[Change, ...]:
    """The zone's clock changes around ``start`` … ``end``: from two months before (a visit's
    times lie near its day) to two months after, in order."""
    lo = dt.datetime.combine(start, dt.time()) - dt.timedelta(days=62)
    hi = dt.datetime.combine(end, dt.time()) + dt.timedelta(days=62)
    return tuple(c for year in range(lo.year, hi.year + 1) for c in _changes(timezone, year)
                 if lo <= c.wall_start <= hi)


def change_windows(timezone: str, start: dt.date, end: dt.date) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    """Wall-time windows (two hours either side) around the zone's clock changes from ``start`` to
    ``end`` plus a week (a visit's events may run past its day): an interval touching one may
    need :func:`timeline_select`."""
    windows = (c.window for year in range(start.year, end.year + 2) for c in _changes(timezone, year))
    return tuple(w for w in windows
                 if w[1] >= dt.datetime.combine(start, dt.time()) and w[0] <= dt.datetime.combine(end, dt.time()) + dt.timedelta(days=8))


@lru_cache(maxsize=256)
def _changes(timezone: str, year: int) -> tuple[Change, ...]:
    """The clock changes of ``year`` (found day by day, then to the minute)."""
    tz = zone(timezone)
    out = []
    t = dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc)
    day, minute = dt.timedelta(days=1), dt.timedelta(minutes=1)
    while t.year == year:
        before = t.astimezone(tz).utcoffset()
        if (t + day).astimezone(tz).utcoffset() != before:
            u = t
            while u.astimezone(tz).utcoffset() == before:
                u += minute
            after = u.astimezone(tz).utcoffset()
            low = (u + min(before, after)).replace(tzinfo=None)
            out.append(Change(low, low + abs(after - before), int(before.total_seconds()), int(after.total_seconds())))
        t += day
    return tuple(out)


__all__ = ["Change", "instant_seconds", "Timeline", "clock_changes", "change_windows", "events_of", "quick_select", "timeline_from_events",
           "timeline_select"]
