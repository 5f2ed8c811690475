"""The audit log: sensitive actions (exports, purges, edits, restores, role changes).

Each record says who, when, in which role and what — ``detail`` names a date
range, a file name or a count, never a visitor's personal data. Writers pass
their own session so the record commits (or rolls back) with the action it
describes; :func:`record` opens one for actions that have no transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.core.actor import Actor
from welcome_desk.core.database import Database
from welcome_desk.core.models import AuditEvent

# The actions the app records; a closed list keeps the log readable and filterable.
ACTIONS = (
    "export",  # a day list, log or report left the app (file name, range, personal yes/no)
    "report",  # a monthly report was written
    "purge",  # personal data erased (automatic or by hand: how many entries)
    "retention",  # the retention period was changed
    "centre_edit",  # the centre definition was edited or imported
    "centre_use",  # another centre was made active
    "backup",  # a backup was made by hand
    "restore",  # the database was restored from a backup
    "role",  # team-lead sign-in / sign-out / password set or changed
    "demo",  # invented demo visits were added (how many, over how many days)
    "settings",  # a centre-wide rule was changed (e.g. no-show after N missed calls)
    "partner_referral",  # a visitor was sent to a partner outside the building (unit, no ticket)
    "refused",  # a team-lead power was asked for without the right password or role (which power, why)
    "import",  # appointments were imported from a booking system (file name, counts)
    "check_in",  # a visitor checked in with a booking code (the ticket, never the code or a name)
    "vocabulary",  # words suggested for a concern (a count, never the words), accepted or dropped by the team lead
    "undo",  # a status change taken back at the desk (ticket: undone -> restored status)
    "names",  # visitors' names were shown in a search (how many, which kind of search; never a name or the text)
)
MAX_DETAIL = 500


@dataclass(frozen=True)
class AuditRecord:
    at: dt.datetime
    staff: str
    role: str
    action: str
    detail: str
    desk: str = ""
    channel: str = ""


def add(
    session: Session,
    at: dt.datetime,
    staff: str,
    role: str,
    action: str,
    detail: str = "",
    *,
    desk: str = "",
    channel: str = "",
) -> None:
    """Add one record inside the caller's transaction (prefer :func:`add_by` with an Actor)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    detail = one_line(detail)
    if len(detail) > MAX_DETAIL:
        detail = detail[: MAX_DETAIL - 1] + "…"
    session.add(
        AuditEvent(
            at=at,
            staff=one_line(staff)[:64],
            role=role[:16],
            action=action,
            detail=detail,
            desk=one_line(desk)[:64],
            channel=channel[:16],
        )
    )


def add_by(session: Session, at: dt.datetime, actor: Actor, action: str, detail: str = "") -> None:
    """Add one record for ``actor`` (name, role, desk, channel) inside the caller's transaction."""
    add(session, at, actor.name, actor.role, action, detail, desk=actor.desk, channel=actor.channel)


def record_by(db: Database, at: dt.datetime, actor: Actor, action: str, detail: str = "") -> None:
    """Add one record for ``actor`` in its own transaction (refusals, sign-outs: nothing else changes)."""
    with db.write() as session:
        add_by(session, at, actor, action, detail)


def one_line(text: str) -> str:
    """``text`` with control characters shown as escapes: no free text can forge an audit line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def recent(db: Database, limit: int = 200, action: str | None = None) -> list[AuditRecord]:
    """The newest records first."""
    stmt = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if action is not None:
        stmt = stmt.where(AuditEvent.action == action)
    with db.read() as session:
        return [
            AuditRecord(row.at, row.staff, row.role, row.action, row.detail, row.desk, row.channel)
            for row in session.scalars(stmt)
        ]
