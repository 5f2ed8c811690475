"""Roles at the desk: reception (everyone) and team lead (with the centre's password).

Team-lead functions (exports with personal data, centre editing, retention,
purge, restore) need the team-lead role. Its password is one per centre, kept
in :mod:`centre_settings` only as a salted scrypt hash in a self-describing
string ``scrypt$n$r$p$salt$hash`` (base64), so the cost can be raised later
without breaking stored hashes. Sign-ins, sign-outs, failures and password
changes go to the audit log — never the password or its hash.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import os
import time
from typing import Callable

from sqlalchemy import select

from welcome_desk.core import audit, centre_settings
from welcome_desk.core.database import Database
from welcome_desk.core.models import CentreSetting

RECEPTION = "reception"
TEAM_LEAD = "team_lead"
SYSTEM = "system"  # automatic actions (e.g. the retention purge at start-up)

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # anything longer is a paste accident, not a password

# scrypt cost: n=2**14, r=8, p=1 takes about 110 ms on the reference desk PC
# (2**15 was about 260 ms, too slow for a sign-in at the desk).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32

# After this many failed sign-ins in a row, each further attempt has to wait.
FREE_FAILURES = 5
FIRST_WAIT_SECONDS = 15.0
MAX_WAIT_SECONDS = 15 * 60.0


class RoleError(ValueError):
    """A role or password request that cannot be done; ``str()`` is for a person.

    ``code`` lets the UI show its own wording: ``too_short``, ``too_long``,
    ``blank``, ``wrong_password``, ``no_password``, ``wait``.
    """

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


# --------------------------------------------------------------------------- hashing


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem: 128 * n * r * p bytes plus slack, so stronger stored parameters still verify.
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * n * r * p + 1024 * 1024
    )


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """A new salted hash string for ``password`` (a fresh random salt every time)."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, n, r, p, HASH_BYTES)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the hash string ``stored`` (constant-time compare).

    A damaged or unknown hash string never matches.
    """
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return False
    if not (2 <= n <= 2**22 and n & (n - 1) == 0 and 1 <= r <= 64 and 1 <= p <= 16 and salt and expected):
        return False
    try:
        digest = _scrypt(password, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


def check_new_password(password: str) -> None:
    """Raise :class:`RoleError` when ``password`` is not acceptable as a team-lead password."""
    if not password.strip():
        raise RoleError("blank", "the password must not be empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RoleError(
            "too_short",
            f"the password must have at least {MIN_PASSWORD_LENGTH} characters (it has {len(password)})",
            minimum=MIN_PASSWORD_LENGTH,
            length=len(password),
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise RoleError(
            "too_long", f"the password must have at most {MAX_PASSWORD_LENGTH} characters", maximum=MAX_PASSWORD_LENGTH
        )


# --------------------------------------------------------------------------- the centre's password


def has_team_lead_password(db: Database) -> bool:
    return bool(centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD))


def verify(db: Database, password: str) -> bool:
    """Whether ``password`` is the centre's team-lead password (False when none is set)."""
    stored = centre_settings.get(db, centre_settings.TEAM_LEAD_PASSWORD)
    return bool(stored) and check_password(password, stored)


def set_team_lead_password(
    db: Database,
    now: dt.datetime,
    staff: str,
    new: str,
    old: str | None = None,
    *,
    replace: bool = False,
    role: str = TEAM_LEAD,
) -> None:
    """Set the centre's team-lead password.

    The first password may be set by anyone; changing it needs the ``old`` one,
    unless ``replace`` (the command line on the machine itself, e.g. for a
    forgotten password). The change and its kind are audited in the same
    transaction.
    """
    check_new_password(new)
    new_hash = hash_password(new)  # slow: outside the write transaction
    with db.write() as session:
        stored = session.scalar(
            select(CentreSetting.value).where(CentreSetting.key == centre_settings.TEAM_LEAD_PASSWORD)
        )
        if not stored:
            what = "team-lead password set for the first time"
        elif replace:
            what = "team-lead password replaced on the command line"
        elif old is None or not check_password(old, stored):
            raise RoleError("wrong_password", "the current team-lead password is not right")
        else:
            what = "team-lead password changed"
        centre_settings.put(session, centre_settings.TEAM_LEAD_PASSWORD, new_hash, now)
        audit.add(session, now, staff, role, "role", what)


# --------------------------------------------------------------------------- the desk's session


class RoleSession:
    """The role at one desk right now; reception until someone signs in as team lead.

    ``clock`` gives the time for the audit log; ``monotonic`` measures the wait
    after repeated failures (both injectable for tests). The failure count is
    kept per desk for as long as the app runs.
    """

    def __init__(
        self,
        db: Database,
        clock: Callable[[], dt.datetime],
        staff: str = "",
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.clock = clock
        self.desk_staff = staff
        self.monotonic = monotonic
        self.role = RECEPTION
        self.staff = staff
        self.since: dt.datetime = clock()
        self.failures = 0
        self._wait_until = 0.0

    @property
    def is_team_lead(self) -> bool:
        return self.role == TEAM_LEAD

    def has_password(self) -> bool:
        return has_team_lead_password(self.db)

    def wait_remaining(self) -> float:
        """Seconds until the next sign-in attempt is accepted (0 when it may be tried now)."""
        return max(0.0, self._wait_until - self.monotonic())

    def attempt(self, password: str, staff: str | None = None, what: str = "sign-in") -> bool:
        """Check ``password`` as one counted attempt: failures are audited and slow the next try.

        False while a wait is running (without checking). Raises :class:`RoleError`
        (``no_password``) when no password is set yet.
        """
        if self.wait_remaining() > 0:
            return False
        stored = centre_settings.get(self.db, centre_settings.TEAM_LEAD_PASSWORD)
        if not stored:
            raise RoleError("no_password", "no team-lead password is set yet")
        if check_password(password, stored):
            self.failures = 0
            self._wait_until = 0.0
            return True
        self.failures += 1
        detail = f"team-lead {what} failed ({self.failures} in a row)"
        if self.failures >= FREE_FAILURES:
            wait = min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (self.failures - FREE_FAILURES))
            self._wait_until = self.monotonic() + wait
            detail += f"; next attempt in {wait:.0f} s"
        audit.record(self.db, self.clock(), self._who(staff), self.role, "role", detail)
        return False

    def sign_in(self, password: str, staff: str | None = None) -> bool:
        """Become team lead with the centre's password; False for a wrong password or while waiting.

        Raises :class:`RoleError` (``no_password``) when no password is set yet.
        """
        if not self.attempt(password, staff):
            return False
        now = self.clock()
        self.role, self.staff, self.since = TEAM_LEAD, self._who(staff), now
        audit.record(self.db, now, self.staff, TEAM_LEAD, "role", "signed in as team lead")
        return True

    def _who(self, staff: str | None) -> str:
        return (staff if staff is not None else self.desk_staff).strip()[:64]

    def sign_out(self, reason: str = "") -> bool:
        """Back to reception; returns whether a team lead was signed in. ``reason`` goes to the audit log."""
        if not self.is_team_lead:
            return False
        now = self.clock()
        detail = "signed out of team lead" + (f" ({reason})" if reason else "")
        audit.record(self.db, now, self.staff, TEAM_LEAD, "role", detail)
        self.role, self.staff, self.since = RECEPTION, self.desk_staff, now
        return True

    def audit_staff(self) -> str:
        """Who to name in an audit record made now."""
        return self.staff or self.desk_staff
