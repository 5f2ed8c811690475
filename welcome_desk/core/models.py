"""The database tables, as typed SQLAlchemy 2 models.

What is stored is deliberately little: a visit is a ticket, a unit, a concern
and times. The visitor's name and contact are optional and purged after the
retention period; statistics never need them.

Times are naive local wall-clock times of the centre (what a receptionist sees
on the clock), which keeps day logs and slot arithmetic simple. A time that
records a moment (a visit's times, its status events, calls, the audit log)
has a ``*_fold`` column beside it: 1 for the second pass of the repeated hour
when the clocks go back (Python's ``datetime.fold``), else 0 (migration 0011).
It is written from the datetime's own ``fold`` on every insert and assignment,
and put back on the datetime when an ORM object is loaded; Core readers use
:func:`folded`. So a stored time is one instant, and durations are real.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    event,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, attributes, mapped_column, relationship

# Limits on free text, so a pasted novel cannot bloat the database.
MAX_QUERY_TEXT = 500
MAX_NAME = 200
MAX_CONTACT = 200
MAX_NOTE = 2000


class Base(DeclarativeBase):
    pass


def folded(at: dt.datetime | None, fold: int | None) -> dt.datetime | None:
    """The stored wall time ``at`` with its stored ``fold`` (which pass of a repeated hour)."""
    return at.replace(fold=1) if at is not None and fold else at


def _fold_column(time_field: str) -> Mapped[int]:
    """The ``fold`` of ``time_field``: taken from the datetime on a Core or ORM insert."""

    def default(context) -> int:
        value = context.get_current_parameters().get(time_field)
        return 1 if isinstance(value, dt.datetime) and value.fold else 0

    return mapped_column(Integer, default=default, server_default="0")


def _keep_folds(cls: type, *time_fields: str) -> type:
    """Keep each ``time_field``'s fold in its ``<field>_fold`` column both ways (assignment, load)."""

    for name in time_fields:

        def on_set(target, value, _old, _initiator, name=name):
            if isinstance(value, dt.datetime):
                setattr(target, f"{name}_fold", 1 if value.fold else 0)
            return value

        event.listen(getattr(cls, name), "set", on_set, retval=True)

    def on_load(target, *_args):
        state = target.__dict__
        for name in time_fields:
            value, fold = state.get(name), state.get(f"{name}_fold")
            if isinstance(value, dt.datetime) and fold and not value.fold:
                attributes.set_committed_value(target, name, value.replace(fold=1))

    event.listen(cls, "load", on_load)
    event.listen(cls, "refresh", on_load)
    return cls


class CentreRecord(Base):
    """An imported centre definition (the JSON document, kept verbatim)."""

    __tablename__ = "centre"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(300), default="")


class Entry(Base):
    """One visit: a walk-in logged at the desk or an appointment booked for a slot."""

    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    centre_id: Mapped[str] = mapped_column(String(64))
    unit_id: Mapped[str] = mapped_column(String(64))
    concern_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # walk_in | appointment
    day: Mapped[dt.date] = mapped_column(Date)
    ticket_number: Mapped[int] = mapped_column(Integer)
    ticket: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime)  # slot start or walk-in time
    at_fold: Mapped[int] = _fold_column("at")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_at_fold: Mapped[int] = _fold_column("created_at")
    status: Mapped[str] = mapped_column(String(16))
    status_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status_at_fold: Mapped[int] = _fold_column("status_at")
    language: Mapped[str] = mapped_column(String(16), default="de")
    staff: Mapped[str] = mapped_column(String(64), default="")
    # Personal or possibly personal: purged after the retention period.
    query_text: Mapped[str | None] = mapped_column(String(MAX_QUERY_TEXT), nullable=True)
    visitor_name: Mapped[str | None] = mapped_column(String(MAX_NAME), nullable=True)
    visitor_contact: Mapped[str | None] = mapped_column(String(MAX_CONTACT), nullable=True)
    note: Mapped[str | None] = mapped_column(String(MAX_NOTE), nullable=True)
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    referred_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("entry.id", ondelete="SET NULL"), nullable=True
    )
    # An appointment imported from an online booking system: its id there, and the code the visitor shows.
    external_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    booking_code: Mapped[str | None] = mapped_column(String(32), nullable=True)

    events: Mapped[list[StatusEvent]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="StatusEvent.id"
    )

    __table_args__ = (
        UniqueConstraint("centre_id", "unit_id", "day", "ticket_number", name="uq_entry_ticket"),
        Index("ix_entry_centre_day", "centre_id", "day"),
        Index("ix_entry_centre_day_kind_status", "centre_id", "day", "kind", "status"),
        Index("ix_entry_slot", "centre_id", "unit_id", "at"),
        Index("ix_entry_referred_from", "referred_from_id"),  # "→ B-004" in the log
        Index("ix_entry_external", "centre_id", "external_id", unique=True),
        Index("ix_entry_booking_code", "centre_id", "booking_code"),
        # ix_entry_personal_day (day) WHERE <personal fields not null> (retention's "anything due?")
        # is made by migration 0010 only: a partial index is dialect-specific in SQLAlchemy, and
        # declaring it here would import every dialect at each start.
    )


