"""Closed units, partners outside the building, and the waiting-time estimate checked against reality."""

from __future__ import annotations

import datetime as dt

import pytest

from welcome_desk.core import calls, waiting
from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.audit import recent
from welcome_desk.core.booking import BookingError
from welcome_desk.core.queue import QueueService
from welcome_desk.core.workspace import open_workspace

DESK = Actor("RB")
UNIT = "immigration-office"
MONDAY = dt.datetime(2026, 11, 23, 9, 5)


class MovingClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return MovingClock(MONDAY)


@pytest.fixture
def ws(tmp_db_url, clock):
    workspace = open_workspace(tmp_db_url, clock=clock, staff="RB", daily_backup=False)
    yield workspace
    workspace.close()


def closed_unit_and_opening(ws, now):
    """A unit of the building that is closed at ``now`` but opens again later that day."""
    for unit in ws.centre.units:
        told = waiting.advice(ws.centre, unit, now)
        if told.kind == waiting.CLOSED and told.next_opening and told.next_opening.start.date() == now.date():
            if "walk_in" in unit.accepts:
                return unit, told.next_opening
    pytest.skip("no unit of the bundled centre opens later on this day")


def test_partners_outside_the_building_are_told_apart(ws):
    assert waiting.is_outside(ws.centre, ws.centre.unit("school-office"))
    assert not waiting.is_outside(ws.centre, ws.centre.unit(UNIT))
    assert not waiting.is_outside(ws.centre, ws.centre.unit("jobcenter"))  # a partner, but in building B


def test_an_outside_partner_gets_a_referral_not_a_number_and_never_waits_here(ws, clock):
    with pytest.raises(BookingError) as refused:
        waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, "school-office")
    assert refused.value.code == "outside_partner"
    entry = waiting.refer_to_partner(ws.db, ws.centre, DESK, clock, "school-office", language="ar")
    assert entry.status == E.REFERRED
    assert all(item.entry.id != entry.id for item in QueueService(ws.booking).queue(None))
    assert [r.detail for r in recent(ws.db, action="partner_referral")] == ["school-office"]
    with pytest.raises(BookingError):
        waiting.refer_to_partner(ws.db, ws.centre, DESK, clock, UNIT)


def test_a_closed_unit_warns_and_a_ticket_issued_anyway_is_valid_from_the_opening(ws, clock):
    # Find a moment when some unit is closed but opens later the same day (e.g. a lunch break).
    for hour in (7, 12, 13):
        clock.now = MONDAY.replace(hour=hour, minute=5)
        try:
            unit, opening = closed_unit_and_opening(ws, clock.now)
            break
        except pytest.skip.Exception:
            continue
    else:
        pytest.skip("no closed-then-open unit in the bundled centre")
    with pytest.raises(BookingError) as refused:
        waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, unit.id)
    assert refused.value.code == "closed_now" and refused.value.params["opens"] == opening.start
    entry, wait = waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, unit.id, closed_ok=True)
    assert wait.valid_from == opening.start
    assert waiting.wait_info(ws.db, entry.id).valid_from == opening.start


def test_the_estimate_grows_with_the_queue_and_is_stored_with_the_visit(ws, clock):
    first, alone = waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, UNIT)
    for _ in range(5):
        waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, UNIT)
    _, crowded = waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, UNIT)
    assert alone.has_range and crowded.has_range
    assert alone.low < alone.high and crowded.low > alone.low and crowded.high > alone.high
    assert waiting.wait_info(ws.db, first.id) == alone


def test_history_sets_the_pace_and_accuracy_counts_real_waits_inside_the_range(ws, clock):
    # Four past Mondays: a call every 6 minutes around 9 o'clock.
    for week in range(1, 5):
        day = MONDAY - dt.timedelta(weeks=week)
        clock.now = day.replace(hour=8, minute=30)
        tickets = [ws.booking.log_walk_in(UNIT) for _ in range(8)]
        for i, _entry in enumerate(tickets):
            clock.now = day.replace(hour=8, minute=40) + dt.timedelta(minutes=6 * i)
            calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    clock.now = MONDAY
    entries = [waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, UNIT) for _ in range(4)]
    last_wait = entries[-1][1]
    assert (last_wait.low, last_wait.high) != (entries[0][1].low, entries[0][1].high)
    # Served at the historic pace: every real wait falls inside its printed range.
    for i in range(4):
        clock.now = MONDAY + dt.timedelta(minutes=6 * (i + 1))
        calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    result = waiting.accuracy(ws.db, ws.centre, MONDAY.date(), MONDAY.date())
    assert result.visits == 4 and result.inside == 4 and result.share == 1.0
    # A visitor who waited far longer than printed is counted outside.
    late, wait = waiting.issue_walk_in(ws.db, ws.centre, DESK, clock, UNIT)
    clock.now += dt.timedelta(minutes=wait.high + 30)
    calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    assert waiting.accuracy(ws.db, ws.centre, MONDAY.date(), MONDAY.date()).inside == 4


