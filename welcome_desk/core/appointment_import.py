"""Appointments from outside: import an online booking system's file, with every row accounted for.

The use case (:func:`import_appointments`, Permission.IMPORT_APPOINTMENTS)
takes the rows read from the file (:mod:`welcome_desk.reports.booking_files`) and, in one transaction with its
audit record:

* routes each service name to a unit with the same :class:`Router` as the
  desk (an exact unit or concern name wins; otherwise the router's best unit);
* books a new appointment, or — for a booking id it already knows — leaves it
  alone when nothing changed, moves it when the time or service changed, and
  cancels it when the file says so. Re-importing the same file changes nothing;
* sends every row it cannot place (unknown service, a full slot, outside the
  unit's hours, unreadable) to the team lead's decision list. Nothing is
  dropped, and the same row is not listed twice.

Rows are checked against capacity and hours in memory (one query for the
range), and written with bulk inserts, so a year of bookings takes seconds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database
from welcome_desk.core.hours import Hours
from welcome_desk.core.models import DayCounter, Entry, ImportDecision, StatusEvent
from welcome_desk.core.permissions import Permission
from welcome_desk.core.routing import Router
from welcome_desk.core.usecase import check, perform

NO_UNIT, SLOT_FULL, OUTSIDE_HOURS, BAD_ROW, IN_THE_PAST, DUPLICATE = (
    "no_unit", "slot_full", "outside_hours", "bad_row", "in_the_past", "duplicate")
REASONS = (NO_UNIT, SLOT_FULL, OUTSIDE_HOURS, BAD_ROW, IN_THE_PAST, DUPLICATE)
# What a row of the file becomes (the preview's words; TO_DECIDE goes to the decision list with a reason).
NEW, MOVED, CANCELLED, UNCHANGED, TO_DECIDE = "new", "moved", "cancelled", "unchanged", "to_decide"
IMPORT_STAFF = "import"
CANCELLED_WORDS = {"cancelled", "canceled", "storniert", "abgesagt", "cancelled by user", "gelöscht"}
MAX_CODE = 32
MAX_ID = 128


@dataclass(frozen=True)
class BookingRow:
    """One booking read from a file (``line`` counts from 1: an event, a data line)."""

    line: int
    external_id: str
    code: str
    at: dt.datetime | None
    service: str
    cancelled: bool = False
    language: str = "de"
    problem: str = ""  # why the row cannot be used as it stands


def normalize_code(text: str) -> str:
    """A booking code as stored and as looked up: no spaces, upper case (typed or scanned alike)."""
    return "".join(text.split()).upper()[:MAX_CODE]


class FileFormatError(ValueError):
    """The file as a whole cannot be read; ``str()`` is one line for a person."""


class DecisionError(ValueError):
    """No such open row on the decision list; ``str()`` is one line for a person."""


@dataclass
class ImportResult:
    """What an import did, row by row summed up: every row is in exactly one count."""

    source: str
    rows: int = 0
    created: int = 0
    moved: int = 0
    cancelled: int = 0
    unchanged: int = 0
    to_decide: int = 0  # new rows on the decision list
    already_listed: int = 0  # rows already waiting on the decision list
    skipped: int = 0  # rows the team lead chose not to take from the file (preview)
    reasons: Counter = field(default_factory=Counter)

    @property
    def changes(self) -> int:
        return self.created + self.moved + self.cancelled + self.to_decide

    def summary(self) -> str:
        return (f"{self.source}: {self.rows} rows — {self.created} new, {self.moved} moved, {self.cancelled} cancelled, "
                f"{self.unchanged} unchanged, {self.to_decide} to decide"
                + (f", {self.already_listed} already on the decision list" if self.already_listed else "")
                + (f", {self.skipped} skipped by the team lead" if self.skipped else ""))


@dataclass(frozen=True)
class RowPlan:
    """What one row of the file becomes (the preview before an import): ``outcome`` is NEW, MOVED,
    CANCELLED, UNCHANGED or TO_DECIDE (then ``reason`` is one of REASONS and ``detail`` says why)."""

    line: int
    external_id: str
    at: dt.datetime | None
    service: str
    unit_id: str | None
    outcome: str
    reason: str = ""
    detail: str = ""
    already_listed: bool = False  # a TO_DECIDE row that already waits on the decision list


@dataclass(frozen=True)
class Decision:
    """A row waiting on the team lead's decision list."""

    id: int
    external_id: str
    reason: str
    service: str
    at: dt.datetime | None
    detail: str
    source: str


