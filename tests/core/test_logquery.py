"""The team lead's log query and figures: filters, key-set pages, index use, trends."""

from __future__ import annotations

import datetime as dt

import pytest
from reportdata import DAY, LAST_MONTH_DAY, NEXT_DAY, build
from sqlalchemy import func, select

from welcome_desk.core import logquery as Q
from welcome_desk.core.logquery import LogFilter
from welcome_desk.core.models import Entry
from welcome_desk.core.stats import month_range, summarize, trend


@pytest.fixture
def data(tmp_db_url):
    ws, ids = build(tmp_db_url)
    yield ws, ids
    ws.close()


def test_filters_count_and_rows(data):
    ws, ids = data
    db, centre = ws.db, ws.centre
    assert Q.count(db, centre, LogFilter(DAY)) == 5
    assert Q.count(db, centre, LogFilter(DAY, NEXT_DAY)) == 6
    assert Q.count(db, centre, LogFilter(DAY, unit="refugee-affairs")) == 3
    assert Q.count(db, centre, LogFilter(DAY, status="no_show")) == 1
    assert Q.count(db, centre, LogFilter(DAY, language="uk")) == 1
    assert Q.count(db, centre, LogFilter(DAY, NEXT_DAY, staff="desk-2")) == 2
    assert Q.count(db, centre, LogFilter(DAY, kind="walk_in")) == 2
    assert Q.count(db, centre, LogFilter(DAY, concern="housing", kind="appointment")) == 3
    assert Q.count(db, centre, LogFilter(LAST_MONTH_DAY, concern=Q.NO_CONCERN)) == 1
    rows = Q.page(db, centre, LogFilter(DAY))
    assert [r.id for r in rows] == [ids["a"], ids["w"], ids["p1"], ids["p2"], ids["p3"]]
    assert all(r.visitor_name is None and r.query_text is None for r in rows)  # personal fields never read


def test_bad_filters_are_refused():
    with pytest.raises(ValueError, match="before it starts"):
        LogFilter(DAY, DAY - dt.timedelta(days=1))
    with pytest.raises(ValueError, match="status"):
        LogFilter(DAY, status="lost")
    assert LogFilter(DAY, unit="x", staff="").describe() == "2026-11-23 (unit=x, staff=-)"


def test_pages_by_key_cover_everything_once(data):
    ws, _ = data
    flt = LogFilter(LAST_MONTH_DAY, NEXT_DAY)
    seen, after = [], None
    while True:
        rows = Q.page(ws.db, ws.centre, flt, after, limit=2)
        if not rows:
            break
        seen += rows
        after = Q.cursor_after(rows)
    assert len(seen) == len({r.id for r in seen}) == Q.count(ws.db, ws.centre, flt) == 7
    assert [(r.at, r.id) for r in seen] == sorted((r.at, r.id) for r in seen)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("flt", [
    LogFilter(DAY), LogFilter(DAY, unit="immigration-office"), LogFilter(DAY, DAY + dt.timedelta(days=400)),
    LogFilter(DAY, status="done", language="ar"),
])
def test_pages_use_an_index_not_a_scan(data, flt):
    ws, _ = data
    for after in (None, Q.Cursor(dt.datetime(2026, 11, 23, 8, 0), 1)):
        sql = str(Q.page_statement(ws.centre, flt, after).compile(ws.db.engine, compile_kwargs={"literal_binds": True}))
        with ws.db.engine.connect() as conn:
            plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN entry" not in plan
        assert ("ix_entry_slot" if flt.unit else "ix_entry_centre_day") in plan


@pytest.mark.sqlite_only
def test_summary_queries_start_from_the_day_index(data):
    ws, _ = data
    plans = []
    from sqlalchemy import event

    def explain(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            plans.append(" ".join(r[-1] for r in cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)))

    event.listen(ws.db.engine, "before_cursor_execute", explain)
    try:
        summarize(ws.db, ws.centre, DAY)
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", explain)
    assert plans and all("ix_entry_centre_day" in p for p in plans), plans


def test_filtered_summary_and_service_time(data):
    ws, _ = data
    s = summarize(ws.db, ws.centre, DAY)
    assert (s.visits, s.walk_ins, s.appointments, s.no_shows, s.cancelled) == (4, 2, 2, 1, 1)  # cancelled: not a visit
    assert s.wait_median_min == 15.0 and s.waits_measured == 2
    assert s.service_median_min == 20.0  # in service 08:21 → done 08:41
    assert s.busiest_hours(2) == [8, 10]
    only = summarize(ws.db, ws.centre, DAY, flt=LogFilter(DAY, unit="refugee-affairs"))
    assert only.visits == 2 and only.by_unit == {"refugee-affairs": 2} and only.no_show_rate == 0.5
    assert only.wait_median_min is None
    staff = summarize(ws.db, ws.centre, DAY, NEXT_DAY, flt=LogFilter(DAY, staff="desk-2"))
    assert staff.visits == 2 and staff.by_language == {"uk": 1, "de": 1}


def test_trends_by_day_week_and_month(data):
    ws, _ = data
    start, end = month_range(2026, 11)
    weeks = trend(ws.db, ws.centre, start, end, "week")
    assert weeks[0].start == start and weeks[-1].end == end  # cut to the month
    assert sum(p.visits for p in weeks) == 5
    (week,) = [p for p in weeks if p.visits]
    assert week.start == DAY and (week.walk_ins, week.appointments, week.no_shows) == (3, 2, 1)
    months = trend(ws.db, ws.centre, dt.date(2025, 12, 1), end, "month")
    assert len(months) == 12 and [p.visits for p in months[-2:]] == [1, 5]
    assert months[-1].no_show_rate == 0.5
    days = trend(ws.db, ws.centre, DAY, NEXT_DAY, "day")
    assert [p.visits for p in days] == [4, 1]
    with pytest.raises(ValueError):
        trend(ws.db, ws.centre, DAY, DAY, "year")


def test_export_records_leave_out_personal_fields_unless_asked(data):
    ws, ids = data
    plain = [r for batch in Q.iter_records(ws.db, ws.centre, LogFilter(DAY), "en", batch=2) for r in batch]
    assert len(plain) == 5 and set(plain[0]) == set(Q.EXPORT_FIELDS)
    assert plain[0]["unit_name"] == "Immigration Office" and plain[0]["concern"] == "residence-law"
    full = [r for batch in Q.iter_records(ws.db, ws.centre, LogFilter(DAY), personal=True) for r in batch]
    first = next(r for r in full if r["id"] == ids["a"])
    assert first["visitor_name"] == "Amira Beispiel" and first["note"].startswith("@SUM")


def test_staff_values(data):
    ws, _ = data
    # Entries made without a chosen name carry the desk's default (the OS user).
    assert Q.staff_values(ws.db, ws.centre, DAY, NEXT_DAY) == sorted({ws.booking.staff, "desk-2"})


def test_counts_match_plain_sql(data):
    ws, _ = data
    with ws.db.read() as session:
        n = session.scalar(select(func.count()).select_from(Entry).where(Entry.day == DAY))
    assert n == Q.count(ws.db, ws.centre, LogFilter(DAY))
