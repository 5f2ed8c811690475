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


def test_waited_minutes_across_the_clock_change():
    night = [(E.ARRIVED, dt.datetime(2026, 3, 29, 1, 50)), (E.CALLED, dt.datetime(2026, 3, 29, 3, 10))]
    assert waiting.waited_minutes(night, "Europe/Berlin") == 20
    assert waiting.waited_minutes([(E.ARRIVED, MONDAY)], "Europe/Berlin") is None
