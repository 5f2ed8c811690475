"""Exports and reports leaving the app: authorised by the permission table and audited.

The file itself is written by :mod:`welcome_desk.reports` (or any writer the
caller passes); this use case decides who may (``EXPORT`` for data without
personal fields, ``EXPORT_PERSONAL`` with them, ``REPORT`` for the monthly
report) and records what left (file name, range, personal yes/no — never the
data). The writer runs outside any transaction so a long export never holds
the database's write lock; its record is written once it succeeded.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from welcome_desk.core.actor import Actor
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import check, perform

T = TypeVar("T")


def permission_for(action: str, personal: bool) -> Permission:
    if action == "report":
        return Permission.REPORT
    return Permission.EXPORT_PERSONAL if personal else Permission.EXPORT


def authorise(db: Database, actor: Actor, clock: Clock, *, personal: bool, action: str = "export") -> None:
    """Refuse (audited) before anything is written when ``actor`` may not make this export."""
    check(db, actor, permission_for(action, personal), clock)


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
) -> T:
    """Authorise, run ``write``, then audit ``describe(result)``; returns ``write``'s result."""
    authorise(db, actor, clock, personal=personal, action=action)
    result = write()
    if audited:
        record(db, actor, clock, describe(result), personal=personal, action=action)
    return result
