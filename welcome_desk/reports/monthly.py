"""The county report (PDF) for a month or a year: figures a Landkreis can publish.

What the counties ask for in their integration monitoring: visits (without
cancellations), walk-ins and appointments, referrals, no-shows, waiting and
service times (median and 90th percentile, per unit and overall, from the one
visit timeline), and volumes by subject area, concern, unit, language, weekday
and hour — each beside the previous period and the same month a year earlier.
Small counts are shown as "< 5" (see :mod:`.report_tables`); the words come
from the one glossary (resources/report_terms.json). No personal data.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, Image, KeepTogether, PageTemplate, Spacer

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.logquery import Names
from welcome_desk.core.stats import TrendPoint, month_range, next_period
from welcome_desk.reports import charts
from welcome_desk.reports import phrases as P
from welcome_desk.reports import report_tables as T
from welcome_desk.reports import suppression
from welcome_desk.reports.jobs import Job, as_job, atomic_output
from welcome_desk.reports.pdfdoc import created_text, numbered_canvas, page_footer, para, styles
from welcome_desk.reports.periods import MONTH, STEPS, PeriodData, period_data

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN
TOP_CONCERNS = 10

MonthlyData = PeriodData  # the name the review window and the tests know


def parse_month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` → (year, month); ValueError with a plain message otherwise."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        dt.date(year, month, 1)
    except ValueError:
        raise ValueError(f"not a month (YYYY-MM): {text!r}") from None
    return year, month


def parse_year(text: str) -> int:
    try:
        year = int(str(text).strip())
        dt.date(year, 1, 1)
    except ValueError:
        raise ValueError(f"not a year (YYYY): {text!r}") from None
    return year


def month_data(db: Database, centre: Centre, year: int, month: int, job: Job | None = None) -> PeriodData:
    return period_data(db, centre, year, month, job)


def year_data(db: Database, centre: Centre, year: int, job: Job | None = None) -> PeriodData:
    return period_data(db, centre, year, None, job)


def _image(png: bytes, width_cm: float, height_cm: float) -> Image:
    return Image(BytesIO(png), width=width_cm * cm, height=height_cm * cm)


def _titles(data: PeriodData, lang: str) -> tuple[str, list[str]]:
    """The report's title and the headers of the period columns."""
    if data.kind == MONTH:
        title = f"{P.t('monthly_report', lang)} {P.month_name(data.month, lang)} {data.year}"
        prev = data.previous.start
        heads = [f"{P.month_name(data.month, lang, short=True)} {data.year}",
                 f"{P.t('previous_month_head', lang)}\n{P.month_name(prev.month, lang, short=True)} {prev.year}",
                 f"{P.t('year_ago_month_head', lang)}\n{P.month_name(data.month, lang, short=True)} {data.year - 1}"]
    else:
        title = f"{P.t('yearly_report', lang)} {data.year}"
        heads = [str(data.year), f"{P.t('previous_year', lang)}\n{data.year - 1}"]
    return title, heads


def _compare_table(head: str, names: dict[str, str], current: dict, others: list[dict], total: int,
                   heads: list[str], lang: str, st, order: list[str] | None = None, *, marks, table: str, periods):
    rows = T.comparison_rows(names, current, others, total, lang, order, marks=marks, table=table, periods=periods)
    n_other = len(others)
    num_w = 2.3 * cm
    name_w = WIDTH - num_w * (2 + n_other)
    data = [[head, heads[0], P.t("share", lang), *heads[1:]], *rows]
    return T.table(data, [name_w] + [num_w] * (2 + n_other), st)


def _month_cell(marks, p: TrendPoint, lang: str, figure: str) -> str:
    return T.marked_text(marks, (figure, p.start, p.end), getattr(p, figure), lang)


