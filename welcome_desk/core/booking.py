"""Logging walk-ins and booking appointments, with tickets and slot capacity that hold
when several desks book at the same moment.

Every booking runs in one write transaction that first locks the unit's
ticket counter for the day (see :class:`~welcome_desk.core.models.DayCounter`),
then checks capacity, then inserts. On SQLite the transaction is ``BEGIN
IMMEDIATE``; on PostgreSQL the counter row is ``SELECT … FOR UPDATE``.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor, Channel, Seat
from welcome_desk.core.booking_rules import (
    BookingError,
    Referral,
    SlotTaken,
    check_text,
    checked_texts,
    require_walk_in,
    shown,
)
from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.clock import Clock, system_clock
from welcome_desk.core.clock import exists as clock_exists
from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.entries import EntryView
from welcome_desk.core.hours import Hours, closed_reason
from welcome_desk.core.models import DayCounter, Entry, StatusEvent
from welcome_desk.core.permissions import Permission
from welcome_desk.core.staff import resolve_staff
from welcome_desk.core.usecase import Change, perform
from welcome_desk.core.visit_moves import VisitMoves

__all__ = ["BookingError", "BookingService", "Clock", "Referral", "SlotTaken", "check_text", "system_clock"]


def _resolved(name: str | None) -> str:
    """The desk's name for changes (see :func:`resolve_staff`); too long a name is a BookingError."""
    try:
        return resolve_staff(name)
    except ValueError as exc:
        raise BookingError("too_long", str(exc), field="staff", length=len(name or ""), limit=64) from None


def desk_seat(staff: str | None, channel: Channel = "gui") -> Seat:
    """A desk's seat for reception named ``staff`` (the system user when empty); BookingError when too long."""
    return Seat(Actor(_resolved(staff), channel=channel))


MAX_ENTRY_ID = 2**63 - 1  # the largest id a database integer column holds


