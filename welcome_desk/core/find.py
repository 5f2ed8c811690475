"""Finding an entry again: by ticket, by the visitor's name, or by date.

The ticket is the handle: "A-012", "a12" and "A 12" all mean ticket A-012. Tickets
start again every day, so a ticket is looked up over a range of days around
today (the nearest day first). A name matches case- and accent-insensitively
anywhere in the stored name ("mull" finds "Müller"); erased names (after the
retention period) are gone and cannot be found. A date ("2026-11-23", "23.11.2026"
or "23.11.") lists that day; it may be combined with a ticket or a name.

Every query is bounded by the (centre_id, day) index. Nothing here logs what
was searched for: a name typed into the search is personal data.

:func:`find_visits` is the use case the window and the command line call: it
returns the visitors' names and contacts only to whom the permission table
gives ``SHOW_NAMES`` (the team lead) and audits every search that showed one
(how many, which kind of search — never a name or what was typed). Anyone may
search *by* a name; without the permission the matches come without it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import select

from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView, view_select
from welcome_desk.core.models import Entry
from welcome_desk.core.permissions import Permission, allowed
from welcome_desk.core.textnorm import fold, fold_plain
from welcome_desk.core.usecase import check, perform

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


def may_show_names(actor: Actor) -> bool:
    """Whether ``actor`` sees visitors' names in search results (the permission table's ``SHOW_NAMES``)."""
    return allowed(actor, Permission.SHOW_NAMES)


def find_visits(
    db: Database,
    centre: Centre,
    actor: Actor,
    clock: Clock,
    text: str,
    *,
    names: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = LIMIT,
) -> Found:
    """The use case: entries matching ``text`` for ``actor``, with names only when ``names`` is asked.

    Asking for names without ``SHOW_NAMES`` raises
    :class:`~welcome_desk.core.permissions.PermissionDenied` (audited) before
    anything is read; a search that shows at least one name is audited.
    Without ``names`` the visitor's name and contact are left out of every entry.
    """
    if names:
        check(db, actor, Permission.SHOW_NAMES, clock)
    found = find_entries(db, centre, text, clock().date(), start=start, end=end, limit=limit)
    if not names:
        hidden = tuple(replace(e, visitor_name=None, visitor_contact=None) for e in found.entries)
        return replace(found, entries=hidden)
    shown = sum(1 for e in found.entries if e.visitor_name)
    if shown:
        with perform(db, actor, Permission.SHOW_NAMES, clock) as change:
            change.audit("names", f"find by {found.kind}: {shown} name{'s' if shown != 1 else ''} shown, "
                                  f"{found.start.isoformat()} to {found.end.isoformat()}")
    return found


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
    """Entries matching ``text`` (a ticket, a name, a date, or a date with a ticket or name), names included.

    The building block of :func:`find_visits`; front-ends call that (it decides who sees names).

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
