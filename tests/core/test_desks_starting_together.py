"""Many desks starting at once on a fresh database: the first-start work is serialised, none fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
DESKS = 8
DESK = """
import sys, datetime as dt
from welcome_desk.core.workspace import open_workspace
ws = open_workspace(sys.argv[1], clock=lambda: dt.datetime(2026, 11, 23, 9, 5))
entry = ws.booking.log_walk_in("jobcenter")
ws.close()
print("ok", entry.ticket)
"""


def test_desks_starting_together_on_a_fresh_database_all_start(tmp_db_url):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    desks = [subprocess.Popen([sys.executable, "-c", DESK, tmp_db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for _ in range(DESKS)]
    results = [desk.communicate(timeout=240) for desk in desks]
    failures = [err.strip().splitlines()[-1:] for (out, err), desk in zip(results, desks) if desk.returncode]
    assert failures == []
    tickets = sorted(out.split()[1] for out, _err in results)
    assert len(set(tickets)) == DESKS  # one ticket each, none twice
    engine = create_engine(tmp_db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM centre")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM entry")).scalar() == DESKS
    finally:
        engine.dispose()
