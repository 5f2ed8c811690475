"""The right ticket for the right place, and an honest waiting time.

* :func:`advice` says, before a walk-in ticket is issued, whether the unit is
  open now, closed until a later opening, or a partner outside the building
  (a unit whose address is not the centre's): those get a referral slip and no
  waiting number.
* :func:`issue_walk_in` is the use case behind F5: one transaction makes the
  ticket, stores from when it is valid (a closed unit: "ab 13:00 Uhr") and the
  waiting-time range printed on the slip.
* :func:`refer_to_partner` records a visitor sent to an outside partner: a
  visit with status 'referred' (in the day log and the figures, never in the
  queue) and nothing to wait for.
* :func:`estimate` gives the range ("etwa 20–40 Minuten") from the centre's own
  history — how many minutes a call took at this unit on this weekday around
  this hour — and today's queue; :func:`accuracy` says how often the real wait
  fell inside the printed range. Both read calls and waits from the one visit
  timeline (:mod:`~welcome_desk.core.timeline`).
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass, field
from typing import Mapping

from sqlalchemy import func, select

from welcome_desk.core import entries as E
from welcome_desk.core.actor import Actor
from welcome_desk.core.booking import BookingError, BookingService
from welcome_desk.core.booking_rules import checked_texts, require_walk_in
from welcome_desk.core.centre import Centre, Unit
from welcome_desk.core.clock import Clock, elapsed_seconds
from welcome_desk.core.database import Database
from welcome_desk.core.entries import EntryView
from welcome_desk.core.hours import Hours, Opening
from welcome_desk.core.models import Entry, StatusEvent, VisitCall
from welcome_desk.core.timeline import clock_changes, instant_seconds, timeline_select
from welcome_desk.core.permissions import Permission
from welcome_desk.core.usecase import perform

OPEN, CLOSED, OUTSIDE = "open", "closed", "outside"
HISTORY_WEEKS = 8
MIN_HISTORY_GAPS = 5  # fewer calls than this in the history: use the unit's slot length as the pace
MAX_GAP_MIN = 60  # a longer pause between two calls is a break, not the pace
LOW_SHARE, HIGH_SHARE, HIGH_EXTRA = 0.5, 1.6, 10  # the range around the expected wait (checked by accuracy())
STEP = 5  # minutes: ranges are printed in fives


@dataclass(frozen=True)
class Advice:
    """What reception should know before issuing a walk-in ticket for ``unit``."""

    kind: str  # OPEN, CLOSED or OUTSIDE
    unit: Unit
    next_opening: Opening | None = None  # CLOSED: when it opens next (None: not within weeks)


@dataclass(frozen=True)
class WaitInfo:
    """What the slip and the desk show about waiting for one visit."""

    valid_from: dt.datetime | None = None  # a ticket for a unit that opens later
    low: int | None = None  # minutes
    high: int | None = None

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None


def is_outside(centre: Centre, unit: Unit) -> bool:
    """A unit with an address of its own that is not the centre's: visitors go there, not to a counter here."""
    if unit.location is None:
        return False
    here, there = centre.location.address, unit.location.address
    return (there.address_1, there.postal_code) != (here.address_1, here.postal_code)


def advice(centre: Centre, unit: Unit, now: dt.datetime) -> Advice:
    if is_outside(centre, unit):
        return Advice(OUTSIDE, unit)
    hours = Hours(centre, unit)
    if hours.is_open(now):
        return Advice(OPEN, unit)
    return Advice(CLOSED, unit, hours.next_opening(now))


# -- estimate ------------------------------------------------------------------------------


def _pace_minutes(db: Database, centre: Centre, unit: Unit, now: dt.datetime) -> float:
    """Median minutes between two visits' first calls at this unit on this weekday, within an hour
    of now, in recent weeks. A call is the visit timeline's (:mod:`~welcome_desk.core.timeline`):
    the *first* call of a visit's story, so re-calls and put-backs do not make the pace look faster."""
    since = now.date() - dt.timedelta(weeks=HISTORY_WEEKS)
    where = [Entry.centre_id == centre.id, Entry.unit_id == unit.id, Entry.day >= since, Entry.day < now.date()]
    story = timeline_select(where, postgres=not db.is_sqlite).subquery()
    with db.read() as session:
        rows = session.execute(
            select(story.c.called_wall).where(story.c.called_wall.is_not(None)).order_by(story.c.called_wall)
        ).scalars().all()
    gaps: list[float] = []
    previous: dt.datetime | None = None
    for at in rows:
        near = at.weekday() == now.weekday() and abs(at.hour - now.hour) <= 1
        if previous is not None and near and previous.date() == at.date():
            gap = elapsed_seconds(previous, at, centre.timezone) / 60
            if 0 < gap <= MAX_GAP_MIN:
                gaps.append(gap)
        previous = at
    if len(gaps) < MIN_HISTORY_GAPS:
        return float(unit.slot_minutes)
    return statistics.median(gaps)


