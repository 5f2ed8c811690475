"""Crash safety: the app's process is killed (SIGKILL) in the middle of a stream of bookings.

A desk process (``tests/desk_worker.py``) books as fast as it can and prints
each confirmed booking the moment the service returns it — the moment the
person at the desk would see the ticket. The test kills it at a random moment,
many times over, and after every kill checks that the file is intact
(``PRAGMA integrity_check``) and that every booking ever confirmed is there.

This covers a crash of the app, not a power cut: that needs the WAL synced at
every commit (``synchronous = FULL``, see :mod:`welcome_desk.core.database`),
which a test cannot pull the plug on.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time

import pytest

from desk_worker import start_desk
from welcome_desk.core.workspace import open_workspace

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

TRIALS = 20


def _read_lines(stream, into: list[str]) -> None:
    for line in stream:
        into.append(line.rstrip("\n"))


def test_confirmed_bookings_survive_sigkill(tmp_db_url, fixed_now, record_property):
    open_workspace(tmp_db_url, clock=lambda: fixed_now).close()
    path = tmp_db_url.removeprefix("sqlite:///")
    rng = random.Random(20261123)
    confirmed: set[int] = set()
    killed_mid_stream = 0
    for trial in range(TRIALS):
        desk = start_desk(tmp_db_url, trial, 30.0)
        lines: list[str] = []
        reader = threading.Thread(target=_read_lines, args=(desk.stdout, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 20
        while not lines and time.monotonic() < deadline:  # wait for "ready"
            time.sleep(0.01)
        assert lines and lines[0] == "ready", desk.stderr.read() if desk.poll() is not None else "no ready"
        time.sleep(rng.uniform(0.02, 0.35))
        os.kill(desk.pid, signal.SIGKILL)
        desk.wait(10)
        reader.join(10)
        desk.stdout.close()
        desk.stderr.close()
        assert desk.returncode == -signal.SIGKILL
        got = {int(line.split()[1]) for line in lines if line.startswith("ok ")}
        errors = [line for line in lines if line.startswith("error ")]
        assert not errors, errors[:3]
        if got:
            killed_mid_stream += 1
        confirmed |= got

        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"trial {trial}"
            stored = {row[0] for row in con.execute("SELECT id FROM entry")}
            tickets = con.execute("SELECT unit_id, day, ticket, count(*) FROM entry GROUP BY 1, 2, 3 HAVING count(*) > 1").fetchall()
        finally:
            con.close()
        lost = confirmed - stored
        assert not lost, f"trial {trial}: confirmed bookings lost: {sorted(lost)[:10]}"
        assert not tickets, f"trial {trial}: a ticket twice: {tickets[:3]}"

    assert killed_mid_stream >= TRIALS // 2, "most kills should land while bookings are flowing"
    summary = f"{TRIALS} SIGKILL trials, {len(confirmed)} confirmed bookings, 0 lost, integrity ok"
    record_property("crash", summary)
    print(summary)
