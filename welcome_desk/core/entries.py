"""Plain views of entries (visits) handed to the UI, the CLI and slips.

Services return these frozen records rather than ORM objects, so nothing
outside the core touches a session or lazy-loads from the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is imported where a query is made: the window and the
    # command line read the statuses and views long before (or without) any query.
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

    from welcome_desk.core.models import Entry

WALK_IN = "walk_in"
APPOINTMENT = "appointment"
KINDS = (WALK_IN, APPOINTMENT)

# booked → arrived → called → in_service → done, or no_show / cancelled / referred
BOOKED = "booked"
ARRIVED = "arrived"
CALLED = "called"
IN_SERVICE = "in_service"
DONE = "done"
NO_SHOW = "no_show"
CANCELLED = "cancelled"
REFERRED = "referred"
STATUSES = (BOOKED, ARRIVED, CALLED, IN_SERVICE, DONE, NO_SHOW, CANCELLED, REFERRED)
# Entries in these states no longer hold a place in a slot.
RELEASED = (CANCELLED,)
# Nothing follows these: a cancelled place may have been given away, a referred
# visitor carries on as the linked new entry.
FINAL = (CANCELLED, REFERRED)

# Which status may follow which through a plain status change. Forward moves may
# skip steps (a counter may mark a booked visitor done); a few moves back correct
# a slip of the hand (called → arrived puts the visitor back in the queue, a late
# no-show arrives after all, done reopens as in service). 'referred' is reached
# only by referring onward, which creates the linked entry in the same step.
TRANSITIONS: dict[str, frozenset[str]] = {
    BOOKED: frozenset({ARRIVED, CALLED, IN_SERVICE, DONE, NO_SHOW, CANCELLED}),
    ARRIVED: frozenset({BOOKED, CALLED, IN_SERVICE, DONE, NO_SHOW, CANCELLED}),
    CALLED: frozenset({ARRIVED, IN_SERVICE, DONE, NO_SHOW, CANCELLED}),
    IN_SERVICE: frozenset({ARRIVED, CALLED, DONE}),
    DONE: frozenset({IN_SERVICE}),
    NO_SHOW: frozenset({ARRIVED, CALLED, CANCELLED}),
    CANCELLED: frozenset(),
    REFERRED: frozenset(),
}
# Statuses an entry can be referred onward from.
REFERABLE = (BOOKED, ARRIVED, CALLED, IN_SERVICE)
# Appointments in these statuses may move to another slot.
REBOOKABLE = (BOOKED, ARRIVED, CALLED, NO_SHOW)


def may_change(kind: str, old: str, new: str) -> bool:
    """Whether a plain status change from ``old`` to ``new`` is allowed for an entry of ``kind``."""
    if new == BOOKED and kind != APPOINTMENT:
        return False  # a walk-in was never booked
    return new in TRANSITIONS.get(old, frozenset())


@dataclass(frozen=True)
class EntryView:
    id: int
    centre_id: str
    unit_id: str
    concern_id: str | None
    kind: str
    ticket: str
    day: dt.date
    at: dt.datetime
    created_at: dt.datetime
    status: str
    status_at: dt.datetime
    language: str
    staff: str
    query_text: str | None = None
    visitor_name: str | None = None
    visitor_contact: str | None = None
    # A referral links two entries: the one sent onward and the new one.
    referred_from_id: int | None = None
    referred_from: str | None = None  # ticket of the entry this one was referred from
    referred_to_id: int | None = None
    referred_to: str | None = None  # ticket of the entry this one was referred to

    @classmethod
    def from_row(cls, row: Any) -> EntryView:
        """From a Core result row mapping (no ORM object: the fast path for long lists).

        Rows from :func:`view_select` carry the referral links; plain rows leave them empty.
        A time's ``*_fold`` column, where selected, goes back on the time.
        """
        values = {name: row[name] for name in _FIELDS if name in row}  # personal fields may be left out
        for name in _TIMES:  # the pass of a repeated autumn hour, where the row has it
            if row.get(f"{name}_fold") and values[name] is not None:
                values[name] = values[name].replace(fold=1)
        for name in _LINK_FIELDS:
            if name in row:
                values[name] = row[name]
        return cls(**values)

    @classmethod
    def of(cls, entry: Entry) -> EntryView:
        """From an ORM entry still in its session (the links are looked up through it)."""
        from sqlalchemy.orm import Session

        values = {name: getattr(entry, name) for name in _FIELDS}
        session = Session.object_session(entry)
        if session is not None and entry.id is not None:
            values.update(_links(session, entry))
        return cls(**values)

    def to_json(self, personal: bool = False) -> dict[str, Any]:
        """JSON-ready dict; personal fields only when asked for."""
        data = asdict(self)
        data["unit"] = data.pop("unit_id")
        data["concern"] = data.pop("concern_id")
        data["centre"] = data.pop("centre_id")
        for key in ("day", "at", "created_at", "status_at"):
            value = data[key]
            data[key] = value.isoformat(timespec="minutes") if isinstance(value, dt.datetime) else value.isoformat()
        if not personal:
            for key in ("query_text", "visitor_name", "visitor_contact"):
                data.pop(key)
        return data


_LINK_FIELDS = ("referred_from", "referred_to_id", "referred_to")
_FIELDS = tuple(f for f in EntryView.__dataclass_fields__ if f not in _LINK_FIELDS)
_TIMES = ("at", "created_at", "status_at")  # stored with a fold column each (migration 0011)


def _view_columns() -> tuple:
    from welcome_desk.core.models import Entry

    columns = tuple(Entry.__table__.c[field] for field in _FIELDS) + tuple(
        Entry.__table__.c[f"{field}_fold"] for field in _TIMES
    )
    globals()["VIEW_COLUMNS"] = columns  # later look-ups find it without calling here
    return columns


def __getattr__(name: str) -> Any:
    """``VIEW_COLUMNS``: the columns a view needs, for Core queries that skip the ORM (made on first use)."""
    if name == "VIEW_COLUMNS":
        return _view_columns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def view_select() -> Select:
    """``SELECT`` of everything a view needs, referral links included; add your own ``where``.

    The links are scalar subqueries: the source by primary key, the successor
    through the ``referred_from_id`` index (the newest, should there be several).
    """
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from welcome_desk.core.models import Entry

    source = aliased(Entry)
    successor = aliased(Entry)
    to_id = (
        select(successor.id)
        .where(successor.referred_from_id == Entry.id)
        .order_by(successor.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    to_ticket = (
        select(successor.ticket)
        .where(successor.referred_from_id == Entry.id)
        .order_by(successor.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    from_ticket = select(source.ticket).where(source.id == Entry.referred_from_id).scalar_subquery()
    return select(
        *(globals().get("VIEW_COLUMNS") or _view_columns()),
        from_ticket.label("referred_from"),
        to_id.label("referred_to_id"),
        to_ticket.label("referred_to"),
    )


def _links(session: Session, entry: Entry) -> dict[str, Any]:
    from sqlalchemy import select

    from welcome_desk.core.models import Entry

    links: dict[str, Any] = {}
    if entry.referred_from_id is not None:
        links["referred_from"] = session.scalar(select(Entry.ticket).where(Entry.id == entry.referred_from_id))
    row = session.execute(
        select(Entry.id, Entry.ticket).where(Entry.referred_from_id == entry.id).order_by(Entry.id.desc()).limit(1)
    ).first()
    if row is not None:
        links["referred_to_id"], links["referred_to"] = row
    return links
