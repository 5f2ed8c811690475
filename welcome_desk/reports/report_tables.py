"""Tables of the county report: comparison columns, right-aligned numbers, small counts suppressed.

A count from 1 to 4 is shown as "< 5" wherever it could point at a person (a
language, a concern, a unit's day), and a count that would give a "< 5" away
through a total as "×" (:mod:`.suppression`: the marks come from there, the
same for the PDF, the indicator sheet and the command line); a time is shown
only when at least five visits were measured (a share of waits inside the
announced range: from five visits checked). Only totals of visits are not
suppressed: they describe the whole house.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from welcome_desk.core.stats import Durations, Summary
from welcome_desk.core.waiting import Accuracy
from welcome_desk.reports import phrases as P
from welcome_desk.reports.pdfdoc import HEAD_BG, INK, RULE, ZEBRA, para
from welcome_desk.reports.suppression import HIDDEN, LESS_THAN_5, SMALL, Marks, rate_shown, unit_share_shown

Period = tuple  # (start, end) of a period: the key of its cells in the marks


def count_text(n: int | None, lang: str, suppress: bool = True) -> str:
    if n is None:
        return "—"
    if suppress and 0 < n < SMALL:
        return P.t("small_count", lang)
    return P.number(n, lang)


def marked_text(marks: Marks, key, n: int | None, lang: str) -> str:
    """A count as the marks say: the number, "< 5" or "×"."""
    mark = marks(key)
    if n is not None and mark == LESS_THAN_5:
        return P.t("small_count", lang)
    if n is not None and mark == HIDDEN:
        return P.t("hidden_count", lang)
    return count_text(n, lang, suppress=False)


def share_text(n: int, total: int, lang: str, suppress: bool = True) -> str:
    if not total:
        return "—"
    if suppress and 0 < n < SMALL:
        return "—"
    return P.percent(n / total, lang)


def minutes_text(value: float | None, measured: int, lang: str) -> str:
    """A time in minutes, or "—" when fewer than :data:`SMALL` visits were measured."""
    return P.minutes(value, lang) if measured >= SMALL else "—"


def hit_text(acc: Accuracy | None, lang: str) -> str:
    """The share of waits inside the announced range, or "—" below :data:`SMALL` visits checked."""
    if acc is None or acc.visits < SMALL:
        return "—"
    return P.percent(acc.share, lang)


def unit_hit_text(acc: Accuracy | None, count_shown: bool, lang: str) -> str:
    """A unit's share, hidden as "×" when the unit's visits are hidden: the share would give them away."""
    text = hit_text(acc, lang)
    return text if count_shown or text == "—" else "×"


def table(data: list[list], widths: list[float], st, numeric_from: int = 1, bold_last: bool = False,
          font_size: float = 8.5) -> Table:
    """A zebra table with a bold header; columns from ``numeric_from`` right-aligned; text wraps, never cut."""
    f = st.fonts
    head_left = ParagraphStyle("headl", fontName=f.bold, fontSize=font_size - 0.5, leading=font_size + 1, textColor=INK)
    head_right = ParagraphStyle("headr", parent=head_left, alignment=TA_RIGHT)
    cell = ParagraphStyle("cellw", fontName=f.regular, fontSize=font_size, leading=font_size + 2, textColor=INK)
    cell_bold = ParagraphStyle("cellb", parent=cell, fontName=f.bold)
    rows = [[para(text, head_right if i >= numeric_from else head_left) for i, text in enumerate(data[0])]]
    for r, row in enumerate(data[1:], start=1):
        last = bold_last and r == len(data) - 1
        rows.append([para(v, cell_bold if last else cell) if i < numeric_from else v for i, v in enumerate(row)])
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 1), (-1, -1), f.regular, font_size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last:
        style += [("FONT", (numeric_from, -1), (-1, -1), f.bold, font_size), ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE)]
    t.setStyle(TableStyle(style))
    return t


def comparison_rows(
    names: dict[str, str], current: dict[str, int], others: list[dict[str, int]], total: int, lang: str,
    order: list[str] | None = None, *, marks: Marks, table: str, periods: list[Period],
) -> list[list[str]]:
    """Rows ``name, count, share, count in each comparison period`` for the keys of ``current``
    (and of the others), biggest first; counts as the ``marks`` of ``(table, *period, key)`` say."""
    keys = order or sorted(set(current) | {k for o in others for k in o}, key=lambda k: (-current.get(k, 0), names.get(k, k)))
    rows = []
    for key in keys:
        n = current.get(key, 0)
        here = (table, *periods[0], key)
        rows.append([names.get(key, key), marked_text(marks, here, n, lang),
                     share_text(n, total, lang) if marks.shown(here) else "—",
                     *(marked_text(marks, (table, *p, key), o.get(key, 0), lang) for o, p in zip(others, periods[1:]))])
    return rows


def period_of(s) -> Period:
    return (s.start, s.end)


def key_figure_rows(s: Summary, others: list[Summary], lang: str, marks: Marks) -> list[list[str]]:
    """The centre's key figures for the period and each comparison period. Only the total of visits is
    never suppressed; a no-show or a cancellation that happened once or twice could point at a person."""
    every = [s, *others]

    def counts(label: str, figure: str) -> list[str]:
        return [P.t(label, lang), *(marked_text(marks, (figure, *period_of(x)), getattr(x, figure), lang) for x in every)]

    def rate(x: Summary) -> str:
        if not rate_shown(marks, *period_of(x)):
            return P.t("hidden_count", lang)
        return P.percent(x.no_show_rate, lang)

    rows = [
        [P.t("visits", lang), *(P.number(x.visits, lang) for x in every)],
        counts("walk_ins", "walk_ins"),
        counts("appointments", "appointments"),
        counts("no_shows", "no_shows"),
        [P.t("no_show_rate", lang), *(rate(x) for x in every)],
        counts("cancelled_count", "cancelled"),
        counts("referred_out", "referred_out"),
        counts("referred_other_building", "referred_other_building"),
        counts("referred_in", "referred_in"),
    ]
    times = [
        ("wait_median", s.wait_median_min), ("wait_p90", s.wait_p90_min),
        ("service_median", s.service_median_min), ("service_p90", s.service_p90_min),
    ]
    for label, value in times:
        measured = s.waits_measured if label.startswith("wait") else s.services_measured
        rows.append([P.t(label, lang), minutes_text(value, measured, lang), *("" for _ in others)])
    rows.append([P.t("estimate_checked", lang), count_text(s.estimates.visits, lang), *("" for _ in others)])
    rows.append([P.t("estimate_hit", lang), hit_text(s.estimates, lang), *("" for _ in others)])
    return rows


def unit_time_rows(names: dict[str, str], s: Summary, lang: str, marks: Marks) -> list[list[str]]:
    """Per unit: visits, waiting p50/p90, service p50/p90 (times from 5 measured visits) and the share of
    waits inside the announced range (from 5 checked visits), then the whole house."""
    rows = []
    for unit_id, n in s.by_unit.items():
        d = s.unit_times.get(unit_id, Durations())
        rows.append([names.get(unit_id, unit_id), marked_text(marks, ("unit", *period_of(s), unit_id), n, lang),
                     minutes_text(d.wait_median_min, d.waits_measured, lang),
                     minutes_text(d.wait_p90_min, d.waits_measured, lang),
                     minutes_text(d.service_median_min, d.services_measured, lang),
                     minutes_text(d.service_p90_min, d.services_measured, lang),
                     unit_hit_text(s.estimates.units.get(unit_id), unit_share_shown(marks, *period_of(s), unit_id), lang)])
    rows.append([P.t("total", lang), P.number(s.visits, lang),
                 minutes_text(s.wait_median_min, s.waits_measured, lang), minutes_text(s.wait_p90_min, s.waits_measured, lang),
                 minutes_text(s.service_median_min, s.services_measured, lang),
                 minutes_text(s.service_p90_min, s.services_measured, lang), hit_text(s.estimates, lang)])
    return rows
