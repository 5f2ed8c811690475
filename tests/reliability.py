"""Reliability under attack, measured from outside the process (a script, not collected by pytest).

    .venv/bin/python tests/reliability.py [--pg URL] [--quick]

Reports trials and outcomes for: SIGKILL during bookings, centre import,
restore, backup and migration; N desks starting and booking at once (SQLite,
and PostgreSQL with ``--pg`` or ``WELCOME_DESK_TEST_PG``); a full disk; the
purge check (erased names searched in the raw files); and the bad-input
corpus (tests/bad_inputs.py). Exit status 1 if any outcome is a failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ENV = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    ENV[_name] = tempfile.mkdtemp(prefix="wd-rel-")
ENV.pop("WELCOME_DESK_DB", None)
NOW = dt.datetime(2026, 11, 23, 9, 5)
RESULTS: list[tuple[str, int, int, str]] = []  # (what, trials, failures, note)


def report(what: str, trials: int, failures: int, note: str = "") -> None:
    RESULTS.append((what, trials, failures, note))
    print(f"{what:<58} trials {trials:>5}  failures {failures:>3}  {note}", flush=True)


def cli(*args: str, url: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "import sys; from welcome_desk.cli import main; sys.exit(main(sys.argv[1:]))", "--db", url, *args], capture_output=True,
                          text=True, env=ENV, cwd=ROOT, timeout=300, **kw)


def cli_popen(*args: str, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "import sys; from welcome_desk.cli import main; sys.exit(main(sys.argv[1:]))", "--db", url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)


def integrity(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.Error:
        return False


def fill(url: str, n: int) -> None:
    done = subprocess.run([sys.executable, "-c", "import sys; from welcome_desk.cli import main; sys.exit(main(sys.argv[1:]))", "--db", url, "demo", "--appointments", str(n),
                           "--days", "30"], capture_output=True, text=True, env=ENV, cwd=ROOT)
    assert done.returncode == 0, done.stderr


# --------------------------------------------------------------------------- SIGKILL


def kill_bookings(folder: Path, trials: int) -> None:
    from tests.desk_worker import start_desk

    url = f"sqlite:///{folder / 'kill-book.sqlite'}"
    lost = confirmed = mid = 0
    for trial in range(trials):
        desk = start_desk(url, trial, 30)
        lines = []
        assert desk.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + random.uniform(0.3, 1.5)
        while time.monotonic() < deadline:
            line = desk.stdout.readline()
            if not line:
                break
            lines.append(line.split())
        os.kill(desk.pid, signal.SIGKILL)
        desk.wait()
        mid += 1
        ids = [int(p[1]) for p in lines if p and p[0] == "ok"]
        confirmed += len(ids)
        con = sqlite3.connect(folder / "kill-book.sqlite")
        stored = {row[0] for row in con.execute("SELECT id FROM entry")}
        con.close()
        lost += len(set(ids) - stored)
        if not integrity(folder / "kill-book.sqlite"):
            lost += 1
    report("SIGKILL during bookings (confirmed bookings lost)", trials, lost, f"{confirmed} confirmed bookings checked")


def kill_command(folder: Path, name: str, trials: int, prepare, command, check) -> None:
    """Kill ``command`` at a random moment; ``check`` says whether everything is still whole afterwards."""
    failures = 0
    notes: dict[str, int] = {}
    url, state = prepare(folder / f"{name}-calibrate")  # how long one undisturbed run takes
    started = time.monotonic()
    cli(*command(state), url=url)
    full = time.monotonic() - started
    for trial in range(trials):
        url, state = prepare(folder / f"{name}-{trial}")
        proc = cli_popen(*command(state), url=url)
        time.sleep(random.uniform(0.5, 0.98) * full)  # after the imports, before the end: in the work
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        notes["killed mid-run" if killed else "finished first"] = notes.get("killed mid-run" if killed else "finished first", 0) + 1
        problem = check(url, state)
        if problem:
            failures += 1
            notes[problem] = notes.get(problem, 0) + 1
    report(f"SIGKILL during {name}", trials, failures, ", ".join(f"{k}: {v}" for k, v in notes.items()))


def _fresh(folder: Path, entries: int = 3000) -> tuple[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desk.sqlite"
    url = f"sqlite:///{path}"
    fill(url, entries)
    return url, path


def _after_restart(url: str) -> str:
    done = cli("queue", url=url)
    if done.returncode != 0:
        return f"restart failed: {done.stderr.strip()[:80]}"
    return ""


def kill_backup(folder: Path, trials: int) -> None:
    def prepare(f):
        return _fresh(f, 6000)

    def check(url, path):
        problem = _after_restart(url)
        parts = list((path.parent / "backups").glob(".*.part")) if (path.parent / "backups").exists() else []
        whole = [p for p in (path.parent / "backups").glob("*.sqlite")] if (path.parent / "backups").exists() else []
        bad = [p for p in whole if not integrity(p)]
        return problem or ("partial backup left" if parts else "") or ("broken backup" if bad else "")

    kill_command(folder, "backup", trials, prepare, lambda path: ("backup",), check)


def kill_restore(folder: Path, trials: int) -> None:
    def prepare(f):
        url, path = _fresh(f, 4000)
        done = cli("backup", url=url)
        assert done.returncode == 0, done.stderr
        cli("book", "--unit", "jobcenter", url=url)
        return url, (path, Path(done.stdout.strip()))

    def check(url, state):
        path, backup = state
        if not path.exists():
            return "database gone"
        problem = _after_restart(url)
        return problem or ("" if integrity(path) else "database damaged")

    kill_command(folder, "restore", trials, prepare, lambda s: ("restore", str(s[1])), check)


def kill_import(folder: Path, trials: int) -> None:
    from welcome_desk.core.paths import resource

    def prepare(f):
        url, path = _fresh(f, 500)
        data = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
        data["name"]["de"] = "Geändert"
        centre = f / "centre.json"
        centre.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        return url, (path, centre)

    def check(url, state):
        problem = _after_restart(url)
        return problem or ("" if integrity(state[0]) else "database damaged")

    kill_command(folder, "centre import", trials, prepare, lambda s: ("centre", "import", str(s[1]), "--activate"), check)


def kill_migration(folder: Path, trials: int) -> None:
    def prepare(f):
        url, path = _fresh(f, 8000)
        from alembic import command

        from welcome_desk.core.database import open_database
        from welcome_desk.core.migrations import _config

        db = open_database(url)
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        db.dispose()
        return url, path

    def check(url, path):
        problem = _after_restart(url)
        if problem:
            return problem
        con = sqlite3.connect(path)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            con.close()
        from welcome_desk.core.migrations import head_revision

        return "" if revision == head_revision() and integrity(path) else f"revision {revision}"

    kill_command(folder, "migration", trials, prepare, lambda path: ("queue",), check)


# --------------------------------------------------------------------------- desks at once


DESK = """
import sys, datetime as dt
from welcome_desk.core.workspace import open_workspace
ws = open_workspace(sys.argv[1], clock=lambda: dt.datetime(2026, 11, 23, 9, 5))
for i in range(int(sys.argv[2])):
    ws.booking.log_walk_in("jobcenter")
