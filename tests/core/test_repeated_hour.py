"""The repeated autumn hour (issue 17): a time stored at 02:30 says which 02:30 it was, and every
waiting and service time is real minutes, at the desk, in the export and in the report's SQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import insert, select

from welcome_desk.core.booking import BookingError, BookingService
from welcome_desk.core.centre import build_centre
from welcome_desk.core.clock import fixed_clock
from welcome_desk.core.logquery import LogFilter, iter_records
from welcome_desk.core.paths import resource
from welcome_desk.core.models import AuditEvent, CallEvent, Entry, StatusEvent
from welcome_desk.core.queue import QueueService
from welcome_desk.core.stats import summarize, visit_times
from welcome_desk.core.timeline import clock_changes, quick_select, timeline_from_events, timeline_select
from welcome_desk.core.undo import undo_status_change
from welcome_desk.core.workspace import open_workspace

BERLIN = "Europe/Berlin"
AUTUMN = dt.date(2026, 10, 25)  # 03:00 CEST → 02:00 CET: 02:00–02:59 happens twice


def first(h: int, m: int) -> dt.datetime:
    return dt.datetime(2026, 10, 25, h, m)


def second(h: int, m: int) -> dt.datetime:
    return dt.datetime(2026, 10, 25, h, m, fold=1)


def _night_centre():
    """Gießen with the Jobcenter open day and night, every day (for changeover nights)."""
    data = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
    unit = next(u for u in data["units"] if u["id"] == "jobcenter")
    unit["schedules"] = [{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]
    unit["accepts"] = ["walk_in", "appointment"]
    unit["slot_minutes"] = 30
    unit.pop("hours_kind", None)
    data.pop("closed_dates", None)
    return build_centre(data), unit["id"]


class SteppedClock:
    """:func:`fixed_clock` at each moment in turn (set ``at`` before each step)."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return fixed_clock(self.at)()


@pytest.fixture
def night(tmp_db_url):
    clock = SteppedClock(first(1, 0))
    ws = open_workspace(tmp_db_url, clock=clock)
    centre, unit = _night_centre()
    booking = BookingService(ws.db, centre, clock=clock, staff="RB")
    yield ws, centre, unit, booking, clock
    ws.close()


def _walk_in(booking, clock, at):
    clock.at = at
    return booking.log_walk_in("jobcenter")


def _status(booking, clock, entry, at, status):
    clock.at = at
    booking.set_status(entry.id, status)


def test_fixed_clock_keeps_which_0230_it_is():
    assert fixed_clock(first(2, 30))().fold == 0
    assert fixed_clock(second(2, 30))().fold == 1


def test_walk_ins_at_0230_first_and_second_time_are_stored_apart_and_wait_real_minutes(night):
    ws, centre, unit, booking, clock = night
    a = _walk_in(booking, clock, first(2, 30))  # 00:30 UTC
    b = _walk_in(booking, clock, second(2, 30))  # 01:30 UTC, an hour later
    c = _walk_in(booking, clock, first(2, 50))  # arrives before the clocks go back …
    _status(booking, clock, a, second(2, 40), "called")  # … a waited 70 minutes, not 10
    _status(booking, clock, c, second(2, 5), "called")  # c waited 15 minutes, not -45 (shown as 0)
    _status(booking, clock, b, first(3, 10), "called")  # b waited 40 minutes, not 100
    _status(booking, clock, b, first(3, 25), "done")
    _status(booking, clock, a, second(2, 55), "done")

    with ws.db.read() as session:
        stored = {r.id: (r.at, r.at_fold, r.created_at_fold, r.status_at_fold)
                  for r in session.execute(select(Entry).where(Entry.id.in_([a.id, b.id, c.id]))).scalars()}
        folds = session.execute(select(StatusEvent.entry_id, StatusEvent.status, StatusEvent.at_fold)
                                .order_by(StatusEvent.id)).all()
    assert stored[a.id] == (first(2, 30), 0, 0, 1) and stored[b.id] == (first(2, 30), 1, 1, 0)
    assert stored[c.id][1:] == (0, 0, 1)
    assert [f for _e, _s, f in folds] == [0, 1, 0, 1, 1, 0, 0, 1]
    # what a reader gets back says which pass it was
    assert booking.get(b.id).at.fold == 1 and booking.get(a.id).at.fold == 0 and booking.get(a.id).status_at.fold == 1

    expected = {a.id: (70 * 60, 15 * 60), b.id: (40 * 60, 15 * 60), c.id: (15 * 60, None)}
    desk = QueueService(booking)
    for entry_id, (wait, service) in expected.items():
        times = desk.times(entry_id)
        assert (times.waiting_seconds(), times.service_seconds()) == (wait, service)
    report = {entry_id: (w, s) for entry_id in expected
              for _u, w, s in visit_times(ws.db, centre, [Entry.id == entry_id], AUTUMN, AUTUMN)}
    assert report == expected
    summary = summarize(ws.db, centre, AUTUMN)
    assert summary.wait_median_min == 40.0 and summary.service_median_min == 15.0
    exported = {r["id"]: (r["waiting_minutes"], r["service_minutes"])
                for batch in iter_records(ws.db, centre, LogFilter(AUTUMN)) for r in batch}
    assert exported == {a.id: (70, 15), b.id: (40, 15), c.id: (15, None)}


