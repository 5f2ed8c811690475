"""Every time is the centre's: its zone whatever TZ the desk has; changeover days; hours to 23:59."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import subprocess
import sys
import time
from zoneinfo import ZoneInfo

import pytest

from welcome_desk.core.booking import BookingError, BookingService
from welcome_desk.core.centre import build_centre
from welcome_desk.core.clock import centre_clock, elapsed_seconds, exists, is_ambiguous
from welcome_desk.core.hours import Hours
from welcome_desk.core.paths import resource
from welcome_desk.core.queue import times_from_events

BERLIN = "Europe/Berlin"


def _night_centre(closes_at: str = "23:59", slot_minutes: int = 30):
    """Gießen with the Jobcenter taking appointments all day, every day (for changeover nights)."""
    data = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
    data = copy.deepcopy(data)
    unit = next(u for u in data["units"] if u["id"] == "jobcenter")
    unit["schedules"] = [{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": closes_at}]
    unit["accepts"] = ["walk_in", "appointment"]
    unit["slot_minutes"] = slot_minutes
    unit.pop("hours_kind", None)
    data.pop("closed_dates", None)
    return build_centre(data), unit["id"]


def test_centre_clock_ignores_the_process_time_zone(monkeypatch):
    moment = 1_795_000_000  # a fixed instant
    seen = set()
    for tz in ("UTC", "America/New_York", "Asia/Kolkata"):
        monkeypatch.setenv("TZ", tz)
        time.tzset()
        seen.add(centre_clock(BERLIN, source=lambda: moment)())
    time.tzset()
    assert seen == {dt.datetime.fromtimestamp(moment, ZoneInfo(BERLIN)).replace(tzinfo=None)}


@pytest.mark.sqlite_only
def test_the_same_booking_stores_the_same_time_under_any_desk_tz(tmp_path):
    """A centre in Tokyo: its wall time is stored, whether the desk runs in UTC, New York or Kolkata."""
    data = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
    data["timezone"] = "Asia/Tokyo"
    centre_file = tmp_path / "tokyo.json"
    centre_file.write_text(json.dumps(data), "utf-8")
    stored = []
    for tz in ("UTC", "America/New_York", "Asia/Kolkata"):
        url = f"sqlite:///{tmp_path / ('desk-' + tz.replace('/', '-') + '.sqlite')}"
        env = {**os.environ, "TZ": tz}
        run = lambda *a: subprocess.run([sys.executable, "-c", "import sys; from welcome_desk.cli import main; sys.exit(main(sys.argv[1:]))", "--db", url, *a],  # noqa: E731
                                        capture_output=True, text=True, env=env, timeout=120)
        assert run("centre", "import", str(centre_file), "--activate").returncode == 0
        before = dt.datetime.now(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None, second=0, microsecond=0)
        done = run("book", "--unit", "jobcenter", "--json")
        after = dt.datetime.now(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None, second=0, microsecond=0)
        assert done.returncode == 0, done.stderr
        at = dt.datetime.fromisoformat(json.loads(done.stdout)["at"])
        assert before <= at <= after, (tz, at)
        stored.append(at)
    assert max(stored) - min(stored) <= dt.timedelta(minutes=1)


def test_spring_gap_slots_are_neither_offered_nor_bookable(tmp_db_url):
    from welcome_desk.core.workspace import open_workspace

    centre, unit = _night_centre()
    spring = dt.date(2027, 3, 28)  # clocks go from 02:00 to 03:00 in Europe/Berlin
    starts = Hours(centre, centre.unit(unit)).slot_starts(spring)
    assert dt.datetime(2027, 3, 28, 1, 30) in starts and dt.datetime(2027, 3, 28, 3, 0) in starts
    assert not [s for s in starts if s.hour == 2]
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2027, 3, 27, 9, 0))
    try:
        booking = BookingService(ws.db, centre, clock=ws.clock)
        with pytest.raises(BookingError, match="does not exist") as info:
            booking.book_appointment(unit, dt.datetime(2027, 3, 28, 2, 30))
        assert info.value.code == "no_such_time"
        assert all(s.hour != 2 for s, _left in booking.free_slots(unit, spring))
    finally:
        ws.close()


def test_autumn_repeated_hour_gives_each_slot_once():
    centre, unit = _night_centre()
    autumn = dt.date(2026, 10, 25)
    starts = Hours(centre, centre.unit(unit)).slot_starts(autumn)
    assert starts.count(dt.datetime(2026, 10, 25, 2, 30)) == 1
    assert is_ambiguous(dt.datetime(2026, 10, 25, 2, 30), BERLIN)
    assert len(starts) == 48  # a 25-hour day still has 48 half-hour wall-clock slots, once each


def test_hours_ending_2359_give_their_last_slot():
    centre, unit = _night_centre("23:59", 30)
    starts = Hours(centre, centre.unit(unit)).slot_starts(dt.date(2026, 11, 24))
    assert starts[-1] == dt.datetime(2026, 11, 24, 23, 30)


def test_waiting_times_are_real_minutes_across_a_changeover():
    spring = times_from_events([("arrived", dt.datetime(2027, 3, 28, 1, 50)), ("called", dt.datetime(2027, 3, 28, 3, 10))], BERLIN)
    assert spring.waiting_minutes(dt.datetime(2027, 3, 28, 4, 0)) == 20
    autumn_start = dt.datetime(2026, 10, 25, 1, 55)
    autumn = times_from_events([("arrived", autumn_start), ("called", dt.datetime(2026, 10, 25, 2, 20))], BERLIN)
    assert autumn.waiting_minutes(dt.datetime(2026, 10, 25, 4, 0)) == 25
    assert elapsed_seconds(dt.datetime(2027, 3, 28, 1, 59), dt.datetime(2027, 3, 28, 3, 0), BERLIN) == 60
    assert not exists(dt.datetime(2027, 3, 28, 2, 15), BERLIN) and exists(dt.datetime(2027, 3, 28, 3, 15), BERLIN)
