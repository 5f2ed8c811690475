"""Demo data that looks like a centre, and lives only in a demo database.

Visits follow the centre's data: units weighted by how busy such offices are
(the Gießen immigration office alone has over 17,000 appointments a year),
each unit's concerns, weekdays and hours, and a spread of visitor languages.
Days are not alike: Mondays are busy and Fridays short, summer and the
Christmas weeks are quiet and September is not, the day after a public holiday
catches up, some winter days bring bad weather (fewer visitors, more
no-shows), and waiting grows with the day's load. Nothing is invented after
"now": today holds what has happened so far (some visitors still waiting),
later appointments today are only booked.

Demo visits never mix with real ones: the first demo visit marks the database
as a demo (a centre setting every desk sees, and the window shows), and a
database that already holds real visits is refused. Inserts go in large
batches through SQLAlchemy Core in one transaction; the day counters are set
so later bookings continue the ticket numbers.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import defaultdict
from typing import Callable

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from welcome_desk.core import centre_settings
from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.hours import Hours, closed_reason
from welcome_desk.core.models import CentreSetting, DayCounter, Entry, StatusEvent
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import perform

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

DEMO_SETTING = "demo_database"  # centre setting: "yes" on a database made for demo visits

# Rough shares of visitors by kind of unit; others share what is left.
UNIT_WEIGHT = {
    "immigration-office": 0.46,
    "refugee-affairs": 0.16,
    "jobcenter": 0.1,
    "social-services": 0.08,
}
LANGUAGES = [("de", 22), ("ar", 18), ("uk", 14), ("tr", 9), ("fa", 9), ("ru", 7), ("en", 6),
             ("ro", 5), ("bg", 4), ("pl", 3), ("ti", 2), ("fr", 1)]
WEEKDAY_LOAD = (1.30, 1.10, 0.80, 1.20, 0.70, 0.3, 0.2)  # Monday first
MONTH_LOAD = (1.10, 1.05, 1.05, 1.00, 0.95, 0.95, 0.80, 0.72, 1.18, 1.10, 1.05, 0.85)  # January first
BATCH = 20_000
MAX_VISITS = 10_000_000  # how many demo visits one request may ask for (window and command line alike)
MAX_DAYS = 36_600  # over how many days (a hundred years)


class Cancelled(Exception):
    """The caller's progress callback asked to stop."""


class NotADemoDatabase(ValueError):
    """Demo visits were asked for on a database that holds real visits; ``str()`` is one line."""


def is_demo(db: Database) -> bool:
    """Whether this database was made for demo visits (the window shows "DEMO")."""
    return centre_settings.get(db, DEMO_SETTING) == "yes"


def _check_or_mark(session: Session, now: dt.datetime) -> None:
    marked = session.scalar(select(CentreSetting.value).where(CentreSetting.key == DEMO_SETTING)) == "yes"
    if marked:
        return
    if session.scalar(select(func.count()).select_from(select(Entry.id).limit(1).subquery())):
        raise NotADemoDatabase(
            "this database holds real visits: demo visits go only into a new database "
            "(give another --db, e.g. sqlite:///demo.sqlite)"
        )
    centre_settings.put(session, DEMO_SETTING, "yes", now)


def add_demo_visits(
    db: Database, centre: Centre, actor: Actor, clock: Clock, visits: int, days: int, *,
    seed: int = 7, progress: Progress | None = None,
) -> int:
    """The use case: a team lead fills a demo database with ``visits`` over the last ``days`` up to now.

    Marks an empty database as a demo; refuses one with real visits. If ``progress``
    asks to stop, what was made so far is kept (and audited) and :class:`Cancelled` is raised.
    """
    if visits < 1 or days < 1:
        raise ValueError("the number of visits and of days must be at least 1")
    if visits > MAX_VISITS or days > MAX_DAYS:
        raise ValueError(f"at most {MAX_VISITS} demo visits over at most {MAX_DAYS} days")
    stopped: Cancelled | None = None
    with perform(db, actor, Permission.DEMO, clock) as change:
        try:
            made = _generate(change.session, db, centre, visits, days, change.now, seed=seed, progress=progress)
            change.audit("demo", f"{made} demo visits over {days} days")
        except Cancelled as exc:
            stopped = exc
            change.audit("demo", f"{exc.args[1]} demo visits over {days} days (stopped)")
    if stopped is not None:
        raise stopped
    return made


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
    now: dt.datetime | None = None,
) -> int:
    """Insert about ``appointments`` visits over the ``days`` days up to ``end`` (or up to ``now``,
    which cuts the last day short), in one transaction; returns the count.

    The building block of :func:`add_demo_visits` and of the benchmarks; it marks the
    database as a demo and refuses one with real visits the same way.
    """
    now = now or dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    with db.write() as session:  # a stop (Cancelled) rolls everything back
        return _generate(session, db, centre, appointments, days, now, seed=seed, progress=progress, end=end)


