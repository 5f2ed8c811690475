"""The team-lead password as use cases: check (with back-off), set, change, recover, sign in and out.

One rule for the window and the command line: every wrong password counts in
the database (:mod:`centre_settings`), shared by every desk and by scripts, so
neither a restart nor a second desk resets the back-off. After
:data:`FREE_FAILURES` wrong passwords in a row each further attempt has to wait,
and the wait doubles. Every refusal is audited with the actor who tried.

The first password is set by whoever is at the desk (before it, team-lead
powers are open as they always were) and yields a recovery key shown once;
only its scrypt hash is stored. A forgotten password is replaced only with
that key (:func:`recover`), which issues a new key — never silently.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable

from welcome_desk.core import audit, centre_settings
from welcome_desk.core.actor import TEAM_LEAD, Actor, Seat
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.models import CentreSetting
from welcome_desk.core.passwords import (
    RoleError,
    check_new_password,
    check_password,
    hash_password,
    new_recovery_key,
    normal_recovery_key,
)
from welcome_desk.core.permissions import Permission, allowed
from welcome_desk.core.usecase import perform, refuse

# After this many failed attempts in a row, each further attempt has to wait.
FREE_FAILURES = 5
FIRST_WAIT_SECONDS = 15.0
MAX_WAIT_SECONDS = 15 * 60.0

Timer = Callable[[], float]  # seconds since the epoch (wall time: a wait outlives a restart)


@dataclass(frozen=True)
class Backoff:
    """Wrong passwords in a row and when the next attempt is checked again."""

    failures: int
    wait_until: float

    def remaining(self, now: float) -> float:
        return max(0.0, self.wait_until - now)


def backoff(db: Database) -> Backoff:
    failures = centre_settings.get_int(db, centre_settings.TEAM_LEAD_FAILURES, 0)
    try:
        wait_until = float(centre_settings.get(db, centre_settings.TEAM_LEAD_WAIT_UNTIL) or 0)
    except ValueError:
        wait_until = 0.0
    return Backoff(max(0, failures), wait_until)


def has_password(db: Database) -> bool:
    return bool(centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD))


def has_recovery_key(db: Database) -> bool:
    return bool(centre_settings.get(db, centre_settings.TEAM_LEAD_RECOVERY))


def wait_error(seconds: float) -> RoleError:
    whole = int(math.ceil(seconds))
    return RoleError("wait", f"too many wrong passwords; the next attempt is possible in {whole} s", seconds=whole)


def _wrong(message: str, wait: float, code: str = "wrong_password") -> RoleError:
    if wait > 0:
        message += f"; the next attempt is possible in {int(math.ceil(wait))} s"
    return RoleError(code, message, seconds=int(math.ceil(wait)))


def _count(
    db: Database, actor: Actor, clock: Clock, ok: bool, timer: Timer, action: str, what: str
) -> None:
    """Record the outcome of one checked attempt: reset the counter, or count, wait and audit."""
    with db.write() as session:
        now = clock()
        # Row-locked on PostgreSQL (SQLite's BEGIN IMMEDIATE locks the file): two desks failing at once both count.
        row = session.get(CentreSetting, centre_settings.TEAM_LEAD_FAILURES, with_for_update=True)
        raw = row.value if row is not None else ""
        failures = int(raw) if raw.isdigit() else 0
        if ok:
            if failures:
                centre_settings.put(session, centre_settings.TEAM_LEAD_FAILURES, "0", now)
                centre_settings.put(session, centre_settings.TEAM_LEAD_WAIT_UNTIL, "0", now)
            return
        failures += 1
        detail = f"{what} failed ({failures} in a row)"
        if failures >= FREE_FAILURES:
            wait = min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** min(32, failures - FREE_FAILURES))
            centre_settings.put(session, centre_settings.TEAM_LEAD_WAIT_UNTIL, repr(timer() + wait), now)
            detail += f"; next attempt in {wait:.0f} s"
        centre_settings.put(session, centre_settings.TEAM_LEAD_FAILURES, str(failures), now)
        audit.add_by(session, now, actor, action, detail)


def attempt(
    db: Database,
    actor: Actor,
    password: str,
    clock: Clock,
    *,
    what: str = "team-lead sign-in",
    action: str = "role",
    timer: Timer = time.time,
) -> bool:
    """Check ``password`` as one counted attempt; False while a wait runs (nothing is checked then).

    Raises :class:`RoleError` (``no_password``) when no password is set yet.
    """
    if backoff(db).remaining(timer()) > 0:
        return False
    stored = centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD)
    if not stored:
        raise RoleError("no_password", "no team-lead password is set yet")
    ok = check_password(password, stored)  # slow (scrypt): outside any transaction
    _count(db, actor, clock, ok, timer, action, what)
    return ok


def authorise(
    db: Database,
    actor: Actor,
    permission: Permission,
    clock: Clock,
    password: Callable[[], str | None],
    *,
    timer: Timer = time.time,
) -> Actor:
    """The actor who may do ``permission`` now: as is, or as team lead after the password.

    ``password`` is asked only when needed (a terminal prompt, a line of stdin).
    While no password is set, team-lead powers are open (as before any password
    existed). Every refusal is audited with ``actor`` and raises :class:`RoleError`.
    """
    if allowed(actor, permission):
        return actor
    lead = actor.as_role(TEAM_LEAD)
    if not allowed(lead, permission):
        raise RoleError("not_allowed", f"{permission.value.replace('_', ' ')} is not a team-lead power")
    if not has_password(db):
        return lead
    return _by_password(db, actor, lead, permission, clock, password, timer)


def _by_password(
    db: Database, actor: Actor, lead: Actor, permission: Permission, clock: Clock,
    password: Callable[[], str | None], timer: Timer,
) -> Actor:
    """``lead`` once the password typed now is right; every refusal (back-off, none given, wrong) audited."""
    left = backoff(db).remaining(timer())
    if left > 0:
        refuse(db, actor, permission, clock, "waiting after wrong passwords")
        raise wait_error(left)
    given = password()
    if given is None:
        refuse(db, actor, permission, clock, "no password given")
        raise RoleError("no_password_given", f"{permission.value.replace('_', ' ')} needs the team-lead password")
    what = f"team-lead password for {permission.value}"
    if not attempt(db, actor, given, clock, what=what, action="refused", timer=timer):
        raise _wrong("the team-lead password is not right", backoff(db).remaining(timer()))
    return lead


def confirm(
    db: Database,
    actor: Actor,
    permission: Permission,
    clock: Clock,
    password: Callable[[], str | None],
    *,
    timer: Timer = time.time,
) -> Actor:
    """The team lead who may do ``permission`` now, with the password typed *for this step*.

    Like :func:`authorise`, but a team lead who is already signed in is asked
    again: a grave step (an export with personal data) is never made on a sign-in
    someone else may have left open. The attempt is counted and audited like any
    other; while no password is set, the power is open as before.
    """
    if not has_password(db):
        return authorise(db, actor, permission, clock, password, timer=timer)  # open, as before any password
    lead = actor.as_role(TEAM_LEAD)
    if not allowed(lead, permission):
        raise RoleError("not_allowed", f"{permission.value.replace('_', ' ')} is not a team-lead power")
    return _by_password(db, actor, lead, permission, clock, password, timer)


def set_password(
    db: Database,
    actor: Actor,
    clock: Clock,
    new: str,
    old: str | None = None,
    *,
    timer: Timer = time.time,
) -> str | None:
    """Set the first team-lead password (returns the recovery key, to show once) or change it.

    Changing needs the current password ``old``, checked as a counted attempt.
    """
    check_new_password(new)
    stored = centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD)
    new_hash = hash_password(new)  # slow: outside the write transaction
    if not stored:
        key = new_recovery_key()
        key_hash = hash_password(normal_recovery_key(key))
        with perform(db, actor, Permission.FIRST_PASSWORD, clock) as change:
            if centre_settings.get_in(change.session, centre_settings.TEAM_LEAD_PASSWORD):
                raise RoleError("changed", "a team-lead password was set meanwhile at another desk; nothing was changed")
            centre_settings.put(change.session, centre_settings.TEAM_LEAD_PASSWORD, new_hash, change.now)
            centre_settings.put(change.session, centre_settings.TEAM_LEAD_RECOVERY, key_hash, change.now)
            change.audit("role", "team-lead password set for the first time; recovery key issued")
        return key
    if old is None:
        refuse(db, actor, Permission.PASSWORD_CHANGE, clock, "current password not given")
        raise RoleError("wrong_password", "changing the team-lead password needs the current one")
    left = backoff(db).remaining(timer())
    if left > 0:
        refuse(db, actor, Permission.PASSWORD_CHANGE, clock, "waiting after wrong passwords")
        raise wait_error(left)
    if not attempt(db, actor, old, clock, what=f"team-lead password for {Permission.PASSWORD_CHANGE.value}", action="refused", timer=timer):
        raise _wrong("the current team-lead password is not right", backoff(db).remaining(timer()))
    with perform(db, actor.as_role(TEAM_LEAD), Permission.PASSWORD_CHANGE, clock) as change:
        if centre_settings.get_in(change.session, centre_settings.TEAM_LEAD_PASSWORD) != stored:
            raise RoleError("changed", "the team-lead password was changed meanwhile at another desk; nothing was changed")
        centre_settings.put(change.session, centre_settings.TEAM_LEAD_PASSWORD, new_hash, change.now)
        change.audit("role", "team-lead password changed")
    return None


def refuse_change(db: Database, actor: Actor, clock: Clock, why: str) -> None:
    """A password change given up before it started (no current password to check): audited as refused."""
    refuse(db, actor, Permission.PASSWORD_CHANGE, clock, why)


def recover(db: Database, actor: Actor, clock: Clock, key: str, new: str, *, timer: Timer = time.time) -> str:
    """Replace a forgotten password with the recovery key; returns the new recovery key (show it once).

    The key is checked as a counted attempt like a password; success and failure are audited.
    """
    check_new_password(new)
    stored_key = centre_settings.get(db, centre_settings.TEAM_LEAD_RECOVERY)
    if not has_password(db):
        raise RoleError("no_password", "no team-lead password is set yet; set one with: welcome-desk team-lead set-password")
    if not stored_key:
        refuse(db, actor, Permission.PASSWORD_RECOVER, clock, "no recovery key stored")
        raise RoleError(
            "no_recovery_key",
            "this centre has no recovery key (its password predates recovery keys); "
            "the database administrator must remove the stored password",
        )
    left = backoff(db).remaining(timer())
    if left > 0:
        refuse(db, actor, Permission.PASSWORD_RECOVER, clock, "waiting after wrong passwords")
        raise wait_error(left)
    ok = check_password(normal_recovery_key(key), stored_key)
    _count(db, actor, clock, ok, timer, "refused", f"recovery key for {Permission.PASSWORD_RECOVER.value}")
    if not ok:
        raise _wrong("the recovery key is not right", backoff(db).remaining(timer()), "wrong_key")
    new_key = new_recovery_key()
    new_hash, key_hash = hash_password(new), hash_password(normal_recovery_key(new_key))
    with perform(db, actor, Permission.PASSWORD_RECOVER, clock) as change:
        centre_settings.put(change.session, centre_settings.TEAM_LEAD_PASSWORD, new_hash, change.now)
        centre_settings.put(change.session, centre_settings.TEAM_LEAD_RECOVERY, key_hash, change.now)
        change.audit("role", "team-lead password replaced with the recovery key; new recovery key issued")
    return new_key


def sign_in(
    db: Database, seat: Seat, clock: Clock, password: str, name: str | None = None, *, timer: Timer = time.time
) -> bool:
    """The desk's seat becomes team lead (``name``, or the desk's name) with the right password.

    False for a wrong password or while a wait runs; raises :class:`RoleError`
    (``no_password``) when no password is set yet.
    """
    trying = seat.actor.renamed(name) if name and name.strip() else seat.actor
    if not attempt(db, trying, password, clock, timer=timer):
        return False
    lead = Seat(seat.actor).sign_in(name)  # the actor it will be, audited before the seat changes
    with perform(db, lead, Permission.SIGN_IN, clock) as change:
        change.audit("role", "signed in as team lead")
    seat.sign_in(name)
    return True


def sign_out(db: Database, seat: Seat, clock: Clock, reason: str = "") -> bool:
    """Back to reception; returns whether a team lead was signed in (``reason`` is audited)."""
    if not seat.actor.is_team_lead:
        return False
    with perform(db, seat.actor, Permission.SIGN_IN, clock) as change:
        change.audit("role", "signed out of team lead" + (f" ({reason})" if reason else ""))
    seat.sign_out()
    return True