def import_appointments(
    db: Database, centre: Centre, router: Router, actor: Actor, clock: Clock, rows: list[BookingRow], source: str,
    skip: frozenset[int] = frozenset(),
) -> ImportResult:
    """The use case: bring the bookings ``rows`` read from the file ``source`` in (see the module;
    the files are read by :mod:`welcome_desk.reports.booking_files`). ``skip``: the lines the team lead
    chose not to take (after :func:`preview_import`); they are counted and audited, not imported."""
    with perform(db, actor, Permission.IMPORT_APPOINTMENTS, clock) as change:
        taken = [r for r in rows if r.line not in skip]
        result = _Importer(db, centre, router, change.session, change.now, source).run(taken)
        result.rows, result.skipped = len(rows), len(rows) - len(taken)
        change.audit("import", result.summary())
    return result


def preview_import(
    db: Database, centre: Centre, router: Router, actor: Actor, clock: Clock, rows: list[BookingRow]
) -> list[RowPlan]:
    """What :func:`import_appointments` would make of each row now, changing nothing (the same decisions,
    in a read transaction); the same permission, so a refusal is refused (and audited) before the list."""
    check(db, actor, Permission.IMPORT_APPOINTMENTS, clock)
    with db.read() as session:
        importer = _Importer(db, centre, router, session, clock(), "", write=False)
        importer.run(rows)
        return importer.plan


def open_decisions(db: Database, centre: Centre) -> list[Decision]:
    """The rows waiting on the team lead's decision list, oldest first."""
    with db.read() as session:
        found = session.scalars(
            select(ImportDecision)
            .where(ImportDecision.centre_id == centre.id, ImportDecision.decided_at.is_(None))
            .order_by(ImportDecision.id)
        ).all()
        return [Decision(d.id, d.external_id, d.reason, d.service, d.at, d.detail, d.source) for d in found]


DECISIONS = ("booked_by_hand", "dismissed")


def decide(db: Database, centre: Centre, actor: Actor, clock: Clock, decision_id: int, decision: str) -> Decision:
    """The team lead settles a row of the decision list: booked by hand elsewhere, or dismissed."""
    if decision not in DECISIONS:
        raise DecisionError(f"a decision is one of {', '.join(DECISIONS)}, not {decision!r}")
    with perform(db, actor, Permission.IMPORT_APPOINTMENTS, clock) as change:
        row = change.session.get(ImportDecision, decision_id)
        if row is None or row.centre_id != centre.id or row.decided_at is not None:
            raise DecisionError(f"no open row {decision_id} on the decision list")
        row.decided_at, row.decision = change.now, decision
        change.audit("import", f"decision {decision_id} ({row.reason}, {row.source}): {decision}")
        return Decision(row.id, row.external_id, row.reason, row.service, row.at, row.detail, row.source)


def _fingerprint(row: BookingRow) -> str:
    text_ = f"{row.external_id}|{row.at}|{row.service}|{row.cancelled}|{row.problem}"
    return hashlib.sha256(text_.encode()).hexdigest()[:32]


