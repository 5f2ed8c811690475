"""The team lead's log: entries over a date range, filtered, counted and fetched page by page.

Every query starts from the (centre_id, day) index, so a filtered day on a
million entries costs what the day itself costs. Pages are fetched by key
(the last row's time and id), not by offset, so page 50 is as cheap as page 1.
Personal fields are only read when a caller asks for them (an export the team
lead confirmed); the review table never needs them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Iterator

from sqlalchemy import and_, func, or_, select

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView
from welcome_desk.core.models import Entry, StatusEvent
from welcome_desk.core.timeline import Timeline, events_of, timeline_from_events

PAGE = 200
NO_CONCERN = ""  # the concern filter value for entries without a concern

# Columns of an export, in order. The first ten are what `welcome-desk log --format csv` always printed.
EXPORT_FIELDS = (
    "id", "at", "ticket", "kind", "status", "unit", "unit_name", "concern", "concern_label", "language",
    "staff", "day", "created_at", "status_at", "arrived_at", "called_at", "waiting_minutes", "service_minutes",
)
# The last four come from the one visit timeline (core/timeline.py): arrival, first call, and the minutes between.
PERSONAL_FIELDS = ("visitor_name", "visitor_contact", "query_text", "note")

_PLAIN_COLUMNS = tuple(
    c for c in E.VIEW_COLUMNS if c.name not in ("query_text", "visitor_name", "visitor_contact")
)
_PERSONAL_COLUMNS = tuple(Entry.__table__.c[name] for name in PERSONAL_FIELDS)


@dataclass(frozen=True)
class LogFilter:
    """Which entries: a date range (both ends inclusive) and optional equality filters.

    ``None`` means "any"; ``concern=NO_CONCERN`` means entries without a concern.
    """

    start: dt.date
    end: dt.date | None = None
    unit: str | None = None
    concern: str | None = None
    status: str | None = None
    language: str | None = None
    staff: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"the range ends ({self.end}) before it starts ({self.start})")
        if self.status is not None and self.status not in E.STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if self.kind is not None and self.kind not in E.KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")

    @property
    def last(self) -> dt.date:
        return self.end or self.start

    @property
    def days(self) -> int:
        return (self.last - self.start).days + 1

    def with_range(self, start: dt.date, end: dt.date | None = None) -> LogFilter:
        return replace(self, start=start, end=end)

    def active(self) -> dict[str, str]:
        """The equality filters that are set, by name (for headers and the audit log)."""
        names = ("unit", "concern", "status", "language", "staff", "kind")
        return {name: getattr(self, name) for name in names if getattr(self, name) is not None}

    def describe(self) -> str:
        """A short plain description (no personal data): range and filters."""
        span = self.start.isoformat() if self.last == self.start else f"{self.start.isoformat()}..{self.last.isoformat()}"
        extra = ", ".join(f"{k}={v or '-'}" for k, v in self.active().items())
        return f"{span}{' (' + extra + ')' if extra else ''}"

    def conditions(self, centre_id: str) -> list[Any]:
        """SQL conditions; the range first so the (centre_id, day) index is used."""
        out: list[Any] = [Entry.centre_id == centre_id]
        out.append(Entry.day == self.start if self.last == self.start else and_(Entry.day >= self.start, Entry.day <= self.last))
        for name, column in (
            ("unit", Entry.unit_id),
            ("status", Entry.status),
            ("language", Entry.language),
            ("staff", Entry.staff),
            ("kind", Entry.kind),
        ):
            value = getattr(self, name)
            if value is not None:
                out.append(column == value)
        if self.concern is not None:
            out.append(Entry.concern_id.is_(None) if self.concern == NO_CONCERN else Entry.concern_id == self.concern)
        return out


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after this row in (at, id) order."""

    at: dt.datetime
    id: int


def count(db: Database, centre: Centre, flt: LogFilter) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Entry).where(*flt.conditions(centre.id))) or 0


