"""A desk in its own process, for the concurrency and crash tests (a script, not collected).

    python tests/desk_worker.py URL SECONDS SEED [--max N]
    python tests/desk_worker.py URL edit-room UNIT ROOM [NAME_DE]


(:func:`start_desk` starts one from a test.)

Books walk-ins and appointments into the first slots of a few small-capacity
units as fast as it can, and prints one line per attempt, flushed at once:

    ok ENTRY_ID TICKET     — the booking was confirmed (the service returned)
    full                   — the slot was full (a normal, expected refusal)
    error KIND MESSAGE     — anything else (a failure the test reports)

The first line is ``ready`` once the workspace is open. ``edit-room`` is a team lead at another
desk changing one unit's room (and German name) through the centre editor's use case, then
printing ``saved``. The clock is fixed
(a Monday morning) so every slot is in the future and all desks aim at the same slots.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 23, 9, 5)
UNITS = ("anti-discrimination", "refugee-affairs", "social-services", "immigration-office")  # capacity 1, 2, 2, 3


def start_desk(url: str, seed: int, seconds: float, *extra: str) -> subprocess.Popen:
    """This script in a new process, importing this checkout's ``welcome_desk``; text pipes."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), url, str(seconds), str(seed), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def edit_room(url: str, unit_id: str, room: str, name_de: str | None = None) -> int:
    from welcome_desk.core.actor import TEAM_LEAD, Actor
    from welcome_desk.core.centre_edit import CentreDraft, save_draft
    from welcome_desk.core.workspace import open_workspace

    ws = open_workspace(url, clock=lambda: NOW, daily_backup=False)
    try:
        draft = CentreDraft.of_stored(ws.db, ws.centre.id)
        unit = draft.item("unit", unit_id)
        unit["room"] = room
        if name_de:
            unit["name"]["de"] = name_de
        save_draft(ws.db, draft, Actor("desk 2", TEAM_LEAD), ws.clock)
    finally:
        ws.close()
    sys.stdout.write("saved\n")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:2] == ["edit-room"]:
        return edit_room(argv[0], *argv[2:])
    url, seconds, seed = argv[0], float(argv[1]), int(argv[2])
    limit = int(argv[argv.index("--max") + 1]) if "--max" in argv else None
    from welcome_desk.core.booking import SlotTaken
    from welcome_desk.core.hours import Hours
    from welcome_desk.core.workspace import open_workspace

    out = sys.stdout
    ws = open_workspace(url, clock=lambda: NOW)
    rng = random.Random(seed)
    slots = {}
    for unit_id in UNITS:
        starts = [s for s in Hours(ws.centre, ws.centre.unit(unit_id)).slot_starts(NOW.date()) if s >= NOW]
        slots[unit_id] = starts[:3]
    out.write("ready\n")
    out.flush()
    end = time.monotonic() + seconds
    done = 0
    try:
        while time.monotonic() < end and (limit is None or done < limit):
            unit_id = rng.choice(UNITS)
            try:
                if rng.random() < 0.4:
                    entry = ws.booking.log_walk_in(unit_id, query_text=f"desk {seed} walk-in {done}")
                else:
                    entry = ws.booking.book_appointment(
                        unit_id, rng.choice(slots[unit_id]), query_text=f"desk {seed} appointment {done}"
                    )
            except SlotTaken:
                out.write("full\n")
            except Exception as exc:  # reported to the parent, which fails the test
                text = str(exc).replace("\n", " ")[:300]
                out.write(f"error {exc.__class__.__name__} {text}\n")
            else:
                out.write(f"ok {entry.id} {entry.ticket}\n")
            out.flush()
            done += 1
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
