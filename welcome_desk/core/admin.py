"""The team lead's data-keeping use cases: retention period, purge, backup, restore, the audit log, the screen lock.

(Demo visits are :func:`welcome_desk.core.demo.add_demo_visits`.)

Each takes the :class:`~welcome_desk.core.actor.Actor` and the clock, checks the
permission table and writes its audit record — in the same transaction as the
change where the change is one (retention, purge); after the file work where it
is not (a backup or restore copies files; the restored database gets the record).
"""

from __future__ import annotations

from pathlib import Path

from welcome_desk.core import audit, centre_settings, retention
from welcome_desk.core.actor import Actor
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import check, perform


def change_retention(db: Database, actor: Actor, clock: Clock, days: int) -> int:
    """Store a new retention period; returns the old one. Entries past it go at the next purge."""
    retention.check_days(days)
    before = retention.retention_days(db)
    with perform(db, actor, Permission.RETENTION, clock) as change:
        centre_settings.put(change.session, centre_settings.RETENTION_DAYS, str(days), change.now)
        change.audit("retention", f"retention period {before} → {days} days")
    return before


def retention_now(db: Database, actor: Actor, clock: Clock, days: int) -> tuple[bool, int]:
    """The window's *Save*: store ``days`` (if it changed) and erase what is past it at once.

    Returns (whether the period changed, how many entries were erased); both steps are
    the use cases above, each checked and audited.
    """
    changed = retention.check_days(days) != retention.retention_days(db)
    if changed:
        change_retention(db, actor, clock, days)
    erased = purge(db, actor, clock, days) if retention.count_past(db, clock(), days) else 0
    return changed, erased


def purge(db: Database, actor: Actor, clock: Clock, days: int | None = None) -> int:
    """Erase personal data past the period (or ``days``) now; returns how many entries (audited with the count)."""
    days = retention.retention_days(db) if days is None else retention.check_days(days)
    with perform(db, actor, Permission.PURGE, clock) as change:
        count = retention.erase_past(change.session, change.now, days)
        change.audit("purge", f"by hand: personal data of {retention.entries_text(count)} older than {days} days erased")
    retention.after_purge(db, change.now, days, count)  # scrub the old values from the files; expire slips, backups
    return count


def audit_log(
    db: Database, actor: Actor, clock: Clock, limit: int = 200, action: str | None = None
) -> list[audit.AuditRecord]:
    """The newest audit records for a team lead (``AUDIT_READ``; a refusal is itself audited)."""
    if action is not None and action not in audit.ACTIONS:
        raise ValueError(f"unknown action {action!r}; known: {', '.join(audit.ACTIONS)}")
    check(db, actor, Permission.AUDIT_READ, clock)
    return audit.recent(db, limit, action)


def lock_later(current: int, minutes: int) -> bool:
    """Whether ``minutes`` locks a desk later than ``current`` does (0: never) — a team-lead power."""
    return minutes == 0 or (current != 0 and minutes > current)


def change_lock_minutes(db: Database, actor: Actor, clock: Clock, current: int, minutes: int) -> int:
    """The screen lock of ``actor``'s desk after ``minutes`` without input (0: never); returns ``minutes``.

    Sooner is anyone's choice; later or never keeps names on an unattended screen longer,
    so it needs ``LOCK_LATER`` and is audited. The desk stores the setting itself (it is per desk).
    """
    from welcome_desk.core.settings import LOCK_MINUTES

    if minutes not in LOCK_MINUTES:
        raise ValueError(f"the screen lock is one of {', '.join(map(str, LOCK_MINUTES))} minutes (0: never)")
    if lock_later(current, minutes):
        with perform(db, actor, Permission.LOCK_LATER, clock) as change:
            shown = [f"{m} min" if m else "never" for m in (current, minutes)]
            change.audit("settings", f"screen lock of this desk: {shown[0]} → {shown[1]}")
    return minutes


def backup(db: Database, actor: Actor, clock: Clock) -> Path:
    """A backup of the SQLite file now (audited with its file name)."""
    from welcome_desk.core.backup import make_backup

    check(db, actor, Permission.BACKUP, clock)
    path = make_backup(db, clock())
    with perform(db, actor, Permission.BACKUP, clock) as change:
        change.audit("backup", f"backup {path.name}")
    return path


def restore(db: Database, actor: Actor, clock: Clock, backup_file: Path) -> Path:
    """Replace the database with ``backup_file``; returns where the data before is kept.

    The audit record goes into the restored database (the one that is used from now on).
    """
    from welcome_desk.core.backup import restore as restore_file

    check(db, actor, Permission.RESTORE, clock)
    kept = restore_file(db, backup_file, clock())
    from welcome_desk.core.migrations import upgrade

    upgrade(db)  # an older backup may predate the audit columns
    with perform(db, actor, Permission.RESTORE, clock) as change:
        change.audit("restore", f"restored {backup_file.name}; previous data kept as {kept.name}")
    return kept

