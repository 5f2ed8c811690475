"""Realistic demo data, for trying the app and for benchmarks on years of visits.

Visits follow the centre's data: units weighted by how busy such offices are
(the Gießen immigration office alone has over 17,000 appointments a year),
each unit's concerns, its weekdays and hours, public holidays, a spread of
visitor languages, and waiting times, no-shows and cancellations.
Inserts go in large batches through SQLAlchemy Core; the day counters are
set so later real bookings continue the ticket numbers.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Callable

from sqlalchemy import delete, insert, select, text

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.hours import Hours
from welcome_desk.core.models import DayCounter, Entry, StatusEvent

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

# Rough shares of visitors by kind of unit; others share what is left.
UNIT_WEIGHT = {
    "immigration-office": 0.46,
    "refugee-affairs": 0.16,
    "jobcenter": 0.1,
    "social-services": 0.08,
}
LANGUAGES = [("de", 22), ("ar", 18), ("uk", 14), ("tr", 9), ("fa", 9), ("ru", 7), ("en", 6),
             ("ro", 5), ("bg", 4), ("pl", 3), ("ti", 2), ("fr", 1)]
BATCH = 20_000


class Cancelled(Exception):
    """The caller's progress callback asked to stop; what was inserted stays consistent."""


def _weights(centre: Centre) -> list[float]:
    rest = [u for u in centre.units if u.id not in UNIT_WEIGHT]
    left = max(0.05, 1.0 - sum(UNIT_WEIGHT.get(u.id, 0) for u in centre.units))
    return [UNIT_WEIGHT.get(u.id, left / max(1, len(rest))) for u in centre.units]


