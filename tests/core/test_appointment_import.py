"""Appointments from an online booking system: every row accounted for, re-import changes nothing, check-in by code."""

from __future__ import annotations

import datetime as dt

import pytest

from welcome_desk.core import audit
from welcome_desk.core.actor import RECEPTION, TEAM_LEAD, Actor
from welcome_desk.core.appointment_import import FileFormatError, open_decisions
from welcome_desk.reports.booking_files import import_file
from welcome_desk.core.checkin import CheckInError, check_in
from welcome_desk.core.daylog import day_entries
from welcome_desk.core.hours import Hours
from welcome_desk.core.permissions import PermissionDenied

LEAD = Actor("Ada", role=TEAM_LEAD)
DESK = Actor("Bo", role=RECEPTION)
TUESDAY = dt.date(2026, 11, 24)


def _slot(ws, unit_id: str, n: int = 0) -> dt.datetime:
    unit = ws.centre.unit(unit_id)
    return Hours(ws.centre, unit).slot_starts(TUESDAY)[n]


def _event(uid: str, at: dt.datetime, summary: str, code: str = "", status: str = "CONFIRMED") -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;TZID=Europe/Berlin:{at:%Y%m%dT%H%M%S}\r\n"
            f"DTEND;TZID=Europe/Berlin:{at + dt.timedelta(minutes=15):%Y%m%dT%H%M%S}\r\nSUMMARY:{summary}\r\n"
            f"STATUS:{status}\r\n" + (f"X-BOOKING-CODE:{code}\r\n" if code else "") + "END:VEVENT\r\n")


def _ics(path, events: list[str]):
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//booking//test//\r\n" + "".join(events)
                    + "END:VCALENDAR\r\n", encoding="utf-8")
    return path


def _import(ws, path, actor=LEAD):
    return import_file(ws.db, ws.centre, ws.router, actor, ws.clock, path)


def test_every_row_is_accounted_for_and_a_reimport_changes_nothing(workspace, tmp_path):
    ws = workspace
    a = _slot(ws, "immigration-office", 0)
    sunday = dt.datetime(2026, 11, 29, 10, 0)
    f = _ics(tmp_path / "week.ics", [
        *(_event(f"b-1{n}", a, "Ausländerbehörde", f"K7Q{n}") for n in range(3)),  # three places in the slot
        _event("b-2", a, "Ausländerbehörde", "K7QX"),  # the same slot: full
        _event("b-3", sunday, "Ausländerbehörde"),  # outside hours
        _event("b-4", a + dt.timedelta(hours=1), "Xqzzv Wrrpt Blorf"),  # no unit for that service
        _event("b-5", a, "Ausländerbehörde", status="CANCELLED"),  # cancelled before it arrived
    ])
    r = _import(ws, f)
    assert (r.rows, r.created, r.unchanged, r.to_decide) == (7, 3, 1, 3)
    assert r.created + r.moved + r.cancelled + r.unchanged + r.to_decide + r.already_listed == r.rows
    assert sorted(d.reason for d in open_decisions(ws.db, ws.centre)) == ["no_unit", "outside_hours", "slot_full"]
    entries = day_entries(ws.db, ws.centre, TUESDAY)
    assert len(entries) == 3 and all(e.unit_id == "immigration-office" and e.status == "booked" and e.at == a
                                     for e in entries)
    assert len({e.ticket for e in entries}) == 3
    again = _import(ws, f)
    assert again.changes == 0 and again.already_listed == 3 and again.unchanged == 4
    assert len(open_decisions(ws.db, ws.centre)) == 3
    assert "week.ics" in audit.recent(ws.db, action="import")[0].detail


def test_a_changed_reimport_moves_and_cancels_by_the_bookings_own_id(workspace, tmp_path):
    ws = workspace
    a, b, c = (_slot(ws, "immigration-office", n) for n in (0, 1, 2))
    _import(ws, _ics(tmp_path / "v1.ics", [_event("b-1", a, "Ausländerbehörde"), _event("b-2", b, "Ausländerbehörde")]))
    r = _import(ws, _ics(tmp_path / "v2.ics", [
        _event("b-1", c, "Ausländerbehörde"), _event("b-2", b, "Ausländerbehörde", status="CANCELLED")]))
    assert (r.moved, r.cancelled, r.created, r.to_decide) == (1, 1, 0, 0)
    entries = {e.at: e.status for e in day_entries(ws.db, ws.centre, TUESDAY)}
    assert entries == {c: "booked", b: "cancelled"}