def write_period_report(
    path: Path, db: Database, centre: Centre, data: PeriodData, lang: str = "de", *,
    now: dt.datetime | None = None, job: Job | None = None,
) -> PeriodData:
    """Write the report PDF all at once or not at all; returns the figures it shows."""
    P.check_lang(lang)
    job = as_job(job)
    if now is None:
        from welcome_desk.core.clock import system_clock

        now = system_clock()
    s = data.summary
    others = data.comparisons
    names = Names.of(centre, lang)
    st = styles()
    title, heads = _titles(data, lang)
    centre_name = centre.name.get(lang)
    period = f"{P.date_text(data.start, lang)} – {P.date_text(data.end, lang)}"

    concern_names = {c.id: c.label.get(lang) for c in centre.concerns} | {"": P.t("no_concern", lang)}
    unit_names = {u.id: u.name.get(lang) for u in centre.units}
    group_of = {c.id: c.group for c in centre.concerns}

    def groups(by_concern: dict[str, int]) -> dict[str, int]:
        out: dict[str, int] = {}
        for cid, n in by_concern.items():
            g = group_of.get(cid, "")
            out[g] = out.get(g, 0) + n
        return out

    group_names = {g: P.group_name(g, lang) for g in set(group_of.values()) | {""}}
    _sums, marks = suppression.report_marks(data, group_of)
    periods = [T.period_of(x) for x in [s, *others]]
    table_args = dict(marks=marks, periods=periods)
    language_names = {code: P.language_name(code, lang) for code in
                      set(s.by_language) | {k for o in others for k in o.by_language}}
    weekday_names = {str(d): P.weekday_name(d, lang) for d in range(7)}

    period_kind = "week" if data.kind == MONTH else "month"
    trend_png = charts.png(partial(charts.draw_trend, points=data.trend, period=period_kind, lang=lang,
                                   title=P.t("by_week", lang) if data.kind == MONTH else P.t("months_of_year", lang)),
                           17.4, 6.2)
    job.step(4, STEPS)
    hour_png = charts.png(partial(charts.draw_hours, by_hour=s.by_hour, lang=lang, title=""), 17.4, 5.6)
    top = [(concern_names.get(c, c), n) for c, n in list(s.by_concern.items())[:TOP_CONCERNS]
           if n >= T.SMALL and marks.shown(("concern", *periods[0], c))]
    concern_h = 1.6 + 0.62 * max(1, len(top))
    concern_png = charts.png(partial(charts.draw_ranking, items=top, lang=lang, title="", top=TOP_CONCERNS), 17.4, concern_h)
    job.step(6, STEPS)

    months_rows = [[P.t("month", lang), P.t("visits", lang), P.t("walk_ins", lang), P.t("appointments", lang),
                    P.t("no_shows", lang), P.t("no_show_rate_short", lang)]]
    def month_row(label: str, p: TrendPoint) -> list[str]:
        cell = partial(_month_cell, marks, p, lang)
        rate = P.percent(p.no_show_rate, lang) if suppression.rate_shown(marks, p.start, p.end) else P.t("hidden_count", lang)
        return [label, P.number(p.visits, lang), cell("walk_ins"), cell("appointments"), cell("no_shows"), rate]

    for p in data.months:
        months_rows.append(month_row(f"{P.month_name(p.start.month, lang)} {p.start.year}", p))
    total = TrendPoint(data.months[0].start, data.months[-1].end, *(sum(getattr(p, k) for p in data.months) for k in
                       ("visits", "walk_ins", "appointments", "no_shows", "cancelled")))
    months_rows.append(month_row(P.t("total_12", lang), total))
    first_w = 3.6 * cm

    key_w = 2.9 * cm
    key_rows = [[P.t("figures", lang), *heads], *T.key_figure_rows(s, others, lang, marks)]
    unit_rows = [[P.t("unit", lang), P.t("visits", lang), P.t("wait_p50_short", lang), P.t("wait_p90_short", lang),
                  P.t("service_p50_short", lang), P.t("service_p90_short", lang), P.t("estimate_hit_short", lang)],
                 *T.unit_time_rows(unit_names, s, lang, marks)]
    weekday_cur = {str(k): v for k, v in s.by_weekday.items()}
    weekday_others = [{str(k): v for k, v in o.by_weekday.items()} for o in others]
    weekdays = [str(d) for d in range(7) if weekday_cur.get(str(d)) or any(w.get(str(d)) for w in weekday_others)]

    story = [
        para(title, st.title),
        para(f"{centre_name} · {P.t('monthly_subtitle', lang)} · {P.t('period', lang)} {period}", st.subtitle),
        *([para(P.t("no_entries", lang), st.body)] if s.visits == 0 else []),
        T.table(key_rows, [WIDTH - key_w * len(heads)] + [key_w] * len(heads), st),
        Spacer(1, 2 * mm),
        para(P.t("measured", lang, n=P.number(s.waits_measured, lang)) + ". " + P.t("suppressed_note", lang), st.small),
        Spacer(1, 3 * mm),
        _image(trend_png, 17.4, 6.2),
        CondPageBreak(7 * cm),
        para(P.t("times_by_unit", lang), st.heading),
        T.table(unit_rows, [WIDTH - 6 * 2.2 * cm] + [2.2 * cm] * 6, st, bold_last=True),
        Spacer(1, 2 * mm),
        para(P.t("estimate_note", lang), st.small),
        CondPageBreak(6 * cm),
        para(P.t("by_group", lang), st.heading),
        _compare_table(P.t("group", lang), group_names, groups(s.by_concern), [groups(o.by_concern) for o in others],
                       s.visits, heads, lang, st, table="group", **table_args),
        CondPageBreak(concern_h * cm + 2 * cm),
        para(P.t("top_concerns", lang), st.heading),
        _image(concern_png, 17.4, concern_h),
        CondPageBreak(6 * cm),
        para(P.t("all_concerns", lang), st.heading),
        _compare_table(P.t("concern", lang), concern_names, s.by_concern, [o.by_concern for o in others], s.visits,
                       heads, lang, st, table="concern", **table_args),
        CondPageBreak(6 * cm),
        para(P.t("by_unit", lang), st.heading),
        _compare_table(P.t("unit", lang), unit_names, s.by_unit, [o.by_unit for o in others], s.visits, heads, lang, st,
                       table="unit", **table_args),
        CondPageBreak(6 * cm),
        para(P.t("by_language", lang), st.heading),
        _compare_table(P.t("language", lang), language_names, s.by_language, [o.by_language for o in others],
                       s.visits, heads, lang, st, table="language", **table_args),
        KeepTogether([
            para(P.t("by_weekday", lang), st.heading),
            _compare_table(P.t("weekday", lang), weekday_names, weekday_cur, weekday_others, s.visits, heads, lang, st,
                           order=weekdays, table="weekday", **table_args),
        ]),
        KeepTogether([para(P.t("by_hour", lang), st.heading), _image(hour_png, 17.4, 5.6)]),
        KeepTogether([
            para(P.t("months_table", lang), st.heading),
            T.table(months_rows, [first_w] + [(WIDTH - first_w) / 5] * 5, st, bold_last=True),
        ]),
        Spacer(1, 6 * mm),
        KeepTogether([para(P.t("notes", lang), st.heading), para(P.t("method", lang), st.body)]),
    ]
    footer = page_footer(st.fonts, f"{centre_name} · {title} · {created_text(now, lang)}", lang, PAGE[0], MARGIN,
                         WIDTH * 0.8, gap=4 * mm)
    job.check()
    with atomic_output(path) as tmp:
        doc = BaseDocTemplate(str(tmp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=MARGIN + 4 * mm, title=title, author=centre_name, creator="Welcome Desk",
                              subject=P.t("monthly_subtitle", lang))
        frame = Frame(MARGIN, MARGIN + 4 * mm, WIDTH, PAGE[1] - 2 * MARGIN - 4 * mm, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(story, canvasmaker=numbered_canvas(footer))
        job.step(STEPS - 1, STEPS)
    job.step(STEPS, STEPS)
    return data


def write_monthly_report(
    path: Path, db: Database, centre: Centre, year: int, month: int, lang: str = "de", *,
    now: dt.datetime | None = None, job: Job | None = None, data: PeriodData | None = None,
) -> PeriodData:
    """The month's report (see :func:`write_period_report`)."""
    data = data or month_data(db, centre, year, month, as_job(job))
    return write_period_report(path, db, centre, data, lang, now=now, job=job)


def write_yearly_report(
    path: Path, db: Database, centre: Centre, year: int, lang: str = "de", *,
    now: dt.datetime | None = None, job: Job | None = None, data: PeriodData | None = None,
) -> PeriodData:
    """The year's report (see :func:`write_period_report`)."""
    data = data or year_data(db, centre, year, as_job(job))
    return write_period_report(path, db, centre, data, lang, now=now, job=job)


def previous_month(today: dt.date) -> tuple[int, int]:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


__all__ = ["MonthlyData", "PeriodData", "period_data", "month_data", "year_data", "parse_month", "parse_year", "previous_month",
           "write_monthly_report", "write_yearly_report", "write_period_report", "next_period", "month_range"]