def page_statement(centre: Centre, flt: LogFilter, after: Cursor | None = None, limit: int = PAGE, personal: bool = False):
    """The SELECT for one page (exposed so tests and the benchmark can EXPLAIN it)."""
    cols = _PLAIN_COLUMNS + (_PERSONAL_COLUMNS if personal else ())
    # `at` falls on `day`; bounding it too lets SQLite walk the (centre, unit, at) index
    # in order when a unit is chosen, instead of all of that unit's years.
    if after is not None and flt.start < after.at.date() <= flt.last:
        flt = replace(flt, start=after.at.date(), end=flt.last)  # the next page starts on the cursor's day
    first = dt.datetime.combine(flt.start, dt.time())
    stop = dt.datetime.combine(flt.last + dt.timedelta(days=1), dt.time())
    stmt = select(*cols).where(*flt.conditions(centre.id), Entry.at >= first, Entry.at < stop)
    if after is not None:
        stmt = stmt.where(or_(Entry.at > after.at, and_(Entry.at == after.at, Entry.id > after.id)))
    # (day, at, id) is (at, id) order, since `at` falls on `day`; spelled with the day first,
    # SQLite sorts a long range day by day from the index and stops at the page's end.
    order = (Entry.at, Entry.id) if flt.unit is not None else (Entry.day, Entry.at, Entry.id)
    return stmt.order_by(*order).limit(limit)


def page(db: Database, centre: Centre, flt: LogFilter, after: Cursor | None = None, limit: int = PAGE) -> list[EntryView]:
    """Up to ``limit`` entries in time order, starting after ``after`` (None: from the first)."""
    with db.read() as session:
        rows = session.execute(page_statement(centre, flt, after, limit)).mappings().all()
    return [EntryView.from_row(row) for row in rows]


def cursor_after(entries: list[EntryView]) -> Cursor | None:
    return Cursor(entries[-1].at, entries[-1].id) if entries else None


def staff_values(db: Database, centre: Centre, start: dt.date, end: dt.date) -> list[str]:
    """The staff names that appear in the range (to offer in a filter)."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Entry.staff)
                .where(Entry.centre_id == centre.id, Entry.day >= start, Entry.day <= end)
                .group_by(Entry.staff)
                .order_by(Entry.staff)
            )
        )


# --------------------------------------------------------------------------- records for exports


@dataclass(frozen=True)
class Names:
    """Unit names and concern labels of the centre in one language."""

    units: dict[str, str]
    concerns: dict[str, str]

    @classmethod
    def of(cls, centre: Centre, lang: str) -> Names:
        return cls(
            {u.id: u.name.get(lang) for u in centre.units},
            {c.id: c.label.get(lang) for c in centre.concerns},
        )

    def unit(self, unit_id: str) -> str:
        return self.units.get(unit_id, unit_id)

    def concern(self, concern_id: str | None) -> str:
        return self.concerns.get(concern_id or "", concern_id or "")


def export_fields(personal: bool) -> tuple[str, ...]:
    return EXPORT_FIELDS + (PERSONAL_FIELDS if personal else ())


def _record(row: Any, names: Names, personal: bool, times: Timeline | None = None) -> dict[str, Any]:
    times = times or Timeline()
    data: dict[str, Any] = {
        "id": row["id"],
        "at": row["at"],
        "ticket": row["ticket"],
        "kind": row["kind"],
        "status": row["status"],
        "unit": row["unit_id"],
        "unit_name": names.unit(row["unit_id"]),
        "concern": row["concern_id"],
        "concern_label": names.concern(row["concern_id"]),
        "language": row["language"],
        "staff": row["staff"],
        "day": row["day"],
        "created_at": row["created_at"],
        "status_at": row["status_at"],
        "arrived_at": times.arrived_at,
        "called_at": times.called_at,
        "waiting_minutes": times.waiting_minutes(),
        "service_minutes": times.service_minutes(),
    }
    if personal:
        for name in PERSONAL_FIELDS:
            data[name] = row[name] or ""
    return data


def iter_records(
    db: Database, centre: Centre, flt: LogFilter, lang: str = "de", *, personal: bool = False, batch: int = 2000
) -> Iterator[list[dict[str, Any]]]:
    """Export records (plain values, names resolved) in batches, in time order.

    Personal fields (:data:`PERSONAL_FIELDS`) are selected only with ``personal=True``.
    """
    names = Names.of(centre, lang)
    after: Cursor | None = None
    while True:
        with db.read() as session:
            rows = session.execute(page_statement(centre, flt, after, batch, personal)).mappings().all()
        if not rows:
            return
        timelines = _timelines(session_db=db, ids=[r["id"] for r in rows], timezone=centre.timezone)
        yield [_record(r, names, personal, timelines.get(r["id"])) for r in rows]
        if len(rows) < batch:
            return
        after = Cursor(rows[-1]["at"], rows[-1]["id"])


def _timelines(session_db: Database, ids: list[int], timezone: str) -> dict[int, Timeline]:
    """The visit timeline of each entry in ``ids`` (one query for the batch)."""
    with session_db.read() as session:
        events = events_of(session, ids)
    return {entry_id: timeline_from_events(evs, timezone) for entry_id, evs in events.items()}
