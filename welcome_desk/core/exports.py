"""Exports and reports leaving the app: authorised by the permission table and audited.

The file itself is written by :mod:`welcome_desk.reports` (or any writer the
caller passes); this use case decides who may (``EXPORT`` for data without
personal fields, ``EXPORT_PERSONAL`` with them, ``REPORT`` for the monthly
report) and records what left (file name, range, personal yes/no — never the
data). The writer runs outside any transaction so a long export never holds
the database's write lock; its record is written once it succeeded.

Personal data leaves only with the team-lead password typed *for this export*
(:func:`welcome_desk.core.team_lead.confirm`): a signed-in team lead is asked
again, the command line asks once. The front-ends pass a ``password`` callable
(a dialog, a terminal prompt) and use the actor :func:`authorise` returns.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from welcome_desk.core import team_lead
from welcome_desk.core.actor import Actor
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.permissions import Permission, PermissionDenied
from welcome_desk.core.usecase import check, perform

__all__ = ["PermissionDenied", "authorise", "export", "permission_for", "record"]

T = TypeVar("T")


def permission_for(action: str, personal: bool) -> Permission:
    if action == "report":
        return Permission.REPORT
    return Permission.EXPORT_PERSONAL if personal else Permission.EXPORT


Password = Callable[[], "str | None"]


def authorise(
    db: Database, actor: Actor, clock: Clock, *, personal: bool, action: str = "export", password: Password | None = None
) -> Actor:
    """Who makes this export: refused (audited) before anything is written when ``actor`` may not.

    With ``personal`` and a team-lead password set, the password is asked through
    ``password`` (counted, audited) even for a signed-in team lead — without a
    ``password`` to ask, it is refused; raises
    :class:`~welcome_desk.core.passwords.RoleError` when it is wrong or not given.
    Returns the actor to pass to :func:`record` (the team lead after the password).
    """
    permission = permission_for(action, personal)
    if personal and (password is not None or team_lead.has_password(db)):
        return team_lead.confirm(db, actor, permission, clock, password or (lambda: None))
    check(db, actor, permission, clock)
    return actor


def record(db: Database, actor: Actor, clock: Clock, detail: str, *, personal: bool, action: str = "export") -> None:
    """Audit an export or report that was written (checks the permission again)."""
    with perform(db, actor, permission_for(action, personal), clock) as change:
        change.audit(action, detail)


def export(
    db: Database,
    actor: Actor,
    clock: Clock,
    write: Callable[[], T],
    describe: Callable[[T], str],
    *,
    personal: bool,
    action: str = "export",
    audited: bool = True,
    password: Password | None = None,
) -> T:
    """Authorise, run ``write``, then audit ``describe(result)``; returns ``write``'s result."""
    actor = authorise(db, actor, clock, personal=personal, action=action, password=password)
    result = write()
    if audited:
        record(db, actor, clock, describe(result), personal=personal, action=action)
    return result
