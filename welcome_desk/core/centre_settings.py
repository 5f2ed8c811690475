"""Settings every desk of a centre shares, kept in the database (not per workstation).

Per-desk choices (paper, theme, font size) live in :mod:`welcome_desk.core.settings`;
what the team lead decides for the whole centre (retention period, the team-lead
password hash) lives here, so a second desk on the same database sees it too.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.core.database import Database
from welcome_desk.core.models import CentreSetting

RETENTION_DAYS = "retention_days"
TEAM_LEAD_PASSWORD = "team_lead_password"  # an scrypt hash string, never the password
TEAM_LEAD_RECOVERY = "team_lead_recovery"  # an scrypt hash of the recovery key shown once, never the key
TEAM_LEAD_FAILURES = "team_lead_failures"  # wrong passwords in a row, shared by every desk and the command line
TEAM_LEAD_WAIT_UNTIL = "team_lead_wait_until"  # seconds since the epoch before which no attempt is checked


def get_in(session: Session, key: str) -> str | None:
    """The value of ``key`` read inside the caller's transaction."""
    return session.scalar(select(CentreSetting.value).where(CentreSetting.key == key))


def get(db: Database, key: str, default: str | None = None) -> str | None:
    with db.read() as session:
        value = session.scalar(select(CentreSetting.value).where(CentreSetting.key == key))
    return default if value is None else value


def put(session: Session, key: str, value: str, now: dt.datetime) -> None:
    """Set ``key`` inside the caller's transaction (so it commits with its audit record)."""
    row = session.get(CentreSetting, key)
    if row is None:
        session.add(CentreSetting(key=key, value=value, changed_at=now))
    else:
        row.value = value
        row.changed_at = now


def get_int(db: Database, key: str, default: int) -> int:
    raw = get(db, key)
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        return default