def test_csv_from_a_german_spreadsheet_and_xlsx(workspace, tmp_path):
    ws = workspace
    a = _slot(ws, "immigration-office", 0)
    f = tmp_path / "buchungen.csv"
    f.write_text("Buchungsnummer;Buchungscode;Datum;Uhrzeit;Dienstleistung;Status\n"
                 f"77;AB12;{a:%d.%m.%Y};{a:%H:%M};Ausländerbehörde;bestätigt\n"
                 "78;AB13;31.02.2026;10:00;Ausländerbehörde;bestätigt\n", encoding="utf-8-sig")
    r = _import(ws, f)
    assert (r.created, r.to_decide) == (1, 1) and open_decisions(ws.db, ws.centre)[0].reason == "bad_row"
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["ID", "Code", "Start", "Service"])
    book.active.append(["x-9", "ZZ9", _slot(ws, "immigration-office", 1), "Ausländerbehörde"])
    book.save(tmp_path / "b.xlsx")
    assert _import(ws, tmp_path / "b.xlsx").created == 1
    with pytest.raises(FileFormatError):
        _import(ws, tmp_path / "buchungen.txt")


def test_only_a_team_lead_imports(workspace, tmp_path):
    f = _ics(tmp_path / "x.ics", [_event("b-1", _slot(workspace, "immigration-office"), "Ausländerbehörde")])
    with pytest.raises(PermissionDenied):
        _import(workspace, f, DESK)
    assert day_entries(workspace.db, workspace.centre, TUESDAY) == []


def test_check_in_by_booking_code(tmp_db_url, tmp_path):
    from welcome_desk.core.workspace import open_workspace

    now = [dt.datetime(2026, 11, 23, 12, 0)]
    ws = open_workspace(tmp_db_url, clock=lambda: now[0])
    try:
        a = _slot(ws, "immigration-office", 0)
        _import(ws, _ics(tmp_path / "x.ics", [_event("b-1", a, "Ausländerbehörde", "k7q2")]))
        with pytest.raises(CheckInError, match="not today"):
            check_in(ws.db, ws.centre, DESK, ws.clock, "K7Q2")
        now[0] = a - dt.timedelta(minutes=10)
        entry = check_in(ws.db, ws.centre, DESK, ws.clock, " k7q 2 ")  # as typed, or scanned with a space
        assert entry.status == "arrived" and entry.at == a
        with pytest.raises(CheckInError, match="already"):
            check_in(ws.db, ws.centre, DESK, ws.clock, "K7Q2")
        with pytest.raises(CheckInError, match="no appointment"):
            check_in(ws.db, ws.centre, DESK, ws.clock, "NOPE")
        record = audit.recent(ws.db, action="check_in")[0]
        assert record.staff == "Bo" and entry.ticket in record.detail and "K7Q2" not in record.detail
    finally:
        ws.close()


def test_cli_imports_lists_decisions_and_checks_in(tmp_db_url, tmp_path, capsys):
    import io

    from testvalues import TEAM_LEAD_PASSWORD

    from welcome_desk import cli
    from welcome_desk.core.appointment_import import open_decisions
    from welcome_desk.core.roles import set_team_lead_password
    from welcome_desk.core.workspace import open_workspace

    now = [dt.datetime(2026, 11, 23, 9, 0)]
    clock = lambda: now[0]  # noqa: E731
    ws = open_workspace(tmp_db_url, clock=clock)
    set_team_lead_password(ws.db, now[0], "lead", TEAM_LEAD_PASSWORD)
    a = _slot(ws, "immigration-office", 0)
    ws.close()

    def lead(*args):
        return cli.main(["--db", tmp_db_url, *args, "--password-stdin"], clock=clock,
                        stdin=io.StringIO(TEAM_LEAD_PASSWORD + "\n"))

    f = _ics(tmp_path / "x.ics", [_event("b-1", a, "Ausländerbehörde", "Q1"), _event("b-2", a, "Xqzzv Wrrpt Blorf")])
    assert lead("appointments", str(f)) == 0
    assert "1 new" in capsys.readouterr().out
    assert cli.main(["--db", tmp_db_url, "appointments"], clock=clock) == 0
    assert "no_unit" in capsys.readouterr().out
    assert lead("appointments", str(f)) == 0
    assert "0 new, 0 moved, 0 cancelled" in capsys.readouterr().out
    ws = open_workspace(tmp_db_url, clock=clock)
    (open_row,) = open_decisions(ws.db, ws.centre)
    ws.close()
    assert lead("appointments", "--decide", str(open_row.id), "--as", "dismissed") == 0
    assert cli.main(["--db", tmp_db_url, "appointments"], clock=clock) == 0
    assert "no_unit" not in capsys.readouterr().out  # settled: off the list
    now[0] = a - dt.timedelta(minutes=5)
    slip = tmp_path / "slip.pdf"
    code = cli.main(["--db", tmp_db_url, "checkin", "q1", "-o", str(slip)], clock=clock)
    captured = capsys.readouterr()
    assert code == 0 and "arrived" in captured.out, captured.err
    assert slip.stat().st_size > 1000
    assert cli.main(["--db", tmp_db_url, "checkin", "q1"], clock=clock) != 0
    assert "already" in capsys.readouterr().err


