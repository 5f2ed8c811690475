"""The team lead's data-keeping use cases: retention period, purge, backup, restore, demo visits.

Each takes the :class:`~welcome_desk.core.actor.Actor` and the clock, checks the
permission table and writes its audit record — in the same transaction as the
change where the change is one (retention, purge); after the file work where it
is not (a backup or restore copies files; the restored database gets the record).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from welcome_desk.core import centre_settings, retention
from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre
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


def purge(db: Database, actor: Actor, clock: Clock, days: int | None = None) -> int:
    """Erase personal data past the period (or ``days``) now; returns how many entries (audited with the count)."""
    days = retention.retention_days(db) if days is None else retention.check_days(days)
    with perform(db, actor, Permission.PURGE, clock) as change:
        count = retention.erase_past(change.session, change.now, days)
        change.audit("purge", f"by hand: personal data of {retention.entries_text(count)} older than {days} days erased")
    return count


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


def add_demo_visits(
    db: Database,
    actor: Actor,
    clock: Clock,
    centre: Centre,
    visits: int,
    days: int,
    *,
    seed: int = 7,
    progress: Callable[[int, int], bool] | None = None,
    kind: str = "command line",
) -> int:
    """Invent about ``visits`` demo visits over the last ``days`` days; returns how many (audited)."""
    from welcome_desk.core.demo import generate

    check(db, actor, Permission.DEMO, clock)
    made = generate(db, centre, visits, days, clock().date(), seed=seed, progress=progress)
    with perform(db, actor, Permission.DEMO, clock) as change:
        change.audit("demo", f"{made} demo visits over {days} days ({kind})")
    return made
