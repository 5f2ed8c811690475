"""Live desks: every desk and display learns of a change within a second, without re-reading.

Writers need do nothing: :func:`install` (run by :func:`~welcome_desk.core.database.open_database`)
notes which tables a write transaction touched and, on PostgreSQL, sends
``NOTIFY welcome_desk, '<tables>'`` inside that transaction — so the notice is
delivered exactly when (and only if) the change commits. The payload is table
names (``entry,call_event``), never a row's content.

Readers hold a :class:`ChangeFeed`: on PostgreSQL it ``LISTEN``s on a
connection of its own; on SQLite it asks ``PRAGMA data_version``, which only
changes when another connection committed — a check costs a few microseconds
and reads no table, so polling it a few times a second costs nothing.
"""

from __future__ import annotations

import select as _select
import time
from typing import Any

from sqlalchemy import event, func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Session

CHANNEL = "welcome_desk"
ANY = "*"  # SQLite cannot say which table changed
POLL_S = 0.1  # SQLite: how often a blocking wait looks at data_version
_TOUCHED = "welcome_desk_touched"


def install(write_sessions: Any, dialect: str) -> None:
    """Make every write session from ``write_sessions`` (a sessionmaker) announce its changes."""

    @event.listens_for(write_sessions, "after_flush")
    def _note_flush(session: Session, _context: Any) -> None:
        touched = session.info.setdefault(_TOUCHED, set())
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table:
                touched.add(table)

    @event.listens_for(write_sessions, "do_orm_execute")
    def _note_statement(state: Any) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            if table is not None:
                state.session.info.setdefault(_TOUCHED, set()).add(table.name)

    if dialect != "postgresql":
        return

    @event.listens_for(write_sessions, "before_commit")
    def _notify(session: Session) -> None:
        # SQLAlchemy runs before_commit *before* commit's own flush: a change not yet flushed
        # (the centre editor's save, an audit record) would otherwise commit without a notice.
        if session.new or session.dirty or session.deleted:
            session.flush()
        touched = session.info.pop(_TOUCHED, None)
        if touched:
            session.execute(sa_select(func.pg_notify(CHANNEL, ",".join(sorted(touched)))))

    @event.listens_for(write_sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(_TOUCHED, None)


class ChangeFeed:
    """Tells a reader that the database changed since it last asked.

    :meth:`changed` never blocks (timeout 0) unless asked to wait; it returns
    the set of changed tables (``{"*"}`` on SQLite, which cannot say which),
    empty when nothing changed. One feed per reader; :meth:`close` when done.
    """

    def __init__(self, db: Any) -> None:  # a core.database.Database (not imported: it imports this module)
        self._db = db
        self._raw = db.engine.raw_connection()
        self._conn = self._raw.driver_connection
        self._pg = not db.is_sqlite
        if self._pg:
            self._raw.detach()  # an autocommit listener must never go back into the pool
            self._conn.autocommit = True
            self._conn.execute(f"LISTEN {CHANNEL}")
            self._version = None
        else:
            self._version = self._data_version()

    def _data_version(self) -> int:
        cursor = self._conn.execute("PRAGMA data_version")
        try:
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self, timeout: float = 0.0) -> frozenset[str]:
        """Tables changed since the last call, waiting up to ``timeout`` seconds for the first."""
        if self._pg:
            return self._pg_changed(timeout)
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return frozenset({ANY})
            left = deadline - time.monotonic()
            if left <= 0:
                return frozenset()
            time.sleep(min(POLL_S, left))

    def _pg_changed(self, timeout: float) -> frozenset[str]:
        tables: set[str] = set()
        if timeout > 0:
            _select.select([self._conn.fileno()], [], [], timeout)
        # A zero-timeout read takes what has arrived without a round trip to the server.
        for notice in self._conn.notifies(timeout=0):
            tables.update(t for t in notice.payload.split(",") if t)
        return frozenset(tables)

    def fileno(self) -> int | None:
        """The socket to watch for notices (PostgreSQL), or None where only polling works."""
        return self._conn.fileno() if self._pg else None

    def close(self) -> None:
        try:
            if self._pg:
                self._conn.execute(f"UNLISTEN {CHANNEL}")
            self._raw.close()
        except Exception:  # the server may be gone already; the feed is closed either way
            pass
