"""Who does something: the one answer to "who did it" for audit rows, status events and the log.

An :class:`Actor` is made once per desk session (window or command) and passed
to every use case; it changes only by an explicit step (sign-in, sign-out, a
new name at the desk), never by reading ``$USER`` behind the caller's back.
"""

from __future__ import annotations

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
