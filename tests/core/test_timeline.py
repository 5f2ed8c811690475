"""The one visit timeline: the desk, the figures and the SQL give the same waiting and service times."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from welcome_desk.core.models import Entry, StatusEvent
from welcome_desk.core.queue import QueueService
from welcome_desk.core.stats import summarize, visit_times
from welcome_desk.core.timeline import timeline_from_events
from welcome_desk.core.workspace import open_workspace

M = dt.timedelta(minutes=1)
T = dt.datetime(2026, 11, 23, 9, 0)


class MovableClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return MovableClock(T)


@pytest.fixture
def ws(tmp_db_url, clock):
    workspace = open_workspace(tmp_db_url, clock=clock, staff="RB")
    yield workspace
    workspace.close()


def _at(clock, minutes: int) -> None:
    clock.now = T + minutes * M


def _report_seconds(ws, entry_id: int) -> tuple[int | None, int | None]:
    rows = visit_times(ws.db, ws.centre, [Entry.id == entry_id], T.date(), T.date())
    assert len(rows) == 1
    return rows[0][1], rows[0][2]


def _desk_seconds(ws, entry_id: int) -> tuple[int | None, int | None]:
    times = QueueService(ws.booking).times(entry_id)
    return times.waiting_seconds(), times.service_seconds()


def test_recalled_visit_same_at_desk_and_in_report(ws, clock):
    b = ws.booking
    e = b.log_walk_in("immigration-office", "residence-law")  # arrives 9:00
    _at(clock, 10)
    b.set_status(e.id, "called")  # first call after 10 min
    _at(clock, 12)
    b.set_status(e.id, "arrived")  # put back
    _at(clock, 30)
    b.set_status(e.id, "called")  # called again 30 min after arrival
    _at(clock, 32)
    b.set_status(e.id, "in_service")
    _at(clock, 50)
    b.set_status(e.id, "done")
    assert _desk_seconds(ws, e.id) == _report_seconds(ws, e.id) == (10 * 60, 18 * 60)
    s = summarize(ws.db, ws.centre, T.date())
    assert s.wait_median_min == 10.0 and s.service_median_min == 18.0
    assert QueueService(ws.booking).times(e.id).waiting_minutes() == 10


def test_rebooked_visit_counts_only_the_last_booking(ws, clock):
    b = ws.booking
    e = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 0), "housing")
    _at(clock, 5)
    b.set_status(e.id, "arrived")
    _at(clock, 6)
    b.rebook(e.id, dt.datetime(2026, 11, 23, 11, 0))  # the visitor must come back later
    _at(clock, 115)
    b.set_status(e.id, "arrived")
    _at(clock, 122)
    b.set_status(e.id, "called")
    _at(clock, 140)
    b.set_status(e.id, "done")
    assert _desk_seconds(ws, e.id) == _report_seconds(ws, e.id) == (7 * 60, 18 * 60)


def test_referred_visit_ends_its_service_at_the_referral(ws, clock):
    b = ws.booking
    e = b.log_walk_in("immigration-office", "residence-law")
    _at(clock, 4)
    b.set_status(e.id, "called")
    _at(clock, 9)
    b.set_status(e.id, "in_service")
    _at(clock, 21)
    referral = b.refer_onward(e.id, "refugee-affairs")
    _at(clock, 40)
    b.set_status(referral.entry.id, "called")
    assert _desk_seconds(ws, e.id) == _report_seconds(ws, e.id) == (4 * 60, 12 * 60)
    assert _desk_seconds(ws, referral.entry.id) == _report_seconds(ws, referral.entry.id) == (19 * 60, None)
    s = summarize(ws.db, ws.centre, T.date())
    assert (s.referred_out, s.referred_in) == (1, 1)


def test_no_show_then_late_arrival_starts_afresh(ws, clock):
    b = ws.booking
    e = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 9, 20), "housing")
    _at(clock, 1)
    b.set_status(e.id, "arrived")  # a slip of the hand ...
    _at(clock, 50)
    b.set_status(e.id, "no_show")
    _at(clock, 55)
    b.set_status(e.id, "arrived")  # ... the visitor came late after all
    _at(clock, 58)
    b.set_status(e.id, "called")
    assert _desk_seconds(ws, e.id) == _report_seconds(ws, e.id) == (3 * 60, None)
    f = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 0), "housing")
    b.set_status(f.id, "no_show")
    assert _desk_seconds(ws, f.id) == _report_seconds(ws, f.id) == (None, None)


# The awkward stories: the SQL and the Python definition must agree on every one.
STORIES = {
    "walk-in": [("arrived", 0), ("called", 12), ("in_service", 13), ("done", 30)],
    "put back twice": [("arrived", 0), ("called", 5), ("arrived", 6), ("called", 20), ("arrived", 21),
                       ("called", 40), ("done", 55)],
    "reopened and done again": [("arrived", 0), ("called", 3), ("done", 10), ("in_service", 12), ("done", 25)],
    "reopened, not done": [("arrived", 0), ("called", 3), ("done", 10), ("in_service", 12)],
    "called without arrival": [("booked", -600), ("called", 5), ("done", 9)],
    "rebooked twice": [("booked", -900), ("arrived", 0), ("booked", 1), ("arrived", 30), ("called", 33),
                       ("booked", 34), ("arrived", 60), ("called", 70), ("in_service", 71), ("done", 80)],
    "no-show, late": [("booked", -900), ("no_show", 30), ("arrived", 40), ("called", 41), ("referred", 50)],
    "cancelled": [("booked", -900), ("cancelled", -100)],
    "only booked": [("booked", -900)],
    "called before done, no service": [("arrived", 0), ("called", 1), ("done", 7)],
}


def _insert_story(session, entry_id: int, day: dt.datetime, story) -> list[tuple[str, dt.datetime]]:
    events = [(status, day + minutes * M) for status, minutes in story]
    session.execute(insert(Entry), [dict(
        id=entry_id, centre_id="giessen", unit_id="immigration-office", concern_id=None, kind="appointment",
        day=day.date(), ticket_number=entry_id, ticket=f"A-{entry_id:03d}", at=day, created_at=day,
        status=events[-1][0], status_at=events[-1][1], language="de", staff="",
    )])
    session.execute(insert(StatusEvent), [dict(entry_id=entry_id, status=s, at=at, staff="") for s, at in events])
    return events


@pytest.mark.parametrize("day", [dt.datetime(2026, 11, 23, 9, 0), dt.datetime(2026, 3, 29, 1, 50),
                                 dt.datetime(2026, 10, 25, 1, 40)], ids=["plain", "spring-forward", "fall-back"])
def test_sql_and_python_agree_on_awkward_stories(workspace, day):
    centre = workspace.centre
    expected = {}
    with workspace.db.write() as session:
        for i, story in enumerate(STORIES.values(), start=1):
            events = _insert_story(session, 1000 + i, day, story)
            t = timeline_from_events(events, centre.timezone)
            expected[1000 + i] = (t.waiting_seconds(), t.service_seconds())
    for i, name in enumerate(STORIES, start=1):
        got = visit_times(workspace.db, centre, [Entry.id == 1000 + i], day.date(), day.date())
        assert [(w, s) for _u, w, s in got] == [expected[1000 + i]], name


def test_waiting_across_the_spring_clock_change_is_real_time():
    events = [("arrived", dt.datetime(2026, 3, 29, 1, 50)), ("called", dt.datetime(2026, 3, 29, 3, 10))]
    assert timeline_from_events(events, "Europe/Berlin").waiting_minutes() == 20


def test_the_one_pass_sql_knows_when_it_is_exact(workspace):
    """Plain stories are answered by one pass; the others are flagged for the full read."""
    from sqlalchemy import select

    from welcome_desk.core.timeline import quick_select

    day = dt.datetime(2026, 11, 23, 9, 0)
    expected = {}
    with workspace.db.write() as session:
        for i, story in enumerate(STORIES.values(), start=1):
            t = timeline_from_events(_insert_story(session, 2000 + i, day, story), workspace.centre.timezone)
            expected[2000 + i] = (t.waiting_seconds(), t.service_seconds())
    sub = quick_select([Entry.id >= 2000], postgres=not workspace.db.is_sqlite).subquery()
    with workspace.db.read() as session:
        rows = {r.entry_id: r for r in session.execute(select(sub))}
    flagged = {name for i, name in enumerate(STORIES, start=1) if not rows[2000 + i].simple}
    assert flagged == {"reopened and done again", "rebooked twice"}  # a booking after arrival; two ends
    for i, name in enumerate(STORIES, start=1):
        r = rows[2000 + i]
        if r.simple:
            assert (r.wait_s, r.service_s) == expected[2000 + i], name
