"""Wiring: open the database, migrate, pick the centre, build the services.

The :class:`Workspace` is what the CLI and the GUI receive and pass on; it is
made once at start-up (no module-level state) and holds only references.
"""

from __future__ import annotations

from dataclasses import dataclass

from welcome_desk.core.actor import Actor, Seat
from welcome_desk.core.backup import daily_backup_if_due
from welcome_desk.core.booking import BookingService, Clock, desk_seat, system_clock
from welcome_desk.core.centre import Centre
from welcome_desk.core.centre_store import ChooseCentre, ensure_active_centre
from welcome_desk.core.database import Database, open_database, resolve_url
from welcome_desk.core.migrations import upgrade
from welcome_desk.core.retention import purge_automatically
from welcome_desk.core.routing import Router


@dataclass
class Workspace:
    db: Database
    centre: Centre
    router: Router
    booking: BookingService
    clock: Clock
    seat: Seat  # who is at this desk now: the one owner of the actor

    @property
    def actor(self) -> Actor:
        return self.seat.actor

    def close(self) -> None:
        self.db.dispose()

    def use_centre(self, centre: Centre) -> None:
        """Rewire to another (or an edited) centre without a restart: routing and booking follow."""
        self.centre = centre
        self.router = Router(centre)
        self.booking = BookingService(self.db, centre, clock=self.clock, seat=self.seat)


def open_workspace(
    url: str | None = None,
    *,
    centre_id: str | None = None,
    clock: Clock = system_clock,
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
    """
    seat = Seat(actor) if actor is not None else desk_seat(staff)
    db = open_database(resolve_url(url))
    try:
        upgrade(db)
        centre = ensure_active_centre(db, centre_id, choose_centre)
        if daily_backup:
            daily_backup_if_due(db, clock())
        # Retention is automatic: every start erases personal fields past the centre's
        # period (``retention_days`` overrides it for tests and scripts); audited when it erased something.
        purge_automatically(db, clock(), retention_days)
    except Exception:
        db.dispose()
        raise
    return Workspace(
        db=db,
        centre=centre,
        router=Router(centre),
        booking=BookingService(db, centre, clock=clock, seat=seat),
        clock=clock,
        seat=seat,
    )
