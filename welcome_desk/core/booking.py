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
from typing import Iterator, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.clock import Clock, system_clock
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
from welcome_desk.core.staff import resolve_staff

__all__ = ["BookingError", "BookingService", "Clock", "Referral", "SlotTaken", "check_text", "system_clock"]


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


class Referral(NamedTuple):
    """The entry sent onward (now 'referred') and the new entry it is linked to."""

    source: EntryView
    entry: EntryView


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
    """Creates entries and moves them through their statuses.

    Every change is attributed to :attr:`staff`: the name chosen for the desk,
    or the system user's name when none is chosen.
    """

    def __init__(self, db: Database, centre: Centre, clock: Clock = system_clock, staff: str = "") -> None:
        self.db = db
        self.centre = centre
        self.clock = clock
        self.staff = staff

    @property
    def staff(self) -> str:
        return self._staff

    @staff.setter
    def staff(self, name: str | None) -> None:
        try:
            self._staff = resolve_staff(name)
        except ValueError as exc:
            raise BookingError("too_long", str(exc), field="staff", length=len(name or ""), limit=64) from None

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
            return EntryView.of(self._entry(session, entry_id))

    def _entry(self, session: Session, entry_id: int, *, lock: bool = False) -> Entry:
        """The entry of this centre, row-locked when ``lock`` (PostgreSQL; SQLite locks the file)."""
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
        _require_walk_in(unit)
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
        texts = _checked_texts(query_text, visitor_name, visitor_contact, language)
        with _writing(self.db) as session:
            entry = self._insert(session, unit, concern_id, kind, at, now, language, *texts)
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
            staff=self.staff,
            query_text=query_text,
            visitor_name=visitor_name,
            visitor_contact=visitor_contact,
            referred_from_id=referred_from_id,
        )
        entry.events.append(StatusEvent(status=status, at=now, staff=self.staff))
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
            raise BookingError("bad_status", f"unknown status {_shown(status)}", status=status)
        if status == E.REFERRED:
            raise BookingError(
                "use_refer", "to send a visitor onward, refer the entry to the other unit (this creates the new ticket)"
            )
        now = self.clock()
        with _writing(self.db) as session:
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
        entry.events.append(StatusEvent(status=status, at=now, staff=self.staff))

    # -- moving on -------------------------------------------------------------------

    def refer_onward(
        self,
        entry_id: int,
        unit_id: str,
        concern_id: str | None = None,
        *,
        at: dt.datetime | None = None,
        language: str | None = None,
    ) -> Referral:
        """Send a visitor on to another unit: the entry becomes 'referred' and a linked
        new entry is made — a walk-in ticket for today, or an appointment at ``at`` —
        in one transaction, so there is never one without the other.

        The new entry keeps the visitor's language, name, contact and typed concern.
        Without ``concern_id`` it keeps the old concern if the new unit handles it.
        """
        unit = self.unit(unit_id)
        self._check_concern(concern_id)
        if at is None:
            _require_walk_in(unit)
        if at is not None:
            at = at.replace(second=0, microsecond=0)
            self._check_slot(unit, at)
        now = self.clock()
        with _writing(self.db) as session:
            source = self._entry(session, entry_id, lock=True)
            if source.status not in E.REFERABLE:
                raise BookingError(
                    "bad_transition",
                    f"{source.ticket} is '{source.status}' and cannot be referred onward",
                    ticket=source.ticket, old=source.status, new=E.REFERRED,
                )
            if source.unit_id == unit.id:
                raise BookingError(
                    "same_unit", f"{source.ticket} is already with {unit.name.get('en')}", ticket=source.ticket, unit=unit.id
                )
            if concern_id is None and source.concern_id and self.centre.has_concern(source.concern_id):
                if unit.id in self.centre.concern(source.concern_id).units:
                    concern_id = source.concern_id
            lang = language or source.language
            texts = _checked_texts(source.query_text, source.visitor_name, source.visitor_contact, lang)
            kind = E.WALK_IN if at is None else E.APPOINTMENT
            new = self._insert(session, unit, concern_id, kind, at or now, now, lang, *texts, referred_from_id=source.id)
            self._record(source, E.REFERRED, now)
            session.flush()
            return Referral(EntryView.of(source), EntryView.of(new))

    def rebook(self, entry_id: int, new_at: dt.datetime) -> EntryView:
        """Move an appointment to the free slot at ``new_at``; its old place becomes free.

        The entry is 'booked' again (a status event records the move). On the same
        day it keeps its ticket; on another day it gets that day's next ticket.
        """
        new_at = new_at.replace(second=0, microsecond=0)
        now = self.clock()
        with self.db.read() as session:
            current = self._entry(session, entry_id)
            unit = self.unit(current.unit_id)
            self._check_movable(current, new_at)
        self._check_slot(unit, new_at)
        with _writing(self.db) as session:
            counter = self._lock_counter(session, unit, new_at.date())
            entry = self._entry(session, entry_id, lock=True)
            self._check_movable(entry, new_at)  # again, under the lock: another desk may have acted
            self._check_capacity(session, unit, new_at, moving=entry.id)
            if new_at.date() != entry.day:
                counter.last_number += 1
                entry.ticket_number = counter.last_number
                entry.ticket = f"{unit.ticket_prefix}-{counter.last_number:03d}"
                entry.day = new_at.date()
            entry.at = new_at
            self._record(entry, E.BOOKED, now)
            session.flush()
            return EntryView.of(entry)

    def _check_movable(self, entry: Entry, new_at: dt.datetime) -> None:
        if entry.kind != E.APPOINTMENT:
            raise BookingError(
                "not_appointment",
                f"{entry.ticket} is a walk-in ticket, not an appointment; book an appointment instead",
                ticket=entry.ticket,
            )
        if entry.status not in E.REBOOKABLE:
            raise BookingError(
                "not_rebookable",
                f"{entry.ticket} is '{entry.status}' and cannot be rebooked; book a new appointment instead",
                ticket=entry.ticket, status=entry.status,
            )
        if entry.at == new_at:
            raise BookingError("same_slot", f"{entry.ticket} is already booked for {new_at:%Y-%m-%d %H:%M}", at=new_at)


def _require_walk_in(unit: Unit) -> None:
    if "walk_in" not in unit.accepts:
        raise BookingError("no_walk_in", f"{unit.name.get('en')} sees visitors by appointment only", unit=unit.id)


def _checked_texts(
    query_text: str | None, visitor_name: str | None, visitor_contact: str | None, language: str
) -> tuple[str | None, str | None, str | None]:
    if not language or len(language) > 16:
        raise BookingError("bad_language", f"not a language code: {_shown(language)}")
    return (
        check_text(query_text, MAX_QUERY_TEXT, "concern text"),
        check_text(visitor_name, MAX_NAME, "name"),
        check_text(visitor_contact, MAX_CONTACT, "contact"),
    )
