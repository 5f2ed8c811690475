"""Benchmarks for the county report and the appointment import (a script, not part of the test run).

    .venv/bin/python tests/bench_county.py --db sqlite:////tmp/big.sqlite --month 2026-10 --year 2025
    .venv/bin/python tests/bench_county.py --import-only

Budgets (issue 14): month report on 1,000,000 visits <= 2 s, year <= 10 s (figures and PDF);
import of 17,000 appointments <= 5 s, and a second import of the same file changes nothing.
Each is printed beside a floor measured in the same run on the same machine (plain sqlite3
doing the least the step must do), so a busy machine shows as a busy machine, not a regression.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_S = {"month report (figures + PDF)": 2.0, "year report (figures + PDF)": 10.0, "import 17,000 appointments": 5.0,
            "import again (0 changes)": 5.0}


def line(name: str, ours: float, floor: float) -> None:
    budget = BUDGET_S.get(name)
    flag = "" if budget is None else (f"  ok (budget {budget:g} s)" if ours <= budget else f"  OVER BUDGET ({budget:g} s)")
    print(f"{name:<32} {ours:7.2f} s   floor {floor:6.2f} s   ratio {ours / max(floor, 1e-6):5.2f}{flag}")


def bench_reports(url: str, month: tuple[int, int], year: int) -> None:
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.reports.monthly import month_data, write_period_report, year_data

    ws = open_workspace(url, clock=lambda: dt.datetime(year + 1, 12, 1, 9))
    path = ws.db.path
    con = sqlite3.connect(path)

    def floor(start: dt.date, end: dt.date) -> float:
        """Reading every status event of the period once: the least a timeline needs."""
        t0 = time.perf_counter()
        con.execute("SELECT count(*), max(se.at) FROM entry e JOIN status_event se ON se.entry_id = e.id "
                    "WHERE e.centre_id = ? AND e.day >= ? AND e.day <= ?", (ws.centre.id, start.isoformat(),
                                                                             end.isoformat())).fetchall()
        return time.perf_counter() - t0

    total = con.execute("SELECT count(*) FROM entry").fetchone()[0]
    print(f"database: {path} ({total:,} entries)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, get, rng in (
            ("month report (figures + PDF)", lambda: month_data(ws.db, ws.centre, *month),
             (dt.date(*month, 1), (dt.date(*month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1))),
            ("year report (figures + PDF)", lambda: year_data(ws.db, ws.centre, year),
             (dt.date(year, 1, 1), dt.date(year, 12, 31))),
        ):
            get()  # warm the page cache
            t0 = time.perf_counter()
            data = get()
            t1 = time.perf_counter()
            write_period_report(Path(tmp) / "r.pdf", ws.db, ws.centre, data, "de", now=dt.datetime(2026, 12, 3, 10))
            t2 = time.perf_counter()
            line(name, t2 - t0, floor(*rng))
            print(f"{'':<32} figures {t1 - t0:.2f} s, PDF {t2 - t1:.2f} s, {data.summary.visits:,} visits")
    con.close()
    ws.close()


def write_ics(path: Path, ws, n: int, start: dt.date) -> int:
    """``n`` bookings for the immigration office on its appointment slots from ``start`` on (a year's worth)."""
    from welcome_desk.core.hours import Hours

    unit = ws.centre.unit("immigration-office")
    hours = Hours(ws.centre, unit)
    out = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//booking//\r\n"]
    made, day = 0, start
    while made < n:
        for slot in hours.slot_starts(day):
            for place in range(unit.slot_capacity):
                if made >= n:
                    break
                out.append(f"BEGIN:VEVENT\r\nUID:bench-{made}\r\nDTSTART;TZID=Europe/Berlin:{slot:%Y%m%dT%H%M%S}\r\n"
                           f"SUMMARY:Ausländerbehörde\r\nX-BOOKING-CODE:B{made:06d}\r\nEND:VEVENT\r\n")
                made += 1
        day += dt.timedelta(days=1)
    out.append("END:VCALENDAR\r\n")
    path.write_text("".join(out), encoding="utf-8")
    return made


def bench_import(n: int) -> None:
    from welcome_desk.core.actor import TEAM_LEAD, Actor
    from welcome_desk.reports.booking_files import import_file, read_bookings
    from welcome_desk.core.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        now = dt.datetime(2026, 12, 1, 8, 0)
        ws = open_workspace(f"sqlite:///{tmp}/import.sqlite", clock=lambda: now)
        ics = Path(tmp) / "year.ics"
        made = write_ics(ics, ws, n, dt.date(2026, 12, 2))
        t0 = time.perf_counter()
        rows = read_bookings(ics, ws.centre.timezone)
        parse = time.perf_counter() - t0
        con = sqlite3.connect(Path(tmp) / "floor.sqlite")
        con.execute("CREATE TABLE t (id TEXT PRIMARY KEY, at TEXT, unit TEXT, code TEXT)")
        t0 = time.perf_counter()
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", [(r.external_id, str(r.at), "x", r.code) for r in rows])
        con.commit()
        floor = parse + time.perf_counter() - t0
        con.close()
        lead = Actor("bench", role=TEAM_LEAD)
        t0 = time.perf_counter()
        first = import_file(ws.db, ws.centre, ws.router, lead, ws.clock, ics)
        line(f"import {made:,} appointments".replace("17,000", "17,000"), time.perf_counter() - t0, floor)
        print(f"{'':<32} {first.summary()}")
        t0 = time.perf_counter()
        second = import_file(ws.db, ws.centre, ws.router, lead, ws.clock, ics)
        line("import again (0 changes)", time.perf_counter() - t0, parse)
        print(f"{'':<32} {second.summary()}  changes: {second.changes}")
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a database with many visits (e.g. made with tests/bench_reports.py --big)")
    parser.add_argument("--month", default="2026-10", help="YYYY-MM")
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--appointments", type=int, default=17_000)
    parser.add_argument("--import-only", action="store_true")
    args = parser.parse_args()
    if not args.import_only:
        if not args.db:
            parser.error("give --db URL (or --import-only)")
        bench_reports(args.db, tuple(int(x) for x in args.month.split("-")), args.year)
    bench_import(args.appointments)


if __name__ == "__main__":
    main()