def test_ics_details_utc_times_folded_lines_alarms_and_all_day_events(tmp_path):
    from welcome_desk.reports.booking_files import read_bookings

    f = tmp_path / "odd.ics"
    f.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:u-1\r\nDTSTART:20261124T080000Z\r\nSUMMARY:Aufenthalts\r\n titel verlängern\r\n"
        "X-BOOKING-CODE;X-NOTE=\"a:b\":zz 9\r\nBEGIN:VALARM\r\nSUMMARY:not this\r\nEND:VALARM\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:u-2\r\nDTSTART;VALUE=DATE:20261125\r\nSUMMARY:Ausländerbehörde\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20261125T090000\r\nSUMMARY:ohne Kennung\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n", encoding="utf-8")
    first, all_day, no_id = read_bookings(f, "Europe/Berlin")
    assert first.at == dt.datetime(2026, 11, 24, 9, 0) and first.service == "Aufenthaltstitel verlängern"
    assert first.code == "ZZ9" and not first.problem  # as check-in looks it up
    assert "all-day" in all_day.problem and "no booking id" in no_id.problem


def test_the_preview_says_what_the_import_does_and_changes_nothing(workspace, tmp_path):
    from welcome_desk.core.appointment_import import import_appointments, preview_import
    from welcome_desk.reports.booking_files import read_bookings

    ws = workspace
    a = _slot(ws, "immigration-office", 0)
    f = _ics(tmp_path / "week.ics", [
        *(_event(f"b-1{n}", a, "Ausländerbehörde", f"K7Q{n}") for n in range(3)),
        _event("b-2", a, "Ausländerbehörde", "K7QX"),  # full
        _event("b-3", a + dt.timedelta(hours=1), "Xqzzv Wrrpt Blorf"),  # no unit
    ])
    rows = read_bookings(f, ws.centre.timezone)
    plans = preview_import(ws.db, ws.centre, ws.router, LEAD, ws.clock, rows)
    assert [(p.line, p.outcome, p.reason) for p in plans] == [
        (1, "new", ""), (2, "new", ""), (3, "new", ""), (4, "to_decide", "slot_full"), (5, "to_decide", "no_unit")]
    assert day_entries(ws.db, ws.centre, TUESDAY) == [] and open_decisions(ws.db, ws.centre) == []
    r = import_appointments(ws.db, ws.centre, ws.router, LEAD, ws.clock, rows, f.name, skip=frozenset({2, 5}))
    assert (r.rows, r.created, r.to_decide, r.skipped) == (5, 3, 0, 2)  # skipping line 2 frees the slot for line 4
    assert "2 skipped by the team lead" in audit.recent(ws.db, action="import")[0].detail
    again = preview_import(ws.db, ws.centre, ws.router, LEAD, ws.clock, rows)
    assert [p.outcome for p in again] == ["unchanged", "to_decide", "unchanged", "unchanged", "to_decide"]
    assert again[1].reason == "slot_full" and not again[4].already_listed
    with pytest.raises(PermissionDenied):
        preview_import(ws.db, ws.centre, ws.router, DESK, ws.clock, rows)
    assert audit.recent(ws.db, action="refused")[0].detail.startswith("import")
