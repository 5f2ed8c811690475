"""Several desks, each its own process, booking into the same slots at the same time.

Every worker is a real Python process (``tests/desk_worker.py``) with its own
engine and connection, as two reception PCs sharing one database file (or one
PostgreSQL server) would be. Afterwards: no slot over capacity, no ticket
twice, every booking a desk was told about is in the database, and no desk
ever saw an error (no "database is locked" reaching a person).
"""

from __future__ import annotations

import collections
import time

from desk_worker import start_desk
from sqlalchemy import func, select

from welcome_desk.core import entries as E
from welcome_desk.core.models import Entry
from welcome_desk.core.workspace import open_workspace

DESKS = 4
SECONDS = 4.0


def parse(lines: list[str]) -> tuple[list[int], int, list[str]]:
    confirmed, full, errors = [], 0, []
    for line in lines:
        if line.startswith("ok "):
            confirmed.append(int(line.split()[1]))
        elif line == "full":
            full += 1
        elif line.startswith("error "):
            errors.append(line)
    return confirmed, full, errors


def test_desks_in_separate_processes_never_double_book(tmp_db_url, fixed_now, record_property):
    open_workspace(tmp_db_url, clock=lambda: fixed_now).close()  # schema and centre, as at installation
    started = time.monotonic()
    desks = [start_desk(tmp_db_url, seed, SECONDS) for seed in range(DESKS)]
    outputs = []
    for desk in desks:
        out, err = desk.communicate(timeout=60)
        assert desk.returncode == 0, err[-2000:]
        outputs.append(out.splitlines())
    elapsed = time.monotonic() - started

    confirmed, full, errors = [], 0, []
    for lines in outputs:
        assert lines and lines[0] == "ready"
        c, f, e = parse(lines[1:])
        confirmed += c
        full += f
        errors += e
    assert not errors, errors[:5]
    assert len(confirmed) == len(set(confirmed))

    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    try:
        with ws.db.read() as session:
            rows = session.execute(select(Entry.id, Entry.unit_id, Entry.day, Entry.ticket, Entry.kind, Entry.at)).all()
        ids = {r.id for r in rows}
        assert set(confirmed) <= ids, "a confirmed booking is missing"
        assert len(ids) == len(confirmed), "an entry nobody was told about"
        tickets = collections.Counter((r.unit_id, r.day, r.ticket) for r in rows)
        assert max(tickets.values()) == 1, "a ticket was handed out twice"
        per_slot = collections.Counter((r.unit_id, r.at) for r in rows if r.kind == E.APPOINTMENT)
        for (unit_id, at), taken in per_slot.items():
            assert taken <= ws.centre.unit(unit_id).slot_capacity, f"{unit_id} {at} over capacity"
        with ws.db.read() as session:
            assert session.scalar(select(func.count()).select_from(Entry)) == len(confirmed)
    finally:
        ws.close()
    assert full > 0, "the test should have filled some slots"
    summary = f"{DESKS} desks × {len(confirmed)} bookings ({full} refused as full) in {elapsed:.1f} s, 0 double bookings"
    record_property("concurrency", summary)
    print(summary)
