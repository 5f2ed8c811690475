"""The reception queue: transitions, referral, rebooking, calling order, finding, staff, CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from welcome_desk.cli import main
from welcome_desk.core import calls
from welcome_desk.core import entries as E
from welcome_desk.core.booking import BookingError, SlotTaken
from welcome_desk.core.daylog import day_log
from welcome_desk.core.find import DATE, NAME, TICKET, FindError, find_entries, normalize_ticket, parse_date
from welcome_desk.core.models import StatusEvent
from welcome_desk.core.queue import QueueService, times_from_events
from welcome_desk.core.retention import purge_personal_data
from welcome_desk.core.staff import FALLBACK_STAFF, resolve_staff, system_user
from welcome_desk.core.workspace import open_workspace


@pytest.fixture
def clock(fixed_now):
    """A clock the test can move: ``clock.now = ...``."""

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


def call_next(ws, unit_id: str):
    """The desk's call use case (the one door for a call); the called entry or None."""
    called = calls.call_next(ws.db, ws.centre, ws.booking.actor, ws.booking.clock, unit_id)
    return called[0] if called else None


def events(ws, entry_id):
    with ws.db.read() as session:
        return session.execute(
            select(StatusEvent.status, StatusEvent.staff).where(StatusEvent.entry_id == entry_id).order_by(StatusEvent.id)
        ).all()


# --------------------------------------------------------------------------- staff


def test_status_changes_are_attributed_to_the_staff_at_the_desk(ws):
    entry = ws.booking.log_walk_in("immigration-office")
    ws.booking.staff = "MK"
    ws.booking.set_status(entry.id, "called")
    assert events(ws, entry.id) == [("arrived", "RB"), ("called", "MK")]
    assert ws.booking.get(entry.id).staff == "RB"  # who created it


def test_without_a_chosen_name_the_system_user_is_recorded(tmp_db_url, fixed_now, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "reception1")
    w = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        assert w.booking.staff == "reception1"
        entry = w.booking.log_walk_in("immigration-office")
        assert events(w, entry.id) == [("arrived", "reception1")]
        w.booking.staff = "  "  # cleared at the desk: back to the system user
        assert w.booking.staff == "reception1"
    finally:
        w.close()


def test_system_user_falls_back_gracefully(monkeypatch):
    def no_user():
        raise OSError("no user name")

    monkeypatch.setattr("getpass.getuser", no_user)
    assert system_user() == FALLBACK_STAFF
    assert resolve_staff(" A\tB ") == "A B"
    with pytest.raises(ValueError, match="at most 64"):
        resolve_staff("x" * 65)


def test_too_long_staff_name_is_refused_not_cut(ws):
    with pytest.raises(BookingError) as info:
        ws.booking.staff = "x" * 65
    assert info.value.code == "too_long"
    assert ws.booking.staff == "RB"


# --------------------------------------------------------------------------- transitions


def test_transitions_follow_the_rules(ws):
    b = ws.booking
    walk_in = b.log_walk_in("immigration-office")
    with pytest.raises(BookingError) as info:
        b.set_status(walk_in.id, "booked")
    assert info.value.code == "bad_transition"
    with pytest.raises(BookingError) as info:
        b.set_status(walk_in.id, "referred")
    assert info.value.code == "use_refer"
    b.set_status(walk_in.id, "called")
    b.set_status(walk_in.id, "arrived")  # back into the queue
    b.cancel(walk_in.id)
    for status in ("arrived", "booked", "done", "called"):
        with pytest.raises(BookingError):
            b.set_status(walk_in.id, status)
    booked = b.book_appointment("refugee-affairs", dt.datetime(2026, 11, 23, 10, 0))
    assert b.set_status(booked.id, "done").status == "done"  # forward moves may skip steps
    assert b.set_status(booked.id, "in_service").status == "in_service"  # a mistaken 'done' reopens


