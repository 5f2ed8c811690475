"""Checking a visitor in by the booking code they show (typed or scanned at reception).

One use case (Permission.CHECK_IN): find today's appointment with that code,
mark it 'arrived' (it joins the queue), record it in the audit log (the
ticket, not the code), and hand back the entry so the desk prints its slip.
"""

from __future__ import annotations

from sqlalchemy import select

from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.appointment_import import normalize_code
from welcome_desk.core.centre import Centre
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView
from welcome_desk.core.models import Entry, StatusEvent
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import perform


class CheckInError(ValueError):
    """No appointment to check in; ``str()`` is one line for a person, ``code`` for the UI's wording."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_in(db: Database, centre: Centre, actor: Actor, clock: Clock, code_text: str) -> EntryView:
    """Mark today's appointment with booking code ``code_text`` as arrived; returns it."""
    code = normalize_code(code_text)
    if not code:
        raise CheckInError("empty", "type or scan the booking code")
    with perform(db, actor, Permission.CHECK_IN, clock) as change:
        today = change.now.date()
        found = change.session.scalars(
            select(Entry).where(Entry.centre_id == centre.id, Entry.booking_code == code).order_by(Entry.at)
        ).all()
        if not found:
            raise CheckInError("unknown", "no appointment with this booking code")
        todays = [e for e in found if e.day == today]
        if not todays:
            other = found[-1]
            raise CheckInError("other_day", f"this appointment is on {other.at:%d.%m.%Y %H:%M}, not today")
        entry = todays[0]
        if entry.status != E.BOOKED:
            raise CheckInError("status", f"{entry.ticket} is already '{entry.status}'")
        entry.status = E.ARRIVED
        entry.status_at = change.now
        change.session.add(StatusEvent(entry_id=entry.id, status=E.ARRIVED, at=change.now, staff=actor.name))
        change.session.flush()
        change.audit("check_in", f"{entry.ticket} ({entry.unit_id})")
        return EntryView.of(entry)
