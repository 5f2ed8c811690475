"""Wiring: open the database, migrate, pick the centre, build the services.

The :class:`Workspace` is what the CLI and the GUI receive and pass on; it is
made once at start-up (no module-level state) and holds only references.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from welcome_desk.core.actor import Actor, Seat
from welcome_desk.core.booking import BookingService, desk_seat
from welcome_desk.core.clock import Clock, centre_clock, system_clock
from welcome_desk.core.centre import Centre
from welcome_desk.core.centre_store import ChooseCentre, ensure_active_centre
from welcome_desk.core.database import Database, DatabaseError, open_database, resolve_url
from welcome_desk.core.migrations import upgrade
from welcome_desk.core.retention import purge_automatically

if TYPE_CHECKING:
    from welcome_desk.core.routing import Router

log = logging.getLogger(__name__)


class Workspace:
    """The open database, the centre and its services.

    The router is built on first use (``welcome-desk log`` never needs one) or handed
    over by :meth:`adopt_router` when the window built it while the database was opening.
    """

    def __init__(self, db: Database, centre: Centre, booking: BookingService, clock: Clock, seat: Seat,
                 router: Router | None = None) -> None:
        self.db = db
        self.centre = centre
        self.booking = booking
        self.clock = clock
        self.seat = seat  # who is at this desk now: the one owner of the actor
        self._router = router

    @property
    def actor(self) -> Actor:
        return self.seat.actor

    @property
    def router(self) -> Router:
        if self._router is None or self._router.centre is not self.centre:
            from welcome_desk.core.routing import Router

            self._router = Router(self.centre)
        return self._router

    def adopt_router(self, router: Router) -> bool:
        """Use a router built elsewhere for the same centre definition; False (and unused) otherwise."""
        if router.centre.document != self.centre.document:
            return False
        self.centre = router.centre
        self.booking = BookingService(self.db, self.centre, clock=self.clock, seat=self.seat)
        self._router = router
        return True

    def close(self) -> None:
        self.db.dispose()

    def use_centre(self, centre: Centre) -> None:
        """Rewire to another (or an edited) centre without a restart: routing and booking follow."""
        if getattr(self.clock, "timezone", centre.timezone) != centre.timezone:
            self.clock = centre_clock(centre.timezone)  # the centre's clock follows the centre
        self.centre = centre
        self._router = None
        self.booking = BookingService(self.db, centre, clock=self.clock, seat=self.seat)


def open_workspace(
    url: str | None = None,
    *,
    centre_id: str | None = None,
    clock: Clock | None = None,
    staff: str = "",
    actor: Actor | None = None,
    retention_days: int | None = None,
    choose_centre: ChooseCentre | None = None,
    daily_backup: bool = True,
) -> Workspace:
    """Everything a desk needs.

    ``actor`` is who works at this desk (default: reception named ``staff``,
    else the system user). ``choose_centre`` is asked only on a database without any centre.
    ``daily_backup=False`` leaves the day's backup to the caller (the GUI makes
    it in a worker thread once the window is up, see
    :func:`welcome_desk.core.backup.daily_backup_if_due`).
    Without ``clock`` the desk reads the centre's own time zone (the centre
    file's ``timezone``), whatever TZ the desk's process has.
    """
    seat = Seat(actor) if actor is not None else desk_seat(staff)
    db = open_database(resolve_url(url))
    try:
        upgrade(db, now=(clock or system_clock)())
        with db.first_start_lock():
            centre = ensure_active_centre(db, centre_id, choose_centre)
        clock = clock or centre_clock(centre.timezone)
        if daily_backup:
            _daily_backup(db, clock())
        # Retention is automatic: every start erases personal fields past the centre's
        # period (``retention_days`` overrides it for tests and scripts); audited when it erased something.
        purge_automatically(db, clock(), retention_days)
    except Exception:
        db.dispose()
        raise
    return Workspace(
        db=db,
        centre=centre,
        booking=BookingService(db, centre, clock=clock, seat=seat),
        clock=clock,
        seat=seat,
    )


def _daily_backup(db: Database, now) -> None:
    """The day's backup; a full disk skips it with a warning instead of stopping the desk."""
    from welcome_desk.core.backup import daily_backup_if_due  # only when a backup is due to be checked

    try:
        daily_backup_if_due(db, now)
    except DatabaseError as exc:
        if exc.code != "full":
            raise
        log.warning("%s", exc)