def test_waiting_now_counts_real_minutes_in_the_repeated_hour(night):
    ws, centre, unit, booking, clock = night
    a = _walk_in(booking, clock, first(2, 45))
    clock.at = second(2, 5)
    item = next(i for i in QueueService(booking).queue(unit, AUTUMN) if i.entry.id == a.id)
    assert item.waiting_minutes == 20


def test_undo_in_the_repeated_hour_takes_back_the_last_change(night):
    """Events in recorded order: the call at 02:10 (second pass) came after the arrival at 02:50."""
    ws, centre, unit, booking, clock = night
    a = _walk_in(booking, clock, first(2, 50))
    _status(booking, clock, a, second(2, 10), "called")
    clock.at = second(2, 11)
    back = undo_status_change(ws.db, booking.actor, clock, centre.id, a.id, "called")
    assert back.status == "arrived" and back.status_at == first(2, 50) and back.status_at.fold == 0


def test_calls_and_audit_lines_keep_their_fold(night):
    ws, centre, unit, booking, clock = night
    from welcome_desk.core import audit

    clock.at = second(2, 20)
    audit.record_by(ws.db, clock(), booking.actor, "export", "a test line")
    with ws.db.write() as session:
        session.add(CallEvent(centre_id=centre.id, ticket="J-001", unit_id=unit, at=clock(), language="de"))
    with ws.db.read() as session:
        assert session.execute(select(AuditEvent.at_fold).where(AuditEvent.detail == "a test line")).scalar() == 1
        call = session.execute(select(CallEvent)).scalar_one()
        assert call.at_fold == 1 and call.at.fold == 1


def test_autumn_slot_is_booked_once_and_the_spring_gap_stays_unbookable(night):
    ws, centre, unit, booking, clock = night
    clock.at = dt.datetime(2026, 10, 24, 9, 0)
    slot = booking.book_appointment(unit, second(2, 30))  # asking for the second 02:30 gives the slot 02:30
    assert slot.at == first(2, 30) and slot.at.fold == 0
    assert [s for s, _left in booking.free_slots(unit, AUTUMN)].count(first(2, 30)) == 1
    clock.at = dt.datetime(2027, 3, 27, 9, 0)
    with pytest.raises(BookingError) as refused:
        booking.book_appointment(unit, dt.datetime(2027, 3, 28, 2, 30))
    assert refused.value.code == "no_such_time"
    assert not [s for s, _left in booking.free_slots(unit, dt.date(2027, 3, 28)) if s.hour == 2]


