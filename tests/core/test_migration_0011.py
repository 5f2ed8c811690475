"""Migration 0011: a fold beside every recorded time, backfilled from the order rows were written in.

Runs on SQLite and (with WELCOME_DESK_TEST_PG) on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from welcome_desk.core.database import open_database
from welcome_desk.core.migrations import SCHEMA_HEAD, _config, current_revision, head_revision, upgrade
from welcome_desk.core.workspace import open_workspace

NOW = dt.datetime(2026, 10, 26, 9, 0)
FOLD_COLUMNS = {"entry": {"at_fold", "created_at_fold", "status_at_fold"}, "status_event": {"at_fold"},
                "audit_event": {"at_fold"}, "call_event": {"at_fold"}}


def t(h: int, m: int, day: int = 25) -> dt.datetime:
    return dt.datetime(2026, 10, day, h, m)


entry = sa.table(
    "entry", *(sa.column(c) for c in ("id", "centre_id", "unit_id", "concern_id", "kind", "day", "ticket_number", "ticket",
                                      "status", "language", "staff")),
    sa.column("at", sa.DateTime), sa.column("created_at", sa.DateTime), sa.column("status_at", sa.DateTime),
)
status_event = sa.table("status_event", sa.column("id"), sa.column("entry_id"), sa.column("status"),
                        sa.column("at", sa.DateTime), sa.column("staff"))
audit_event = sa.table("audit_event", sa.column("id"), sa.column("at", sa.DateTime), sa.column("staff"), sa.column("role"),
                       sa.column("action"), sa.column("detail"), sa.column("desk"), sa.column("channel"))
call_event = sa.table("call_event", sa.column("id"), sa.column("centre_id"), sa.column("entry_id"), sa.column("ticket"),
                      sa.column("unit_id"), sa.column("counter"), sa.column("room"), sa.column("at", sa.DateTime),
                      sa.column("language"), sa.column("recall"))


def _at(db, revision: str, direction: str = "downgrade") -> None:
    from alembic import command

    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)


def _columns(db, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in sa.inspect(conn).get_columns(table)}


def _entry(entry_id: int, kind: str, at: dt.datetime, created: dt.datetime, status_at: dt.datetime) -> dict:
    return dict(id=entry_id, centre_id="giessen", unit_id="jobcenter", concern_id=None, kind=kind, day=at.date(),
                ticket_number=entry_id, ticket=f"J-{entry_id:03d}", status="arrived", language="de", staff="",
                at=at, created_at=created, status_at=status_at)


def test_head_is_0011():
    assert SCHEMA_HEAD == head_revision() == "0011"


def test_0011_adds_folds_and_backfills_the_second_pass_from_the_recorded_order(tmp_db_url):
    ws = open_workspace(tmp_db_url, clock=lambda: NOW)  # a database at head, with the centre (Europe/Berlin)
    ws.close()
    db = open_database(tmp_db_url)
    try:
        _at(db, "0010")
        assert current_revision(db) == "0010"
        assert not any(FOLD_COLUMNS[table] & _columns(db, table) for table in FOLD_COLUMNS)
        with db.engine.begin() as conn:
            conn.execute(sa.insert(entry), [
                _entry(1, "walk_in", t(2, 40), t(2, 40), t(2, 40)),  # first pass
                _entry(2, "walk_in", t(2, 10), t(2, 10), t(2, 20)),  # the clock went back: second pass
                _entry(3, "walk_in", t(2, 50), t(2, 50), t(2, 50)),  # after that, still the second pass
                _entry(4, "appointment", t(2, 30), t(9, 0, day=24), t(9, 0, day=24)),  # a slot, booked the day before
                _entry(5, "walk_in", t(2, 30, day=26), t(2, 30, day=26), t(2, 30, day=26)),  # an ordinary night
            ])
            conn.execute(sa.insert(status_event), [
                dict(id=1, entry_id=1, status="arrived", at=t(2, 40), staff=""),
                dict(id=2, entry_id=2, status="arrived", at=t(2, 10), staff=""),
                dict(id=3, entry_id=2, status="called", at=t(2, 20), staff=""),
                dict(id=4, entry_id=3, status="arrived", at=t(2, 50), staff=""),
                dict(id=5, entry_id=4, status="booked", at=t(9, 0, day=24), staff=""),
                dict(id=6, entry_id=5, status="arrived", at=t(2, 30, day=26), staff=""),
            ])
            conn.execute(sa.insert(audit_event), [
                dict(id=901, at=t(2, 45), staff="RB", role="reception", action="export", detail="x", desk="", channel="cli"),
                dict(id=902, at=t(2, 5), staff="RB", role="reception", action="export", detail="y", desk="", channel="cli"),
            ])
            conn.execute(sa.insert(call_event), [
                dict(id=1, centre_id="giessen", entry_id=1, ticket="J-001", unit_id="jobcenter", counter="", room="",
                     at=t(2, 55), language="de", recall=0),
                dict(id=2, centre_id="giessen", entry_id=2, ticket="J-002", unit_id="jobcenter", counter="", room="",
                     at=t(2, 20), language="de", recall=0),
            ])

        upgrade(db, now=NOW)
        assert current_revision(db) == "0011"
        with db.engine.connect() as conn:
            entries = {r.id: (r.at_fold, r.created_at_fold, r.status_at_fold) for r in conn.execute(
                sa.text("SELECT id, at_fold, created_at_fold, status_at_fold FROM entry"))}
            events = dict(conn.execute(sa.text("SELECT id, at_fold FROM status_event")).all())
            audits = dict(conn.execute(sa.text("SELECT id, at_fold FROM audit_event WHERE id > 900")).all())
            calls = dict(conn.execute(sa.text("SELECT id, at_fold FROM call_event")).all())
        assert entries == {1: (0, 0, 0), 2: (1, 1, 1), 3: (1, 1, 1), 4: (0, 0, 0), 5: (0, 0, 0)}
        assert events == {1: 0, 2: 1, 3: 1, 4: 1, 5: 0, 6: 0}
        assert audits == {901: 0, 902: 1}
        assert calls == {1: 0, 2: 1}

        # The backfilled times now give real minutes: entry 2 arrived at 02:10 (second pass) and was
        # called ten minutes later, whatever the wall clock of other rows says.
        ws = open_workspace(tmp_db_url, clock=lambda: NOW)
        try:
            from welcome_desk.core.queue import QueueService

            assert ws.booking.get(2).at.fold == 1
            assert QueueService(ws.booking).times(2).waiting_minutes() == 10
        finally:
            ws.close()

        _at(db, "0010")  # and back: the columns go, the rows stay
        assert not any(FOLD_COLUMNS[table] & _columns(db, table) for table in FOLD_COLUMNS)
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM status_event WHERE entry_id <= 5")).scalar() == 6
    finally:
        db.dispose()


def test_a_fresh_database_gets_fold_columns(tmp_db_url):
    db = open_database(tmp_db_url)
    try:
        upgrade(db, now=NOW)
        for table, columns in FOLD_COLUMNS.items():
            assert columns <= _columns(db, table), table
    finally:
        db.dispose()