def test_cancelled_entry_cannot_be_uncancelled_into_a_full_slot(ws):
    at = dt.datetime(2026, 11, 23, 10, 0)
    first, second = (ws.booking.book_appointment("refugee-affairs", at) for _ in range(2))
    ws.booking.cancel(first.id)
    ws.booking.book_appointment("refugee-affairs", at)  # the freed place is taken
    with pytest.raises(BookingError):
        ws.booking.set_status(first.id, "booked")
    assert len([e for e in day_log(ws.db, ws.centre, at.date()) if e.entry.status == "booked"]) == 2


# --------------------------------------------------------------------------- referral


def test_refer_creates_a_linked_ticket_and_marks_the_old_entry(ws):
    b = ws.booking
    source = b.log_walk_in(
        "immigration-office", "residence-law", language="ar", visitor_name="Amal", query_text="Visum"
    )
    b.set_status(source.id, "called")
    b.staff = "MK"
    referral = b.refer_onward(source.id, "refugee-affairs", "housing")
    old, new = referral
    assert old.status == "referred" and old.referred_to == new.ticket and old.referred_to_id == new.id
    assert new.ticket == "F-001" and new.kind == "walk_in" and new.status == "arrived"
    assert new.referred_from_id == source.id and new.referred_from == "A-001"
    assert (new.language, new.visitor_name, new.query_text, new.concern_id) == ("ar", "Amal", "Visum", "housing")
    assert events(ws, source.id)[-1] == ("referred", "MK")
    assert events(ws, new.id) == [("arrived", "MK")]
    rows = {r.entry.ticket: r.entry for r in day_log(ws.db, ws.centre, ws.clock().date())}
    assert rows["A-001"].referred_to == "F-001" and rows["F-001"].referred_from == "A-001"
    assert b.get(source.id).referred_to == "F-001"


def test_refer_keeps_the_concern_only_where_the_new_unit_handles_it(ws):
    source = ws.booking.log_walk_in("immigration-office", "residence-law")
    new = ws.booking.refer_onward(source.id, "language-courses").entry
    assert new.concern_id is None


def test_refer_to_an_appointment_and_refusals(ws):
    b = ws.booking
    source = b.log_walk_in("immigration-office")
    with pytest.raises(BookingError) as info:
        b.refer_onward(source.id, "immigration-office")
    assert info.value.code == "same_unit"
    at = dt.datetime(2026, 11, 24, 9, 0)
    for _ in range(2):
        b.book_appointment("jobcenter", at)
    with pytest.raises(SlotTaken):
        b.refer_onward(source.id, "jobcenter", at=at)
    assert b.get(source.id).status == "arrived"  # nothing happened: one transaction
    old, new = b.refer_onward(source.id, "jobcenter", at=dt.datetime(2026, 11, 24, 9, 30))
    assert new.kind == "appointment" and new.status == "booked" and new.day == dt.date(2026, 11, 24)
    assert old.status == "referred"
    with pytest.raises(BookingError) as info:
        b.refer_onward(source.id, "refugee-affairs")
    assert info.value.code == "bad_transition"


# --------------------------------------------------------------------------- rebooking


def test_rebook_moves_the_appointment_and_frees_the_old_slot(ws):
    b = ws.booking
    old_at, new_at = dt.datetime(2026, 11, 24, 9, 0), dt.datetime(2026, 11, 24, 10, 0)
    entries = [b.book_appointment("jobcenter", old_at) for _ in range(2)]
    assert old_at not in dict(b.free_slots("jobcenter", old_at.date()))
    moved = b.rebook(entries[0].id, new_at)
    assert moved.at == new_at and moved.status == "booked" and moved.ticket == entries[0].ticket
    assert dict(b.free_slots("jobcenter", old_at.date()))[old_at] == 1
    assert dict(b.free_slots("jobcenter", new_at.date()))[new_at] == 1
    assert [s for s, _ in events(ws, moved.id)] == ["booked", "booked"]


