"""Calling visitors: call next, re-call, park, the no-show rule, and the change feed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from welcome_desk.core import calls
from welcome_desk.core import entries as E
from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.booking import BookingError
from welcome_desk.core.changefeed import ChangeFeed
from welcome_desk.core.database import open_database
from welcome_desk.core.permissions import PermissionDenied
from welcome_desk.core.workspace import open_workspace

DESK = Actor("RB", desk="Schalter 3")
LEAD = Actor("TL", role=TEAM_LEAD)
UNIT = "immigration-office"


@pytest.fixture
def clock(fixed_now):
    class Clock:
        now = fixed_now

        def __call__(self):
            return self.now

    return Clock()


@pytest.fixture
def ws(tmp_db_url, clock):
    workspace = open_workspace(tmp_db_url, clock=clock, staff="RB")
    yield workspace
    workspace.close()


def walk_in(ws, name="Erika Muster", lang="ar"):
    return ws.booking.log_walk_in(UNIT, language=lang, visitor_name=name, query_text="Aufenthalt verlängern")


def test_call_next_calls_in_order_and_records_a_call_without_personal_data(ws, clock):
    first, second = walk_in(ws), walk_in(ws, "Max")
    entry, call = calls.call_next(ws.db, ws.centre, DESK, clock, UNIT, counter="3")
    assert entry.id == first.id and entry.status == E.CALLED
    assert (call.ticket, call.unit_id, call.counter, call.room, call.language, call.recall) == (
        first.ticket, UNIT, "3", "B 0.12", "ar", 0,
    )
    assert set(call.to_json()) == {"id", "ticket", "unit_id", "counter", "room", "at", "language", "recall"}
    assert "Erika" not in str(call.to_json()) and "Aufenthalt" not in str(call.to_json())
    assert calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)[0].id == second.id
    assert calls.call_next(ws.db, ws.centre, DESK, clock, UNIT) is None
    assert [c.ticket for c in calls.calls_after(ws.db, ws.centre.id)] == [first.ticket, second.ticket]
    assert ws.booking.get(first.id).status == E.CALLED


def test_park_skips_the_visitor_until_recalled_and_recall_counts(ws, clock):
    first, second = walk_in(ws), walk_in(ws)
    calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    parked = calls.park(ws.db, ws.centre, DESK, clock, first.id)
    assert parked.entry.status == E.ARRIVED and parked.missed_calls == 1 and not parked.no_show
    assert calls.parked_ids(ws.db, [first.id, second.id]) == {first.id}
    entry, _ = calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    assert entry.id == second.id  # the parked visitor is not called next
    assert calls.call_next(ws.db, ws.centre, DESK, clock, UNIT) is None
    entry, call = calls.recall(ws.db, ws.centre, DESK, clock, first.id, counter="4")
    assert entry.status == E.CALLED and call.recall == 1 and call.counter == "4"
    assert calls.parked_ids(ws.db, [first.id]) == set()


def test_after_n_missed_calls_the_visit_is_a_no_show_by_the_team_leads_rule(ws, clock):
    with pytest.raises(PermissionDenied):
        calls.set_no_show_after(ws.db, DESK, clock, 2)
    with pytest.raises(ValueError):
        calls.set_no_show_after(ws.db, LEAD, clock, 0)
    calls.set_no_show_after(ws.db, LEAD, clock, 2)
    assert calls.no_show_after(ws.db) == 2
    entry = walk_in(ws)
    calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    assert not calls.park(ws.db, ws.centre, DESK, clock, entry.id).no_show
    calls.recall(ws.db, ws.centre, DESK, clock, entry.id)
    second = calls.park(ws.db, ws.centre, DESK, clock, entry.id)
    assert second.no_show and second.entry.status == E.NO_SHOW and second.missed_calls == 2
    with pytest.raises(BookingError):
        calls.recall(ws.db, ws.centre, DESK, clock, entry.id)


def test_only_called_visitors_can_be_parked_or_recalled(ws, clock):
    entry = walk_in(ws)
    with pytest.raises(BookingError):
        calls.park(ws.db, ws.centre, DESK, clock, entry.id)
    with pytest.raises(BookingError):
        calls.recall(ws.db, ws.centre, DESK, clock, entry.id)


def test_a_parked_visitor_keeps_the_arrival_time(ws, clock, fixed_now):
    from welcome_desk.core.queue import QueueService

    entry = walk_in(ws)
    clock.now = fixed_now + dt.timedelta(minutes=10)
    calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
    calls.park(ws.db, ws.centre, DESK, clock, entry.id)
    assert QueueService(ws.booking).times(entry.id).arrived_at == fixed_now


def test_another_connection_hears_of_a_commit_and_of_nothing_else(ws, clock, tmp_db_url):
    other = open_database(tmp_db_url)
    feed = ChangeFeed(other)
    try:
        assert feed.changed() == frozenset()
        walk_in(ws)
        assert feed.changed(timeout=2.0)
        assert feed.changed() == frozenset()  # nothing new since
        with pytest.raises(BookingError):
            calls.park(ws.db, ws.centre, DESK, clock, 999)  # rolled back: no notice
        assert feed.changed(timeout=0.3) == frozenset()
        calls.call_next(ws.db, ws.centre, DESK, clock, UNIT)
        changed = feed.changed(timeout=2.0)
        assert changed == {"*"} or "call_event" in changed
    finally:
        feed.close()
        other.dispose()


def test_a_write_left_for_the_commit_to_flush_is_announced_too(ws, clock, tmp_db_url):
    """The centre editor's save flushes nothing itself: its notice must still go out (PostgreSQL
    names the tables), or desks would never hear of an edit."""
    from welcome_desk.core.centre_edit import CentreDraft, save_draft

    other = open_database(tmp_db_url)
    feed = ChangeFeed(other)
    try:
        draft = CentreDraft.of_stored(ws.db, ws.centre.id)
        draft.item("unit", UNIT)["room"] = "C 1.01"
        save_draft(ws.db, draft, LEAD, clock)
        changed = feed.changed(timeout=2.0)
        assert changed == {"*"} or {"centre", "audit_event"} <= changed
    finally:
        feed.close()
        other.dispose()


def test_calls_are_frozen_records():
    call = calls.Call(1, "A-001", UNIT, "3", "B 0.12", dt.datetime(2026, 11, 23, 9, 5), "de", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        call.ticket = "X"  # type: ignore[misc]


def test_the_counter_is_one_clean_line_of_at_most_32_characters_and_blank_means_the_room(ws, clock):
    from welcome_desk.core.settings import MAX_COUNTER, Settings, clean_counter

    assert clean_counter("  Schalter\t 3 ") == "3" and clean_counter(" 3a ") == "3a" and clean_counter(None) == "" and clean_counter("   ") == ""
    with pytest.raises(ValueError, match="33 characters"):
        clean_counter("x" * (MAX_COUNTER + 1))
    assert Settings(counter="x" * 40).validated().counter == ""  # a hand-edited file: the room only
    assert Settings(counter=" 3 ").validated().counter == "3"
    walk_in(ws)
    with pytest.raises(BookingError) as too_long:
        calls.call_next(ws.db, ws.centre, DESK, clock, UNIT, counter="x" * 33)
    assert too_long.value.code == "too_long"
    _entry, call = calls.call_next(ws.db, ws.centre, DESK, clock, UNIT, counter=" ")
    assert call.counter == "" and call.room == "B 0.12"  # the display shows the room alone


def test_reception_setting_the_no_show_rule_is_refused_audited_and_changes_nothing(ws, clock):
    from welcome_desk.core import audit

    with pytest.raises(PermissionDenied):
        calls.set_no_show_after(ws.db, DESK, clock, 5)
    assert calls.no_show_after(ws.db) == calls.DEFAULT_NO_SHOW_AFTER
    refused = audit.recent(ws.db, action="refused")
    assert len(refused) == 1 and refused[0].staff == "RB" and "settings" in refused[0].detail
    calls.set_no_show_after(ws.db, LEAD, clock, 5)
    assert calls.no_show_after(ws.db) == 5
    assert "no-show after 5 missed calls" in audit.recent(ws.db, action="settings")[0].detail

