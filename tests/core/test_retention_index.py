"""The automatic purge costs nothing when nothing is due: an index look, no write, no scan."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import event

from welcome_desk.core import retention
from welcome_desk.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only

NOW = dt.datetime(2026, 11, 23, 9, 0)


def _statements(db, work):
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        result = work()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return result, seen


def test_nothing_due_reads_the_partial_index_and_writes_nothing(tmp_db_url):
    ws = open_workspace(tmp_db_url, clock=lambda: NOW)
    try:
        ws.booking.log_walk_in("immigration-office", "residence-law", visitor_name="Recent Visitor")
        count, seen = _statements(ws.db, lambda: retention.purge_automatically(ws.db, NOW, 90))
        assert count == 0
        entry_sql = [(sql, params) for sql, params in seen if "FROM entry" in sql or "UPDATE entry" in sql]
        assert entry_sql and not any(sql.lstrip().upper().startswith("UPDATE") for sql, _ in entry_sql)
        con = sqlite3.connect(ws.db.path)
        try:
            for sql, params in entry_sql:
                plan = " ".join(row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params))
                assert "ix_entry_personal_day" in plan, plan
        finally:
            con.close()
    finally:
        ws.close()


def test_a_start_with_nothing_due_does_not_wait_for_another_desks_write(tmp_db_url):
    ws = open_workspace(tmp_db_url, clock=lambda: NOW)
    try:
        ws.booking.log_walk_in("immigration-office", visitor_name="Recent Visitor")
        other_desk = sqlite3.connect(ws.db.path, timeout=0)
        other_desk.execute("BEGIN IMMEDIATE")  # another desk is in the middle of a booking
        try:
            assert retention.purge_automatically(ws.db, NOW, 90) == 0
        finally:
            other_desk.rollback()
            other_desk.close()
    finally:
        ws.close()


def test_what_is_due_is_still_erased_and_audited(tmp_db_url):
    then = NOW - dt.timedelta(days=100)
    ws = open_workspace(tmp_db_url, clock=lambda: then)
    try:
        old = ws.booking.log_walk_in("immigration-office", visitor_name="Old Visitor", visitor_contact="0641 1")
    finally:
        ws.close()
    ws = open_workspace(tmp_db_url, clock=lambda: NOW)  # the start purges
    try:
        assert ws.booking.get(old.id).visitor_name is None
        assert retention.purge_automatically(ws.db, NOW, 90) == 0
    finally:
        ws.close()
