"""Benchmarks for the team lead's log, figures, reports and exports (a script, not part of the test run).

    .venv/bin/python tests/bench_reports.py --db sqlite:////tmp/big.sqlite   # an existing database
    .venv/bin/python tests/bench_reports.py --big 1000000                    # make one first (minutes)

Every database step is also run as the very same SQL (captured from SQLAlchemy, same parameters)
in plain sqlite3, and reported as a ratio: the overhead of the app above the database.
Budgets (issue 4): day log open <= 50 ms, month report (its figures) <= 500 ms, booking <= 5 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = {"day log open": 50, "day log open, unit filter": 50, "month summary": 500}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn, repeat: int = 7) -> float:
    fn()  # warm (page cache, statement cache)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


class Capture:
    """Records the SQL an app call sends, to replay it in plain sqlite3."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, tuple]] = []

    def __enter__(self):
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, tuple(parameters or ())))


def raw_runner(path: Path, statements: list[tuple[str, tuple]]):
    con = sqlite3.connect(path)

    def run() -> None:
        for sql, params in statements:
            con.execute(sql, params).fetchall()

    return run, con


def row(name: str, ours: float, raw: float | None = None) -> None:
    budget = BUDGET_MS.get(name)
    flag = "" if budget is None else ("  ok (budget %d ms)" % budget if ours * 1000 <= budget else "  OVER BUDGET (%d ms)" % budget)
    if raw is None:
        print(f"{name:<34} {ms(ours)}{flag}")
    else:
        print(f"{name:<34} {ms(ours)}   plain sqlite3 {ms(raw)}   ratio {ours / raw:5.2f}{flag}")


def bench(url: str, day: dt.date, month: tuple[int, int]) -> None:
    from welcome_desk.core import logquery
    from welcome_desk.core.logquery import LogFilter
    from welcome_desk.core.stats import month_range, summarize
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.reports.monthly import month_data

    now = dt.datetime.combine(day, dt.time(12, 0))
    ws = open_workspace(url, clock=lambda: now)
    path = ws.db.path
    try:
        with ws.db.read() as session:
            from sqlalchemy import func, select

            from welcome_desk.core.models import Entry

            total = session.scalar(select(func.count()).select_from(Entry))
        print(f"database: {path} ({total:,} entries); day {day}, month {month[0]}-{month[1]:02d}\n")
        db, centre = ws.db, ws.centre

        def measure(name: str, fn, repeat: int = 7) -> float:
            with Capture(db.engine) as cap:
                fn()
            ours = timed(fn, repeat)
            raw_fn, con = raw_runner(path, cap.statements)
            raw = timed(raw_fn, repeat)
            con.close()
            row(name, ours, raw)
            return ours

        for name, flt in (
            ("day log open", LogFilter(day)),
            ("day log open, unit filter", LogFilter(day, unit="immigration-office")),
            ("day log open, status+language", LogFilter(day, status="done", language="ar")),
        ):
            measure(name, lambda f=flt: (logquery.count(db, centre, f), logquery.page(db, centre, f)))
        flt_month = LogFilter(*month_range(*month))
        measure("month log open (count + page)", lambda: (logquery.count(db, centre, flt_month),
                                                          logquery.page(db, centre, flt_month)))
        first = logquery.page(db, centre, flt_month)
        after = logquery.cursor_after(first)
        measure("month log, next page (scroll)", lambda: logquery.page(db, centre, flt_month, after))
        measure("day summary", lambda: summarize(db, centre, day), 5)
        measure("month summary", lambda: summarize(db, centre, *month_range(*month)), 5)
        # summary and per-day counts of 12 months; month_data runs the two side by side, the replay one after the other
        measure("month report data (+12 months)", lambda: month_data(db, centre, *month), 3)
        if os.environ.get("BENCH_SKIP_FILES"):
            return
        bench_files(ws, day, month)
        bench_booking(ws, day)
        bench_gui(ws, day)
    finally:
        ws.close()


