"""The monthly indicator report (PDF) for integration monitoring.

What the counties ask for: volumes by concern, unit, language and month,
waiting times (median and 90th percentile), no-shows, walk-ins against
appointments and the busiest hours, with the weeks of the month and the last
twelve months as trends. Charts are drawn with matplotlib (see :mod:`.charts`).
The report holds no personal data.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.logquery import Names
from welcome_desk.core.stats import Summary, TrendPoint, daily_counts, month_range, next_period, summarize, trend_from_daily
from welcome_desk.reports import charts
from welcome_desk.reports import phrases as P
from welcome_desk.reports.jobs import Job, as_job, atomic_output
from welcome_desk.reports.pdfdoc import HEAD_BG, INK, MUTED, RULE, ZEBRA, created_text, fit, numbered_canvas, page_footer, para, styles

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN
STEPS = 9


@dataclass(frozen=True)
class MonthlyData:
    """Everything the report shows, computed from the database (no personal data)."""

    year: int
    month: int
    summary: Summary
    weeks: list[TrendPoint]
    months: list[TrendPoint]  # the twelve months up to and including this one

    @property
    def start(self) -> dt.date:
        return self.summary.start

    @property
    def end(self) -> dt.date:
        return self.summary.end


def parse_month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` → (year, month); ValueError with a plain message otherwise."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        dt.date(year, month, 1)
    except ValueError:
        raise ValueError(f"not a month (YYYY-MM): {text!r}") from None
    return year, month


def month_data(db: Database, centre: Centre, year: int, month: int, job: Job | None = None) -> MonthlyData:
    """The report's figures. The summary and the per-day counts of the twelve months (from which
    the weeks and months are summed) are two independent queries: they run side by side."""
    job = as_job(job)
    start, end = month_range(year, month)
    first = start
    for _ in range(11):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    job.step(0, STEPS)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="month-report") as pool:
        days = pool.submit(daily_counts, db, centre, first, end)
        summary = summarize(db, centre, start, end)
        job.step(2, STEPS)
        daily = days.result()
    weeks = trend_from_daily(daily, start, end, "week")
    months = trend_from_daily(daily, first, end, "month")
    job.step(3, STEPS)
    return MonthlyData(year, month, summary, weeks, months)


def _share(n: int, total: int, lang: str) -> str:
    return P.percent(n / total, lang) if total else "—"


def _table(data: list[list], widths: list[float], st, numeric_from: int = 1, bold_last: bool = False) -> Table:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    f = st.fonts
    head_left = ParagraphStyle("headl", fontName=f.bold, fontSize=8, leading=9.5, textColor=INK)
    head_right = ParagraphStyle("headr", parent=head_left, alignment=TA_RIGHT)
    data = [[para(text, head_right if i >= numeric_from else head_left) for i, text in enumerate(data[0])]] + data[1:]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, 0), f.bold, 8.5),
        ("FONT", (0, 1), (-1, -1), f.regular, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last:
        style += [("FONT", (0, -1), (-1, -1), f.bold, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE)]
    table.setStyle(TableStyle(style))
    return table


def _ranking_table(items: list[tuple[str, int]], total: int, head: str, lang: str, st) -> Table:
    name_w = WIDTH - 2 * 2.6 * cm
    data = [[head, P.t("count", lang), P.t("share", lang)]]
    data += [[fit(name, name_w - 12, st.fonts.regular, 8.5), P.number(n, lang), _share(n, total, lang)] for name, n in items]
    data.append([P.t("visits", lang), P.number(total, lang), _share(total, total, lang)])
    return _table(data, [name_w, 2.6 * cm, 2.6 * cm], st, bold_last=True)


def _image(png: bytes, width_cm: float, height_cm: float) -> Image:
    return Image(BytesIO(png), width=width_cm * cm, height=height_cm * cm)


def _key_figures(s: Summary, lang: str, st) -> Table:
    busiest = P.hours_text(s.busiest_hours(3), lang)
    rows = [
        (P.t("visits", lang), P.number(s.visits, lang)),
        (P.t("walk_ins", lang), f"{P.number(s.walk_ins, lang)} ({_share(s.walk_ins, s.visits, lang)})"),
        (P.t("appointments", lang), f"{P.number(s.appointments, lang)} ({_share(s.appointments, s.visits, lang)})"),
        (P.t("cancelled_count", lang), P.number(s.cancelled, lang)),
        (P.t("no_shows", lang), P.number(s.no_shows, lang)),
        (P.t("no_show_rate", lang), P.percent(s.no_show_rate, lang)),
        (P.t("wait_median", lang), P.minutes(s.wait_median_min, lang)),
        (P.t("wait_p90", lang), P.minutes(s.wait_p90_min, lang)),
        (P.t("service_median", lang), P.minutes(s.service_median_min, lang)),
        (P.t("busiest_hours", lang), busiest),
    ]
    from reportlab.lib.styles import ParagraphStyle

    f = st.fonts
    label = ParagraphStyle("kflabel", fontName=f.regular, fontSize=9, leading=11, textColor=MUTED)
    value = ParagraphStyle("kfvalue", fontName=f.bold, fontSize=10, leading=12, textColor=INK)
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:]
    data = []
    for i in range(half):
        a = left[i]
        b = right[i] if i < len(right) else ("", "")
        data.append([para(a[0], label), para(a[1], value), para(b[0], label), para(b[1], value)])
    w = WIDTH / 2
    table = Table(data, colWidths=[w * 0.54, w * 0.46, w * 0.54, w * 0.46])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def write_monthly_report(
    path: Path, db: Database, centre: Centre, year: int, month: int, lang: str = "de", *,
    now: dt.datetime | None = None, job: Job | None = None, data: MonthlyData | None = None,
) -> MonthlyData:
    """Write the report PDF all at once or not at all; returns the figures it shows."""
    P.check_lang(lang)
    job = as_job(job)
    if now is None:
        from welcome_desk.core.clock import system_clock

        now = system_clock()
    data = data or month_data(db, centre, year, month, job)
    s = data.summary
    names = Names.of(centre, lang)
    st = styles()
    f = st.fonts
    month_title = f"{P.month_name(month, lang)} {year}"
    centre_name = centre.name.get(lang)
    title = f"{P.t('monthly_report', lang)} {month_title}"
    period = f"{P.date_text(data.start, lang)} – {P.date_text(data.end, lang)}"

    concerns = [(names.concern(c) if c else P.t("no_concern", lang), n) for c, n in s.by_concern.items()]
    units = [(names.unit(u), n) for u, n in s.by_unit.items()]
    languages = [(P.language_name(code, lang), n) for code, n in s.by_language.items()]

    week_png = charts.png(partial(charts.draw_trend, points=data.weeks, period="week", lang=lang), 17.4, 6.2)
    job.step(4, STEPS)
    hour_png = charts.png(partial(charts.draw_hours, by_hour=s.by_hour, lang=lang), 17.4, 5.8)
    job.step(5, STEPS)
    concern_h = min(11.0, 1.6 + 0.55 * min(len(concerns), 12))
    concern_png = charts.png(partial(charts.draw_ranking, items=concerns, lang=lang, title="", top=12),
                             17.4, concern_h)
    unit_h = min(9.0, 1.6 + 0.55 * min(len(units), 10))
    unit_png = charts.png(partial(charts.draw_ranking, items=units, lang=lang, title="", top=10),
                          17.4, unit_h)
    job.step(6, STEPS)
    month_png = charts.png(partial(charts.draw_trend, points=data.months, period="month", lang=lang, title=""), 17.4, 6.8)
    job.step(7, STEPS)

    months_table = [[P.t("month", lang), P.t("visits", lang), P.t("walk_ins", lang), P.t("appointments", lang),
                     P.t("no_shows", lang), P.t("no_show_rate_short", lang)]]
    for p in data.months:
        months_table.append([
            f"{P.month_name(p.start.month, lang)} {p.start.year}", P.number(p.visits, lang), P.number(p.walk_ins, lang),
            P.number(p.appointments, lang), P.number(p.no_shows, lang), P.percent(p.no_show_rate, lang),
        ])
    total = TrendPoint(data.months[0].start, data.months[-1].end, *(sum(getattr(p, k) for p in data.months) for k in
                       ("visits", "walk_ins", "appointments", "no_shows", "cancelled")))
    months_table.append([P.t("total_12", lang), P.number(total.visits, lang), P.number(total.walk_ins, lang),
                         P.number(total.appointments, lang), P.number(total.no_shows, lang),
                         P.percent(total.no_show_rate, lang)])
    first_w = 3.2 * cm
    rest_w = (WIDTH - first_w) / 5

    story = [
        para(title, st.title),
        para(f"{centre_name} · {P.t('monthly_subtitle', lang)} · {P.t('period', lang)} {period}", st.subtitle),
        *([para(P.t("no_entries", lang), st.body)] if s.visits == 0 else []),
        para(P.t("figures", lang), st.heading),
        _key_figures(s, lang, st),
        Spacer(1, 4 * mm),
        para(P.t("measured", lang, n=P.number(s.waits_measured, lang)), st.small),
        Spacer(1, 4 * mm),
        _image(week_png, 17.4, 6.2),
        Spacer(1, 3 * mm),
        _image(hour_png, 17.4, 5.8),
        CondPageBreak(9 * cm),
        para(P.t("by_concern", lang), st.heading),
        _image(concern_png, 17.4, concern_h),
        Spacer(1, 2 * mm),
        _ranking_table(concerns, s.visits, P.t("concern", lang), lang, st),
        CondPageBreak(8 * cm),
        para(P.t("by_unit", lang), st.heading),
        _image(unit_png, 17.4, unit_h),
        Spacer(1, 2 * mm),
        _ranking_table(units, s.visits, P.t("unit", lang), lang, st),
        CondPageBreak(6 * cm),
        para(P.t("by_language", lang), st.heading),
        _ranking_table(languages, s.visits, P.t("language", lang), lang, st),
        KeepTogether([
            para(P.t("months_table", lang), st.heading),
            _image(month_png, 17.4, 6.8),
            Spacer(1, 2 * mm),
            _table(months_table, [first_w] + [rest_w] * 5, st, bold_last=True),
        ]),
        Spacer(1, 6 * mm),
        KeepTogether([para(P.t("notes", lang), st.heading), para(P.t("method", lang), st.body)]),
    ]
    footer = page_footer(
        f, f"{centre_name} · {title} · {created_text(now, lang)}", lang, PAGE[0], MARGIN, WIDTH * 0.75, gap=4 * mm
    )

    job.check()
    with atomic_output(path) as tmp:
        doc = BaseDocTemplate(str(tmp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=MARGIN, title=title, author=centre_name, creator="Welcome Desk",
                              subject=P.t("monthly_subtitle", lang))
        frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - 2 * MARGIN, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(story, canvasmaker=numbered_canvas(footer))
        job.step(STEPS - 1, STEPS)
    job.step(STEPS, STEPS)
    return data


def previous_month(today: dt.date) -> tuple[int, int]:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


__all__ = ["MonthlyData", "month_data", "parse_month", "previous_month", "write_monthly_report", "next_period"]
