"""Which pass of the repeated autumn hour a stored time belongs to: a ``*_fold`` column beside it.

Times are stored as the centre's naive wall times. When the clocks go back
(Europe/Berlin: 03:00 → 02:00 on the last Sunday of October) every wall time
from 02:00 to 03:00 happens twice, so a walk-in at "02:30" could be either,
and its waiting time could be off by an hour. ``fold`` (as in Python's
``datetime.fold``) says which: 0 for the first pass (and for every other time
of the year), 1 for the second.

Why a fold column and not a UTC offset or UTC times: every query, index and
slot comparison keeps working on wall times unchanged; the column is a constant
0 for all but one hour a year, so adding it rewrites nothing (SQLite's ADD
COLUMN with a default and PostgreSQL 11+ are metadata-only), and a writer that
forgot it would still be right 8,759 hours a year.

Existing rows: a time in a repeated hour is put on the second pass when a row
recorded before it (a lower id: rows are written in the order things happen)
already had a later wall time in that hour — the clock went back in between —
and so is every row recorded after that one in the hour. A visit's walk-in
time follows its creation; its status time follows its latest status event.
Rows a repeated hour saw only once keep 0 (the first pass): without a row from
each pass nothing tells them apart.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = {
    "entry": ("at_fold", "created_at_fold", "status_at_fold"),
    "status_event": ("at_fold",),
    "audit_event": ("at_fold",),
    "call_event": ("at_fold",),
}
DEFAULT_ZONE = "Europe/Berlin"

entry = sa.table(
    "entry", sa.column("id", sa.Integer), sa.column("centre_id", sa.String), sa.column("kind", sa.String),
    sa.column("at", sa.DateTime), sa.column("created_at", sa.DateTime), sa.column("status_at", sa.DateTime),
    sa.column("at_fold", sa.Integer), sa.column("created_at_fold", sa.Integer), sa.column("status_at_fold", sa.Integer),
)
status_event = sa.table(
    "status_event", sa.column("id", sa.Integer), sa.column("entry_id", sa.Integer), sa.column("at", sa.DateTime),
    sa.column("at_fold", sa.Integer),
)
audit_event = sa.table("audit_event", sa.column("id", sa.Integer), sa.column("at", sa.DateTime), sa.column("at_fold", sa.Integer))
call_event = sa.table(
    "call_event", sa.column("id", sa.Integer), sa.column("centre_id", sa.String), sa.column("at", sa.DateTime),
    sa.column("at_fold", sa.Integer),
)
centre = sa.table("centre", sa.column("id", sa.String), sa.column("document", sa.Text), sa.column("active", sa.Boolean))


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, recreate="never") as batch:  # ALTER TABLE ADD COLUMN: nothing copied
            for column in columns:
                batch.add_column(sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
    bind = op.get_bind()
    zones, active_zone = _zones(bind)
    for zone, centre_ids in zones.items():
        for start, end in _repeated_hours(bind, zone):
            _backfill(bind, start, end, centre_ids, audit=zone == active_zone)


def downgrade() -> None:
    # In place (SQLite 3.35+ drops a column without copying the table): recreating ``entry``
    # would delete every status event through their ON DELETE CASCADE.
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, recreate="never") as batch:
            for column in columns:
                batch.drop_column(column)


def _zones(bind) -> tuple[dict[str, list[str]], str]:
    """Each time zone with the ids of its centres, and the active centre's zone (the audit log's)."""
    zones: dict[str, list[str]] = {}
    active_zone = DEFAULT_ZONE
    for centre_id, document, active in bind.execute(sa.select(centre.c.id, centre.c.document, centre.c.active)):
        try:
            name = json.loads(document).get("timezone") or DEFAULT_ZONE
            ZoneInfo(name)
        except (ValueError, AttributeError, ZoneInfoNotFoundError):
            name = DEFAULT_ZONE
        zones.setdefault(name, []).append(centre_id)
        if active:
            active_zone = name
    # Visits of a centre no longer stored: read in the active centre's zone.
    known = [cid for ids in zones.values() for cid in ids]
    orphans = bind.execute(sa.select(entry.c.centre_id).where(entry.c.centre_id.not_in(known)).distinct()).scalars().all()
    zones.setdefault(active_zone, []).extend(orphans)
    return zones, active_zone


def _repeated_hours(bind, zone: str) -> list[tuple[dt.datetime, dt.datetime]]:
    """The wall-time spans that happen twice in ``zone`` in the years the database holds times for."""
    years: set[int] = set()
    for table in (status_event, audit_event, call_event):
        low, high = bind.execute(sa.select(sa.func.min(table.c.at), sa.func.max(table.c.at))).one()
        if low is not None:
            years.update(range(low.year, high.year + 1))
    tz = ZoneInfo(zone)
    spans = []
    day, minute = dt.timedelta(days=1), dt.timedelta(minutes=1)
    for year in sorted(years):
        t = dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc)
        while t.year == year:
            before, after = t.astimezone(tz).utcoffset(), (t + day).astimezone(tz).utcoffset()
            if after < before:  # the clocks go back within this day: find the minute
                change = t
                while change.astimezone(tz).utcoffset() == before:
                    change += minute
                wall_start = change.astimezone(tz).replace(tzinfo=None)
                spans.append((wall_start, wall_start + (before - after)))
            t += day
    return spans


def _second_pass(rows) -> list[int]:
    """Ids (in recorded order) of the rows after the wall clock went back within the span."""
    later: dt.datetime | None = None
    second = False
    out = []
    for row_id, at in rows:
        if later is not None and at < later:
            second = True
        if second:
            out.append(row_id)
        later = at if later is None else max(later, at)
    return out


def _set(bind, table, column: str, ids: list[int]) -> None:
    for i in range(0, len(ids), 500):
        bind.execute(sa.update(table).where(table.c.id.in_(ids[i : i + 500])).values({column: 1}))


def _backfill(bind, start: dt.datetime, end: dt.datetime, centre_ids: list[str], *, audit: bool) -> None:
    def within(column):
        return sa.and_(column >= start, column < end)

    events = _second_pass(bind.execute(
        sa.select(status_event.c.id, status_event.c.at)
        .join(entry, entry.c.id == status_event.c.entry_id)
        .where(within(status_event.c.at), entry.c.centre_id.in_(centre_ids))
        .order_by(status_event.c.id)
    ))
    _set(bind, status_event, "at_fold", events)
    created = _second_pass(bind.execute(
        sa.select(entry.c.id, entry.c.created_at)
        .where(within(entry.c.created_at), entry.c.centre_id.in_(centre_ids))
        .order_by(entry.c.id)
    ))
    _set(bind, entry, "created_at_fold", created)
    # A walk-in's time is when it was logged.
    walk_ins = bind.execute(
        sa.select(entry.c.id).where(entry.c.id.in_(created), entry.c.kind == "walk_in", entry.c.at == entry.c.created_at)
    ).scalars().all() if created else []
    _set(bind, entry, "at_fold", list(walk_ins))
    # The status time is the latest status event's.
    second = set(events)
    latest = sa.select(sa.func.max(status_event.c.id)).where(status_event.c.entry_id == entry.c.id).scalar_subquery()
    rows = bind.execute(
        sa.select(entry.c.id, latest.label("event_id"))
        .where(within(entry.c.status_at), entry.c.centre_id.in_(centre_ids))
    ).all()
    _set(bind, entry, "status_at_fold", [entry_id for entry_id, event_id in rows if event_id in second])
    calls = _second_pass(bind.execute(
        sa.select(call_event.c.id, call_event.c.at)
        .where(within(call_event.c.at), call_event.c.centre_id.in_(centre_ids))
        .order_by(call_event.c.id)
    ))
    _set(bind, call_event, "at_fold", calls)
    if audit:
        _set(bind, audit_event, "at_fold", _second_pass(bind.execute(
            sa.select(audit_event.c.id, audit_event.c.at).where(within(audit_event.c.at)).order_by(audit_event.c.id)
        )))
