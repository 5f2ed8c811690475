"""Durability costs (a script, not part of the test run).

    .venv/bin/python tests/bench_durability.py [--big sqlite:////path/big.sqlite]

Prints:
- booking time (walk-in, median and p95 of 400) with ``synchronous = NORMAL`` and ``FULL``,
  each twice, on fresh files in a temporary folder;
- with --big: how long a backup of that database takes and how bookings fare
  while it runs in a thread (the daily backup's situation in the GUI).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = dt.datetime(2026, 11, 23, 9, 5)


def ms(values: list[float]) -> str:
    p95 = statistics.quantiles(values, n=20)[18] if len(values) > 1 else values[0]
    return f"median {statistics.median(values) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def booking_times(synchronous: str, folder: Path, n: int = 400) -> list[float]:
    from welcome_desk.core.booking import BookingService
    from welcome_desk.core.centre_store import ensure_active_centre
    from welcome_desk.core.database import open_database
    from welcome_desk.core.migrations import upgrade

    db = open_database(f"sqlite:///{folder / f'{synchronous}.sqlite'}", synchronous=synchronous)
    try:
        upgrade(db)
        service = BookingService(db, ensure_active_centre(db, None), clock=lambda: NOW)
        times = []
        for _ in range(n):
            t = time.perf_counter()
            service.log_walk_in("immigration-office", query_text="Aufenthaltserlaubnis")
            times.append(time.perf_counter() - t)
        return times
    finally:
        db.dispose()


def backup_while_booking(url: str) -> None:
    from welcome_desk.core.backup import make_backup
    from welcome_desk.core.workspace import open_workspace

    ws = open_workspace(url, daily_backup=False)
    try:
        quiet = []
        for _ in range(50):
            t = time.perf_counter()
            ws.booking.log_walk_in("jobcenter")
            quiet.append(time.perf_counter() - t)
        result: dict = {}

        def run() -> None:
            t = time.perf_counter()
            result["path"] = make_backup(ws.db, dt.datetime.now(), "bench")
            result["seconds"] = time.perf_counter() - t

        worker = threading.Thread(target=run)
        worker.start()
        during = []
        while worker.is_alive():
            t = time.perf_counter()
            ws.booking.log_walk_in("jobcenter")
            during.append(time.perf_counter() - t)
            time.sleep(0.01)
        worker.join()
        result["path"].unlink()
        print(f"backup of {ws.db.path.stat().st_size / 1e6:.0f} MB: {result['seconds']:.2f} s")
        print(f"  bookings meanwhile: {len(during)}, {ms(during)}, max {max(during) * 1000:.0f} ms")
        print(f"  bookings without a backup: {ms(quiet)}")
    finally:
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", metavar="URL", help="a big SQLite database (bookings are added to it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for synchronous in ("NORMAL", "FULL", "NORMAL", "FULL"):
            print(f"synchronous={synchronous:<6} booking: {ms(booking_times(synchronous, Path(tmp) / synchronous))}")
    if args.big:
        backup_while_booking(args.big)


if __name__ == "__main__":
    main()
