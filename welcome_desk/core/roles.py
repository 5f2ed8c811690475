"""Roles at the desk: reception (everyone) and team lead (with the centre's password).

Team-lead functions (exports with personal data, centre editing, retention,
purge, restore) need the team-lead role. The password rules (hashing, the
back-off kept in the database, the recovery key) live in
:mod:`welcome_desk.core.passwords` and :mod:`welcome_desk.core.team_lead`;
:class:`RoleSession` is the window's view of them for one desk, reading who
is at the desk from the desk's one :class:`~welcome_desk.core.actor.Seat`.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable

from welcome_desk.core import team_lead
from welcome_desk.core.actor import RECEPTION, SYSTEM, TEAM_LEAD, Actor, Seat
from welcome_desk.core.database import Database
from welcome_desk.core.passwords import (
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    RoleError,
    check_new_password,
    check_password,
    hash_password,
)
from welcome_desk.core.staff import resolve_staff
from welcome_desk.core.team_lead import FIRST_WAIT_SECONDS, FREE_FAILURES, MAX_WAIT_SECONDS

__all__ = [
    "FIRST_WAIT_SECONDS",
    "FREE_FAILURES",
    "MAX_PASSWORD_LENGTH",
    "MAX_WAIT_SECONDS",
    "MIN_PASSWORD_LENGTH",
    "RECEPTION",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "SYSTEM",
    "TEAM_LEAD",
    "RoleError",
    "RoleSession",
    "check_new_password",
    "check_password",
    "hash_password",
    "has_team_lead_password",
    "set_team_lead_password",
    "verify",
]


def has_team_lead_password(db: Database) -> bool:
    return team_lead.has_password(db)


def verify(db: Database, password: str) -> bool:
    """Whether ``password`` is the centre's team-lead password (False when none is set; not counted)."""
    from welcome_desk.core import centre_settings

    stored = centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD)
    return bool(stored) and check_password(password, stored)


def set_team_lead_password(
    db: Database,
    now: dt.datetime,
    staff: str,
    new: str,
    old: str | None = None,
    *,
    role: str = RECEPTION,
    channel: str = "gui",
) -> str | None:
    """Set the first password (returns the recovery key to show once) or change it with ``old``.

    See :func:`welcome_desk.core.team_lead.set_password`.
    """
    actor = Actor(staff or "desk", role, channel=channel)  # type: ignore[arg-type]
    return team_lead.set_password(db, actor, lambda: now, new, old)


class RoleSession:
    """The role at one desk right now; reception until someone signs in as team lead.

    ``clock`` gives the time for the audit log; ``monotonic`` (wall seconds,
    injectable for tests) measures the wait after repeated failures, which is
    kept in the database so a restart does not reset it. ``seat`` is the desk's
    one owner of "who is here" (shared with the booking service).
    """

    def __init__(
        self,
        db: Database,
        clock: Callable[[], dt.datetime],
        staff: str = "",
        *,
        seat: Seat | None = None,
        monotonic: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.clock = clock
        self.seat = seat if seat is not None else Seat(Actor(resolve_staff(staff)))
        self.monotonic = monotonic
        self.since: dt.datetime = clock()

    @property
    def actor(self) -> Actor:
        return self.seat.actor

    @property
    def role(self) -> str:
        return self.seat.actor.role

    @property
    def staff(self) -> str:
        return self.seat.actor.name

    @property
    def desk_staff(self) -> str:
        return self.seat.desk_name

    @property
    def is_team_lead(self) -> bool:
        return self.seat.actor.is_team_lead

    @property
    def failures(self) -> int:
        """Wrong passwords in a row, counted for the whole centre (every desk and the command line)."""
        return team_lead.backoff(self.db).failures

    def has_password(self) -> bool:
        return team_lead.has_password(self.db)

    def wait_remaining(self) -> float:
        """Seconds until the next attempt is accepted (0 when it may be tried now)."""
        return team_lead.backoff(self.db).remaining(self.monotonic())

    def sign_in(self, password: str, staff: str | None = None) -> bool:
        """Become team lead with the centre's password; False for a wrong password or while waiting."""
        if not team_lead.sign_in(self.db, self.seat, self.clock, password, staff, timer=self.monotonic):
            return False
        self.since = self.clock()
        return True

    def sign_out(self, reason: str = "") -> bool:
        """Back to reception; returns whether a team lead was signed in. ``reason`` goes to the audit log."""
        if not team_lead.sign_out(self.db, self.seat, self.clock, reason):
            return False
        self.since = self.clock()
        return True

    def set_password(self, new: str, old: str | None = None) -> str | None:
        """Set the first password (returns the recovery key, to show once) or change it (needs ``old``)."""
        return team_lead.set_password(self.db, self.actor, self.clock, new, old, timer=self.monotonic)

    def audit_staff(self) -> str:
        """Who to name in an audit record made now."""
        return self.seat.actor.name
