"""Which counts of the county report are hidden: small counts, and what would give them away.

**Primary suppression.** A count from 1 to 4 that could point at a person is
shown as "< 5".

**Secondary suppression** (issue 14). A "< 5" is no use if it can be worked out
from what is shown beside it: the visits of a month are printed exactly, so if
the languages of that month show every count but one, the hidden one is the
difference. Official statistics know two remedies: hide further cells (the
next smallest of the same row or column) or round the totals. Rounding is no
option here: the visits of a month must match the day lists to the visit. So
the report hides further cells, marked "×", always cells of 5 or more (they
need no protection themselves), the smallest first, until no hidden small
count can be worked out: a reader who knows every shown figure, every total
and this rule (a "×" is 5 or more) is left with at least two possible values
for each of them. Where a table is too small for that (a handful of visits in
a month), all of its cells in that period are withheld ("×", no range claimed).

The report is one system of sums: the visits of a period are walk-ins plus
appointments, and are the sum over subject areas, units, languages and
weekdays; a subject area is the sum of its concerns; the twelve-month table's
total is the sum of its months; the same month in two tables is the same cell.
:func:`attacker_bounds` is what a reader can learn from it (interval
propagation over the sums); :func:`protect` chooses the cells to hide. PDF,
indicator sheet (XLSX, CSV) and the command line take their marks from
:func:`report_marks`, so every output hides the same cells.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Hashable, Iterable

SMALL = 5  # counts below this (and above 0) are not shown exactly
SHOWN, LESS_THAN_5, HIDDEN = "shown", "small", "hidden"
_UNBOUNDED = 10**12

Key = Hashable


@dataclass
class Sums:
    """Cells (key → count) and the sums that tie them: ``total = part + part + …``."""

    values: dict[Key, int] = field(default_factory=dict)
    sums: list[tuple[Key, tuple[Key, ...]]] = field(default_factory=list)
    public: set[Key] = field(default_factory=set)  # always shown exactly (visits of a period)
    suppressible: set[Key] = field(default_factory=set)  # may be "< 5" or "×"

    def cell(self, key: Key, value: int, *, public: bool = False) -> Key:
        old = self.values.setdefault(key, int(value))
        if old != int(value):
            raise ValueError(f"cell {key!r} has two values ({old}, {value})")
        (self.public if public else self.suppressible).add(key)
        return key

    def add_sum(self, total: Key, parts: Iterable[Key]) -> None:
        parts = tuple(parts)
        if parts and sum(self.values[p] for p in parts) == self.values[total]:
            self.sums.append((total, parts))


@dataclass(frozen=True)
class Marks:
    """How each cell is shown: :data:`SHOWN`, :data:`LESS_THAN_5` or :data:`HIDDEN`."""

    marks: dict[Key, str]
    withheld: frozenset[Key] = frozenset()

    def __call__(self, key: Key) -> str:
        return self.marks.get(key, SHOWN)

    def shown(self, key: Key) -> bool:
        return self(key) == SHOWN


def attacker_bounds(sums: Sums, marks: Marks) -> dict[Key, tuple[int, int]]:
    """The smallest and largest value of every cell that the shown figures and the sums allow."""
    bounds: dict[Key, tuple[int, int]] = {}
    for key, value in sums.values.items():
        mark = marks(key)
        if mark == SHOWN:
            bounds[key] = (value, value)
        elif mark == LESS_THAN_5:
            bounds[key] = (1, SMALL - 1)
        else:
            bounds[key] = (0, _UNBOUNDED) if key in marks.withheld else (SMALL, _UNBOUNDED)
    for _ in range(200):
        changed = False
        for total, parts in sums.sums:
            lo_sum = sum(bounds[p][0] for p in parts)
            hi_sum = sum(bounds[p][1] for p in parts)
            t_lo, t_hi = bounds[total]
            new = (max(t_lo, lo_sum), min(t_hi, hi_sum))
            if new != bounds[total]:
                bounds[total], changed = new, True
            t_lo, t_hi = new
            for p in parts:
                p_lo, p_hi = bounds[p]
                new = (max(p_lo, t_lo - (hi_sum - p_hi)), min(p_hi, t_hi - (lo_sum - p_lo)))
                if new != (p_lo, p_hi):
                    lo_sum += new[0] - p_lo
                    hi_sum += new[1] - p_hi
                    bounds[p], changed = new, True
        if not changed:
            break
    return bounds


def exposed(sums: Sums, marks: Marks) -> list[Key]:
    """Hidden small counts a reader can work out exactly from what is shown (one value left)."""
    bounds = attacker_bounds(sums, marks)
    out = []
    for key, value in sums.values.items():
        if not 0 < value < SMALL or marks(key) == SHOWN:
            continue
        lo, hi = bounds[key]
        if lo >= hi:
            out.append(key)
    return out


def protect(sums: Sums) -> Marks:
    """Primary "< 5", then secondary "×" (smallest first) until nothing is :func:`exposed`."""
    marks = {k: LESS_THAN_5 for k in sums.suppressible if 0 < sums.values[k] < SMALL}
    withheld: set[Key] = set()
    given_up: set[Key] = set()
    by_cell: dict[Key, list[tuple[Key, tuple[Key, ...]]]] = {}
    for total, parts in sums.sums:
        for key in (total, *parts):
            by_cell.setdefault(key, []).append((total, parts))
    while True:
        current = Marks(dict(marks), frozenset(withheld))
        todo = [k for k in exposed(sums, current) if k not in given_up]
        if not todo:
            return current
        key = min(todo, key=lambda k: (sums.values[k], str(k)))
        near = {k for total, parts in by_cell.get(key, ()) for k in (total, *parts)}
        candidates = sorted(
            (k for k in near if k in sums.suppressible and k not in marks and sums.values[k] >= SMALL),
            key=lambda k: (sums.values[k], str(k)),
        )
        if candidates:
            marks[candidates[0]] = HIDDEN
            continue
        # Nothing left to hide beside it: withhold every cell of its sums in this period.
        fresh = [k for k in near if k in sums.suppressible and k not in withheld]
        if not fresh or key in withheld:
            given_up.add(key)
            continue
        for k in fresh:
            marks[k] = HIDDEN
            withheld.add(k)


# --------------------------------------------------------------------------- the county report's sums


def report_sums(data, group_of: dict[str, str]) -> Sums:
    """The cells of a county report (:class:`~welcome_desk.reports.periods.PeriodData`) and their sums.

    Keys: ``(figure, start, end)`` for a period's own figures (walk_ins, appointments,
    no_shows, cancelled, referred_out, referred_in, referred_other_building, visits) and
    ``(table, start, end, key)`` for its breakdowns (group, concern, unit, language, weekday).
    """
    sums = Sums()
    for s in [data.summary, *data.comparisons]:
        p = (s.start, s.end)
        visits = sums.cell(("visits", *p), s.visits, public=True)
        split = [sums.cell(("walk_ins", *p), s.walk_ins), sums.cell(("appointments", *p), s.appointments)]
        sums.add_sum(visits, split)
        for figure in ("no_shows", "cancelled", "referred_out", "referred_in", "referred_other_building"):
            sums.cell((figure, *p), getattr(s, figure))
        groups: dict[str, list[Key]] = {}
        group_counts: dict[str, int] = {}
        for concern, n in s.by_concern.items():
            g = group_of.get(concern, "")
            groups.setdefault(g, []).append(sums.cell(("concern", *p, concern), n))
            group_counts[g] = group_counts.get(g, 0) + n
        for g, parts in groups.items():
            sums.add_sum(sums.cell(("group", *p, g), group_counts[g]), parts)
        sums.add_sum(visits, [("group", *p, g) for g in groups])
        for table, counts in (("unit", s.by_unit), ("language", s.by_language),
                              ("weekday", {str(k): v for k, v in s.by_weekday.items()})):
            sums.add_sum(visits, [sums.cell((table, *p, k), n) for k, n in counts.items()])
    months = list(data.months)
    if months:
        for m in months:
            p = (m.start, m.end)
            try:
                visits = sums.cell(("visits", *p), m.visits, public=True)
                split = [sums.cell(("walk_ins", *p), m.walk_ins), sums.cell(("appointments", *p), m.appointments)]
                sums.cell(("no_shows", *p), m.no_shows)
            except ValueError:  # a period counted two ways would be two cells; keep the report's own
                continue
            sums.add_sum(visits, split)
        whole = (months[0].start, months[-1].end)
        for figure in ("visits", "walk_ins", "appointments", "no_shows"):
            total = sum(getattr(m, figure) for m in months)
            try:
                key = sums.cell((figure, *whole), total, public=figure == "visits")
            except ValueError:
                continue
            sums.add_sum(key, [(figure, m.start, m.end) for m in months if (figure, m.start, m.end) in sums.values])
    return sums


def report_marks(data, group_of: dict[str, str]) -> tuple[Sums, Marks]:
    sums = report_sums(data, group_of)
    return sums, protect(sums)


def rate_shown(marks: Marks, start: dt.date, end: dt.date) -> bool:
    """A no-show rate gives away no-shows and appointments: shown only when both are."""
    return marks.shown(("no_shows", start, end)) and marks.shown(("appointments", start, end))


def unit_share_shown(marks: Marks, start: dt.date, end: dt.date, unit_id: str) -> bool:
    """A unit's share of waits inside the announced range has that unit's visits as its denominator
    (5 of 6 is 83.3 %): shown only when the unit's count is."""
    return marks.shown(("unit", start, end, unit_id))


__all__ = ["SMALL", "SHOWN", "LESS_THAN_5", "HIDDEN", "Sums", "Marks", "attacker_bounds", "exposed", "protect",
           "report_sums", "report_marks", "rate_shown", "unit_share_shown"]
