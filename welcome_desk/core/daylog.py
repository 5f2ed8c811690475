"""The day log: who came for what, where they were sent, and in which state.

Queries go through the (centre_id, day) index, so opening one day costs the
same on a year of data as on a week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView, view_select
from welcome_desk.core.models import Entry


@dataclass(frozen=True)
class LogRow:
    """One line of the day log, with names resolved in the chosen language."""

    entry: EntryView
    unit_name: str
    concern_label: str

    def to_json(self, personal: bool = False) -> dict:
        data = self.entry.to_json(personal)
        data["unit_name"] = self.unit_name
        data["concern_label"] = self.concern_label
        return data


def day_entries(db: Database, centre: Centre, day: dt.date) -> list[EntryView]:
    with db.read() as session:
        rows = session.execute(
            view_select()
            .where(Entry.centre_id == centre.id, Entry.day == day)
            .order_by(Entry.at, Entry.id)
        ).mappings()
        return [EntryView.from_row(r) for r in rows]


def day_log(db: Database, centre: Centre, day: dt.date, lang: str = "de") -> list[LogRow]:
    units = {u.id: u.name.get(lang) for u in centre.units}
    concerns = {c.id: c.label.get(lang) for c in centre.concerns}
    return [
        LogRow(e, units.get(e.unit_id, e.unit_id), concerns.get(e.concern_id or "", e.concern_id or ""))
        for e in day_entries(db, centre, day)
    ]
