"""Team-lead figures over a day: counts, waiting times, no-show rate, busiest hour."""

from __future__ import annotations

import datetime as dt

from welcome_desk.core.stats import summarize
from welcome_desk.core.workspace import open_workspace


def test_summary_of_a_day(tmp_db_url):
    now = [dt.datetime(2026, 11, 23, 8, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        b = ws.booking
        a = b.log_walk_in("immigration-office", "residence-law", language="ar")  # arrives 8:00
        now[0] = dt.datetime(2026, 11, 23, 8, 20)
        b.set_status(a.id, "called")  # waited 20 min
        w = b.log_walk_in("immigration-office", "work-contract", language="uk")  # 8:20
        now[0] = dt.datetime(2026, 11, 23, 8, 30)
        b.set_status(w.id, "called")  # waited 10 min
        p1 = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 0), "housing")
        p2 = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 20), "housing")
        p3 = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 40), "housing")
        now[0] = dt.datetime(2026, 11, 23, 11, 0)
        b.set_status(p1.id, "no_show")
        b.set_status(p2.id, "cancelled")
        b.set_status(p3.id, "done")
        s = summarize(ws.db, ws.centre, dt.date(2026, 11, 23))
    finally:
        ws.close()
    assert (s.visits, s.walk_ins, s.appointments) == (4, 2, 2)  # the cancelled appointment is not a visit
    assert s.by_unit == {"refugee-affairs": 2, "immigration-office": 2}
    assert s.by_concern["housing"] == 2 and s.by_language["ar"] == 1
    assert s.no_show_rate == 0.5  # one of two appointments that were still due
    assert s.wait_median_min == 15.0 and 10.0 <= s.wait_p90_min <= 20.0
    assert s.by_hour == {8: 2, 10: 2} and s.busiest_hour == 8


def test_empty_day(workspace):
    s = summarize(workspace.db, workspace.centre, dt.date(2026, 1, 1))
    assert s.visits == 0 and s.no_show_rate is None and s.wait_median_min is None and s.busiest_hour is None
