"""The content of one referral slip, independent of how it is drawn.

The core composes a :class:`SlipData` from a visit and the centre; the renderer
turns it into a PDF. Multilingual values are :class:`~welcome_desk.core.centre.Text`
objects (``.get(lang)`` falls back to German).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from welcome_desk.core.centre import Schedule, Text

PAPER_SIZES = ("A4", "A5", "A6", "receipt80")
MAX_TICKET_CHARS = 24  # a ticket number longer than this is cut on the slip and in its calendar event


@dataclass(frozen=True)
class SlipData:
    entry_id: int
    kind: str  # "walk_in" or "appointment"
    ticket: str  # e.g. "A-017"
    at: datetime  # appointment time, or when the walk-in was logged (local time)
    centre_name: Text
    address_line: str  # "Riversplatz 1-9, 35394 Gießen"
    phone: str  # centre or unit phone, may be ""
    unit_name: Text
    building: Text
    floor: Text
    room: str
    counter: str
    accessibility: Text  # barrier-free route, may be empty
    hours_kind: str  # "opening" or "consultation"
    schedules: tuple[Schedule, ...]  # the unit's weekly hours
    concern_label: Text  # may be empty when no concern was chosen
    documents: tuple[Text, ...]  # what to bring
    printed_at: datetime
    organization: str = ""
    slot_minutes: int = 15  # length of an appointment, for the calendar entry in the QR code
    valid_from: datetime | None = None  # a walk-in ticket for a unit that opens later: "ab 13:00 Uhr"
    wait_low: int | None = None  # the waiting range printed for a walk-in, in minutes
    wait_high: int | None = None
    partner_address: str = ""  # a partner outside the building: go there, no waiting number
    # Which of the slip's values are invented samples in the centre file (names from SLIP_SAMPLE_FIELDS):
    # each is printed with a mark and the slip gets a footnote, in German and the visitor's language.
    samples: frozenset[str] = frozenset()


# the slip's own fields that can carry a sample value (see core/samples.py)
SLIP_SAMPLE_FIELDS = ("address", "partner_address", "building", "floor", "room", "counter", "accessibility", "schedules", "phone")
