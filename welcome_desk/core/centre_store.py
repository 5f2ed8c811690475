"""The centre definitions kept in the database, and which one is active.

The bundled centre is imported on first start; an import of a new version
replaces a centre's document only after it validated completely, in one
transaction, so a bad file never leaves a half-changed centre behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from welcome_desk.core.centre import (  # BUNDLED is re-exported: it is defined once, in centre.py
    BUNDLED,
    Centre,
    CentreError,
    build_centre,
    bundled_centres,
    read_bundled_file,
    read_centre_file,
)
from welcome_desk.core.clock import Clock, centre_clock
from welcome_desk.core.database import Database
from welcome_desk.core.models import CentreRecord

DEFAULT_CENTRE = "giessen"


def stored_centre_ids(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(CentreRecord.id).order_by(CentreRecord.id)))


def import_document(db: Database, data: Mapping[str, Any], *, source: str = "", activate: bool = False) -> Centre:
    """Validate and store a centre document (replacing an older version of the same id)."""
    centre = build_centre(data, source or "centre file")
    with db.write() as session:
        store_in(session, centre, data, source=source, activate=activate)
    return centre


def store_in(session: Session, centre: Centre, data: Mapping[str, Any], *, source: str = "", activate: bool = False) -> None:
    """Store an already validated document inside the caller's transaction.

    For writers that record more in the same transaction (the centre editor
    adds its audit record), so both commit or neither does.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    record = session.get(CentreRecord, centre.id)
    if record is None:
        record = CentreRecord(id=centre.id, active=False)
        session.add(record)
    record.document = text
    stored_at = centre_clock(centre.timezone)()  # the centre's time, not the desk's
    if record.imported_at is not None and stored_at <= record.imported_at:
        # strictly later than the version it replaces, so desks see a second edit within the same second
        stored_at = record.imported_at + dt.timedelta(microseconds=1)
    record.imported_at = stored_at
    record.source = source[:300]
    if activate:
        session.execute(update(CentreRecord).where(CentreRecord.id != centre.id).values(active=False))
        record.active = True


def stored_document(session: Session, centre_id: str) -> dict[str, Any] | None:
    """The stored JSON document of a centre (None if not stored), read in the caller's session."""
    record = session.get(CentreRecord, centre_id)
    return None if record is None else json.loads(record.document)


def import_file(db: Database, path: Path, *, activate: bool = False) -> Centre:
    # The name is kept as text: a file name may hold bytes that are not UTF-8.
    source = os.fsencode(path).decode("utf-8", "replace")
    return import_document(db, read_centre_file(path), source=source, activate=activate)


def import_bundled(db: Database, centre_id: str, *, activate: bool = False) -> Centre:
    path = bundled_centres()[centre_id]
    return import_document(db, read_centre_file(path), source=BUNDLED + centre_id, activate=activate)


def _refresh_bundled(db: Database, centre_id: str) -> None:
    """A centre taken unchanged from the app follows the app's newer version of it.

    A centre the team lead imported or edited (any other source) is never replaced.
    """
    with db.read() as session:
        record = session.get(CentreRecord, centre_id)
        if record is None or record.source != BUNDLED + centre_id:
            return
        stored = json.loads(record.document)
    path = bundled_centres().get(centre_id)
    if path is None:
        return
    shipped = read_bundled_file(path)  # (compared at every start)
    if shipped != stored:
        import_document(db, shipped, source=BUNDLED + centre_id)


def load_stored(db: Database, centre_id: str) -> Centre:
    with db.read() as session:
        record = session.get(CentreRecord, centre_id)
        if record is None:
            raise CentreError(f"no centre '{centre_id}' in this database")
        document = record.document
    # Stored documents passed the full check on import; the schema pass (the slow part)
    # is skipped at every start, the semantic checks still run.
    return build_centre(json.loads(document), source=f"stored centre '{centre_id}'", schema=False)


def active_centre_id(db: Database) -> str | None:
    with db.read() as session:
        return session.scalar(select(CentreRecord.id).where(CentreRecord.active.is_(True)))


def centre_stamp(db: Database) -> tuple[str, dt.datetime, int] | None:
    """Which stored version of which centre is active: its id, when it was stored and the
    document's length — a few bytes, so a desk can ask at every change of the database
    whether the centre changed without reading the document (None: no centre yet)."""
    with db.read() as session:
        row = session.execute(
            select(CentreRecord.id, CentreRecord.imported_at, func.length(CentreRecord.document))
            .where(CentreRecord.active.is_(True))
        ).first()
    return None if row is None else (row[0], row[1], int(row[2] or 0))


def stored_centre_document(db: Database, centre_id: str) -> dict[str, Any] | None:
    """The stored JSON document of a centre (None if not stored), in a read of its own."""
    with db.read() as session:
        return stored_document(session, centre_id)


def set_active(db: Database, centre_id: str) -> None:
    with db.write() as session:
        if session.get(CentreRecord, centre_id) is None:
            raise CentreError(f"no centre '{centre_id}' in this database")
        session.execute(update(CentreRecord).values(active=(CentreRecord.id == centre_id)))


@dataclass(frozen=True)
class CentreChoice:
    """What a person chose: a stored or bundled centre by id, or a checked document from a file."""

    centre_id: str = ""
    document: Mapping[str, Any] | None = None
    source: str = ""


class NoCentreChosen(CentreError):
    """The person closed the centre chooser without choosing."""


ChooseCentre = Callable[[], "CentreChoice | None"]


def apply_choice(db: Database, choice: CentreChoice) -> Centre:
    """Make the chosen centre the active one (importing it first where needed)."""
    if choice.document is not None:
        return import_document(db, choice.document, source=choice.source, activate=True)
    return ensure_active_centre(db, choice.centre_id)


def ensure_active_centre(db: Database, preferred: str | None = None, choose: ChooseCentre | None = None) -> Centre:
    """The active centre; on a fresh database, import a bundled one (Gießen by default).

    ``choose`` (the GUI's first-start chooser) is asked only when the database
    holds no centre yet and none was named; without it the default is taken.
    """
    wanted = preferred
    if wanted is None:
        current = active_centre_id(db)
        if current is not None:
            _refresh_bundled(db, current)
            return load_stored(db, current)
        if choose is not None and not stored_centre_ids(db):
            choice = choose()
            if choice is None:
                raise NoCentreChosen("no centre was chosen")
            return apply_choice(db, choice)
        wanted = DEFAULT_CENTRE
    if wanted in stored_centre_ids(db):
        _refresh_bundled(db, wanted)
        if active_centre_id(db) != wanted:
            set_active(db, wanted)
        return load_stored(db, wanted)
    bundled = bundled_centres()
    if wanted not in bundled:
        raise CentreError(
            f"no centre '{wanted}' in this database or bundled with the app "
            f"(bundled: {', '.join(sorted(bundled))})"
        )
    return import_bundled(db, wanted, activate=True)


def stored_centre_clock(db: Database) -> Clock:
    """The active centre's clock (its time zone); the default zone while no centre is stored."""
    centre_id = active_centre_id(db)
    timezone = None
    if centre_id:
        try:
            timezone = load_stored(db, centre_id).timezone
        except (CentreError, ValueError):
            timezone = None
    return centre_clock(timezone)
