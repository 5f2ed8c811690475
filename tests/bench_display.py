"""Call-to-display latency on SQLite and PostgreSQL, and the display's memory after 10,000 calls.

The display runs as its own process (offscreen, silent), as on a waiting-room PC;
this process plays the desk. For each of 100 calls it notes the wall time just
before the call use case starts and reads the time the display process put
the call up (its ``shown`` signal, printed to stdout). The floor is the time
the call use case itself takes to commit, measured in the same run: the ratio
says how much the feed and the display add to the call.

The clock stands on a Monday morning with the unit open, so every refresh also works out
the unit's waiting estimate for the display ("etwa 20–40 Min.").

Then 10,000 more calls are written (100 per transaction, as a very busy day of
several desks would) and the display's resident memory is read from /proc
before and after.

    .venv/bin/python tests/bench_display.py                 # SQLite only
    .venv/bin/python tests/bench_display.py --pg "$(bash .ci/postgres)"
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from queue import Empty, Queue

UNIT = "immigration-office"
NOW = dt.datetime(2026, 11, 23, 9, 5)  # a Monday morning: the unit is open, so the display shows its waiting estimate
CALLS = 100
MANY = 10_000


def child(url: str) -> int:
    """The display process: prints 'ready', then '<call id> <wall time>' for every call it shows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui.app import make_application
    from welcome_desk.ui.display.announcer import Announcer
    from welcome_desk.ui.display.window import DisplayWindow

    app = make_application()
    ws = open_workspace(url, clock=lambda: NOW, daily_backup=False)
    window = DisplayWindow(ws.db, ws.centre, ws.clock, announcer=Announcer(sound=False, speech=False))
    window.resize(1920, 1080)
    window.show()

    def shown(ids: list[int]) -> None:
        now = time.time()
        sys.stdout.write("".join(f"{i} {now:.6f}\n" for i in ids))
        sys.stdout.flush()

    window.shown.connect(shown)
    print("ready", flush=True)
    return app.exec()


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def measure(url: str, label: str) -> None:
    from sqlalchemy import insert

    from welcome_desk.core import calls
    from welcome_desk.core.actor import Actor
    from welcome_desk.core.models import CallEvent
    from welcome_desk.core.workspace import open_workspace

    ws = open_workspace(url, clock=lambda: NOW, daily_backup=False)
    desk = Actor("bench")
    for _ in range(CALLS):
        ws.booking.log_walk_in(UNIT, language=random.choice(("de", "ar", "uk", "fa")))
    proc = subprocess.Popen([sys.executable, __file__, "--child", url], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines: Queue[str] = Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        assert lines.get(timeout=120).strip() == "ready"
        latencies, floors = [], []
        for _ in range(CALLS):
            time.sleep(random.uniform(0, 0.25))  # sample every phase of the display's 200 ms poll
            started = time.time()
            _, call = calls.call_next(ws.db, ws.centre, desk, ws.clock, UNIT, counter="3")
            floors.append(time.time() - started)
            while True:
                ident, at = lines.get(timeout=30).split()
                if int(ident) == call.id:
                    break
            latencies.append(float(at) - started)
        before = rss_kib(proc.pid)
        last = 0
        for start in range(0, MANY, 100):
            rows = [dict(centre_id=ws.centre.id, entry_id=None, ticket=f"Z-{(start + i) % 1000:03d}", unit_id=UNIT,
                         counter="1", room="B 0.12", at=ws.clock(), language="ar", recall=0) for i in range(100)]
            with ws.db.write() as session:
                session.execute(insert(CallEvent), rows)
        last = calls.last_call_id(ws.db, ws.centre.id)
        deadline = time.time() + 300
        seen = 0
        while seen < last and time.time() < deadline:
            try:
                seen = max(seen, int(lines.get(timeout=5).split()[0]))
            except Empty:
                continue
        after = rss_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        ws.close()
    ms = [x * 1000 for x in latencies]
    floor = statistics.median(floors) * 1000
    print(f"{label}: call-to-display over {CALLS} calls: median {statistics.median(ms):.0f} ms, "
          f"worst {max(ms):.0f} ms (floor: the call's own commit, median {floor:.1f} ms; "
          f"ratio {statistics.median(ms) / floor:.0f}x median)", flush=True)
    print(f"{label}: display memory (RSS) {before / 1024:.1f} MiB after {CALLS} calls, "
          f"{after / 1024:.1f} MiB after {MANY} more (shown up to {seen} of {last}); "
          f"growth {(after - before) / 1024:+.1f} MiB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", metavar="ADMIN_URL", default=os.environ.get("WELCOME_DESK_TEST_PG", ""),
                        help="a PostgreSQL URL allowed to create databases (as printed by .ci/postgres)")
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    folder = Path(tempfile.mkdtemp(prefix="wd-bench-display-"))
    measure(f"sqlite:///{folder / 'display.sqlite'}", "SQLite")
    if args.pg:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"wd_bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            measure(make_url(args.pg).set(database=name).render_as_string(hide_password=False), "PostgreSQL")
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