# The SQL form on its own: stories written straight into the tables, each time with its fold.
M = dt.timedelta(minutes=1)
STORIES = {
    # name: events (status, wall time) and the real (waiting, service) seconds
    "across, first to second pass": ([("arrived", first(2, 30)), ("called", second(2, 10)), ("done", second(2, 40))],
                                     (40 * 60, 30 * 60)),
    "second pass to after": ([("arrived", second(2, 30)), ("called", first(3, 10)), ("done", first(3, 20))],
                             (40 * 60, 10 * 60)),
    "before to second pass": ([("arrived", first(1, 50)), ("called", second(2, 5))], (75 * 60, None)),
    "first pass only": ([("arrived", first(2, 5)), ("called", first(2, 20)), ("done", first(2, 55))], (15 * 60, 35 * 60)),
    "second pass only": ([("arrived", second(2, 5)), ("called", second(2, 20)), ("done", second(2, 55))], (15 * 60, 35 * 60)),
    # put back: the first call is the earlier one in real time, though its wall time is later
    "put back in the hour": ([("arrived", first(2, 40)), ("called", first(2, 50)), ("arrived", second(2, 0)),
                              ("called", second(2, 10)), ("done", second(2, 30))], (10 * 60, 40 * 60)),
    "reopened": ([("arrived", first(2, 40)), ("called", first(2, 45)), ("done", first(2, 55)), ("in_service", second(2, 0)),
                  ("done", second(2, 15))], (5 * 60, 15 * 60)),
}


def _insert(session, entry_id: int, events) -> None:
    start = events[0][1]
    session.execute(insert(Entry), [dict(
        id=entry_id, centre_id="giessen", unit_id="immigration-office", concern_id=None, kind="walk_in",
        day=start.date(), ticket_number=entry_id, ticket=f"A-{entry_id:03d}", at=start, created_at=start,
        status=events[-1][0], status_at=events[-1][1], language="de", staff="",
    )])
    session.execute(insert(StatusEvent), [dict(entry_id=entry_id, status=s, at=at, staff="") for s, at in events])


def test_sql_python_and_real_time_agree_in_the_repeated_hour(workspace):
    centre = workspace.centre
    with workspace.db.write() as session:
        for i, (events, _real) in enumerate(STORIES.values(), start=1):
            _insert(session, 3000 + i, events)
    changes = clock_changes(centre.timezone, AUTUMN, AUTUMN)
    assert [(c.wall_start, c.wall_end, c.before, c.after) for c in changes] == [(first(2, 0), first(3, 0), 7200, 3600)]
    full = timeline_select([Entry.id >= 3000], postgres=not workspace.db.is_sqlite, changes=changes).subquery()
    quick = quick_select([Entry.id >= 3000], postgres=not workspace.db.is_sqlite,
                         windows=tuple(c.window for c in changes)).subquery()
    with workspace.db.read() as session:
        sql = {r.entry_id: (r.wait_s, r.service_s) for r in session.execute(select(full))}
        flagged = {r.entry_id for r in session.execute(select(quick)) if r.near or not r.simple}
    for i, (name, (events, real)) in enumerate(STORIES.items(), start=1):
        python = timeline_from_events(events, BERLIN)
        assert (python.waiting_seconds(), python.service_seconds()) == real, name
        assert sql[3000 + i] == real, name
        assert 3000 + i in flagged, name  # the one-pass SQL hands every one of them to the exact pass
        assert [(w, s) for _u, w, s in visit_times(workspace.db, centre, [Entry.id == 3000 + i], AUTUMN, AUTUMN)] == [real], name


def test_spring_forward_is_exact_in_sql_too(workspace):
    spring = dt.date(2027, 3, 28)
    events = [("arrived", dt.datetime(2027, 3, 28, 1, 50)), ("called", dt.datetime(2027, 3, 28, 3, 10)),
              ("done", dt.datetime(2027, 3, 28, 3, 30))]
    with workspace.db.write() as session:
        _insert(session, 4001, events)
    changes = clock_changes(workspace.centre.timezone, spring, spring)
    full = timeline_select([Entry.id == 4001], postgres=not workspace.db.is_sqlite, changes=changes).subquery()
    with workspace.db.read() as session:
        row = session.execute(select(full)).one()
    assert (row.wait_s, row.service_s) == (20 * 60, 20 * 60)