def bench_files(ws, day: dt.date, month: tuple[int, int]) -> None:
    from welcome_desk.core.logquery import LogFilter
    from welcome_desk.core.stats import month_range
    from welcome_desk.reports.daylist import write_day_list
    from welcome_desk.reports.export import write_csv, write_xlsx
    from welcome_desk.reports.monthly import month_data, write_monthly_report

    db, centre = ws.db, ws.centre
    flt_month = LogFilter(*month_range(*month))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        data = month_data(db, centre, *month)
        row("monthly report PDF (with data)", timed(lambda: write_monthly_report(out / "m.pdf", db, centre, *month, "de"), 3))
        row("  of which charts + layout", timed(lambda: write_monthly_report(out / "m.pdf", db, centre, *month, "de",
                                                                             data=data), 3))
        row("day list PDF", timed(lambda: write_day_list(out / "d.pdf", db, centre, LogFilter(day), "de"), 3))
        n = write_csv(out / "m.csv", db, centre, flt_month)
        row(f"CSV export, month ({n:,} rows)", timed(lambda: write_csv(out / "m.csv", db, centre, flt_month), 3))
        row(f"XLSX export, month ({n:,} rows)", timed(lambda: write_xlsx(out / "m.xlsx", db, centre, flt_month), 1))


def bench_booking(ws, day: dt.date) -> None:
    later = day + dt.timedelta(days=30)
    places = [s for d in range(0, 20) for s, left in ws.booking.free_slots("immigration-office", later + dt.timedelta(days=d))
              for _ in range(left)]
    times = []
    for at in places[:100]:
        t0 = time.perf_counter()
        ws.booking.book_appointment("immigration-office", at)
        times.append(time.perf_counter() - t0)
    if times:
        p99 = statistics.quantiles(times, n=100, method="inclusive")[98] if len(times) > 1 else times[0]
        print(f"{'booking (appointment)':<34} {ms(statistics.median(times))} median, p99 {ms(p99).strip()}  (budget 5 ms)")


def bench_gui(ws, day: dt.date) -> None:
    from PySide6.QtWidgets import QApplication

    from welcome_desk.ui.messages import Messages
    from welcome_desk.ui.review.window import ReviewWindow

    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    window = ReviewWindow(ws, language=lambda: "de", messages=Messages(), run_dialog=lambda d: 0,
                          require_team_lead=lambda what: True, audit=lambda a, d: None)
    window.set_range(day, day)
    window.refresh()
    window.show()
    app.processEvents()
    opened = time.perf_counter() - t0
    window.runner.wait(10_000)
    app.processEvents()
    row("review window: open + first page", opened)
    other = day - dt.timedelta(days=1)
    changes = []
    for d in (other, day) * 4:  # what a team lead does most: look at another day
        t0 = time.perf_counter()
        window.set_range(d, d)
        window.refresh()
        app.processEvents()
        changes.append(time.perf_counter() - t0)
        window.runner.wait(10_000)
        app.processEvents()
    row("review window: change day", statistics.median(changes))
    first = window.current_filter().start
    window.set_range(first.replace(day=1), first.replace(day=28))
    window.refresh()
    app.processEvents()
    view, model = window.view, window.model
    steps = []
    for _ in range(60):  # scroll page by page through a month
        t0 = time.perf_counter()
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        app.processEvents()
        steps.append(time.perf_counter() - t0)
    print(f"{'review table: scroll to end x60':<34} {ms(statistics.median(steps))} median, max {ms(max(steps)).strip()} "
          f"({model.rowCount():,} rows loaded in {model.pages_fetched} pages)")
    window.runner.wait(10_000)
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="URL", help="an existing SQLite database with demo data")
    parser.add_argument("--big", type=int, default=0, metavar="N", help="make a database of N demo visits first")
    parser.add_argument("--day", type=dt.date.fromisoformat, default=dt.date(2026, 10, 14))
    parser.add_argument("--month", default="2026-10", help="YYYY-MM")
    args = parser.parse_args()
    year, month = (int(x) for x in args.month.split("-"))
    if args.db:
        bench(args.db, args.day, (year, month))
        return
    if not args.big:
        parser.error("give --db URL or --big N")
    with tempfile.TemporaryDirectory() as tmp:
        from welcome_desk.core.demo import generate
        from welcome_desk.core.workspace import open_workspace

        url = f"sqlite:///{tmp}/big.sqlite"
        end = args.day + dt.timedelta(days=30)
        ws = open_workspace(url, clock=lambda: dt.datetime.combine(end, dt.time(9)))
        t0 = time.perf_counter()
        made = generate(ws.db, ws.centre, args.big, 3 * 365, end)
        ws.close()
        print(f"demo data: {made:,} visits in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        bench(url, args.day, (year, month))


if __name__ == "__main__":
    main()
