"""The reception queue: who waits for which unit, for how long, and who is called next.

The calling rule (:func:`call_order`), per unit and day:

1. arrived appointments that are due — their slot starts within
   :data:`DUE_AHEAD` minutes or has begun — by slot time;
2. then arrived walk-ins in ticket order (the order they came in);
3. then appointments that arrived early, by slot time, so a free counter
   need not wait for the clock.

Visitors who were booked but have not arrived are expected, not waiting: they
are listed but never called. Waiting time is the one visit timeline's
(:mod:`~welcome_desk.core.timeline`): arrival to the first call, or to now
while still waiting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import select

from welcome_desk.core import entries as E
from welcome_desk.core.booking import BookingService
from welcome_desk.core.clock import DEFAULT_TIMEZONE
from welcome_desk.core.entries import EntryView, view_select
from welcome_desk.core.models import Entry, StatusEvent, VisitCall, folded
from welcome_desk.core.timeline import Timeline, events_of, timeline_from_events

DUE_AHEAD = dt.timedelta(minutes=5)
# What the queue shows: visitors expected, waiting, or called to a counter.
QUEUE_STATUSES = (E.BOOKED, E.ARRIVED, E.CALLED)

# Tiers of the queue list, top first.
CALLED, DUE, WALK_IN, EARLY, EXPECTED = range(5)


# The desk's times are the one visit timeline (arrival, first call, service; see core/timeline.py).
Times = Timeline


def times_from_events(events: Iterable[tuple[str, dt.datetime]], timezone: str = DEFAULT_TIMEZONE) -> Times:
    """The timeline of one entry from its ``(status, at)`` events (see :mod:`~welcome_desk.core.timeline`)."""
    return timeline_from_events(events, timezone)


@dataclass(frozen=True)
class QueueItem:
    """One visitor in the queue, with what the desk needs to see."""

    entry: EntryView
    tier: int  # CALLED, DUE, WALK_IN, EARLY or EXPECTED
    times: Times
    waiting_minutes: int | None  # None while only expected
    missed_calls: int = 0  # calls the visitor did not answer (each park counts one)
    parked: bool = False  # called, did not come: left out of "call next" until re-called

    @property
    def waiting(self) -> bool:
        """Here and not yet called."""
        return self.entry.status == E.ARRIVED


def tier_of(entry: EntryView, now: dt.datetime) -> int:
    if entry.status == E.CALLED:
        return CALLED
    if entry.status == E.BOOKED:
        return EXPECTED
    if entry.kind == E.WALK_IN:
        return WALK_IN
    return DUE if entry.at <= now + DUE_AHEAD else EARLY


def call_order(entries: Sequence[EntryView], now: dt.datetime) -> list[EntryView]:
    """``entries`` sorted as the queue lists them (the calling rule of this module)."""

    def key(e: EntryView) -> tuple:
        tier = tier_of(e, now)
        if tier == WALK_IN:
            return (tier, e.day, _ticket_number(e), e.id)
        return (tier, e.at, e.id)

    return sorted(entries, key=key)


def _ticket_number(entry: EntryView) -> int:
    try:
        return int(entry.ticket.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return entry.id


class QueueService:
    """Today's queue per unit, and calling the next visitor."""

    def __init__(self, booking: BookingService) -> None:
        self.booking = booking
        self.db = booking.db
        self.centre = booking.centre

    def queue(self, unit_id: str | None = None, day: dt.date | None = None) -> list[QueueItem]:
        """Who is expected, waiting or called on ``day`` (default today), in calling order.

        With ``unit_id`` one unit; without, every unit (ordered by unit, then calling order).
        """
        if unit_id is not None:
            self.booking.unit(unit_id)  # a clear error for an unknown unit
        now = self.booking.clock()
        day = day or now.date()
        conditions = [Entry.centre_id == self.centre.id, Entry.day == day, Entry.status.in_(QUEUE_STATUSES)]
        if unit_id is not None:
            conditions.append(Entry.unit_id == unit_id)
        with self.db.read() as session:
            views = [EntryView.from_row(r) for r in session.execute(view_select().where(*conditions)).mappings()]
            events = self._events(session, [v.id for v in views])
            call_state = self._call_state(session, [v.id for v in views])
        order = {u.id: i for i, u in enumerate(self.centre.units)}
        result = []
        for entry in call_order(views, now):
            times = times_from_events(events.get(entry.id, ()), self.centre.timezone)
            waiting = times.waiting_minutes(now) if entry.status != E.BOOKED else None
            missed, parked = call_state.get(entry.id, (0, False))
            parked = parked and entry.status == E.ARRIVED  # a parked visitor marked called by hand is not waiting aside
            result.append(QueueItem(entry, tier_of(entry, now), times, waiting, missed, parked))
        result.sort(key=lambda item: order.get(item.entry.unit_id, len(order)))  # stable: keeps the calling order
        return result

    def waiting_counts(self, day: dt.date | None = None) -> dict[str, int]:
        """Visitors waiting (arrived, not yet called) per unit id, units without anyone left out."""
        counts: dict[str, int] = {}
        for item in self.queue(None, day):
            if item.waiting:
                counts[item.entry.unit_id] = counts.get(item.entry.unit_id, 0) + 1
        return counts

    def times(self, entry_id: int) -> Times:
        """Arrival, call, service and end of one entry (waiting and service time follow)."""
        self.booking.get(entry_id)
        with self.db.read() as session:
            return times_from_events(self._events(session, [entry_id]).get(entry_id, ()), self.centre.timezone)

    def events(self, entry_id: int) -> list[tuple[str, dt.datetime, str]]:
        """The entry's history: (status, time, staff), oldest first."""
        self.booking.get(entry_id)
        with self.db.read() as session:
            rows = session.execute(
                select(StatusEvent.status, StatusEvent.at, StatusEvent.at_fold, StatusEvent.staff)
                .where(StatusEvent.entry_id == entry_id)
                .order_by(StatusEvent.id)
            ).all()
        return [(status, folded(at, fold), staff) for status, at, fold, staff in rows]

    @staticmethod
    def _events(session, ids: list[int]) -> dict[int, list[tuple[str, dt.datetime]]]:
        return events_of(session, ids)

    @staticmethod
    def _call_state(session, ids: list[int]) -> dict[int, tuple[int, bool]]:
        """Missed calls and parked, for the visits of ``ids`` that were ever parked (see core/calls.py)."""
        out: dict[int, tuple[int, bool]] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            rows = session.execute(
                select(VisitCall.entry_id, VisitCall.missed_calls, VisitCall.parked).where(
                    VisitCall.entry_id.in_(chunk), (VisitCall.missed_calls > 0) | VisitCall.parked.is_(True)
                )
            ).all()
            for entry_id, missed, parked in rows:
                out[entry_id] = (missed or 0, bool(parked))
        return out