def _day_loads(centre: Centre, day_list: list[dt.date], rng: random.Random) -> dict[dt.date, tuple[float, bool]]:
    """Each day's relative load and whether it has bad weather."""
    loads = {}
    for day in day_list:
        load = WEEKDAY_LOAD[day.weekday()] * MONTH_LOAD[day.month - 1]
        if (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 3):
            load *= 0.5  # between the years
        if closed_reason(centre, day - dt.timedelta(days=1)) and day.weekday() < 5:
            load *= 0.6 if day.weekday() == 4 else 1.25  # a bridge Friday, or catching up after a holiday
        winter = day.month in (11, 12, 1, 2)
        bad_weather = rng.random() < (0.06 if winter else 0.015)
        if bad_weather:
            load *= 0.55
        load *= math.exp(rng.gauss(0, 0.12))  # an ordinary day is never exactly like the last
        loads[day] = (load, bad_weather)
    return loads


def _generate(
    session: Session, db: Database, centre: Centre, appointments: int, days: int, now: dt.datetime, *,
    seed: int = 7, progress: Progress | None = None, end: dt.date | None = None,
) -> int:
    _check_or_mark(session, now)
    rng = random.Random(seed)
    units = list(centre.units)
    weights = _weights(centre)
    concerns_of = {u.id: [c.id for c in centre.concerns if u.id in c.units] or [None] for u in units}
    langs, lang_w = zip(*LANGUAGES)
    end = min(end or now.date(), now.date())
    day_list = [end - dt.timedelta(days=i) for i in range(days)][::-1]
    hours = {u.id: Hours(centre, u) for u in units}
    openings = {(u.id, d): hours[u.id].openings_on(d) for u in units for d in day_list}
    open_days = [d for d in day_list if any(openings[(u.id, d)] for u in units)]
    if not open_days or appointments <= 0:
        return 0
    loads = _day_loads(centre, open_days, rng)
    scale = appointments / sum(load for load, _ in loads.values())
    first_id = (session.scalar(select(func.max(Entry.id))) or 0) + 1
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
        if entry_rows:
            session.execute(insert(Entry), entry_rows)
            session.execute(insert(StatusEvent), event_rows)
        entry_rows.clear()
        event_rows.clear()

    for day in open_days:
        load, bad_weather = loads[day]
        expected = load * scale
        count = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
        open_units = [(u, w) for u, w in zip(units, weights) if openings[(u.id, day)]]
        day_units, day_weights = zip(*open_units)
        busy = min(2.0, load / 1.0)  # waiting grows with the day's load
        for _ in range(count):
            unit = rng.choices(day_units, day_weights)[0]
            key = (unit.id, day)
            span = rng.choice(openings[key])
            minutes = int((span.end - span.start).total_seconds() // 60)
            kind = E.APPOINTMENT if rng.random() < 0.55 else E.WALK_IN
            if kind == E.APPOINTMENT:
                slot = unit.slot_minutes
                at = span.start + dt.timedelta(minutes=slot * rng.randrange(max(1, minutes // slot)))
                created = at - dt.timedelta(days=rng.randint(1, 21), hours=rng.randint(0, 5))
            else:  # walk-ins come early: most of them in the first hours
                at = span.start + dt.timedelta(minutes=int(rng.triangular(0, max(1, minutes - 5), 0)))
                created = at
            if created > now:
                continue
            roll = rng.random()
            staff = f"desk-{rng.randint(1, 4)}"
            events = [(E.BOOKED if kind == E.APPOINTMENT else E.ARRIVED, created)]
            no_show = 0.09 + (0.12 if bad_weather else 0.0)
            if kind == E.APPOINTMENT and roll < 0.04:
                events.append((E.CANCELLED, created + dt.timedelta(days=1)))
            elif kind == E.APPOINTMENT and roll < 0.04 + no_show:
                events.append((E.NO_SHOW, at + dt.timedelta(minutes=30)))
            else:
                arrived = at - dt.timedelta(minutes=rng.randint(0, 10)) if kind == E.APPOINTMENT else at
                if kind == E.APPOINTMENT:
                    events.append((E.ARRIVED, arrived))
                wait = rng.lognormvariate(2.3 if kind == E.APPOINTMENT else 3.0, 0.6) * busy
                called = arrived + dt.timedelta(minutes=min(wait, 150))
                served = called + dt.timedelta(minutes=rng.randint(1, 3))
                done = served + dt.timedelta(minutes=rng.randint(5, 35))
                final = E.REFERRED if roll > 0.97 else E.DONE
                events += [(E.CALLED, called), (E.IN_SERVICE, served), (final, done)]
            events = [(s, when.replace(microsecond=0)) for s, when in events if when <= now]  # nothing after now
            if not events:
                continue
            number = counters.get(key, 0) + touched[key] + 1
            touched[key] += 1
            entry_rows.append(
                dict(
                    id=next_id, centre_id=centre.id, unit_id=unit.id,
                    concern_id=rng.choice(concerns_of[unit.id]), kind=kind, day=day,
                    ticket_number=number, ticket=f"{unit.ticket_prefix}-{number:03d}",
                    at=at.replace(microsecond=0), created_at=created.replace(microsecond=0),
                    status=events[-1][0], status_at=events[-1][1], language=rng.choices(langs, lang_w)[0], staff=staff,
                )
            )
            for status, when in events:
                event_rows.append(dict(entry_id=next_id, status=status, at=when, staff=staff))
            source_id = next_id
            next_id += 1
            made += 1
            if events[-1][0] == E.REFERRED:  # sent on: the visitor takes a ticket at another unit of the day
                sent_at = events[-1][1]
                others = [u for u in day_units if u.id != unit.id and "walk_in" in u.accepts
                          and any(o.start <= sent_at < o.end for o in openings[(u.id, day)])]
                if others:
                    target = rng.choice(others)
                    tkey = (target.id, day)
                    tnum = counters.get(tkey, 0) + touched[tkey] + 1
                    touched[tkey] += 1
                    called2 = sent_at + dt.timedelta(minutes=rng.lognormvariate(2.5, 0.5) * busy)
                    follow = [(E.ARRIVED, sent_at), (E.CALLED, called2),
                              (E.IN_SERVICE, called2 + dt.timedelta(minutes=1)),
                              (E.DONE, called2 + dt.timedelta(minutes=rng.randint(8, 30)))]
                    follow = [(st, w.replace(microsecond=0)) for st, w in follow if w <= now]
                    entry_rows.append(dict(
                        id=next_id, centre_id=centre.id, unit_id=target.id,
                        concern_id=rng.choice(concerns_of[target.id]), kind=E.WALK_IN, day=day, ticket_number=tnum,
                        ticket=f"{target.ticket_prefix}-{tnum:03d}", at=sent_at, created_at=sent_at,
                        status=follow[-1][0], status_at=follow[-1][1], language=entry_rows[-1]["language"],
                        staff=staff, referred_from_id=source_id,
                    ))
                    event_rows.extend(dict(entry_id=next_id, status=st, at=w, staff=staff) for st, w in follow)
                    next_id += 1
                    made += 1
            if len(entry_rows) >= BATCH:
                flush()
                if progress is not None and not progress(made, appointments):
                    _save_counters(session, centre, counters, touched)
                    _advance_id_sequence(session, db)
                    raise Cancelled(f"stopped after {made} visits", made)
    flush()
    _save_counters(session, centre, counters, touched)
    _advance_id_sequence(session, db)
    if progress is not None:
        progress(made, made)
    return made


def _advance_id_sequence(session: Session, db: Database) -> None:
    """Explicit ids bypass PostgreSQL's sequence; move it past them so real bookings get fresh ids."""
    if db.engine.dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT setval(pg_get_serial_sequence('entry', 'id'), (SELECT coalesce(max(id), 1) FROM entry))")
    )


def _save_counters(session: Session, centre: Centre, counters: dict, touched: dict) -> None:
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
