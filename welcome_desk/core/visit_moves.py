"""Moving a visit on: referral to another unit and rebooking to another slot.

Both are use cases of the visit flow: they run through the booking service's
one door (``_change``: permission check, one transaction, the actor's name on
the status events). Split from :mod:`welcome_desk.core.booking` to keep each
module readable; :class:`~welcome_desk.core.booking.BookingService` inherits them.
"""

from __future__ import annotations

import datetime as dt

from welcome_desk.core import entries as E
from welcome_desk.core.booking_rules import BookingError, Referral, checked_texts, require_walk_in
from welcome_desk.core.entries import EntryView
from welcome_desk.core.models import Entry
from welcome_desk.core.permissions import Permission


class VisitMoves:
    """Referral and rebooking, for :class:`~welcome_desk.core.booking.BookingService`."""

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
            require_walk_in(unit)
        if at is not None:
            at = at.replace(second=0, microsecond=0)
            self._check_slot(unit, at)
        with self._change(Permission.REFER) as change:
            session, now = change.session, change.now
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
            texts = checked_texts(source.query_text, source.visitor_name, source.visitor_contact, lang)
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
        new_at = new_at.replace(second=0, microsecond=0, fold=0)  # a slot: its first pass
        with self.db.read() as session:
            current = self._entry(session, entry_id)
            unit = self.unit(current.unit_id)
            self._check_movable(current, new_at)
        self._check_slot(unit, new_at)
        with self._change(Permission.REBOOK) as change:
            session, now = change.session, change.now
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
