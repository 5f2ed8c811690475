"""A small known data set for the log, report and review-window tests (imported by those tests)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from welcome_desk.core.booking import BookingService
from welcome_desk.core.models import Entry
from welcome_desk.core.workspace import open_workspace

DAY = dt.date(2026, 11, 23)  # a Monday
NEXT_DAY = dt.date(2026, 11, 24)
LAST_MONTH_DAY = dt.date(2026, 10, 20)
NOW_AFTER = dt.datetime(2026, 11, 25, 12, 0)
NAME = "Amira Beispiel"
CONTACT = "+49 641 0000"
FORMULA = '=HYPERLINK("http://example.invalid","klick")'
NOTE = "@SUM(1+1) Notiz"


def build(url: str):
    """Open a workspace on ``url`` and fill it; the clock ends at NOW_AFTER.

    On DAY: two walk-ins at the immigration office (waits 20 and 10 min; the
    first served 20 min, with personal fields), three refugee-affairs
    appointments (no-show, cancelled, done). One walk-in on NEXT_DAY by desk-2,
    one in the month before.
    """
    now = [dt.datetime(2026, 10, 20, 9, 0)]
    ws = open_workspace(url, clock=lambda: now[0])
    b = ws.booking
    other = BookingService(ws.db, ws.centre, clock=lambda: now[0], staff="desk-2")
    ids = {}
    ids["october"] = b.log_walk_in("social-services", None, language="tr").id
    now[0] = dt.datetime(2026, 11, 23, 8, 0)
    a = b.log_walk_in("immigration-office", "residence-law", language="ar", query_text=FORMULA,
                      visitor_name=NAME, visitor_contact=CONTACT)
    ids["a"] = a.id
    now[0] = dt.datetime(2026, 11, 23, 8, 20)
    b.set_status(a.id, "called")
    w = other.log_walk_in("immigration-office", "work-contract", language="uk")
    ids["w"] = w.id
    now[0] = dt.datetime(2026, 11, 23, 8, 21)
    b.set_status(a.id, "in_service")
    now[0] = dt.datetime(2026, 11, 23, 8, 30)
    b.set_status(w.id, "called")
    now[0] = dt.datetime(2026, 11, 23, 8, 41)
    b.set_status(a.id, "done")
    p1 = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 0), "housing")
    p2 = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 20), "housing")
    p3 = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 40), "housing")
    ids.update(p1=p1.id, p2=p2.id, p3=p3.id)
    now[0] = dt.datetime(2026, 11, 23, 11, 0)
    b.set_status(p1.id, "no_show")
    b.set_status(p2.id, "cancelled")
    b.set_status(p3.id, "done")
    now[0] = dt.datetime(2026, 11, 24, 9, 30)
    ids["next"] = other.log_walk_in("immigration-office", "residence-law", language="de").id
    with ws.db.write() as session:
        session.execute(update(Entry).where(Entry.id == a.id).values(note=NOTE))
    now[0] = NOW_AFTER
    return ws, ids


def build_estimates(url: str):
    """A November Monday of walk-ins issued through the real use case, each with its printed waiting
    range, called at chosen times: at the immigration office 6 (5 called inside their range, the last
    far too late), at refugee affairs 3 (all inside: fewer than 5, so their share is never shown), at the
    anti-discrimination office 5 (all inside; the report hides this count as "×" so that the 3 cannot be worked out from the
    total, and with it the share).
    Returns the workspace (its clock stays where the day ended)."""
    from welcome_desk.core import calls, waiting
    from welcome_desk.core.actor import Actor

    now = [dt.datetime(2026, 11, 23, 9, 5)]
    ws = open_workspace(url, clock=lambda: now[0], daily_backup=False)
    desk = Actor("RB")
    for unit, n, late in (("immigration-office", 6, 1), ("refugee-affairs", 3, 0), ("anti-discrimination", 5, 0)):
        now[0] = dt.datetime(2026, 11, 23, 9, 5)
        ranges = [waiting.issue_walk_in(ws.db, ws.centre, desk, ws.clock, unit)[1] for _ in range(n)]
        for i, wait in enumerate(ranges):
            inside = i < n - late
            minutes = (wait.low + wait.high) / 2 if inside else wait.high + 30
            now[0] = max(now[0] + dt.timedelta(minutes=1), dt.datetime(2026, 11, 23, 9, 5) + dt.timedelta(minutes=minutes))
            assert not inside or now[0] <= dt.datetime(2026, 11, 23, 9, 5) + dt.timedelta(minutes=wait.high)
            calls.call_next(ws.db, ws.centre, desk, ws.clock, unit)
    return ws
