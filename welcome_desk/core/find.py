"""Finding an entry again: by ticket, by the visitor's name, or by date.

The ticket is the handle: "A-012", "a12" and "A 12" all mean ticket A-012. Tickets
start again every day, so a ticket is looked up over a range of days around
today (the nearest day first). A name matches case- and accent-insensitively
anywhere in the stored name ("mull" finds "Müller"); erased names (after the
retention period) are gone and cannot be found. A date ("2026-11-23", "23.11.2026"
or "23.11.") lists that day; it may be combined with a ticket or a name.

Every query is bounded by the (centre_id, day) index. Nothing here logs what
was searched for: a name typed into the search is personal data.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView, view_select
from welcome_desk.core.models import Entry
from welcome_desk.core.textnorm import fold, fold_plain

DAYS_BACK = 120  # how far back a ticket or name is looked for without a date
DAYS_AHEAD = 90  # and how far ahead (appointments booked in advance)
MIN_NAME = 2
LIMIT = 200

TICKET = "ticket"
NAME = "name"
DATE = "date"

_TICKET = re.compile(r"^([A-Za-z]{1,2})\s*-?\s*(\d{1,4})$")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DE_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?![\d.])")


class FindError(ValueError):
    """A search that cannot be run; ``code`` for the UI's own wording, ``str()`` for a person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Found:
    """What a search looked for, and the entries it found (nearest day first)."""

    kind: str  # TICKET, NAME or DATE
    entries: tuple[EntryView, ...]
    start: dt.date
    end: dt.date
    more: bool = False  # more than the limit matched


def normalize_ticket(text: str) -> str | None:
    """ "a12" → "A-012"; None when ``text`` is not a ticket."""
    match = _TICKET.match(text.strip())
    if not match:
        return None
    prefix, number = match.groups()
    return f"{prefix.upper()}-{int(number):03d}"


def parse_date(text: str, today: dt.date) -> tuple[dt.date | None, str]:
    """The date in ``text`` (ISO or German, "23.11." meaning this year) and the rest of the text."""
    for pattern, order in ((_ISO_DATE, "ymd"), (_DE_DATE, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups()))
        year = parts["y"]
        if year is None:
            y = today.year
        else:
            y = int(year) + (2000 if len(year) == 2 else 0)
        try:
            day = dt.date(y, int(parts["m"]), int(parts["d"]))
        except ValueError:
            raise FindError("bad_date", f"not a date: {match.group(0)!r}") from None
        rest = (text[: match.start()] + " " + text[match.end() :]).strip()
        return day, " ".join(rest.split())
    return None, " ".join(text.split())


def find_entries(
    db: Database,
    centre: Centre,
    text: str,
    today: dt.date,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = LIMIT,
) -> Found:
    """Entries matching ``text`` (a ticket, a name, a date, or a date with a ticket or name).

    Without a date in the text, ``start``..``end`` bound the search (default
    :data:`DAYS_BACK` days back to :data:`DAYS_AHEAD` days ahead).
    """
    day, rest = parse_date(text, today)
    if day is not None:
        start = end = day
    else:
        start = start or today - dt.timedelta(days=DAYS_BACK)
        end = end or today + dt.timedelta(days=DAYS_AHEAD)
    if start > end:
        raise FindError("bad_range", "the start of the date range is after its end")
    in_range = (Entry.centre_id == centre.id, Entry.day >= start, Entry.day <= end)
    ticket = normalize_ticket(rest) if rest else None
    with db.read() as session:
        if not rest:
            if day is None:
                raise FindError("empty", "type a ticket (e.g. A-012), a name or a date")
            kind = DATE
            stmt = view_select().where(*in_range)
        elif ticket is not None:
            kind = TICKET
            stmt = view_select().where(*in_range, Entry.ticket == ticket)
        else:
            if len(rest) < MIN_NAME:
                raise FindError("too_short", f"type at least {MIN_NAME} letters of the name")
            kind = NAME
            ids = _ids_by_name(session, in_range, rest)
            stmt = view_select().where(Entry.id.in_(ids[: limit + 1] or [-1]))
        rows = session.execute(stmt.order_by(Entry.day, Entry.at, Entry.id).limit(limit + 1)).mappings()
        views = [EntryView.from_row(r) for r in rows]
    more = len(views) > limit
    views.sort(key=lambda e: (abs((e.day - today).days), e.day < today, e.at, e.id))
    return Found(kind, tuple(views[:limit]), start, end, more)


def _ids_by_name(session, in_range, text: str) -> list[int]:
    """Ids of entries whose (not erased) name contains ``text``, compared folded in Python:
    SQL ``lower()`` only folds ASCII, and names are few (they exist only within retention)."""
    wanted, wanted_plain = fold(text), fold_plain(text)
    rows = session.execute(
        select(Entry.id, Entry.visitor_name).where(
            *in_range, Entry.visitor_name.is_not(None), Entry.purged_at.is_(None)
        )
    ).all()
    return [
        entry_id
        for entry_id, name in rows
        if wanted in fold(name) or wanted_plain in fold_plain(name)
    ]
