"""Demo data: realistic, consistent with the centre's hours, and safe to book on top of."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from welcome_desk.core.daylog import day_entries
from welcome_desk.core import audit
from welcome_desk.core.actor import RECEPTION, TEAM_LEAD, Actor
from welcome_desk.core.demo import Cancelled, NotADemoDatabase, add_demo_visits, generate, is_demo
from welcome_desk.core.hours import Hours
from welcome_desk.core.permissions import PermissionDenied
from welcome_desk.core.stats import daily_counts


def test_demo_visits_follow_the_centres_hours(workspace):
    end = workspace.clock().date()
    made = generate(workspace.db, workspace.centre, 600, 28, end)
    assert 550 <= made <= 650
    seen = Counter()
    for offset in range(28):
        day = end - dt.timedelta(days=offset)
        for entry in day_entries(workspace.db, workspace.centre, day):
            unit = workspace.centre.unit(entry.unit_id)
            assert Hours(workspace.centre, unit).is_open(entry.at), entry
            seen[entry.status] += 1
            assert entry.visitor_name is None
    assert seen["done"] > seen["no_show"] > 0
    assert sum(seen.values()) == made


def test_real_bookings_continue_after_demo_tickets(workspace):
    today = workspace.clock().date()
    generate(workspace.db, workspace.centre, 300, 3, today)
    existing = {e.ticket for e in day_entries(workspace.db, workspace.centre, today)}
    entry = workspace.booking.log_walk_in("immigration-office")
    assert entry.ticket not in existing


def test_demo_can_be_cancelled(workspace):
    calls = []

    def stop(done, total):
        calls.append(done)
        return False

    with pytest.raises(Cancelled):
        generate(workspace.db, workspace.centre, 50_000, 200, workspace.clock().date(), progress=stop)
    assert len(calls) == 1
    # Nothing half-written stays behind, and the database stays bookable.
    assert workspace.booking.log_walk_in("jobcenter").ticket == "J-001"


LEAD = Actor("Ada", role=TEAM_LEAD, channel="cli")


def test_demo_stops_at_now(workspace):
    now = workspace.clock()  # Monday 09:05
    add_demo_visits(workspace.db, workspace.centre, LEAD, workspace.clock, 3000, 60)
    today = day_entries(workspace.db, workspace.centre, now.date())
    assert today, "today has its morning"
    assert all(e.status_at <= now and e.created_at <= now for e in today)
    later = [e for e in today if e.at > now]
    assert all(e.kind == "appointment" and e.status in ("booked", "cancelled") for e in later)
    assert any(e.status in ("arrived", "called", "in_service") for e in today) or len(today) < 5


def test_demo_weeks_and_weekdays_differ(workspace):
    end = workspace.clock().date()
    generate(workspace.db, workspace.centre, 8000, 364, end)
    days = daily_counts(workspace.db, workspace.centre, end - dt.timedelta(days=363), end)
    weeks = Counter()
    weekday = Counter()
    for day, c in days.items():
        weeks[day.isocalendar()[:2]] += c["visits"]
        weekday[day.weekday()] += c["visits"]
    sizes = sorted(weeks.values())
    median = sizes[len(sizes) // 2]
    assert sizes[-1] > 1.2 * median > 0 and sizes[0] < 0.6 * median  # no two weeks alike: 1,163 / 1,162 / 1,163 ...
    assert len(set(sizes)) > len(sizes) * 0.6
    assert weekday[0] > 1.3 * weekday[4]  # Mondays are busier than Fridays
    aug = sum(c["visits"] for d, c in days.items() if d.month == 8)
    sep = sum(c["visits"] for d, c in days.items() if d.month == 9)
    assert sep > 1.2 * aug  # the summer is quiet
    assert not any(d == dt.date(2026, 10, 3) for d in days)  # a public holiday has no visits


def test_demo_only_in_a_demo_database(workspace):
    assert not is_demo(workspace.db)
    workspace.booking.log_walk_in("jobcenter")  # a real visit
    with pytest.raises(NotADemoDatabase):
        add_demo_visits(workspace.db, workspace.centre, LEAD, workspace.clock, 100, 5)
    assert not is_demo(workspace.db) and len(day_entries(workspace.db, workspace.centre, workspace.clock().date())) == 1


def test_demo_marks_the_database_and_is_audited(workspace):
    with pytest.raises(PermissionDenied):
        add_demo_visits(workspace.db, workspace.centre, Actor("Bo", role=RECEPTION), workspace.clock, 100, 5)
    made = add_demo_visits(workspace.db, workspace.centre, LEAD, workspace.clock, 100, 5)
    assert is_demo(workspace.db)
    (record,) = audit.recent(workspace.db, action="demo")
    assert record.staff == "Ada" and record.detail == f"{made} demo visits over 5 days"
    assert add_demo_visits(workspace.db, workspace.centre, LEAD, workspace.clock, 100, 5) > 0  # a demo takes more


def test_the_core_keeps_the_demo_limits_for_every_front_end(workspace):
    from welcome_desk.core.demo import MAX_DAYS, MAX_VISITS

    for visits, days in ((MAX_VISITS + 1, 5), (100, MAX_DAYS + 1), (0, 5)):
        with pytest.raises(ValueError):
            add_demo_visits(workspace.db, workspace.centre, LEAD, workspace.clock, visits, days)
    assert not is_demo(workspace.db)  # refused before anything was marked