def _visit(ws, events, low=5, high=30, valid_from=None, unit=UNIT):
    """A visit with exactly these (status, at) events and a printed range, written straight in."""
    from welcome_desk.core.models import Entry, StatusEvent, VisitCall

    first = events[0][1]
    with ws.db.write() as session:
        n = len(session.query(Entry).all()) + 1
        entry = Entry(centre_id=ws.centre.id, unit_id=unit, kind=E.WALK_IN, day=first.date(), ticket_number=n,
                      ticket=f"A-{n:03d}", at=first, created_at=first, status=events[-1][0], status_at=events[-1][1])
        entry.events = [StatusEvent(status=status, at=at) for status, at in events]
        session.add(entry)
        session.flush()
        session.add(VisitCall(entry_id=entry.id, missed_calls=0, parked=False, wait_low=low, wait_high=high,
                              valid_from=valid_from))
    return entry.id


def test_the_hit_rate_reads_waits_from_the_one_timeline_in_sql_as_in_python(ws):
    """Awkward stories: the SQL hit rate and the Python timeline agree, visit by visit."""
    from welcome_desk.core.timeline import timeline_from_events

    day = dt.datetime(2026, 11, 24, 9, 0)
    m = lambda minutes: day + dt.timedelta(minutes=minutes)  # noqa: E731
    stories = {
        "plain, 20 min": ([(E.ARRIVED, m(0)), (E.CALLED, m(20)), (E.DONE, m(30))], None, True),
        "put back: the first call counts": ([(E.ARRIVED, m(0)), (E.CALLED, m(10)), (E.ARRIVED, m(12)),
                                             (E.CALLED, m(50))], None, True),
        "re-called three times, first call at 25": ([(E.ARRIVED, m(0)), (E.CALLED, m(25)), (E.CALLED, m(40)),
                                                     (E.CALLED, m(55))], None, True),
        "rebooked: the last story counts": ([(E.BOOKED, m(-120)), (E.ARRIVED, m(-100)), (E.BOOKED, m(-60)),
                                             (E.ARRIVED, m(0)), (E.CALLED, m(20))], None, True),
        "waited an hour": ([(E.ARRIVED, m(0)), (E.CALLED, m(60))], None, False),
        "too quick": ([(E.ARRIVED, m(0)), (E.CALLED, m(2))], None, False),
        "ticket valid from 13:00": ([(E.ARRIVED, m(0)), (E.CALLED, day.replace(hour=13, minute=25))],
                                    day.replace(hour=13), True),
        "night of the spring clock change: 20 real minutes": (
            [(E.ARRIVED, dt.datetime(2026, 3, 29, 1, 50)), (E.CALLED, dt.datetime(2026, 3, 29, 3, 10))], None, True),
        "night of the autumn clock change: 121 real minutes, 61 on the wall": (
            [(E.ARRIVED, dt.datetime(2026, 10, 25, 1, 59)), (E.CALLED, dt.datetime(2026, 10, 25, 3, 0))], None, True,
            100, 130),
        "never called: not counted": ([(E.ARRIVED, m(0))], None, None),
    }
    for events, valid_from, _inside, *bounds in stories.values():
        _visit(ws, events, *(bounds or (5, 30)), valid_from=valid_from)
    checks = waiting.estimate_checks(ws.db, ws.centre, [], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    expected = [story[2] for story in stories.values() if story[2] is not None]
    assert sorted(inside for _u, inside in checks) == sorted(expected)
    for name, (events, valid_from, inside, *bounds) in stories.items():  # the Python side of the same definition
        low, high = bounds or (5, 30)
        line = timeline_from_events(events, ws.centre.timezone)
        if inside is None:
            assert line.called_at is None, name
            continue
        waited = line.waiting_seconds(since=valid_from)
        assert (low * 60 <= waited <= high * 60) == inside, name
    result = waiting.accuracy(ws.db, ws.centre, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert (result.visits, result.inside) == (len(expected), sum(expected))
    assert result.units[UNIT].visits == len(expected)


def test_the_pace_counts_first_calls_only(ws, clock):
    """Re-calls of the same visitor are not calls of more visitors: the pace stays the history's."""
    for week in range(1, 5):
        day = MONDAY - dt.timedelta(weeks=week)
        for i in range(6):
            at = day.replace(hour=8, minute=40) + dt.timedelta(minutes=12 * i)
            _visit(ws, [(E.ARRIVED, day.replace(hour=8, minute=30)), (E.CALLED, at),
                        (E.CALLED, at + dt.timedelta(minutes=2)), (E.CALLED, at + dt.timedelta(minutes=4))])
    # 12 minutes a visitor (the re-calls 2 and 4 minutes later would have made it about 4)
    assert waiting.estimate(ws.db, ws.centre, UNIT, MONDAY) == waiting.WaitInfo(None, *waiting.wait_range(0, 12))
