"""Live desks: a Qt signal when another desk (or this one) changed the database.

Wraps :class:`~welcome_desk.core.changefeed.ChangeFeed` in a timer: every
:data:`CHECK_MS` the feed is asked — on SQLite one ``PRAGMA data_version``, on
PostgreSQL a look at the socket for NOTIFY messages — and :attr:`changed` fires
only when something was committed. A panel connects it to its refresh instead
of re-reading on a fixed poll. Hidden windows do not check.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from welcome_desk.core.changefeed import ChangeFeed

log = logging.getLogger(__name__)

CHECK_MS = 250


class LiveFeed(QObject):
    changed = Signal(frozenset)  # table names (PostgreSQL) or {"*"} (SQLite: something changed)

    def __init__(self, database: Callable[[], Any], owner: QWidget, on_change: Callable[[], Any] | None = None,
                 interval_ms: int = CHECK_MS) -> None:
        """``database`` returns the owner's current database (followed when it changes: a restore, a switch)."""
        super().__init__(owner)
        self._owner = owner
        self._database = database
        self._db = None
        self._feed: ChangeFeed | None = None
        self._first: list[Callable[[frozenset], Any]] = []  # asked before ``changed`` is emitted
        self._timer = QTimer(self, interval=interval_ms, timeout=self.check)
        if on_change is not None:
            self.changed.connect(lambda _tables: on_change())
        self._timer.start()

    def ask_first(self, check: Callable[[frozenset], Any]) -> None:
        """Call ``check(tables)`` before the panels refresh: a centre edited elsewhere is taken up
        before they read the visits again (and they read them once, with the new centre)."""
        self._first.append(check)

    def _emit(self, tables: frozenset) -> None:
        for check in self._first:
            check(tables)
        self.changed.emit(tables)

    def use(self, db) -> None:
        self.close()
        self._db = db
        try:
            self._feed = ChangeFeed(db)
        except Exception as exc:  # noqa: BLE001 - away now (or gone): the panel's own refresh still works when it is back
            log.warning("live updates off: %s", getattr(exc, "code", exc.__class__.__name__))
            self._feed = None

    def check(self) -> None:
        if self._database() is not self._db:
            self.use(self._database())
            if self._feed is not None:  # what changed before this baseline was taken is read once now
                self._emit(frozenset({"*"}))
                return
        if self._feed is None or not self._owner.window().isVisible():
            return
        if QApplication.activeModalWidget() is not None:
            return  # not behind a dialog (a print preview keeps its keys); the change waits for the next check
        try:
            tables = self._feed.changed()
        except Exception as exc:  # noqa: BLE001 - a dropped server connection must not end the event loop
            log.warning("live updates paused: %s", exc.__class__.__name__)
            return
        if tables:
            self._emit(tables)

    def close(self) -> None:
        if self._feed is not None:
            self._feed.close()
            self._feed = None


class CentreFollower(QObject):
    """Follows the centre when another desk edits, imports or switches it.

    Asked by a :class:`LiveFeed` before its panels refresh (:meth:`LiveFeed.ask_first`), or by the
    call display at each change of its own feed: on a change that may concern
    the centre (PostgreSQL names the ``centre`` table; SQLite says only "something")
    it asks for the active centre's stamp — id, when stored, length; no document —
    and only when that moved reads the centre and emits :attr:`edited` with it.
    A version this desk already uses (its own edit) is not emitted again.
    """

    edited = Signal(object)  # the Centre now stored and active

    def __init__(self, database: Callable[[], Any], current: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._database = database
        self._current = current
        self._db = None
        self._stamp: tuple | None = None

    def check(self, tables: frozenset = frozenset({"*"})) -> None:
        if "*" not in tables and "centre" not in tables:
            return
        from welcome_desk.core.centre_store import centre_stamp, load_stored, stored_centre_document

        db = self._database()
        if db is not self._db:  # a new database (start, restore): compare its centre once in full
            self._db, self._stamp = db, None
        try:
            stamp = centre_stamp(db)
            if stamp is None or stamp == self._stamp:
                return
            if stored_centre_document(db, stamp[0]) == self._current().document:
                self._stamp = stamp  # the version this desk uses already (its own edit)
                return
            centre = load_stored(db, stamp[0])
        except Exception as exc:  # noqa: BLE001 - away for a moment, or a bad document: the desk keeps its centre
            log.warning("centre not followed: %s", exc.__class__.__name__)
            return
        self._stamp = stamp
        self.edited.emit(centre)
