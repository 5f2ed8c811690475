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
from typing import Callable, Iterator

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.entries import EntryView
from welcome_desk.core.hours import Hours, closed_reason
from welcome_desk.core.models import (
    MAX_CONTACT,
    MAX_NAME,
    MAX_QUERY_TEXT,
    DayCounter,
    Entry,
    StatusEvent,
)

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BookingError(ValueError):
    """A booking that cannot be made; ``str()`` is a message for a person.

    ``code`` lets the UI show its own translated wording.
    """

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class SlotTaken(BookingError):
    pass


@contextmanager
def _writing(db: Database) -> Iterator[Session]:
    """``db.write()``, with a database failure (busy, full disk, read-only) as a BookingError.

    The transaction has rolled back when it is raised: nothing of the booking is stored.
    The code is ``db_`` + :attr:`DatabaseError.code`, for the UI's own wording.
    """
    try:
        with db.write() as session:
            yield session
    except DatabaseError as exc:
        raise BookingError(f"db_{exc.code}", str(exc)) from exc


def _shown(value: object, limit: int = 40) -> str:
    """A value quoted back in a message: visible control characters, never a wall of text."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_text(value: str | None, limit: int, what: str) -> str | None:
    """Free text is stored exactly as typed, or refused with a reason — never cut."""
    if value is None:
        return None
    if "\x00" in value:
        raise BookingError("bad_text", f"the {what} contains a NUL character; please retype it", field=what)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from a broken paste: no database can store it
        raise BookingError(
            "bad_text",
            f"the {what} contains a broken character at position {exc.start + 1} that cannot be stored; please retype it",
            field=what,
        ) from None
    if len(value) > limit:
        raise BookingError(
            "too_long",
            f"the {what} is {len(value)} characters long; at most {limit} are allowed",
            field=what, length=len(value), limit=limit,
        )
    return value if value.strip() else None


class BookingService:
    """Creates entries and moves them through their statuses."""

    def __init__(self, db: Database, centre: Centre, clock: Clock = system_clock, staff: str = "") -> None:
        self.db = db
        self.centre = centre
        self.clock = clock
        self.staff = staff

    # -- lookups -------------------------------------------------------------------

    def unit(self, unit_id: str) -> Unit:
        try:
            return self.centre.unit(unit_id)
        except KeyError:
            known = ", ".join(u.id for u in self.centre.units)
            raise BookingError("unknown_unit", f"unknown unit {_shown(unit_id)} (known: {known})", unit=unit_id) from None

    def _check_concern(self, concern_id: str | None) -> None:
        if concern_id is not None and not self.centre.has_concern(concern_id):
            raise BookingError("unknown_concern", f"unknown concern {_shown(concern_id)}", concern=concern_id)

    def get(self, entry_id: int) -> EntryView:
        with self.db.read() as session:
            entry = session.get(Entry, entry_id)
            if entry is None or entry.centre_id != self.centre.id:
                raise BookingError("unknown_entry", f"no entry with id {entry_id}", entry=entry_id)
            return EntryView.of(entry)

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
        if "walk_in" not in unit.accepts:
            raise BookingError(
                "no_walk_in", f"{unit.name.get('en')} sees visitors by appointment only", unit=unit_id
            )
        now = self.clock()
        return self._create(unit, concern_id, E.WALK_IN, now, now, language, query_text, visitor_name, visitor_contact)

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
        at = at.replace(second=0, microsecond=0)
        self._check_slot(unit, at)
        return self._create(
            unit, concern_id, E.APPOINTMENT, at, self.clock(), language, query_text, visitor_name, visitor_contact
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
        if dialect == "postgresql":
            session.execute(pg_insert(DayCounter).values(**values).on_conflict_do_nothing())
        elif dialect == "sqlite":
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
        unit: Unit,
        concern_id: str | None,
        kind: str,
        at: dt.datetime,
        now: dt.datetime,
        language: str,
        query_text: str | None,
        visitor_name: str | None,
        visitor_contact: str | None,
    ) -> EntryView:
        query_text = check_text(query_text, MAX_QUERY_TEXT, "concern text")
        visitor_name = check_text(visitor_name, MAX_NAME, "name")
        visitor_contact = check_text(visitor_contact, MAX_CONTACT, "contact")
        if not language or len(language) > 16:
            raise BookingError("bad_language", f"not a language code: {_shown(language)}")
        status = E.ARRIVED if kind == E.WALK_IN else E.BOOKED
        with _writing(self.db) as session:
            counter = self._lock_counter(session, unit, at.date())
            if kind == E.APPOINTMENT:
                taken = session.scalar(
                    select(func.count(Entry.id)).where(
                        Entry.centre_id == self.centre.id,
                        Entry.unit_id == unit.id,
                        Entry.kind == E.APPOINTMENT,
                        Entry.at == at,
                        Entry.status.not_in(E.RELEASED),
                    )
                )
                if (taken or 0) >= unit.slot_capacity:
                    raise SlotTaken(
                        "slot_full",
                        f"the slot {at:%Y-%m-%d %H:%M} with {unit.name.get('en')} is already full",
                        at=at, unit=unit.id,
                    )
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
                staff=self.staff,
                query_text=query_text,
                visitor_name=visitor_name,
                visitor_contact=visitor_contact,
            )
            entry.events.append(StatusEvent(status=status, at=now, staff=self.staff))
            session.add(entry)
            session.flush()
            return EntryView.of(entry)

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
        if status not in E.STATUSES:
            raise BookingError("bad_status", f"unknown status {_shown(status)}", status=status)
        now = self.clock()
        with _writing(self.db) as session:
            entry = session.get(Entry, entry_id)
            if entry is None or entry.centre_id != self.centre.id:
                raise BookingError("unknown_entry", f"no entry with id {entry_id}", entry=entry_id)
            entry.status = status
            entry.status_at = now
            entry.events.append(StatusEvent(status=status, at=now, staff=self.staff))
            session.flush()
            return EntryView.of(entry)
