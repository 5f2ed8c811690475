"""What goes on the slip for one entry: the centre's data joined with the visit."""

from __future__ import annotations

import datetime as dt

from welcome_desk.core.centre import EMPTY_TEXT, Centre, document_name
from welcome_desk.core.entries import EntryView
from welcome_desk.slips.model import SlipData


def compose_slip(centre: Centre, entry: EntryView, printed_at: dt.datetime) -> SlipData:
    unit = centre.unit(entry.unit_id)
    location = unit.location or centre.location
    concern = centre.concern(entry.concern_id) if entry.concern_id and centre.has_concern(entry.concern_id) else None
    phones = unit.phones or centre.phones
    return SlipData(
        entry_id=entry.id,
        kind=entry.kind,
        ticket=entry.ticket,
        at=entry.at,
        centre_name=centre.name,
        address_line=location.address.one_line(),
        phone=phones[0].number if phones else "",
        unit_name=unit.name,
        building=location.building,
        floor=unit.floor,
        room=unit.room,
        counter=unit.counter,
        accessibility=location.accessibility,
        hours_kind=unit.hours_kind,
        schedules=centre.unit_schedules(unit),
        concern_label=concern.label if concern else EMPTY_TEXT,
        documents=tuple(document_name(centre, d) for d in concern.documents) if concern else (),
        printed_at=printed_at,
        organization=unit.organization or centre.organization,
        slot_minutes=unit.slot_minutes,
    )