def test_rebook_refuses_a_full_slot_and_final_entries(ws):
    b = ws.booking
    full = dt.datetime(2026, 11, 24, 11, 0)
    for _ in range(2):
        b.book_appointment("jobcenter", full)
    entry = b.book_appointment("jobcenter", dt.datetime(2026, 11, 24, 9, 0))
    with pytest.raises(SlotTaken, match="already full"):
        b.rebook(entry.id, full)
    assert b.get(entry.id).at == dt.datetime(2026, 11, 24, 9, 0)
    with pytest.raises(BookingError) as info:
        b.rebook(entry.id, dt.datetime(2026, 11, 24, 9, 0))
    assert info.value.code == "same_slot"
    b.cancel(entry.id)
    with pytest.raises(BookingError) as info:
        b.rebook(entry.id, dt.datetime(2026, 11, 24, 9, 30))
    assert info.value.code == "not_rebookable"
    walk_in = b.log_walk_in("jobcenter")
    with pytest.raises(BookingError) as info:
        b.rebook(walk_in.id, dt.datetime(2026, 11, 24, 9, 30))
    assert info.value.code == "not_appointment"
    done = b.book_appointment("jobcenter", dt.datetime(2026, 11, 24, 11, 30))
    b.set_status(done.id, "done")
    with pytest.raises(BookingError, match="cannot be rebooked"):
        b.rebook(done.id, dt.datetime(2026, 11, 24, 9, 30))


def test_rebook_to_another_day_gets_that_days_ticket(ws):
    b = ws.booking
    b.book_appointment("jobcenter", dt.datetime(2026, 11, 26, 13, 0))  # J-001 on Thursday
    entry = b.book_appointment("jobcenter", dt.datetime(2026, 11, 24, 9, 0))
    b.set_status(entry.id, "no_show")  # missed: rebooking a no-show is allowed
    moved = b.rebook(entry.id, dt.datetime(2026, 11, 26, 13, 30))
    assert moved.day == dt.date(2026, 11, 26) and moved.ticket == "J-002" and moved.status == "booked"


def test_rebook_outside_hours_is_refused_with_the_reason(ws):
    entry = ws.booking.book_appointment("jobcenter", dt.datetime(2026, 11, 24, 9, 0))
    with pytest.raises(BookingError) as info:
        ws.booking.rebook(entry.id, dt.datetime(2026, 11, 24, 9, 7))
    assert info.value.code == "not_slot_start"


# --------------------------------------------------------------------------- queue and calling


def test_call_next_order(ws, clock):
    b, q = ws.booking, QueueService(ws.booking)
    clock.now = dt.datetime(2026, 11, 23, 9, 40)
    w1 = b.log_walk_in("immigration-office")  # A-001 at 9:40
    clock.now = dt.datetime(2026, 11, 23, 9, 0)  # appointments were booked earlier
    late = b.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 10, 30))
    due = b.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 10, 0))
    absent = b.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 9, 45))
    clock.now = dt.datetime(2026, 11, 23, 9, 50)
    w2 = b.log_walk_in("immigration-office")
    b.set_status(due.id, "arrived")
    b.set_status(late.id, "arrived")
    other = b.log_walk_in("refugee-affairs")

    queue = q.queue("immigration-office")  # at 9:50 the 10:00 appointment is still early
    assert [i.entry.id for i in queue] == [w1.id, w2.id, due.id, late.id, absent.id]
    clock.now = dt.datetime(2026, 11, 23, 9, 56)  # 10:00 is due within five minutes
    order = [call_next(ws, "immigration-office").id for _ in range(4)]
    assert order == [due.id, w1.id, w2.id, late.id]  # due appointment, walk-ins by ticket, early arrival
    assert call_next(ws, "immigration-office") is None  # the booked one has not arrived
    assert b.get(absent.id).status == "booked"
    assert b.get(other.id).status == "arrived"
    assert [s for s, _ in events(ws, due.id)][-1] == "called"


