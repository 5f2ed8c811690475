"""What goes on the slip for one entry: the centre's data joined with the visit."""

from __future__ import annotations

import datetime as dt

from welcome_desk.core.centre import EMPTY_TEXT, Centre, Unit
from welcome_desk.core.samples import is_sample
from welcome_desk.core.documents import document_name
from welcome_desk.core.entries import EntryView
from welcome_desk.core.waiting import WaitInfo, is_outside
from welcome_desk.slips.model import SlipData


def compose_slip(centre: Centre, entry: EntryView, printed_at: dt.datetime, wait: WaitInfo | None = None) -> SlipData:
    """``wait``: the validity and waiting range stored with the visit (see :mod:`welcome_desk.core.waiting`)."""
    unit = centre.unit(entry.unit_id)
    outside = is_outside(centre, unit)
    location = unit.location or centre.location  # where the visitor goes
    sender = centre.location if outside else location  # the header: who wrote the slip
    wait = wait or WaitInfo()
    concern = centre.concern(entry.concern_id) if entry.concern_id and centre.has_concern(entry.concern_id) else None
    phones = unit.phones or centre.phones
    return SlipData(
        entry_id=entry.id,
        kind=entry.kind,
        ticket=entry.ticket,
        at=entry.at,
        centre_name=centre.name,
        address_line=sender.address.one_line(),
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
        valid_from=wait.valid_from,
        wait_low=wait.low,
        wait_high=wait.high,
        partner_address=unit.location.address.one_line() if outside and unit.location else "",
        samples=slip_samples(unit, outside),
    )


def slip_samples(unit: Unit, outside: bool) -> frozenset[str]:
    """The slip fields whose value is one of ``unit``'s invented samples (``Unit.sample``)."""
    marked = set()
    for field in ("room", "counter", "floor"):
        if is_sample(unit, field):
            marked.add(field)
    if is_sample(unit, "location"):  # the unit's own place: its address (the header's, or where to go), building, access
        marked |= {"partner_address" if outside else "address", "building", "accessibility"}
    if is_sample(unit, "building"):
        marked.add("building")
    if is_sample(unit, "schedules"):
        marked.add("schedules")
    if is_sample(unit, "phones"):
        marked.add("phone")
    return frozenset(marked)
