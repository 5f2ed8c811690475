"""Who is working at a desk: the name chosen at start, or the system user.

Every status change is attributed to a staff member. A desk may name who is
working (initials or a role, remembered in its settings); without a name the
operating system's user name stands in, so no change is ever anonymous.
"""

from __future__ import annotations

import getpass

MAX_STAFF = 64  # the width of the staff columns
FALLBACK_STAFF = "desk"


def system_user() -> str:
    """The operating system's user name, or ``"desk"`` when the system does not say."""
    try:
        name = getpass.getuser()
    except Exception:  # no USER/LOGNAME and no password entry (e.g. in a container)
        return FALLBACK_STAFF
    name = clean_staff(name)[:MAX_STAFF]
    return name or FALLBACK_STAFF


def clean_staff(name: str | None) -> str:
    """``name`` with runs of spaces and control characters made one space, trimmed."""
    if not name:
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())


def resolve_staff(chosen: str | None) -> str:
    """The chosen name when there is one, the system user otherwise.

    Raises ValueError for a name longer than :data:`MAX_STAFF` (it is refused, never cut).
    """
    name = clean_staff(chosen)
    if len(name) > MAX_STAFF:
        raise ValueError(f"the staff name is {len(name)} characters long; at most {MAX_STAFF} are allowed")
    return name or system_user()