def test_queue_lists_calling_order_with_waiting_minutes(ws, clock):
    b, q = ws.booking, QueueService(ws.booking)
    clock.now = dt.datetime(2026, 11, 23, 9, 0)
    a = b.log_walk_in("immigration-office")
    expected = b.book_appointment("immigration-office", dt.datetime(2026, 11, 23, 11, 0))
    f = b.log_walk_in("refugee-affairs")
    clock.now = dt.datetime(2026, 11, 23, 9, 10)
    c = b.log_walk_in("immigration-office")
    b.set_status(a.id, "called")
    done = b.log_walk_in("immigration-office")
    b.set_status(done.id, "done")
    clock.now = dt.datetime(2026, 11, 23, 9, 25)
    items = q.queue()
    assert [i.entry.ticket for i in items] == ["A-001", "A-003", "A-002", "F-001"]
    by_ticket = {i.entry.ticket: i for i in items}
    assert by_ticket["A-001"].waiting_minutes == 10 and by_ticket["A-001"].entry.status == "called"
    assert by_ticket["A-003"].waiting_minutes == 15 and by_ticket["A-003"].waiting
    assert by_ticket["A-002"].waiting_minutes is None and not by_ticket["A-002"].waiting  # expected
    assert by_ticket["F-001"].waiting_minutes == 25
    assert q.waiting_counts() == {"immigration-office": 1, "refugee-affairs": 1}
    assert [i.entry.id for i in q.queue("refugee-affairs")] == [f.id]
    assert q.queue(day=dt.date(2026, 11, 24)) == []
    assert expected.id in {i.entry.id for i in items} and c.id in {i.entry.id for i in items}
    with pytest.raises(BookingError):
        q.queue("no-such-unit")


def test_waiting_and_service_times(ws, clock):
    b, q = ws.booking, QueueService(ws.booking)
    clock.now = dt.datetime(2026, 11, 23, 9, 0)
    entry = b.log_walk_in("immigration-office")
    clock.now = dt.datetime(2026, 11, 23, 9, 12)
    call_next(ws, "immigration-office")
    clock.now = dt.datetime(2026, 11, 23, 9, 14)
    b.set_status(entry.id, "in_service")
    clock.now = dt.datetime(2026, 11, 23, 9, 34)
    b.set_status(entry.id, "done")
    times = q.times(entry.id)
    assert times.waiting_minutes(clock.now) == 12 and times.service_minutes() == 20
    assert [(s, staff) for s, _at, staff in q.events(entry.id)] == [
        ("arrived", "RB"), ("called", "RB"), ("in_service", "RB"), ("done", "RB")
    ]


def test_times_restart_after_a_no_show_or_rebooking():
    t = dt.datetime(2026, 11, 23, 9, 0)
    m = dt.timedelta(minutes=1)
    events_ = [("booked", t), ("arrived", t + 5 * m), ("called", t + 9 * m), ("arrived", t + 10 * m)]
    assert times_from_events(events_).arrived_at == t + 5 * m  # put back: keeps the first arrival
    assert times_from_events(events_).called_at == t + 9 * m  # the first call ends the wait (core/timeline.py)
    assert times_from_events([*events_, ("no_show", t + 20 * m)]).arrived_at is None
    assert times_from_events([*events_, ("booked", t + 30 * m)]).waiting_minutes(t) is None


def test_two_desks_calling_at_once_call_different_visitors(tmp_db_url, fixed_now):
    import threading

    first = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        for _ in range(6):
            first.booking.log_walk_in("immigration-office")
    finally:
        first.close()
    called: list[int | None] = []
    lock = threading.Lock()

    def desk() -> None:
        w = open_workspace(tmp_db_url, clock=lambda: fixed_now)
        try:
            for _ in range(2):
                entry = call_next(w, "immigration-office")
                with lock:
                    called.append(entry.id if entry else None)
        finally:
            w.close()

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [i for i in called if i is not None]
    assert len(ids) == 6 and len(set(ids)) == 6 and called.count(None) == 2


# --------------------------------------------------------------------------- finding


