"""The centre definition's use cases: import a centre file, export one, make a centre the active one.

(Editing is :func:`welcome_desk.core.centre_edit.save_draft`.) Each checks the
permission table for the actor and stores the change with its audit record in
one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from welcome_desk.core import centre_store
from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre, build_centre, read_centre_file
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import check, perform


def import_document(
    db: Database, actor: Actor, clock: Clock, data: Mapping[str, Any], *, source: str, activate: bool = False
) -> Centre:
    """Validate and store a centre document (replacing an older version of the same id); audited."""
    check(db, actor, Permission.CENTRE_IMPORT, clock)
    centre = build_centre(data, source or "centre file")
    with perform(db, actor, Permission.CENTRE_IMPORT, clock) as change:
        centre_store.store_in(change.session, centre, data, source=source, activate=activate)
        change.audit("centre_edit", f"import {centre.id} from {Path(source).name}" + (" (active)" if activate else ""))
    return centre


def import_file(db: Database, actor: Actor, clock: Clock, path: Path, *, activate: bool = False) -> Centre:
    check(db, actor, Permission.CENTRE_IMPORT, clock)
    return import_document(db, actor, clock, read_centre_file(path), source=str(path), activate=activate)


def export_centre(db: Database, actor: Actor, clock: Clock, centre_id: str, path: Path, *, force: bool = False) -> Path:
    """Write a stored centre as a JSON file (``CENTRE_EXPORT``: nothing personal, every desk); audited.

    The file is written whole or not at all, never over the database or its backups.
    """
    import json

    from welcome_desk.core.files import database_files, write_text

    check(db, actor, Permission.CENTRE_EXPORT, clock)
    document = centre_store.load_stored(db, centre_id).document
    written = write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n", force=force,
                         protect=database_files(db.path))
    with perform(db, actor, Permission.CENTRE_EXPORT, clock) as change:
        change.audit("export", f"centre {centre_id} to {Path(written).name}")
    return Path(written)


def use_centre(db: Database, actor: Actor, clock: Clock, centre_id: str) -> Centre:
    """Make a stored or bundled centre the active one (audited when it changed)."""
    check(db, actor, Permission.CENTRE_USE, clock)
    before = centre_store.active_centre_id(db)
    centre = centre_store.ensure_active_centre(db, centre_id)
    if before != centre.id:
        with perform(db, actor, Permission.CENTRE_USE, clock) as change:
            change.audit("centre_use", f"{before or '-'} -> {centre.id}")
    return centre


def apply_choice(db: Database, actor: Actor, clock: Clock, choice: centre_store.CentreChoice) -> Centre:
    """A centre chosen in the window: imported from a checked document, or a stored/bundled one by id."""
    if choice.document is not None:
        return import_document(db, actor, clock, choice.document, source=choice.source, activate=True)
    return use_centre(db, actor, clock, choice.centre_id)
