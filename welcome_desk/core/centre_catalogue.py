"""Short descriptions of the centres one can choose: bundled with the app, or stored in the database.

What a chooser lists (name, town, size); reading a summary never validates the
whole file — choosing it does, on import.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import select

from welcome_desk.core.centre import EMPTY_TEXT, CentreError, Text, bundled_centres, read_centre_file
from welcome_desk.core.centre_store import BUNDLED, DEFAULT_CENTRE
from welcome_desk.core.database import Database
from welcome_desk.core.models import CentreRecord


@dataclass(frozen=True)
class CentreSummary:
    id: str
    name: Text
    town: str
    address: str
    units: int
    concerns: int
    stored: bool = False
    active: bool = False
    bundled: bool = False
    edited: bool = False  # stored from the team lead's own import or edit, not the app's file

    @property
    def is_default(self) -> bool:
        return self.id == DEFAULT_CENTRE


def summarize(data: Mapping[str, Any], **flags: bool) -> CentreSummary:
    """A summary of a centre document; tolerant of missing fields (it is only a listing)."""
    address = (data.get("location") or {}).get("address") or {}
    street = address.get("address_1", "")
    town = " ".join(p for p in (address.get("postal_code", ""), address.get("city", "")) if p)
    name = data.get("name") if isinstance(data.get("name"), dict) else None
    return CentreSummary(
        id=str(data.get("id", "")),
        name=Text(dict(name)) if name else EMPTY_TEXT,
        town=address.get("city", ""),
        address=", ".join(p for p in (street, town) if p),
        units=len(data.get("units") or []),
        concerns=len(data.get("concerns") or []),
        **flags,
    )


def bundled_summaries() -> list[CentreSummary]:
    """The centres shipped with the app (a file that cannot be read is left out)."""
    out = []
    for centre_id, path in bundled_centres().items():
        try:
            data = read_centre_file(path)
        except CentreError:
            continue
        out.append(summarize({**data, "id": centre_id}, bundled=True))  # chosen by file name
    return out


def centre_summaries(db: Database) -> list[CentreSummary]:
    """Stored centres (the active one marked), then bundled centres not stored yet."""
    bundled = {s.id: s for s in bundled_summaries()}
    with db.read() as session:
        rows = session.execute(
            select(CentreRecord.id, CentreRecord.document, CentreRecord.active, CentreRecord.source).order_by(
                CentreRecord.id
            )
        ).all()
    out = []
    for centre_id, document, active, source in rows:
        try:
            data = json.loads(document)
        except ValueError:
            continue
        out.append(
            summarize(
                data,
                stored=True,
                active=bool(active),
                bundled=centre_id in bundled,
                edited=source != BUNDLED + centre_id,
            )
        )
    stored = {s.id for s in out}
    out += [s for cid, s in bundled.items() if cid not in stored]
    return out