class StatusEvent(Base):
    """A time-stamped change of an entry's status, and who made it."""

    __tablename__ = "status_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    at_fold: Mapped[int] = _fold_column("at")
    staff: Mapped[str] = mapped_column(String(64), default="")

    entry: Mapped[Entry] = relationship(back_populates="events")


class DayCounter(Base):
    """The last ticket number handed out per unit and day.

    Booking locks this row (``SELECT … FOR UPDATE`` on PostgreSQL, ``BEGIN
    IMMEDIATE`` on SQLite), which serialises concurrent bookings for one unit
    and day: tickets never repeat and slot capacity holds across desks.
    """

    __tablename__ = "day_counter"

    centre_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """A sensitive action (export, purge, edit, restore, role change): who, when, what.

    ``detail`` names what was done (a date range, a file name, a count), never
    a visitor's personal data.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    at_fold: Mapped[int] = _fold_column("at")
    staff: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(500))
    desk: Mapped[str] = mapped_column(String(64), default="", server_default="")  # which desk (0005)
    channel: Mapped[str] = mapped_column(String(16), default="", server_default="")  # gui, cli, system (0005)


class CentreSetting(Base):
    """A setting every desk of the centre shares (kept in the database, not per workstation)."""

    __tablename__ = "centre_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportDecision(Base):
    """An imported appointment the app could not place; it waits for the team lead's decision."""

    __tablename__ = "import_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    centre_id: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(128))
    source: Mapped[str] = mapped_column(String(300))  # the file's name
    reason: Mapped[str] = mapped_column(String(32))  # no_unit | slot_full | outside_hours | bad_row
    service: Mapped[str] = mapped_column(String(300))
    at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    detail: Mapped[str] = mapped_column(String(500))
    fingerprint: Mapped[str] = mapped_column(String(64))  # the row's content: a re-import adds nothing
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    decision: Mapped[str | None] = mapped_column(String(32), nullable=True)

    __table_args__ = (
        Index("ix_import_decision_open", "centre_id", "decided_at"),
        Index("ix_import_decision_key", "centre_id", "external_id", "fingerprint"),
    )


class VocabSuggestion(Base):
    """A word reception used for a concern the router did not find first (issue 13).

    Only the word is kept — no visit, desk, person or time of day: how often it was
    used and the first and last day, so an unaccepted word expires with the retention
    period. The team lead accepts it into the centre's keywords or drops it.
    """

    __tablename__ = "vocab_suggestion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    centre_id: Mapped[str] = mapped_column(String(64))
    concern_id: Mapped[str] = mapped_column(String(64))
    word: Mapped[str] = mapped_column(String(60))
    uses: Mapped[int] = mapped_column(Integer, default=1)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date, index=True)

    __table_args__ = (UniqueConstraint("centre_id", "concern_id", "word", name="uq_vocab_suggestion"),)


class CallEvent(Base):
    """One call of a ticket to a place: what the display shows and the call feed prints.

    Deliberately without personal data (no name, no concern): it may be shown
    on a screen in the waiting room and sent to other systems.
    """

    __tablename__ = "call_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    centre_id: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="SET NULL"), nullable=True)
    ticket: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[str] = mapped_column(String(64))
    counter: Mapped[str] = mapped_column(String(32), default="")  # "3": the calling desk's counter
    room: Mapped[str] = mapped_column(String(64), default="")  # "B 0.12"
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    at_fold: Mapped[int] = _fold_column("at")
    language: Mapped[str] = mapped_column(String(16))
    recall: Mapped[int] = mapped_column(Integer, default=0)  # 0 for the first call, then 1, 2, …

    __table_args__ = (
        Index("ix_call_event_centre_id", "centre_id", "id"),
        Index("ix_call_event_entry", "entry_id"),
    )


class VisitCall(Base):
    """A visit's call state and waiting estimate (one row per visit that has any)."""

    __tablename__ = "visit_call"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    missed_calls: Mapped[int] = mapped_column(Integer, default=0)
    parked: Mapped[bool] = mapped_column(Boolean, default=False)
    wait_low: Mapped[int | None] = mapped_column(Integer, nullable=True)  # minutes, as printed on the slip
    wait_high: Mapped[int | None] = mapped_column(Integer, nullable=True)
    valid_from: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)  # "ab 13:00 Uhr"


_keep_folds(Entry, "at", "created_at", "status_at")
_keep_folds(StatusEvent, "at")
_keep_folds(AuditEvent, "at")
_keep_folds(CallEvent, "at")