ws.close()
"""


def desks_at_once(url_for, label: str, rounds: int, desks: int, bookings: int = 5) -> None:
    failures = 0
    made = 0
    for r in range(rounds):
        url = url_for(r)
        before = made
        procs = [subprocess.Popen([sys.executable, "-c", DESK, url, str(bookings)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT) for _ in range(desks)]
        for proc in procs:
            _out, err = proc.communicate(timeout=600)
            if proc.returncode:
                failures += 1
                print("   ", err.strip().splitlines()[-1][:160] if err.strip() else proc.returncode)
            else:
                made += bookings
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*), count(DISTINCT ticket) FROM entry")).one()
            centres = conn.execute(text("SELECT count(*) FROM centre")).scalar()
        engine.dispose()
        if stored[0] != made - before or stored[1] != made - before or centres != 1:
            failures += 1
            print(f"    stored {stored[0]} entries ({stored[1]} tickets), {centres} centres; {made - before} confirmed")
    report(f"{desks} desks starting+booking at once, fresh {label} db", rounds * desks, failures,
           f"{made} bookings, tickets unique")


def pg_database(admin: str):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    def make(_r):
        name = f"wd_rel_{uuid.uuid4().hex[:10]}"
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return make_url(admin).set(database=name).render_as_string(hide_password=False)

    return make


# --------------------------------------------------------------------------- disk full


def disk_full(folder: Path) -> None:
    """Two disks: one with less room than the database (backups must not block), one full to the last byte."""
    for leave in ("half the db size free", "0 bytes free"):
        _disk_full(folder / leave.split()[0], leave)


def _disk_full(folder: Path, leave: str) -> None:
    import shutil

    mount = folder / "small-disk"
    mount.mkdir(parents=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True).returncode == 0
    how = f"8 MB tmpfs, {leave}" if mounted else "RLIMIT_FSIZE 4 MB"
    outcomes: list[tuple[str, subprocess.CompletedProcess]] = []
    try:
        url = f"sqlite:///{mount / 'desk.sqlite'}"
        fill(url, 1500)
        preexec = None
        if mounted:
            keep = (mount / "desk.sqlite").stat().st_size // 2 if leave.startswith("half") else 0
            filler = mount / "filler"
            try:
                with open(filler, "wb") as handle:
                    while shutil.disk_usage(mount).free > keep + 65536:
                        handle.write(b"\0" * 65536)
                        handle.flush()
                    if not keep:
                        while True:
                            handle.write(b"\0" * 4096)
                            handle.flush()
            except OSError:
                pass  # full
        else:
            def preexec():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (4 * 2**20, 4 * 2**20))
        run = lambda *a: subprocess.run([sys.executable, "-c", "import sys; from welcome_desk.cli import main; sys.exit(main(sys.argv[1:]))", "--db", url, *a],  # noqa: E731
                                        capture_output=True, text=True, env=ENV, cwd=ROOT, preexec_fn=preexec)
        for i in range(10):
            outcomes.append(("book", run("book", "--unit", "jobcenter", "--name", "x" * 80)))
        outcomes.append(("backup", run("backup")))
        outcomes.append(("start (queue)", run("queue")))
        outcomes.append(("log -o", run("log", "--format", "csv", "-o", str(mount / "log.csv"))))
        outcomes.append(("slip -o", run("slip", "1", "-o", str(mount / "slip.pdf"))))
        if mounted and filler.exists():
            filler.unlink()  # room again: does the database come back whole?
        bad = [(what, p.stderr.strip()[:120]) for what, p in outcomes
               if p.returncode not in (0, 1) or "unexpected" in p.stderr or "Traceback" in p.stderr]
        leftovers = [p.name for p in mount.rglob("*.part")] + [p.name for p in mount.rglob(".*.tmp")]
        intact = integrity(mount / "desk.sqlite")
        clean = sum(1 for _w, p in outcomes if p.returncode == 1)
        booked = sum(1 for w, p in outcomes if w == "book" and p.returncode == 0)
        report(f"disk full ({how})", len(outcomes), len(bad) + (0 if intact else 1) + len(leftovers),
               f"{clean} refused with a clear message, {len(outcomes) - clean} succeeded ({booked} of 10 bookings); "
               f"db intact: {intact}; temp files left: {len(leftovers)}")
        for what, text in bad:
            print("   ", what, text)
        for what, p in outcomes[-4:]:
            print("      ", what, p.returncode, (p.stderr.strip() or p.stdout.strip()).splitlines()[-1][:140])
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], capture_output=True)


# --------------------------------------------------------------------------- purge


def purge_check(folder: Path, pg_admin: str | None) -> None:
    from welcome_desk.core import retention
    from welcome_desk.core.backup import make_backup
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.slips.store import ensure_slip

    names = [f"Rlname{i:05d}" for i in range(300)]
    old = dt.datetime(2026, 8, 3, 9, 0)
    later = dt.datetime(2026, 11, 23, 9, 0)

    def load(ws, now):
        entries = []
        for i, name in enumerate(names):
            now[0] = old + dt.timedelta(days=i % 5, minutes=i % 50)
            entries.append(ws.booking.log_walk_in("jobcenter", visitor_name=name, visitor_contact=f"{name}@example.org",
                                                  query_text=f"Anliegen {name} " + "lang " * (80 if i % 9 == 0 else 1)))
        return entries

    base = folder / "purge"
    base.mkdir()
    now = [old]
    ws = open_workspace(f"sqlite:///{base / 'desk.sqlite'}", clock=lambda: now[0])
    entries = load(ws, now)
    for e in entries[:20]:
        ensure_slip(ws.db, ws.centre, e, "de", "A5", now[0])
    for kind in ("daily", "manual", "before-restore", "before-0004"):
        make_backup(ws.db, now[0] - dt.timedelta(minutes=len(kind)), kind)
    raw = lambda: b"".join(p.read_bytes() for p in base.rglob("*") if p.is_file())  # noqa: E731
    before = sum(n.encode() in raw() for n in names)
    erased = retention.purge_automatically(ws.db, later, 90)
    found = sum(n.encode() in raw() for n in names)
    ws.close()
    report("purge check SQLite (names in db, wal, backups, slips)", len(names), found,
           f"{before} found before, {erased} erased, {found} found after")
    if not pg_admin:
        return
    url = pg_database(pg_admin)(0)
    now = [old]
    ws = open_workspace(url, clock=lambda: now[0])
    load(ws, now)
    from sqlalchemy import text

    def table_bytes():
        with ws.db.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            data_dir = Path(conn.execute(text("SHOW data_directory")).scalar())
            rels = conn.execute(text(
                "SELECT pg_relation_filepath(oid) FROM pg_class WHERE oid = 'entry'::regclass "
                "OR oid = (SELECT reltoastrelid FROM pg_class WHERE oid = 'entry'::regclass)")).scalars().all()
        files = [f for r in rels if r for f in (data_dir / r).parent.glob(Path(r).name + "*")]
        return b"".join(f.read_bytes() for f in files)

    try:
        before = sum(n.encode() in table_bytes() for n in names)
    except OSError as exc:
        report("purge check PostgreSQL (table files)", 0, 0, f"not measured: {exc.strerror}")
        ws.close()
        return
    erased = retention.purge_automatically(ws.db, later, 90)
    found = sum(n.encode() in table_bytes() for n in names)
    ws.close()
    report("purge check PostgreSQL (entry + TOAST table files)", len(names), found,
           f"{before} found before, {erased} erased, {found} found after (WAL segments not searched)")


# --------------------------------------------------------------------------- bad input


def bad_input(folder: Path) -> None:
    from tests.bad_inputs import Case, centre_cases, cli_cases, run_case
    from welcome_desk.core.paths import resource

    work = folder / "bad-input"
    work.mkdir()
    url = f"sqlite:///{work / 'desk.sqlite'}"
    run_case(Case("seed", ("book", "--unit", "jobcenter")), url, work)
    base = json.loads(resource("centres", "giessen.json").read_text("utf-8"))
    cases = cli_cases(work) + centre_cases(work, base)
    outcomes = [run_case(c, url, work) for c in cases]
    generic = [o for o in outcomes if o.generic]
    long = [o for o in outcomes if o.too_long]
    longest = max((len(line) for o in outcomes for line in o.stderr.splitlines()), default=0)
    report("bad-input corpus: generic errors", len(cases), len(generic), f"{sum(o.code == 0 for o in outcomes)} accepted, "
           f"{sum(o.code in (1, 2) for o in outcomes)} refused")
    report("bad-input corpus: message lines over 400 chars", len(cases), len(long), f"longest line {longest} chars")
    for o in (generic + long)[:10]:
        print("   ", o.case.name, o.stderr.strip()[:160])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WELCOME_DESK_TEST_PG", ""), help="PostgreSQL admin URL")
    parser.add_argument("--quick", action="store_true", help="fewer trials")
    args = parser.parse_args()
    n = 3 if args.quick else 10
    random.seed(17)
    folder = Path(tempfile.mkdtemp(prefix="wd-reliability-"))
    started = time.monotonic()
    kill_bookings(folder, n * 2)
    kill_import(folder, n)
    kill_restore(folder, n)
    kill_backup(folder, n)
    kill_migration(folder, n)
    desks_at_once(lambda r: f"sqlite:///{folder / f'desks-{r}.sqlite'}", "SQLite", n // 2 or 1, 16)
    if args.pg:
        desks_at_once(pg_database(args.pg), "PostgreSQL", n // 2 or 1, 12)
    disk_full(folder)
    purge_check(folder, args.pg or None)
    bad_input(folder)
    failures = sum(r[2] for r in RESULTS)
    print(f"\n{len(RESULTS)} measurements, {sum(r[1] for r in RESULTS)} trials, {failures} failures "
          f"({time.monotonic() - started:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
