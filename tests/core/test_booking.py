"""Booking: tickets per unit and day, slots from the unit's hours, capacity, status."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from welcome_desk.core.booking import BookingError, BookingService, SlotTaken
from welcome_desk.core.daylog import day_log
from welcome_desk.core.workspace import open_workspace


def test_walk_in_tickets_count_per_unit_and_day(workspace):
    b = workspace.booking
    first = b.log_walk_in("immigration-office", "residence-law")
    second = b.log_walk_in("immigration-office")
    other = b.log_walk_in("refugee-affairs", "housing")
    assert (first.ticket, second.ticket, other.ticket) == ("A-001", "A-002", "F-001")
    assert first.kind == "walk_in" and first.status == "arrived"
    assert first.at == workspace.clock()


def test_ticket_numbers_restart_next_day(tmp_db_url):
    now = [dt.datetime(2026, 11, 23, 9, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        assert ws.booking.log_walk_in("jobcenter").ticket == "J-001"
        now[0] = dt.datetime(2026, 11, 24, 9, 0)
        assert ws.booking.log_walk_in("jobcenter").ticket == "J-001"
    finally:
        ws.close()


def test_appointment_in_a_free_slot(workspace):
    slot = workspace.booking.next_free_slot("jobcenter")
    assert slot == dt.datetime(2026, 11, 24, 9, 0)  # Tuesday consultation hours
    entry = workspace.booking.book_appointment("jobcenter", slot, "job-search", language="ar")
    assert entry.kind == "appointment" and entry.status == "booked"
    assert entry.at == slot and entry.language == "ar" and entry.ticket == "J-001"


def test_full_slot_is_refused(workspace):
    at = dt.datetime(2026, 11, 24, 10, 0)
    capacity = workspace.centre.unit("jobcenter").slot_capacity
    for _ in range(capacity):
        workspace.booking.book_appointment("jobcenter", at)
    with pytest.raises(SlotTaken, match="already full"):
        workspace.booking.book_appointment("jobcenter", at)
    free = dict(workspace.booking.free_slots("jobcenter", at.date()))
    assert at not in free


def test_cancelled_appointment_frees_its_place(workspace):
    at = dt.datetime(2026, 11, 24, 10, 30)
    entries = [workspace.booking.book_appointment("jobcenter", at) for _ in range(2)]
    workspace.booking.set_status(entries[0].id, "cancelled")
    assert workspace.booking.book_appointment("jobcenter", at).ticket == "J-003"


@pytest.mark.parametrize(
    "at, code",
    [
        (dt.datetime(2026, 11, 23, 10, 0), "outside_hours"),  # Jobcenter: no hours on Monday
        (dt.datetime(2026, 11, 24, 13, 0), "outside_hours"),  # Tuesday afternoon
        (dt.datetime(2026, 11, 24, 10, 7), "not_slot_start"),
        (dt.datetime(2026, 11, 20, 10, 0), "in_past"),
        (dt.datetime(2026, 12, 24, 10, 0), "outside_hours"),  # a Thursday, but 10:00 is not in Thu hours
        (dt.datetime(2026, 12, 25, 9, 0), "closed_day"),  # Christmas
    ],
)
def test_impossible_appointments_are_refused_with_a_reason(workspace, at, code):
    with pytest.raises(BookingError) as info:
        workspace.booking.book_appointment("jobcenter", at)
    assert info.value.code == code
    assert str(info.value)


def test_unknown_ids_are_refused(workspace):
    with pytest.raises(BookingError, match="unknown unit 'nowhere'"):
        workspace.booking.log_walk_in("nowhere")
    with pytest.raises(BookingError, match="unknown concern"):
        workspace.booking.log_walk_in("jobcenter", "no-such-concern")


def test_overlong_text_is_refused_not_cut(workspace):
    with pytest.raises(BookingError, match="at most 500"):
        workspace.booking.log_walk_in("jobcenter", query_text="x" * 501)
    assert day_log(workspace.db, workspace.centre, workspace.clock().date()) == []


def test_text_is_stored_exactly_as_typed(workspace):
    typed = "تمديد الإقامة \u202e 'Visum'; DROP TABLE entry;-- <b>"
    entry = workspace.booking.log_walk_in("immigration-office", query_text=typed)
    assert workspace.booking.get(entry.id).query_text == typed


def test_status_changes_are_time_stamped(workspace):
    entry = workspace.booking.log_walk_in("immigration-office")
    called = workspace.booking.set_status(entry.id, "called")
    assert called.status == "called" and called.status_at == workspace.clock()
    with pytest.raises(BookingError):
        workspace.booking.set_status(entry.id, "teleported")


def test_day_log_lists_the_days_entries_in_time_order(workspace):
    workspace.booking.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 15, 0), "residence-law")
    workspace.booking.log_walk_in("refugee-affairs", "housing")
    rows = day_log(workspace.db, workspace.centre, dt.date(2026, 11, 23), "en")
    assert [r.entry.ticket for r in rows] == ["F-001", "A-001"]
    assert rows[1].unit_name == "Immigration Office" and rows[1].concern_label == "Residence law"
    assert day_log(workspace.db, workspace.centre, dt.date(2026, 11, 24)) == []


def test_two_desks_never_double_book_the_last_place(tmp_db_url, fixed_now):
    """Threads with their own engines race for one slot: exactly capacity bookings win."""
    open_workspace(tmp_db_url, clock=lambda: fixed_now).close()
    at = dt.datetime(2026, 11, 24, 11, 0)
    results: list[str] = []
    lock = threading.Lock()

    def desk() -> None:
        ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
        try:
            for _ in range(3):
                try:
                    entry = ws.booking.book_appointment("jobcenter", at)
                    outcome = entry.ticket
                except SlotTaken:
                    outcome = "taken"
                with lock:
                    results.append(outcome)
        finally:
            ws.close()

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    booked = [r for r in results if r != "taken"]
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        capacity = ws.centre.unit("jobcenter").slot_capacity
    finally:
        ws.close()
    assert len(booked) == capacity
    assert len(set(booked)) == capacity
    assert results.count("taken") == 12 - capacity


def test_service_is_bound_to_its_centre(workspace):
    entry = workspace.booking.log_walk_in("jobcenter")
    other = BookingService(workspace.db, workspace.centre, clock=workspace.clock)
    assert other.get(entry.id).ticket == entry.ticket


def test_retention_purges_personal_fields_but_keeps_statistics(tmp_db_url):
    from welcome_desk.core.retention import purge_personal_data

    now = [dt.datetime(2026, 8, 3, 9, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        old = ws.booking.log_walk_in("immigration-office", "residence-law", query_text="Visum", visitor_name="A. B.", visitor_contact="0171 000")
        now[0] = dt.datetime(2026, 11, 20, 9, 0)
        recent = ws.booking.log_walk_in("immigration-office", visitor_name="C. D.")
        assert purge_personal_data(ws.db, now[0], days=90) == 1
        purged = ws.booking.get(old.id)
        assert (purged.visitor_name, purged.visitor_contact, purged.query_text) == (None, None, None)
        assert (purged.ticket, purged.unit_id, purged.concern_id, purged.status) == ("A-001", "immigration-office", "residence-law", "arrived")
        assert ws.booking.get(recent.id).visitor_name == "C. D."
        assert purge_personal_data(ws.db, now[0], days=90) == 0
    finally:
        ws.close()


def test_retention_runs_at_start(tmp_db_url):
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 1, 5, 9, 0))
    entry = ws.booking.log_walk_in("jobcenter", visitor_name="E. F.")
    ws.close()
    ws = open_workspace(tmp_db_url, clock=lambda: dt.datetime(2026, 6, 1, 9, 0))
    try:
        assert ws.booking.get(entry.id).visitor_name is None
    finally:
        ws.close()
