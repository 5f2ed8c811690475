"""Calling visitors: call next, re-call, park, and the no-show-after-N-missed-calls rule.

Every call is a :class:`~welcome_desk.core.models.CallEvent` row (ticket, unit,
counter, room, time, slip language, how often called) written in the same
transaction as the visit's new status: the waiting-room display and
``welcome-desk calls --follow`` read these rows and nothing else, so no name
or concern can ever reach them.

A called visitor who does not come is *parked*: back to 'arrived' but left out
of "call next" until a desk re-calls them. Each park counts a missed call; at
the centre's limit (a rule the team lead sets, :data:`NO_SHOW_AFTER`) the visit
becomes a no-show instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.core import centre_settings
from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.booking import BookingError, BookingService
from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.samples import is_sample
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView, view_select
from welcome_desk.core.models import CallEvent, Entry, StatusEvent, VisitCall
from welcome_desk.core.permissions import Permission
from welcome_desk.core.queue import call_order
from welcome_desk.core.settings import MAX_COUNTER, clean_counter
from welcome_desk.core.usecase import perform

NO_SHOW_AFTER = "no_show_after_missed_calls"  # centre setting: missed calls before a no-show
DEFAULT_NO_SHOW_AFTER = 3
MAX_NO_SHOW_AFTER = 20


@dataclass(frozen=True)
class Call:
    """One call as the display and the feed see it: a ticket and a place, nothing personal."""

    id: int
    ticket: str
    unit_id: str
    counter: str
    room: str
    at: dt.datetime
    language: str
    recall: int  # 0 for the first call, 1 for the first re-call, …

    @classmethod
    def of(cls, row: CallEvent) -> Call:
        return cls(row.id, row.ticket, row.unit_id, row.counter, row.room, row.at, row.language, row.recall)

    def to_json(self, centre: Centre | None = None) -> dict:
        """With ``centre``: also ``room_sample``, whether the room is an invented sample value (to be marked)."""
        data = asdict(self)
        data["at"] = self.at.isoformat()
        if centre is not None:
            data["room_sample"] = self.sample_room(centre)
        return data

    def sample_room(self, centre: Centre) -> bool:
        """The call's room is its unit's room, which the centre file marks as an invented sample value."""
        if not self.room or not centre.has_unit(self.unit_id):
            return False
        unit = centre.unit(self.unit_id)
        return is_sample(unit, "room") and unit.room == self.room


@dataclass(frozen=True)
class Parked:
    """What parking did: the visit as it is now, and whether the rule made it a no-show."""

    entry: EntryView
    missed_calls: int
    no_show: bool


def _unit(centre: Centre, unit_id: str) -> Unit:
    try:
        return centre.unit(unit_id)
    except KeyError:
        raise BookingError("unknown_unit", f"unknown unit {unit_id!r}", unit=unit_id) from None


def _counter(counter: str | None) -> str:
    try:
        return clean_counter(counter)
    except ValueError as exc:
        raise BookingError("too_long", str(exc), length=len(" ".join((counter or "").split())), limit=MAX_COUNTER) from None


def _state(session: Session, entry_id: int) -> VisitCall:
    row = session.get(VisitCall, entry_id, with_for_update=True)
    if row is None:
        row = VisitCall(entry_id=entry_id, missed_calls=0, parked=False)
        session.add(row)
    return row


def _set_status(entry: Entry, status: str, now: dt.datetime, actor: Actor) -> None:
    entry.status = status
    entry.status_at = now
    entry.events.append(StatusEvent(status=status, at=now, staff=actor.name))


def _add_call(session: Session, entry: Entry, unit: Unit, counter: str, now: dt.datetime) -> CallEvent:
    before = session.scalar(select(func.count(CallEvent.id)).where(CallEvent.entry_id == entry.id)) or 0
    row = CallEvent(
        centre_id=entry.centre_id,
        entry_id=entry.id,
        ticket=entry.ticket,
        unit_id=unit.id,
        counter=counter,
        room=unit.room,
        at=now,
        language=entry.language,
        recall=before,
    )
    session.add(row)
    session.flush()
    return row


def call_next(
    db: Database, centre: Centre, actor: Actor, clock: Clock, unit_id: str, counter: str | None = None
) -> tuple[EntryView, Call] | None:
    """Call the next waiting, not parked visitor of ``unit_id`` to ``counter``; None when nobody waits.

    Runs under the unit's day-counter lock, so two desks calling at once call two visitors.
    """
    unit = _unit(centre, unit_id)
    counter = _counter(counter)
    booking = BookingService(db, centre, clock=clock, staff=actor.name)
    with perform(db, actor, Permission.CALL, clock) as change:
        session, now = change.session, change.now
        booking._lock_counter(session, unit, now.date())
        parked = select(VisitCall.entry_id).where(VisitCall.parked.is_(True))
        rows = session.execute(
            view_select().where(
                Entry.centre_id == centre.id,
                Entry.unit_id == unit.id,
                Entry.day == now.date(),
                Entry.status == E.ARRIVED,
                Entry.id.not_in(parked),
            )
        ).mappings()
        waiting = call_order([EntryView.from_row(r) for r in rows], now)
        if not waiting:
            return None
        entry = booking._entry(session, waiting[0].id, lock=True)
        _set_status(entry, E.CALLED, now, actor)
        call = _add_call(session, entry, unit, counter, now)
        return EntryView.of(entry), Call.of(call)


def recall(
    db: Database, centre: Centre, actor: Actor, clock: Clock, entry_id: int, counter: str | None = None
) -> tuple[EntryView, Call]:
    """Call a called or parked visitor again (shown as a re-call on the display)."""
    counter = _counter(counter)
    booking = BookingService(db, centre, clock=clock, staff=actor.name)
    with perform(db, actor, Permission.CALL, clock) as change:
        session, now = change.session, change.now
        entry = booking._entry(session, entry_id, lock=True)
        state = _state(session, entry.id)
        if not (entry.status == E.CALLED or (entry.status == E.ARRIVED and state.parked)):
            raise BookingError(
                "bad_transition", f"{entry.ticket} is '{entry.status}' and was not called; use call next",
                ticket=entry.ticket, old=entry.status, new=E.CALLED,
            )
        state.parked = False
        if entry.status != E.CALLED:
            _set_status(entry, E.CALLED, now, actor)
        call = _add_call(session, entry, _unit(centre, entry.unit_id), counter, now)
        return EntryView.of(entry), Call.of(call)


def park(db: Database, centre: Centre, actor: Actor, clock: Clock, entry_id: int) -> Parked:
    """A called visitor did not come: count a missed call and park them, or make them a no-show.

    The visit keeps its arrival time (waiting time runs on while parked).
    """
    limit = no_show_after(db)
    booking = BookingService(db, centre, clock=clock, staff=actor.name)
    with perform(db, actor, Permission.CALL, clock) as change:
        session, now = change.session, change.now
        entry = booking._entry(session, entry_id, lock=True)
        if entry.status != E.CALLED:
            raise BookingError(
                "bad_transition", f"{entry.ticket} is '{entry.status}'; only a called visitor can be parked",
                ticket=entry.ticket, old=entry.status, new=E.ARRIVED,
            )
        state = _state(session, entry.id)
        state.missed_calls += 1
        no_show = state.missed_calls >= limit
        state.parked = not no_show
        _set_status(entry, E.NO_SHOW if no_show else E.ARRIVED, now, actor)
        session.flush()
        return Parked(EntryView.of(entry), state.missed_calls, no_show)


def no_show_after(db: Database) -> int:
    """Missed calls after which a visit becomes a no-show (the team lead's rule)."""
    return max(1, centre_settings.get_int(db, NO_SHOW_AFTER, DEFAULT_NO_SHOW_AFTER))


def set_no_show_after(db: Database, actor: Actor, clock: Clock, missed_calls: int) -> None:
    """The team lead sets the rule for the whole centre (every desk follows it at once)."""
    if not 1 <= missed_calls <= MAX_NO_SHOW_AFTER:
        raise ValueError(f"missed calls before a no-show must be between 1 and {MAX_NO_SHOW_AFTER}, not {missed_calls}")
    with perform(db, actor, Permission.SETTINGS, clock) as change:
        centre_settings.put(change.session, NO_SHOW_AFTER, str(missed_calls), change.now)
        change.audit("settings", f"no-show after {missed_calls} missed calls")


# -- reading ---------------------------------------------------------------------------


def calls_after(db: Database, centre_id: str, after_id: int = 0, limit: int = 100) -> list[Call]:
    """Calls newer than ``after_id``, oldest first (what a follower has not yet seen)."""
    with db.read() as session:
        rows = session.scalars(
            select(CallEvent)
            .where(CallEvent.centre_id == centre_id, CallEvent.id > after_id)
            .order_by(CallEvent.id)
            .limit(limit)
        ).all()
        return [Call.of(r) for r in rows]


def latest_calls(db: Database, centre_id: str, day: dt.date, limit: int = 8, after_id: int = 0) -> list[Call]:
    """The day's newest calls (newer than ``after_id``), newest first: what a display shows.

    A display that was away for a while (or starts mid-day) needs only the last few.
    """
    with db.read() as session:
        rows = session.scalars(
            select(CallEvent)
            .where(
                CallEvent.centre_id == centre_id,
                CallEvent.id > after_id,
                CallEvent.at >= dt.datetime.combine(day, dt.time()),
            )
            .order_by(CallEvent.id.desc())
            .limit(limit)
        ).all()
        return [Call.of(r) for r in rows]


def last_call_id(db: Database, centre_id: str) -> int:
    with db.read() as session:
        return session.scalar(select(func.max(CallEvent.id)).where(CallEvent.centre_id == centre_id)) or 0


def waiting_counts(db: Database, centre_id: str, day: dt.date) -> dict[str, int]:
    """Visitors here and not yet called (parked ones included: they still wait) per unit."""
    with db.read() as session:
        rows = session.execute(
            select(Entry.unit_id, func.count(Entry.id))
            .where(Entry.centre_id == centre_id, Entry.day == day, Entry.status == E.ARRIVED)
            .group_by(Entry.unit_id)
        ).all()
    return {unit_id: n for unit_id, n in rows}


def parked_ids(db: Database, entry_ids: list[int]) -> set[int]:
    """Which of ``entry_ids`` are parked (the queue marks them)."""
    if not entry_ids:
        return set()
    with db.read() as session:
        return set(
            session.scalars(
                select(VisitCall.entry_id).where(VisitCall.entry_id.in_(entry_ids), VisitCall.parked.is_(True))
            )
        )
