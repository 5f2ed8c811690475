"""The database tables, as typed SQLAlchemy 2 models.

What is stored is deliberately little: a visit is a ticket, a unit, a concern
and times. The visitor's name and contact are optional and purged after the
retention period; statistics never need them.

Times are naive local wall-clock times of the centre (what a receptionist sees
on the clock), which keeps day logs and slot arithmetic simple.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Limits on free text, so a pasted novel cannot bloat the database.
MAX_QUERY_TEXT = 500
MAX_NAME = 200
MAX_CONTACT = 200
MAX_NOTE = 2000


class Base(DeclarativeBase):
    pass


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    status_at: Mapped[dt.datetime] = mapped_column(DateTime)
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

    events: Mapped[list[StatusEvent]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="StatusEvent.id"
    )

    __table_args__ = (
        UniqueConstraint("centre_id", "unit_id", "day", "ticket_number", name="uq_entry_ticket"),
        Index("ix_entry_centre_day", "centre_id", "day"),
        Index("ix_entry_centre_day_kind_status", "centre_id", "day", "kind", "status"),
        Index("ix_entry_slot", "centre_id", "unit_id", "at"),
        Index("ix_entry_referred_from", "referred_from_id"),  # "→ B-004" in the log
    )


class StatusEvent(Base):
    """A time-stamped change of an entry's status, and who made it."""

    __tablename__ = "status_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
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
