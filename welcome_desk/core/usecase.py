"""The one door for every change a person makes.

A use case takes the :class:`~welcome_desk.core.actor.Actor` and the
:data:`~welcome_desk.core.clock.Clock`, checks the permission table, and
writes its change and its audit record in one transaction::

    with perform(db, actor, Permission.PURGE, clock) as change:
        n = erase_personal_fields(change.session, before)
        change.audit("purge", f"{n} entries")

If the check fails nothing is opened; if the block raises, the change and its
audit record roll back together. The window and the command line call use
cases and nothing below them, so both enforce exactly the same rules.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy.orm import Session

from welcome_desk.core import audit
from welcome_desk.core.actor import Actor
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.permissions import Permission, PermissionDenied, require


@dataclass(frozen=True)
class Change:
    """One use case's open transaction: its session, its time, and who makes it."""

    session: Session
    now: dt.datetime
    actor: Actor

    def audit(self, action: str, detail: str = "") -> None:
        """Record the change in the audit log, in this transaction."""
        audit.add_by(self.session, self.now, self.actor, action, detail)


@contextmanager
def perform(db: Database, actor: Actor, permission: Permission, clock: Clock) -> Iterator[Change]:
    """Check ``permission`` for ``actor``, then open one write transaction for the change.

    A refusal changes nothing but is itself audited (action ``refused``, with the actor).
    """
    check(db, actor, permission, clock)
    now = clock()
    with db.write() as session:
        yield Change(session, now, actor)


def refuse(db: Database, actor: Actor, permission: Permission, clock: Clock, why: str) -> None:
    """Audit a refused attempt at ``permission`` (``why``: ``role``, ``wrong password``, ``no password given``)."""
    audit.record_by(db, clock(), actor, "refused", f"{permission.value} refused: {why}")


def check(db: Database, actor: Actor, permission: Permission, clock: Clock) -> None:
    """The permission check alone, for use cases whose change is not one transaction (a restore, a file).

    Raises :class:`PermissionDenied` after auditing the refusal.
    """
    try:
        require(actor, permission)
    except PermissionDenied:
        refuse(db, actor, permission, clock, f"role {actor.role}")
        raise
