"""The printable day list: A4 landscape, the day's figures on top, then every entry.

Also used for a date range (the time column then shows the date). No personal
field is printed. Pages are numbered "Page x of y"; long lists report progress
page by page and can be cancelled.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from welcome_desk.core.centre import Centre
from welcome_desk.core.database import Database
from welcome_desk.core.logquery import LogFilter, count, iter_records
from welcome_desk.core.stats import Summary, summarize
from welcome_desk.reports import phrases as P
from welcome_desk.reports.describe import filter_text, range_text
from welcome_desk.reports.jobs import Job, as_job, atomic_output
from welcome_desk.reports.pdfdoc import HEAD_BG, INK, MUTED, RULE, ZEBRA, created_text, fit, numbered_canvas, page_footer, para, styles

PAGE = landscape(A4)
MARGIN = 14 * mm
ROWS_PER_TABLE = 600  # long lists are split into several tables: reportlab splits each cheaply


def figures_table(summary: Summary, lang: str, st, width: float) -> Table:
    """One band of key figures: label above, value below."""
    from reportlab.lib.styles import ParagraphStyle

    busiest = P.hours_text(summary.busiest_hours(3), lang)
    items = [
        (P.t("visits", lang), P.number(summary.visits, lang), 1.0),
        (P.t("walk_ins", lang), P.number(summary.walk_ins, lang), 1.0),
        (P.t("appointments", lang), P.number(summary.appointments, lang), 1.0),
        (P.t("no_shows", lang), f"{P.number(summary.no_shows, lang)} ({P.percent(summary.no_show_rate, lang)})", 1.2),
        (P.t("wait_median", lang), P.minutes(summary.wait_median_min, lang), 1.0),
        (P.t("wait_p90", lang), P.minutes(summary.wait_p90_min, lang), 1.1),
        (P.t("service_median", lang), P.minutes(summary.service_median_min, lang), 1.0),
        (P.t("busiest_hours", lang), busiest, 1.5),
    ]
    f = st.fonts
    label = ParagraphStyle("figlabel", fontName=f.regular, fontSize=7.5, leading=9, textColor=MUTED)
    value = ParagraphStyle("figvalue", fontName=f.bold, fontSize=12, leading=15, textColor=INK)
    unit = width / sum(w for _, _, w in items)
    table = Table(
        [[para(k, label) for k, _, _ in items], [para(v, value) for _, v, _ in items]],
        colWidths=[w * unit for _, _, w in items],
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _columns(lang: str, multi_day: bool, width: float):
    cols = [
        ("time", 58 if multi_day else 34),
        ("ticket", 48),
        ("kind", 62),
        ("unit", 0.30),
        ("concern", 0.36),
        ("language", 0.12),
        ("status", 78),
        ("wait", 52),
        ("staff", 0.16),
    ]
    fixed = sum(w for _, w in cols if w > 1)
    share = sum(w for _, w in cols if w <= 1)
    rest = width - fixed
    return [(key, w if w > 1 else rest * w / share) for key, w in cols]


def write_day_list(
    path: Path, db: Database, centre: Centre, flt: LogFilter, lang: str = "de", *,
    now: dt.datetime | None = None, job: Job | None = None,
) -> int:
    """Write the day list PDF all at once or not at all; returns the number of entries listed."""
    P.check_lang(lang)
    job = as_job(job)
    if now is None:
        from welcome_desk.core.clock import system_clock

        now = system_clock()
    st = styles()
    f = st.fonts
    width = PAGE[0] - 2 * MARGIN
    total = count(db, centre, flt)
    steps = total + max(1, total // 30)  # rows, then pages (about 30 rows a page)
    job.step(0, steps)
    summary = summarize(db, centre, flt.start, flt.last, flt=flt)
    multi_day = flt.last != flt.start
    cols = _columns(lang, multi_day, width)
    size = 8
    header = [P.t(key, lang) for key, _ in cols]
    wait_col = [key for key, _ in cols].index("wait")
    title = P.t("day_list", lang) if not multi_day else P.t("log", lang)
    centre_name = centre.name.get(lang)

    story = [
        para(f"{title} — {range_text(flt, lang)}", st.title),
        para(f"{centre_name}  ·  {P.t('filters', lang)}: {filter_text(flt, centre, lang)}", st.subtitle),
        figures_table(summary, lang, st, width),
        Spacer(1, 6 * mm),
    ]
    rows: list[list[str]] = []
    done = 0

    def flush() -> None:
        if not rows and done:
            return
        data = [header] + (rows or [[P.t("no_entries", lang)] + [""] * (len(cols) - 1)])
        table = Table(data, colWidths=[w for _, w in cols], repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, 0), f.bold, size),
            ("FONT", (0, 1), (-1, -1), f.regular, size),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("FONT", (1, 1), (1, -1), f.bold, size),
            ("ALIGN", (wait_col, 0), (wait_col, -1), "RIGHT"),  # minutes from the visit timeline
        ]
        table.setStyle(TableStyle(style))
        story.append(table)
        rows.clear()

    for batch in iter_records(db, centre, flt, lang):
        for r in batch:
            at: dt.datetime = r["at"]
            when = f"{at:%H:%M}"
            if multi_day:
                when = f"{at:%d.%m.} {when}" if lang == "de" else f"{at.day} {P.month_name(at.month, lang, True)} {when}"
            values = {
                "time": when,
                "ticket": r["ticket"],
                "kind": P.label(r["kind"], lang),
                "unit": r["unit_name"],
                "concern": r["concern_label"] or "—",
                "language": P.language_name(r["language"], lang),
                "status": P.label(r["status"], lang),
                "wait": "" if r["waiting_minutes"] is None else P.minutes(r["waiting_minutes"], lang),
                "staff": r["staff"] or "",
            }
            rows.append([fit(values[key], w - 8, f.regular if key != "ticket" else f.bold, size) for key, w in cols])
            if len(rows) >= ROWS_PER_TABLE:
                flush()
        done += len(batch)
        job.step(done, steps)
    flush()

    footer = page_footer(
        f, f"{centre_name} · {title} {range_text(flt, lang)} · {created_text(now, lang)}", lang,
        PAGE[0], MARGIN, width * 0.75, gap=3 * mm,
    )

    class Doc(BaseDocTemplate):
        def afterPage(self) -> None:  # noqa: N802 (reportlab name)
            job.step(total + self.page, max(steps, total + self.page))

    with atomic_output(path) as tmp:
        doc = Doc(str(tmp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                  bottomMargin=MARGIN, title=f"{title} {range_text(flt, lang)}", author=centre_name,
                  creator="Welcome Desk")
        frame = Frame(MARGIN, MARGIN, width, PAGE[1] - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(story, canvasmaker=numbered_canvas(footer))
    return total
