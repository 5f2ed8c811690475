"""The centre a desk will use, read before the database is opened properly.

The window routes what reception types while SQLAlchemy, the schema check, the
retention purge and the rest of the desk load in the background. For that it needs
the centre, which lives in the database: this reads its stored document from a plain
SQLite file, read-only and without SQLAlchemy (the same way the schema pre-flight looks
at the file). Anything unusual — another engine, no file, no active centre, a damaged
file or document, a bundled centre the app ships newer — gives None and the caller takes
the ordinary path; where an ordinary open follows it stays the authority (the caller
compares documents, see :meth:`Workspace.adopt_router`).
"""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import quote

from welcome_desk.core.centre import BUNDLED, Centre, CentreError, build_centre, bundled_centres, read_bundled_file
from welcome_desk.core.db_location import plain_sqlite_file


def peek_centre(url: str, centre_id: str | None = None) -> Centre | None:
    """The stored centre ``centre_id`` (default: the active one) of a SQLite file, or None."""
    path = plain_sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            if centre_id:
                row = con.execute("SELECT id, document, source FROM centre WHERE id = ?", (centre_id,)).fetchone()
            else:
                row = con.execute("SELECT id, document, source FROM centre WHERE active = 1 ORDER BY id LIMIT 1").fetchone()
        finally:
            con.close()
        if row is None:
            return None
        stored_id, document, source = row
        data = json.loads(document)
        shipped = bundled_centres().get(stored_id) if source == BUNDLED + stored_id else None
        if shipped is not None and read_bundled_file(shipped) != data:
            return None  # the app brings a newer version: the ordinary open takes it over first
        # Stored documents passed the full check on import (as in centre_store.load_stored).
        return build_centre(data, source=f"stored centre '{stored_id}'", schema=False)
    except (sqlite3.Error, OSError, ValueError, TypeError, KeyError, CentreError):
        return None
