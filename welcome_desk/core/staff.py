"""Who is working at a desk: the name chosen at start, or the system user.

Every status change is attributed to a staff member. A desk may name who is
working (initials or a role, remembered in its settings); without a name the
operating system's user name stands in, so no change is ever anonymous.
"""

from __future__ import annotations

import getpass

from welcome_desk.core.actor import MAX_NAME as MAX_STAFF
from welcome_desk.core.actor import clean_name as clean_staff

FALLBACK_STAFF = "desk"
__all__ = ["FALLBACK_STAFF", "MAX_STAFF", "clean_staff", "resolve_staff", "system_user"]


def system_user() -> str:
    """The operating system's user name, or ``"desk"`` when the system does not say."""
    try:
        name = getpass.getuser()
    except Exception:  # no USER/LOGNAME and no password entry (e.g. in a container)
        return FALLBACK_STAFF
    name = clean_staff(name)[:MAX_STAFF]
    return name or FALLBACK_STAFF


def resolve_staff(chosen: str | None) -> str:
    """The chosen name when there is one, the system user otherwise.

    Raises ValueError for a name longer than :data:`MAX_STAFF` (it is refused, never cut).
    """
    name = clean_staff(chosen)
    if len(name) > MAX_STAFF:
        raise ValueError(f"the staff name is {len(name)} characters long; at most {MAX_STAFF} are allowed")
    return name or system_user()
