"""Who does something: the one answer to "who did it" for audit rows, status events and the log.

An :class:`Actor` is made once per desk session (window or command) and passed
to every use case; it changes only by an explicit step (sign-in, sign-out, a
new name at the desk), never by reading ``$USER`` behind the caller's back.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, replace
from typing import Literal

RECEPTION = "reception"
TEAM_LEAD = "team_lead"
SYSTEM = "system"  # automatic work: the retention purge at start-up, scheduled backups
ROLES = (RECEPTION, TEAM_LEAD, SYSTEM)

Channel = Literal["gui", "cli", "display", "system"]
MAX_NAME = 64  # the width of the staff columns


def clean_name(name: str | None) -> str:
    """``name`` as one printable line: control characters and runs of spaces become one space."""
    if not name:
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())


@dataclass(frozen=True)
class Actor:
    """Who acts, in which role, at which desk, through which front-end.

    ``name`` is always clean (one printable line, at most :data:`MAX_NAME`
    characters): a forged newline cannot reach an audit line.
    """

    name: str
    role: str = RECEPTION
    desk: str = ""
    channel: Channel = "gui"

    def __post_init__(self) -> None:
        name = clean_name(self.name)
        if len(name) > MAX_NAME:
            raise ValueError(f"the staff name is {len(name)} characters long; at most {MAX_NAME} are allowed")
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")
        object.__setattr__(self, "name", name or "desk")
        object.__setattr__(self, "desk", clean_name(self.desk)[:MAX_NAME])

    @property
    def is_team_lead(self) -> bool:
        return self.role == TEAM_LEAD

    def as_role(self, role: str) -> Actor:
        """The same person at the same desk in another role (after a sign-in or sign-out)."""
        return replace(self, role=role)

    def renamed(self, name: str) -> Actor:
        """Another person at the same desk (the desk's "who is here" changed)."""
        return replace(self, name=name)


def system_actor(desk: str = "") -> Actor:
    """The app itself, for automatic work (retention at start-up)."""
    return Actor(name="system", role=SYSTEM, desk=desk, channel="system")


STAFF_ENV_VAR = "WELCOME_DESK_STAFF"
OS_USER_PREFIX = "os:"  # a name taken from the operating-system account, not chosen by anyone


def os_user_name() -> str:
    """The operating system's account name, marked as such (``os:alice``), or ``desk``."""
    try:
        name = clean_name(getpass.getuser())
    except Exception:  # no USER/LOGNAME and no password entry (e.g. in a container)
        return "desk"
    return (OS_USER_PREFIX + name)[:MAX_NAME] if name else "desk"


def command_line_name(chosen: str | None, environ: dict[str, str] | None = None) -> str:
    """Who runs a command: ``--staff``, else ``$WELCOME_DESK_STAFF``, else the OS account (marked ``os:``).

    Asked once per command; the answer goes into the command's :class:`Actor`.
    """
    env = os.environ if environ is None else environ
    for candidate in (chosen, env.get(STAFF_ENV_VAR)):
        name = clean_name(candidate)
        if name:
            return name
    return os_user_name()


class Seat:
    """Who is at one desk right now: the one owner of the desk's :class:`Actor`.

    The booking service, the role session and the audit all read :attr:`actor`
    from here, so a new name at the desk or a team-lead sign-in is seen by all
    of them at once (no second copy of the name can go stale).
    """

    def __init__(self, actor: Actor) -> None:
        self._desk_name = actor.name
        self._actor = actor.as_role(RECEPTION) if actor.role == TEAM_LEAD else actor

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def desk_name(self) -> str:
        """The name chosen for the desk (what reception is recorded as)."""
        return self._desk_name

    def rename(self, name: str) -> Actor:
        """Another person at the desk; a signed-in team lead stays who signed in."""
        renamed = Actor(name, RECEPTION, self._actor.desk, self._actor.channel)  # validates the name
        self._desk_name = renamed.name
        if not self._actor.is_team_lead:
            self._actor = renamed
        return self._actor

    def sign_in(self, name: str | None = None) -> Actor:
        """The desk is now used by a team lead (``name``, or the desk's own name)."""
        self._actor = Actor(clean_name(name) or self._desk_name, TEAM_LEAD, self._actor.desk, self._actor.channel)
        return self._actor

    def take(self, actor: Actor) -> Actor:
        """The seat is used by ``actor`` now (a command's gate let it in as team lead, or not)."""
        return self.sign_in(actor.name) if actor.is_team_lead else self._actor

    def sign_out(self) -> Actor:
        """Back to reception under the desk's name."""
        self._actor = Actor(self._desk_name, RECEPTION, self._actor.desk, self._actor.channel)
        return self._actor