def test_find_by_ticket_in_any_spelling(ws, clock):
    b = ws.booking
    for _ in range(12):
        b.log_walk_in("immigration-office")
    future = b.book_appointment("immigration-office", dt.datetime(2026, 11, 25, 9, 0))  # A-001 on Wednesday
    today = clock.now.date()
    for text in ("A-012", "a-012", "a12", "A 12"):
        found = find_entries(ws.db, ws.centre, text, today)
        assert found.kind == TICKET and [e.ticket for e in found.entries] == ["A-012"], text
    found = find_entries(ws.db, ws.centre, "A-001", today)
    assert [e.day for e in found.entries] == [today, future.day]  # nearest day first
    assert normalize_ticket("JM-7") == "JM-007" and normalize_ticket("Müller") is None


def test_find_by_name_is_case_and_accent_insensitive(ws, clock):
    b = ws.booking
    muller = b.book_appointment(
        "immigration-office", dt.datetime(2026, 11, 23, 15, 0), visitor_name="Jürgen Müller", visitor_contact="0641 1"
    )
    b.log_walk_in("immigration-office", visitor_name="Amal Haddad")
    b.log_walk_in("immigration-office")  # no name: the ticket is the handle
    today = clock.now.date()
    for text in ("müller", "MULLER", "Mueller", "jürgen"):
        found = find_entries(ws.db, ws.centre, text, today)
        assert found.kind == NAME and [e.id for e in found.entries] == [muller.id], text
    assert find_entries(ws.db, ws.centre, "Schmidt", today).entries == ()
    with pytest.raises(FindError):
        find_entries(ws.db, ws.centre, "M", today)
    with pytest.raises(FindError):
        find_entries(ws.db, ws.centre, "   ", today)


def test_find_by_date_and_date_with_ticket(ws, clock):
    b = ws.booking
    b.log_walk_in("immigration-office")
    thursday = b.book_appointment("jobcenter", dt.datetime(2026, 11, 26, 13, 0))
    today = clock.now.date()
    for text in ("2026-11-26", "26.11.2026", "26.11.", "26.11.26"):
        found = find_entries(ws.db, ws.centre, text, today)
        assert found.kind == DATE and [e.id for e in found.entries] == [thursday.id], text
    found = find_entries(ws.db, ws.centre, "J-001 26.11.2026", today)
    assert found.kind == TICKET and [e.id for e in found.entries] == [thursday.id]
    assert find_entries(ws.db, ws.centre, "J-001 23.11.2026", today).entries == ()
    assert parse_date("A-3 am 1.2.", today) == (dt.date(2026, 2, 1), "A-3 am")
    with pytest.raises(FindError):
        find_entries(ws.db, ws.centre, "31.02.2026", today)


def test_purged_names_are_not_findable(tmp_db_url):
    long_ago = dt.datetime(2026, 6, 1, 9, 0)
    w = open_workspace(tmp_db_url, clock=lambda: long_ago)
    try:
        old = w.booking.log_walk_in("immigration-office", visitor_name="Olga Petrenko")
        assert [e.id for e in find_entries(w.db, w.centre, "petrenko", long_ago.date()).entries] == [old.id]
        later = dt.datetime(2026, 11, 23, 9, 0)
        purge_personal_data(w.db, later, 90)
        assert find_entries(w.db, w.centre, "petrenko", later.date(), start=long_ago.date()).entries == ()
        # the ticket still finds the (now anonymous) entry
        found = find_entries(w.db, w.centre, "A-001 2026-06-01", later.date())
        assert [e.id for e in found.entries] == [old.id] and found.entries[0].visitor_name is None
    finally:
        w.close()


def test_find_never_logs_the_searched_name(ws, clock, caplog):
    ws.booking.log_walk_in("immigration-office", visitor_name="Secret Person")
    with caplog.at_level("DEBUG"):
        find_entries(ws.db, ws.centre, "Secret", clock.now.date())
    assert "Secret" not in caplog.text


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def run(tmp_db_url, capsys):
    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", tmp_db_url, "--staff", "cli", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _entry_id(out: str) -> int:
    return int(out.rsplit("(entry ", 1)[1].split(")")[0])


