"""The appointment as an iCalendar event, for the QR code on appointment slips (a phone adds it to its calendar)."""

from __future__ import annotations

from datetime import timedelta

from welcome_desk.slips.fonts import clean_text, strip_marks
from welcome_desk.slips.model import MAX_TICKET_CHARS, SlipData
from welcome_desk.slips.phrases import GERMAN, phrase

APPOINTMENT_MINUTES = 15  # the event's length when the unit names no slot length


def _ical_escape(value: str) -> str:
    value = strip_marks(value)
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def slip_event(slip: SlipData, visitor_lang: str = "en") -> str:
    """The appointment as iCalendar ``VEVENT`` text (floating local time) for the QR code."""
    minutes = slip.slot_minutes if slip.slot_minutes and slip.slot_minutes > 0 else APPOINTMENT_MINUTES
    minutes = min(minutes, 24 * 60)
    start = slip.at.replace(tzinfo=None, second=0, microsecond=0)
    end = start + timedelta(minutes=minutes)
    unit_de = clean_text(slip.unit_name.get(GERMAN), 80)
    unit_vis = clean_text(slip.unit_name.get(visitor_lang), 80)
    summary = f"{clean_text(slip.ticket, MAX_TICKET_CHARS)} {unit_de}".strip()
    if unit_vis and unit_vis != unit_de:
        summary += f" / {unit_vis}"
    place = [clean_text(slip.address_line, 120), clean_text(slip.building.get(GERMAN), 60)]
    room = clean_text(slip.room, 30)
    if room:
        place.append(f"{phrase(GERMAN, 'room')} {room}")
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{_ical_escape(summary)}",
        f"DTSTART:{start:%Y%m%dT%H%M%S}",
        f"DTEND:{end:%Y%m%dT%H%M%S}",
        f"LOCATION:{_ical_escape(', '.join(p for p in place if p))}",
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"
