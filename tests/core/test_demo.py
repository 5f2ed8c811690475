"""Demo data: realistic, consistent with the centre's hours, and safe to book on top of."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from welcome_desk.core.daylog import day_entries
from welcome_desk.core.demo import Cancelled, generate
from welcome_desk.core.hours import Hours


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
    # What was written stays bookable.
    assert workspace.booking.log_walk_in("jobcenter").ticket.startswith("J-")