def test_cli_book_at_a_full_slot_exits_nonzero_with_a_clear_message(run):
    at = "2031-03-04T09:00"  # a Tuesday: Jobcenter consultation hours, two places
    for _ in range(2):
        code, _out, err = run("book", "--unit", "jobcenter", "--at", at)
        assert code == 0, err
    code, out, err = run("book", "--unit", "jobcenter", "--at", at)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "already full" in err and "Traceback" not in err


def test_cli_queue_call_status_find(run):
    code, out, err = run("book", "--unit", "immigration-office", "--name", "Amal Haddad")
    assert code == 0, err
    first = _entry_id(out)
    run("book", "--unit", "immigration-office")
    code, out, err = run("queue", "--unit", "immigration-office")
    assert code == 0, err
    assert "2 waiting" in out and "A-001" in out and "A-002" in out
    code, out, err = run("call", "--unit", "immigration-office", "--json")
    assert code == 0, err
    assert json.loads(out)["called"]["ticket"] == "A-001"
    code, out, _ = run("status", str(first), "no-show")
    assert code == 0 and "no_show" in out
    code, out, err = run("status", str(first), "booked")
    assert code == 1 and "cannot become" in err
    with pytest.raises(SystemExit) as info:
        run("status", str(first), "teleported")
    assert info.value.code == 2
    code, out, _ = run("find", "a1")
    assert code == 0 and "A-001" in out and "Amal" not in out
    code, out, _ = run("find", "haddad", "--names")
    assert code == 0 and "A-001" in out and "Amal Haddad" in out
    code, out, _ = run("find", "haddad", "--json")
    data = json.loads(out)
    assert data["kind"] == "name" and "visitor_name" not in data["entries"][0]
    code, _out, err = run("find", "x")
    assert code == 1 and "at least" in err
    run("call", "--unit", "immigration-office")
    code, out, _ = run("call", "--unit", "immigration-office")
    assert code == 0 and "nobody is waiting" in out


def test_cli_refer_rebook_cancel(run):
    code, out, err = run("book", "--unit", "immigration-office")
    source = _entry_id(out)
    code, out, err = run("refer", str(source), "--unit", "refugee-affairs", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["referred"]["status"] == "referred" and data["referred"]["referred_to"] == "F-001"
    assert data["new"]["referred_from"] == "A-001"
    code, out, err = run("refer", str(source), "--unit", "jobcenter")
    assert code == 1 and "cannot be referred" in err
    code, out, err = run("book", "--unit", "jobcenter", "--at", "2031-03-04T09:00")
    appointment = _entry_id(out)
    code, out, err = run("rebook", str(appointment), "--at", "2031-03-04T09:30")
    assert code == 0, err
    assert "2031-03-04 09:30" in out
    code, out, err = run("cancel", str(appointment))
    assert code == 0 and "cancelled" in out
    code, out, err = run("rebook", str(appointment), "--at", "2031-03-04T10:00")
    assert code == 1 and "cannot be rebooked" in err
    code, out, err = run("rebook", "99999", "--at", "2031-03-04T10:00")
    assert code == 1 and "no entry" in err


def test_cli_staff_is_recorded(run, tmp_db_url, fixed_now):
    code, out, _ = run("book", "--unit", "immigration-office")
    w = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        assert events(w, _entry_id(out)) == [("arrived", "cli")]
    finally:
        w.close()
    code, _out, err = run("--staff", "y" * 80, "queue")  # the later --staff wins
    assert code == 1 and "at most 64" in err


def test_a_rebooked_appointment_gets_a_new_slip_file(ws):
    from welcome_desk.slips.store import slip_path

    entry = ws.booking.book_appointment("jobcenter", dt.datetime(2026, 11, 24, 9, 0))
    moved = ws.booking.rebook(entry.id, dt.datetime(2026, 11, 24, 10, 0))
    assert moved.ticket == entry.ticket
    assert slip_path(ws.db, entry, "de") != slip_path(ws.db, moved, "de")
