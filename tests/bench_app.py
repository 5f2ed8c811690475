"""Benchmarks for the desk's everyday speed (a script, not part of the test run).

    .venv/bin/python tests/bench_app.py [--big N]

Prints (start-up is measured from outside the process by tests/bench_startup.py):
- route latency per keystroke (typing real phrases letter by letter);
- booking time (walk-in and appointment);
- slip rendering time;
- with --big N: day log, month summary and booking on a database of N demo visits, each as a
  ratio to the same query in plain sqlite3 (the overhead above the database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

PHRASES = [
    "Aufenthaltserlaubnis verlängern", "looking for a flat", "Arbeitsvertrag neue Stelle",
    "Praktikum erlaubt?", "تمديد الإقامة", "oturma izni uzatma", "продлить вид на жительство",
    "Wohnung suchen Gemeinschaftsunterkunft", "I want to go back home", "Diskriminierung bei der Arbeit",
]

def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] if len(values) > 1 else values[0]


def bench_core(db_url: str) -> None:
    from welcome_desk.core.workspace import open_workspace

    now = dt.datetime(2026, 11, 23, 9, 0)
    ws = open_workspace(db_url, clock=lambda: now)
    try:
        lat = []
        for phrase in PHRASES * 5:
            ws.router._cache.clear()  # type as if for the first time
            for i in range(1, len(phrase) + 1):
                t = time.perf_counter()
                ws.router.route(phrase[:i])
                lat.append(time.perf_counter() - t)
        print(f"route per keystroke: p50 {ms(pct(lat, .5))}, p99 {ms(pct(lat, .99))}, max {ms(max(lat))} ({len(lat)} keystrokes)")

        walk, appt = [], []
        slots = [s for d in range(1, 15) for s, _ in ws.booking.free_slots("immigration-office", now.date() + dt.timedelta(days=d))]
        for i in range(200):
            t = time.perf_counter()
            ws.booking.log_walk_in("immigration-office", "residence-law")
            walk.append(time.perf_counter() - t)
            t = time.perf_counter()
            ws.booking.book_appointment("immigration-office", slots[i % len(slots)], "residence-law")
            appt.append(time.perf_counter() - t)
        print(f"booking: walk-in median {ms(statistics.median(walk))} p99 {ms(pct(walk, .99))}; "
              f"appointment median {ms(statistics.median(appt))} p99 {ms(pct(appt, .99))}")

        try:
            from welcome_desk.slips.compose import compose_slip
            from welcome_desk.slips.render import render_slip
        except ImportError:
            print("slip: renderer not available")
        else:
            entry = ws.booking.log_walk_in("immigration-office", "residence-law", language="ar")
            slip = compose_slip(ws.centre, entry, now)
            for lang, paper in (("en", "A5"), ("ar", "A5"), ("uk", "receipt80")):
                render_slip(slip, lang, paper)  # warm fonts
                times = []
                for _ in range(20):
                    t = time.perf_counter()
                    render_slip(slip, lang, paper)
                    times.append(time.perf_counter() - t)
                print(f"slip de+{lang} {paper}: median {ms(statistics.median(times))}")
    finally:
        ws.close()


def bench_big(n: int, folder: Path) -> None:
    from welcome_desk.core.daylog import day_log
    from welcome_desk.core.demo import generate
    from welcome_desk.core.stats import summarize
    from welcome_desk.core.workspace import open_workspace

    path = folder / f"big-{n}.sqlite"
    end = dt.date(2026, 11, 20)
    now = dt.datetime(2026, 11, 20, 9, 0)
    ws = open_workspace(f"sqlite:///{path}", clock=lambda: now)
    try:
        t = time.perf_counter()
        made = generate(ws.db, ws.centre, n, 3 * 365, end)
        print(f"demo data: {made} visits in {time.perf_counter() - t:.1f} s")
        day = dt.date(2026, 10, 14)

        def timed(fn, repeat=7):
            fn()
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t0)
            return statistics.median(times)

        ours_day = timed(lambda: day_log(ws.db, ws.centre, day))
        ours_month = timed(lambda: summarize(ws.db, ws.centre, dt.date(2026, 10, 1), dt.date(2026, 10, 31)), 3)
        con = sqlite3.connect(path)
        raw_day = timed(lambda: con.execute(
            "SELECT * FROM entry WHERE centre_id=? AND day=? ORDER BY at, id", ("giessen", day.isoformat())).fetchall())
        month = ("giessen", "2026-10-01", "2026-10-31")

        def raw_summary():  # the same two queries summarize() runs (see also tests/bench_reports.py)
            con.execute("SELECT kind, status, language, concern_id, unit_id, strftime('%H', at), count(*) FROM entry "
                        "WHERE centre_id=? AND day BETWEEN ? AND ? GROUP BY 1,2,3,4,5,6", month).fetchall()
            con.execute("SELECT (julianday(min(CASE WHEN s.status='called' THEN s.at END)) - "
                        "julianday(min(CASE WHEN s.status='arrived' THEN s.at END))) * 1440.0, "
                        "(julianday(min(CASE WHEN s.status IN ('done','referred') THEN s.at END)) - julianday(coalesce("
                        "min(CASE WHEN s.status='in_service' THEN s.at END), min(CASE WHEN s.status='called' THEN s.at END)))) * 1440.0 "
                        "FROM status_event s JOIN entry e ON e.id = s.entry_id WHERE e.centre_id=? AND e.day BETWEEN ? AND ? "
                        "AND s.status IN ('arrived','called','in_service','done','referred') GROUP BY s.entry_id", month).fetchall()

        raw_month = timed(raw_summary, 3)
        con.close()
        rows = len(day_log(ws.db, ws.centre, day))
        print(f"day log ({rows} rows): {ms(ours_day)} (plain sqlite3 {ms(raw_day)}, ratio {ours_day / raw_day:.1f})")
        print(f"month summary: {ms(ours_month)} (plain sqlite3, same queries {ms(raw_month)}, ratio {ours_month / raw_month:.1f})")
        places = [s for d in range(3, 10) for s, left in ws.booking.free_slots("immigration-office", end + dt.timedelta(days=d))
                  for _ in range(left)]
        times = []
        for at in places[:100]:
            t0 = time.perf_counter()
            ws.booking.book_appointment("immigration-office", at)
            times.append(time.perf_counter() - t0)
        print(f"booking on {made} visits: median {ms(statistics.median(times))}, p99 {ms(pct(times, .99))}")
    finally:
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", type=int, default=0, metavar="N", help="also benchmark on N demo visits")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        from welcome_desk.core.workspace import open_workspace

        open_workspace(url).close()
        bench_core(url)
        if args.big:
            bench_big(args.big, Path(tmp))


if __name__ == "__main__":
    main()