def generate(
    db: Database,
    centre: Centre,
    appointments: int,
    days: int,
    end: dt.date,
    *,
    seed: int = 7,
    progress: Progress | None = None,
) -> int:
    """Insert about ``appointments`` visits over the ``days`` days up to ``end``; returns the count."""
    rng = random.Random(seed)
    units = list(centre.units)
    weights = _weights(centre)
    concerns_of = {u.id: [c.id for c in centre.concerns if u.id in c.units] or [None] for u in units}
    langs, lang_w = zip(*LANGUAGES)
    openings: dict[tuple[str, dt.date], list] = {}  # (unit, day) -> opening periods
    day_list = [end - dt.timedelta(days=i) for i in range(days)][::-1]
    hours = {u.id: Hours(centre, u) for u in units}
    open_days = [d for d in day_list if any(hours[u.id].openings_on(d) for u in units)]
    if not open_days or appointments <= 0:
        return 0
    per_day = appointments / len(open_days)
    with db.read() as session:
        first_id = (session.scalar(select(Entry.id).order_by(Entry.id.desc()).limit(1)) or 0) + 1
        counters = {
            (c.unit_id, c.day): c.last_number
            for c in session.scalars(select(DayCounter).where(DayCounter.centre_id == centre.id))
        }
    next_id = first_id
    entry_rows: list[dict] = []
    event_rows: list[dict] = []
    made = 0
    touched: dict[tuple[str, dt.date], int] = defaultdict(int)

    def flush() -> None:
        if not entry_rows:
            return
        with db.write() as session:
            session.execute(insert(Entry), entry_rows)
            session.execute(insert(StatusEvent), event_rows)
        entry_rows.clear()
        event_rows.clear()

    for day in open_days:
        count = int(per_day) + (1 if rng.random() < per_day - int(per_day) else 0)
        for unit in units:
            openings[(unit.id, day)] = hours[unit.id].openings_on(day)
        open_units = [(u, w) for u, w in zip(units, weights) if openings[(u.id, day)]]
        day_units, day_weights = zip(*open_units)
        for _ in range(count):
            unit = rng.choices(day_units, day_weights)[0]
            key = (unit.id, day)
            spans = openings[key]
            span = rng.choice(spans)
            minutes = int((span.end - span.start).total_seconds() // 60)
            kind = E.APPOINTMENT if rng.random() < 0.55 else E.WALK_IN
            if kind == E.APPOINTMENT:
                slot = unit.slot_minutes
                at = span.start + dt.timedelta(minutes=slot * rng.randrange(max(1, minutes // slot)))
                created = at - dt.timedelta(days=rng.randint(1, 21), hours=rng.randint(0, 5))
            else:
                at = span.start + dt.timedelta(minutes=rng.randrange(max(1, minutes - 5)))
                created = at
            number = counters.get(key, 0) + touched[key] + 1
            touched[key] += 1
            roll = rng.random()
            staff = f"desk-{rng.randint(1, 4)}"
            events = [(E.BOOKED if kind == E.APPOINTMENT else E.ARRIVED, created)]
            if kind == E.APPOINTMENT and roll < 0.04:
                final = E.CANCELLED
                events.append((E.CANCELLED, created + dt.timedelta(days=1)))
            elif kind == E.APPOINTMENT and roll < 0.13:
                final = E.NO_SHOW
                events.append((E.NO_SHOW, at + dt.timedelta(minutes=30)))
            else:
                arrived = at - dt.timedelta(minutes=rng.randint(0, 10)) if kind == E.APPOINTMENT else at
                if kind == E.APPOINTMENT:
                    events.append((E.ARRIVED, arrived))
                wait = rng.lognormvariate(2.3 if kind == E.APPOINTMENT else 3.0, 0.6)
                called = arrived + dt.timedelta(minutes=min(wait, 150))
                served = called + dt.timedelta(minutes=rng.randint(1, 3))
                done = served + dt.timedelta(minutes=rng.randint(5, 35))
                final = E.REFERRED if roll > 0.97 else E.DONE
                events += [(E.CALLED, called), (E.IN_SERVICE, served), (final, done)]
            status_at = events[-1][1].replace(microsecond=0)
            entry_rows.append(
                dict(
                    id=next_id, centre_id=centre.id, unit_id=unit.id,
                    concern_id=rng.choice(concerns_of[unit.id]), kind=kind, day=day,
                    ticket_number=number, ticket=f"{unit.ticket_prefix}-{number:03d}",
                    at=at.replace(microsecond=0), created_at=created.replace(microsecond=0),
                    status=final, status_at=status_at, language=rng.choices(langs, lang_w)[0], staff=staff,
                )
            )
            for status, when in events:
                event_rows.append(dict(entry_id=next_id, status=status, at=when.replace(microsecond=0), staff=staff))
            next_id += 1
            made += 1
            if len(entry_rows) >= BATCH:
                flush()
                if progress is not None and not progress(made, appointments):
                    _save_counters(db, centre, counters, touched)
                    _advance_id_sequence(db)
                    raise Cancelled(f"stopped after {made} visits")
    flush()
    _save_counters(db, centre, counters, touched)
    _advance_id_sequence(db)
    if progress is not None:
        progress(made, made)
    return made


def _advance_id_sequence(db: Database) -> None:
    """Explicit ids bypass PostgreSQL's sequence; move it past them so real bookings get fresh ids."""
    if db.engine.dialect.name != "postgresql":
        return
    with db.write() as session:
        session.execute(
            text("SELECT setval(pg_get_serial_sequence('entry', 'id'), (SELECT coalesce(max(id), 1) FROM entry))")
        )


def _save_counters(db: Database, centre: Centre, counters: dict, touched: dict) -> None:
    with db.write() as session:
        keys = list(touched)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            for unit_id, day in chunk:
                session.execute(
                    delete(DayCounter).where(
                        DayCounter.centre_id == centre.id, DayCounter.unit_id == unit_id, DayCounter.day == day
                    )
                )
            session.execute(
                insert(DayCounter),
                [
                    dict(centre_id=centre.id, unit_id=u, day=d, last_number=counters.get((u, d), 0) + touched[(u, d)])
                    for u, d in chunk
                ],
            )