class _Importer:
    def __init__(self, db: Database, centre: Centre, router: Router, session: Session, now: dt.datetime, source: str,
                 write: bool = True):
        self.db = db
        self.write = write  # False: only decide each row (the preview), change nothing
        self.plan: list[RowPlan] = []
        self.centre = centre
        self.router = router
        self.session = session
        self.now = now
        self.source = source[:300]
        self.units = {u.id: u for u in centre.units}
        self._route_cache: dict[str, tuple[Unit | None, str | None]] = {}
        self._hours = {u.id: Hours(centre, u) for u in centre.units}
        self._openings: dict[tuple[str, dt.date], list] = {}

    # -- deciding each row ---------------------------------------------------------------

    def route(self, service: str) -> tuple[Unit | None, str | None]:
        """(unit, concern id) for a service name; cached: a file names few services many times."""
        key = service.casefold().strip()
        if key not in self._route_cache:
            self._route_cache[key] = self._route(service)
        return self._route_cache[key]

    def _route(self, service: str) -> tuple[Unit | None, str | None]:
        key = service.casefold().strip()
        for unit in self.centre.units:
            if any(key == name.casefold() for name in unit.name.values.values() if name):
                return unit, None
        for concern in self.centre.concerns:
            if any(key == label.casefold() for label in concern.label.values.values() if label):
                return self.units.get(concern.units[0]), concern.id
        best = self.router.route(service).best
        if best is None:
            return None, None
        return best.unit, best.concern.id

    def open_at(self, unit: Unit, at: dt.datetime) -> bool:
        key = (unit.id, at.date())
        if key not in self._openings:
            self._openings[key] = self._hours[unit.id].openings_on(at.date(), "appointment")
        return any(o.start <= at < o.end for o in self._openings[key])

    # -- the run -------------------------------------------------------------------------

    def run(self, rows: list[BookingRow]) -> ImportResult:
        s = self.session
        result = ImportResult(self.source, rows=len(rows))
        ids = [r.external_id for r in rows if r.external_id]
        known: dict[str, Entry] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            for entry in s.scalars(select(Entry).where(Entry.centre_id == self.centre.id, Entry.external_id.in_(chunk))):
                known[entry.external_id] = entry
        listed = set(s.execute(
            select(ImportDecision.external_id, ImportDecision.fingerprint).where(ImportDecision.centre_id == self.centre.id)
        ).all())
        times = [r.at for r in rows if r.at is not None]
        taken: Counter = Counter()
        counters: dict[tuple[str, dt.date], int] = {}
        if times:
            lo, hi = min(times), max(times)
            taken.update({(u, at): n for u, at, n in s.execute(
                select(Entry.unit_id, Entry.at, func.count())
                .where(Entry.centre_id == self.centre.id, Entry.kind == E.APPOINTMENT, Entry.status.not_in(E.RELEASED),
                       Entry.day >= lo.date(), Entry.day <= hi.date())
                .group_by(Entry.unit_id, Entry.at)
            ).all()})
            query = select(DayCounter).where(DayCounter.centre_id == self.centre.id, DayCounter.day >= lo.date(),
                                             DayCounter.day <= hi.date())
            counters = {(c.unit_id, c.day): c.last_number
                        for c in s.scalars(query.with_for_update() if self.write else query)}
        existing_counters = set(counters)
        new_entries: list[dict] = []
        new_events: list[dict] = []
        decisions: list[dict] = []
        seen: set[str] = set()
        next_id = (s.scalar(select(func.max(Entry.id))) or 0) + 1

        def note(row: BookingRow, outcome: str, unit_id: str | None = None, **more) -> None:
            self.plan.append(RowPlan(row.line, row.external_id, row.at, row.service, unit_id, outcome, **more))

        def decide(row: BookingRow, reason: str, detail: str) -> None:
            fp = _fingerprint(row)
            if (row.external_id or f"line {row.line}", fp) in listed:
                result.already_listed += 1
                note(row, TO_DECIDE, reason=reason, detail=detail, already_listed=True)
                return
            note(row, TO_DECIDE, reason=reason, detail=detail)
            listed.add((row.external_id or f"line {row.line}", fp))
            result.to_decide += 1
            result.reasons[reason] += 1
            decisions.append(dict(centre_id=self.centre.id, external_id=(row.external_id or f"line {row.line}")[:128],
                                  source=self.source, reason=reason, service=row.service[:300], at=row.at,
                                  detail=detail[:500], fingerprint=fp, created_at=self.now))

        bumped: set[tuple[str, dt.date]] = set()

        def ticket(unit: Unit, day: dt.date) -> tuple[int, str]:
            key = (unit.id, day)
            bumped.add(key)
            counters[key] = counters.get(key, 0) + 1
            return counters[key], f"{unit.ticket_prefix}-{counters[key]:03d}"

        for row in rows:
            if row.problem:
                decide(row, BAD_ROW, f"line {row.line}: {row.problem}")
                continue
            if row.external_id in seen:
                decide(row, DUPLICATE, f"line {row.line}: the booking id appears twice in the file")
                continue
            seen.add(row.external_id)
            entry = known.get(row.external_id)
            if entry is not None and row.cancelled:
                if entry.status == E.CANCELLED:
                    result.unchanged += 1
                    note(row, UNCHANGED, entry.unit_id)
                elif E.may_change(entry.kind, entry.status, E.CANCELLED):
                    if self.write:
                        self._status(entry, E.CANCELLED)
                    taken[(entry.unit_id, entry.at)] -= 1
                    result.cancelled += 1
                    note(row, CANCELLED, entry.unit_id)
                else:
                    decide(row, BAD_ROW, f"cancelled in the booking system, but already '{entry.status}' here")
                continue
            if row.cancelled:  # cancelled before it ever arrived here: nothing to book
                result.unchanged += 1
                note(row, UNCHANGED)
                continue
            unit, concern_id = self.route(row.service)
            if unit is None:
                decide(row, NO_UNIT, f"no unit found for the service {row.service[:80]!r}")
                continue
            if entry is not None and entry.unit_id == unit.id and entry.at == row.at and entry.status != E.CANCELLED:
                result.unchanged += 1
                note(row, UNCHANGED, unit.id)
                continue
            if row.at < self.now and (entry is None or entry.at != row.at):
                decide(row, IN_THE_PAST, f"{row.at:%d.%m.%Y %H:%M} has passed")
                continue
            if not self.open_at(unit, row.at):
                decide(row, OUTSIDE_HOURS, f"{unit.name.get('de')} takes no appointments at {row.at:%d.%m.%Y %H:%M}")
                continue
            if taken[(unit.id, row.at)] >= unit.slot_capacity:
                decide(row, SLOT_FULL, f"the slot {row.at:%d.%m.%Y %H:%M} at {unit.name.get('de')} is full")
                continue
            taken[(unit.id, row.at)] += 1
            if entry is not None:  # moved to another time or service
                if entry.status not in E.REBOOKABLE:
                    decide(row, BAD_ROW, f"changed in the booking system, but '{entry.status}' here")
                    taken[(unit.id, row.at)] -= 1
                    continue
                taken[(entry.unit_id, entry.at)] -= 1
                result.moved += 1
                note(row, MOVED, unit.id)
                if not self.write:
                    continue
                if entry.unit_id != unit.id or entry.day != row.at.date():
                    entry.ticket_number, entry.ticket = ticket(unit, row.at.date())
                entry.unit_id, entry.day, entry.at = unit.id, row.at.date(), row.at
                entry.concern_id = concern_id
                self._status(entry, E.BOOKED)
                continue
            number, label = ticket(unit, row.at.date())
            new_entries.append(dict(
                id=next_id, centre_id=self.centre.id, unit_id=unit.id, concern_id=concern_id, kind=E.APPOINTMENT,
                day=row.at.date(), ticket_number=number, ticket=label, at=row.at, created_at=self.now,
                status=E.BOOKED, status_at=self.now, language=row.language, staff=IMPORT_STAFF,
                external_id=row.external_id, booking_code=row.code,
            ))
            new_events.append(dict(entry_id=next_id, status=E.BOOKED, at=self.now, staff=IMPORT_STAFF))
            next_id += 1
            result.created += 1
            note(row, NEW, unit.id)
        if not self.write:
            return result
        s.flush()
        if new_entries:
            s.execute(insert(Entry), new_entries)
            s.execute(insert(StatusEvent), new_events)
            if self.db.engine.dialect.name == "postgresql":
                s.execute(text("SELECT setval(pg_get_serial_sequence('entry', 'id'), (SELECT max(id) FROM entry))"))
        if decisions:
            s.execute(insert(ImportDecision), decisions)
        self._save_counters({k: counters[k] for k in bumped}, existing_counters)
        return result

    def _status(self, entry: Entry, status: str) -> None:
        entry.status = status
        entry.status_at = self.now
        self.session.add(StatusEvent(entry_id=entry.id, status=status, at=self.now, staff=IMPORT_STAFF))

    def _save_counters(self, counters: dict, existing: set) -> None:
        s = self.session
        fresh = [dict(centre_id=self.centre.id, unit_id=u, day=d, last_number=n)
                 for (u, d), n in counters.items() if (u, d) not in existing]
        for (u, d), n in counters.items():
            if (u, d) in existing:
                s.execute(update(DayCounter).where(DayCounter.centre_id == self.centre.id, DayCounter.unit_id == u,
                                                   DayCounter.day == d, DayCounter.last_number < n).values(last_number=n))
        if fresh:
            s.execute(insert(DayCounter), fresh)