def _ahead(db: Database, centre: Centre, unit: Unit, day: dt.date) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count(Entry.id)).where(
                Entry.centre_id == centre.id, Entry.unit_id == unit.id, Entry.day == day, Entry.status == E.ARRIVED
            )
        ) or 0


def wait_range(ahead: int, pace: float) -> tuple[int, int]:
    """The printed range in minutes for a visitor with ``ahead`` people before them at ``pace``
    minutes a call: from half the expected wait to 1.6 times it plus ten, in fives."""
    expected = (ahead + 0.5) * pace
    low = STEP * math.floor(expected * LOW_SHARE / STEP)
    high = max(low + STEP, STEP * math.ceil((expected * HIGH_SHARE + HIGH_EXTRA) / STEP))
    return low, high


def estimate(db: Database, centre: Centre, unit_id: str, now: dt.datetime, start: dt.datetime | None = None) -> WaitInfo:
    """The waiting range for a visitor arriving now (or for a ticket valid from ``start``)."""
    unit = centre.unit(unit_id)
    low, high = wait_range(_ahead(db, centre, unit, now.date()), _pace_minutes(db, centre, unit, start or now))
    return WaitInfo(start, low, high)


class PaceBook:
    """Each unit's pace for the hour now, read from the history once an hour (the call display
    asks at every call; the history changes only with the day)."""

    def __init__(self, db: Database, centre: Centre) -> None:
        self._db, self._centre = db, centre
        self._paces: dict[tuple[str, dt.date, int], float] = {}

    def range_for(self, unit_id: str, ahead: int, now: dt.datetime) -> tuple[int, int]:
        key = (unit_id, now.date(), now.hour)
        if key not in self._paces:
            if len(self._paces) > 4 * len(self._centre.units):
                self._paces.clear()  # an hour gone by: bounded for weeks of running
            self._paces[key] = _pace_minutes(self._db, self._centre, self._centre.unit(unit_id), now)
        return wait_range(ahead, self._paces[key])


@dataclass(frozen=True)
class Accuracy:
    """How often the real wait fell inside the printed range: overall, and per unit in ``units``."""

    visits: int  # visits with a printed range that were called
    inside: int  # of them, the real wait fell inside the range
    units: Mapping[str, Accuracy] = field(default_factory=dict)

    @property
    def share(self) -> float | None:
        return self.inside / self.visits if self.visits else None


def estimate_checks(db: Database, centre: Centre, where: list, start: dt.date, end: dt.date) -> list[tuple[str, bool]]:
    """``(unit_id, inside)`` for each called visit matching ``where`` that had a printed range.

    The real wait is the visit timeline's (arrival → first call, in SQL with the clock-change
    rows read exactly), counted from when the ticket became valid when that was later than the
    arrival (a ticket issued before the unit opened waits from the opening, as its slip says).
    """
    changes = clock_changes(centre.timezone, start, end)
    estimated = select(VisitCall.entry_id).where(VisitCall.wait_low.is_not(None))
    story = timeline_select([*where, Entry.id.in_(estimated)], postgres=not db.is_sqlite, changes=changes).subquery()
    out: list[tuple[str, bool]] = []
    with db.read() as session:
        rows = session.execute(
            select(story.c.unit_id, story.c.arrived, story.c.called, story.c.wait_s,
                   VisitCall.wait_low, VisitCall.wait_high, VisitCall.valid_from)
            .join(VisitCall, VisitCall.entry_id == story.c.entry_id)
            .where(story.c.called.is_not(None))
        ).all()
    for unit_id, arrived, called, wait_s, low, high, valid_from in rows:
        if arrived is None:
            continue
        waited = int(wait_s)
        if valid_from is not None and instant_seconds(valid_from, changes) > arrived:
            waited = int(called) - instant_seconds(valid_from, changes)
        out.append((unit_id, low * 60 <= max(0, waited) <= high * 60))
    return out


