"""Plain views of entries (visits) handed to the UI, the CLI and slips.

Services return these frozen records rather than ORM objects, so nothing
outside the core touches a session or lazy-loads from the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

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

    @classmethod
    def from_row(cls, row: Any) -> EntryView:
        """From a Core result row mapping (no ORM object: the fast path for long lists)."""
        return cls(**{name: row[name] for name in _FIELDS})

    @classmethod
    def of(cls, entry: Entry) -> EntryView:
        return cls(**{name: getattr(entry, name) for name in _FIELDS})

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


_FIELDS = tuple(f for f in EntryView.__dataclass_fields__)
# The columns a view needs, for Core queries that skip the ORM.
VIEW_COLUMNS = tuple(Entry.__table__.c[name] for name in _FIELDS)