class BookingService(VisitMoves):
    """The visit flow's use cases: walk-in, booking, status changes, referral, rebooking.

    Every change goes through :meth:`_change` (:func:`~welcome_desk.core.usecase.perform`):
    the permission table is checked for the desk's :class:`Actor`, and the
    status event naming ``actor.name`` is written in the same transaction.
    The actor is read from the desk's :class:`Seat` at each change, so a new
    name at the desk or a team-lead sign-in applies at once.
    """

    def __init__(
        self,
        db: Database,
        centre: Centre,
        clock: Clock = system_clock,
        staff: str = "",
        *,
        seat: Seat | None = None,
    ) -> None:
        self.db = db
        self.centre = centre
        self.clock = clock
        self.seat = seat if seat is not None else desk_seat(staff)

    @property
    def actor(self) -> Actor:
        return self.seat.actor

    @property
    def staff(self) -> str:
        """The name changes are recorded under now."""
        return self.seat.actor.name

    @staff.setter
    def staff(self, name: str | None) -> None:
        self.seat.rename(_resolved(name))

    @contextmanager
    def _change(self, permission: Permission) -> Iterator[Change]:
        """The one door: permission, one write transaction, database failures as BookingError.

        The transaction has rolled back when an error is raised: nothing of the change is stored.
        """
        try:
            with perform(self.db, self.actor, permission, self.clock) as change:
                yield change
        except DatabaseError as exc:
            raise BookingError(f"db_{exc.code}", str(exc)) from exc

    # -- lookups -------------------------------------------------------------------

    def unit(self, unit_id: str) -> Unit:
        try:
            return self.centre.unit(unit_id)
        except KeyError:
            known = ", ".join(u.id for u in self.centre.units)
            raise BookingError("unknown_unit", f"unknown unit {shown(unit_id)} (known: {known})", unit=unit_id) from None

    def _check_concern(self, concern_id: str | None) -> None:
        if concern_id is not None and not self.centre.has_concern(concern_id):
            raise BookingError("unknown_concern", f"unknown concern {shown(concern_id)}", concern=concern_id)

    def get(self, entry_id: int) -> EntryView:
        with self.db.read() as session:
            return EntryView.of(self._entry(session, entry_id))

    def _entry(self, session: Session, entry_id: int, *, lock: bool = False) -> Entry:
        """The entry of this centre, row-locked when ``lock`` (PostgreSQL; SQLite locks the file)."""
        if isinstance(entry_id, bool) or not isinstance(entry_id, int) or not 0 < entry_id <= MAX_ENTRY_ID:
            shown = str(entry_id) if len(str(entry_id)) <= 24 else f"{str(entry_id)[:20]}…"
            raise BookingError("unknown_entry", f"no entry with id {shown} (ids are whole numbers from 1 to {MAX_ENTRY_ID})",
                               entry=entry_id)
        entry = session.get(Entry, entry_id, with_for_update=lock or None)
        if entry is None or entry.centre_id != self.centre.id:
            raise BookingError("unknown_entry", f"no entry with id {entry_id}", entry=entry_id)
        return entry

    # -- creating entries ------------------------------------------------------------

    def log_walk_in(
        self,
        unit_id: str,
        concern_id: str | None = None,
        *,
        language: str = "de",
        query_text: str | None = None,
        visitor_name: str | None = None,
        visitor_contact: str | None = None,
    ) -> EntryView:
        """A visitor who is here now: a ticket for today, status 'arrived'."""
        unit = self.unit(unit_id)
        self._check_concern(concern_id)
        require_walk_in(unit)
        return self._create(
            Permission.WALK_IN, unit, concern_id, E.WALK_IN, None, language, query_text, visitor_name, visitor_contact
        )

    def book_appointment(
        self,
        unit_id: str,
        at: dt.datetime,
        concern_id: str | None = None,
        *,
        language: str = "de",
        query_text: str | None = None,
        visitor_name: str | None = None,
        visitor_contact: str | None = None,
    ) -> EntryView:
        """An appointment in the slot starting at ``at``; refuses full or impossible slots."""
        unit = self.unit(unit_id)
        self._check_concern(concern_id)
        at = at.replace(second=0, microsecond=0, fold=0)  # a slot is given once: in a repeated hour, the first pass
        self._check_slot(unit, at)
        return self._create(
            Permission.BOOK, unit, concern_id, E.APPOINTMENT, at, language, query_text, visitor_name, visitor_contact
        )

    def _check_slot(self, unit: Unit, at: dt.datetime) -> None:
        name = unit.name.get("en")
        if "appointment" not in unit.accepts:
            raise BookingError("no_appointments", f"{name} does not take appointments", unit=unit.id)
        if at < self.clock().replace(second=0, microsecond=0):
            raise BookingError("in_past", f"{at:%Y-%m-%d %H:%M} is in the past", at=at)
        closed = closed_reason(self.centre, at.date())
        if closed:
            raise BookingError("closed_day", f"the centre is closed on {at:%Y-%m-%d} ({closed})", at=at)
        if not clock_exists(at, self.centre.timezone):
            raise BookingError(
                "no_such_time",
                f"{at:%Y-%m-%d %H:%M} does not exist in {self.centre.timezone} (the clocks go forward that night)",
                at=at,
            )
        hours = Hours(self.centre, unit)
        starts = hours.slot_starts(at.date())
        if at not in starts:
            if not starts:
                raise BookingError(
                    "outside_hours", f"{name} has no hours on {at:%A, %Y-%m-%d}", at=at, unit=unit.id
                )
            inside = [o for o in hours.openings_on(at.date(), "appointment") if o.start <= at < o.end]
            if not inside:
                spans = ", ".join(f"{o.start:%H:%M}–{o.end:%H:%M}" for o in hours.openings_on(at.date(), "appointment"))
                raise BookingError(
                    "outside_hours", f"{at:%H:%M} is outside the hours of {name} on {at:%Y-%m-%d} ({spans})",
                    at=at, unit=unit.id,
                )
            raise BookingError(
                "not_slot_start",
                f"appointments with {name} start every {unit.slot_minutes} minutes "
                f"(e.g. {starts[0]:%H:%M}); {at:%H:%M} is not a slot start",
                at=at, unit=unit.id,
            )

    def _lock_counter(self, session: Session, unit: Unit, day: dt.date) -> DayCounter:
        values = dict(centre_id=self.centre.id, unit_id=unit.id, day=day, last_number=0)
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":  # each dialect's module only where it is used (start-up time)
            from sqlalchemy.dialects.postgresql import insert as pg_insert
            session.execute(pg_insert(DayCounter).values(**values).on_conflict_do_nothing())
        elif dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert
            session.execute(sqlite_insert(DayCounter).values(**values).on_conflict_do_nothing())
        elif session.get(DayCounter, (self.centre.id, unit.id, day)) is None:
            session.add(DayCounter(**values))
            session.flush()
        return session.execute(
            select(DayCounter)
            .where(DayCounter.centre_id == self.centre.id, DayCounter.unit_id == unit.id, DayCounter.day == day)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalar_one()

    def _create(
        self,
        permission: Permission,
        unit: Unit,
        concern_id: str | None,
        kind: str,
        at: dt.datetime | None,
        language: str,
        query_text: str | None,
        visitor_name: str | None,
        visitor_contact: str | None,
    ) -> EntryView:
        """A new entry at ``at`` (a walk-in: None, i.e. now)."""
        texts = checked_texts(query_text, visitor_name, visitor_contact, language)
        with self._change(permission) as change:
            entry = self._insert(change.session, unit, concern_id, kind, at or change.now, change.now, language, *texts)
            return EntryView.of(entry)

    def _check_capacity(self, session: Session, unit: Unit, at: dt.datetime, moving: int | None = None) -> None:
        """Refuse a full slot; ``moving`` is an entry already in the slot that does not count."""
        conditions = [
            Entry.centre_id == self.centre.id,
            Entry.unit_id == unit.id,
            Entry.kind == E.APPOINTMENT,
            Entry.at == at,
            Entry.status.not_in(E.RELEASED),
        ]
        if moving is not None:
            conditions.append(Entry.id != moving)
        taken = session.scalar(select(func.count(Entry.id)).where(*conditions))
        if (taken or 0) >= unit.slot_capacity:
            raise SlotTaken(
                "slot_full",
                f"the slot {at:%Y-%m-%d %H:%M} with {unit.name.get('en')} is already full "
                "(just taken at another desk?); please choose another time",
                at=at, unit=unit.id,
            )

    def _insert(
        self,
        session: Session,
        unit: Unit,
        concern_id: str | None,
        kind: str,
        at: dt.datetime,
        now: dt.datetime,
        language: str,
        query_text: str | None,
        visitor_name: str | None,
        visitor_contact: str | None,
        referred_from_id: int | None = None,
    ) -> Entry:
        """Lock the day's counter, check the slot, insert: inside the caller's transaction."""
        status = E.ARRIVED if kind == E.WALK_IN else E.BOOKED
        counter = self._lock_counter(session, unit, at.date())
        if kind == E.APPOINTMENT:
            self._check_capacity(session, unit, at)
        counter.last_number += 1
        number = counter.last_number
        entry = Entry(
            centre_id=self.centre.id,
            unit_id=unit.id,
            concern_id=concern_id,
            kind=kind,
            day=at.date(),
            ticket_number=number,
            ticket=f"{unit.ticket_prefix}-{number:03d}",
            at=at,
            created_at=now,
            status=status,
            status_at=now,
            language=language,
            staff=self.actor.name,
            query_text=query_text,
            visitor_name=visitor_name,
            visitor_contact=visitor_contact,
            referred_from_id=referred_from_id,
        )
        entry.events.append(StatusEvent(status=status, at=now, staff=self.actor.name))
        session.add(entry)
        session.flush()
        return entry

    # -- slots -------------------------------------------------------------------------

    def free_slots(self, unit_id: str, day: dt.date) -> list[tuple[dt.datetime, int]]:
        """(slot start, places left) for every future slot of the day with room."""
        unit = self.unit(unit_id)
        starts = Hours(self.centre, unit).slot_starts(day)
        if not starts:
            return []
        with self.db.read() as session:
            rows = session.execute(
                select(Entry.at, func.count(Entry.id))
                .where(
                    Entry.centre_id == self.centre.id,
                    Entry.unit_id == unit.id,
                    Entry.kind == E.APPOINTMENT,
                    Entry.day == day,
                    Entry.status.not_in(E.RELEASED),
                )
                .group_by(Entry.at)
            ).all()
        used = {at: n for at, n in rows}
        now = self.clock()
        return [
            (s, unit.slot_capacity - used.get(s, 0))
            for s in starts
            if s >= now and used.get(s, 0) < unit.slot_capacity
        ]

    def next_free_slot(self, unit_id: str, after: dt.datetime | None = None, days: int = 60) -> dt.datetime | None:
        start = after or self.clock()
        for offset in range(days):
            day = start.date() + dt.timedelta(days=offset)
            for slot, _left in self.free_slots(unit_id, day):
                if slot >= start:
                    return slot
        return None

    # -- status ----------------------------------------------------------------------

    def set_status(self, entry_id: int, status: str) -> EntryView:
        """Move an entry to ``status`` (see :data:`~welcome_desk.core.entries.TRANSITIONS`)."""
        if status not in E.STATUSES:
            raise BookingError("bad_status", f"unknown status {shown(status)}", status=status)
        if status == E.REFERRED:
            raise BookingError(
                "use_refer", "to send a visitor onward, refer the entry to the other unit (this creates the new ticket)"
            )
        permission = Permission.CANCEL if status == E.CANCELLED else Permission.CHANGE_STATUS
        with self._change(permission) as change:
            session, now = change.session, change.now
            entry = self._entry(session, entry_id, lock=True)
            if not E.may_change(entry.kind, entry.status, status):
                raise BookingError(
                    "bad_transition",
                    f"{entry.ticket} is '{entry.status}' and cannot become '{status}'",
                    ticket=entry.ticket, old=entry.status, new=status,
                )
            self._record(entry, status, now)
            session.flush()
            return EntryView.of(entry)

    def cancel(self, entry_id: int) -> EntryView:
        """Cancel an entry; an appointment's place in its slot becomes free again."""
        return self.set_status(entry_id, E.CANCELLED)

    def _record(self, entry: Entry, status: str, now: dt.datetime) -> None:
        entry.status = status
        entry.status_at = now
        entry.events.append(StatusEvent(status=status, at=now, staff=self.actor.name))