def accuracy_of(checks: list[tuple[str, bool]]) -> Accuracy:
    per_unit: dict[str, list[int]] = {}
    for unit_id, inside in checks:
        pair = per_unit.setdefault(unit_id, [0, 0])
        pair[0] += 1
        pair[1] += inside
    units = {u: Accuracy(n, k) for u, (n, k) in per_unit.items()}
    return Accuracy(len(checks), sum(inside for _u, inside in checks), units)


def accuracy(db: Database, centre: Centre, start: dt.date, end: dt.date) -> Accuracy:
    """How often the real wait fell inside the printed range, for visits on ``start`` … ``end``."""
    where = [Entry.centre_id == centre.id, Entry.day >= start, Entry.day <= end]
    return accuracy_of(estimate_checks(db, centre, where, start, end))


# -- use cases -----------------------------------------------------------------------------


def issue_walk_in(
    db: Database,
    centre: Centre,
    actor: Actor,
    clock: Clock,
    unit_id: str,
    concern_id: str | None = None,
    *,
    language: str = "de",
    query_text: str | None = None,
    visitor_name: str | None = None,
    visitor_contact: str | None = None,
    closed_ok: bool = False,
) -> tuple[EntryView, WaitInfo]:
    """A walk-in ticket with its waiting range; for a closed unit only with ``closed_ok``, valid from its opening.

    Outside partners get no ticket (use :func:`refer_to_partner`).
    """
    booking = BookingService(db, centre, clock=clock, staff=actor.name)
    unit = booking.unit(unit_id)
    booking._check_concern(concern_id)
    require_walk_in(unit)
    now = clock()
    told = advice(centre, unit, now)
    if told.kind == OUTSIDE:
        raise BookingError("outside_partner", f"{unit.name.get('en')} is outside the building: refer the visitor there, "
                           "no waiting number", unit=unit.id)
    valid_from = None
    if told.kind == CLOSED:
        if told.next_opening is None or told.next_opening.start.date() != now.date():
            raise BookingError("closed_today", f"{unit.name.get('en')} does not open again today; book an appointment",
                               unit=unit.id)
        if not closed_ok:
            raise BookingError("closed_now", f"{unit.name.get('en')} is closed until {told.next_opening.start:%H:%M}",
                               unit=unit.id, opens=told.next_opening.start)
        valid_from = told.next_opening.start
    wait = estimate(db, centre, unit.id, now, valid_from)
    texts = checked_texts(query_text, visitor_name, visitor_contact, language)
    with perform(db, actor, Permission.WALK_IN, clock) as change:
        entry = booking._insert(change.session, unit, concern_id, E.WALK_IN, now, change.now, language, *texts)
        change.session.add(VisitCall(entry_id=entry.id, missed_calls=0, parked=False,
                                     wait_low=wait.low, wait_high=wait.high, valid_from=valid_from))
        change.session.flush()
        return EntryView.of(entry), wait


def refer_to_partner(
    db: Database,
    centre: Centre,
    actor: Actor,
    clock: Clock,
    unit_id: str,
    concern_id: str | None = None,
    *,
    language: str = "de",
    query_text: str | None = None,
) -> EntryView:
    """A visitor sent to a partner outside the building: logged as 'referred', never waiting here."""
    booking = BookingService(db, centre, clock=clock, staff=actor.name)
    unit = booking.unit(unit_id)
    booking._check_concern(concern_id)
    if not is_outside(centre, unit):
        raise BookingError("not_outside", f"{unit.name.get('en')} is in this building: issue a ticket instead", unit=unit.id)
    texts = checked_texts(query_text, None, None, language)
    with perform(db, actor, Permission.REFER, clock) as change:
        entry = booking._insert(change.session, unit, concern_id, E.WALK_IN, change.now, change.now, language, *texts)
        entry.status = E.REFERRED
        entry.status_at = change.now
        entry.events.append(StatusEvent(status=E.REFERRED, at=change.now, staff=actor.name))
        change.audit("partner_referral", f"{unit.id}")
        change.session.flush()
        return EntryView.of(entry)


def wait_info(db: Database, entry_id: int) -> WaitInfo:
    """What was stored about waiting with this visit (empty for visits before estimates)."""
    with db.read() as session:
        row = session.get(VisitCall, entry_id)
    if row is None:
        return WaitInfo()
    return WaitInfo(row.valid_from, row.wait_low, row.wait_high)
