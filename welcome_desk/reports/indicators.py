"""The indicator sheet for the county: the report's figures under the codes of its monitoring.

Which figure feeds which field is data, not code: a versioned file in
resources/indicators/ (Welcome Desk's own codes, the county's code beside
them, names and definitions in German and English). The sheet (XLSX) has one
row per indicator and period, breakdowns one row per unit, subject area or
language; small counts are written as "< 5" and counts that would give one
away through a total as "×", with the same marks as the PDF report
(:mod:`.suppression`), so the sheet can be handed on without a person being
identifiable. The same rows go out as XLSX or as German CSV.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from welcome_desk.core.centre import Centre
from welcome_desk.core.paths import resource
from welcome_desk.core.stats import Summary
from welcome_desk.core.waiting import Accuracy
from welcome_desk.reports import phrases as P
from welcome_desk.reports.jobs import atomic_output
from welcome_desk.reports.periods import MONTH, PeriodData
from welcome_desk.reports.suppression import HIDDEN, LESS_THAN_5, SMALL, Marks, rate_shown, report_marks, unit_share_shown

INDICATOR_FILE = "kgst-integration-monitoring.v1.json"


@lru_cache(maxsize=4)
def indicator_set(name: str = INDICATOR_FILE) -> dict[str, Any]:
    """The indicator file (``resources/indicators/<name>``)."""
    return json.loads(resource("indicators", name).read_text(encoding="utf-8"))


def _hit_rate(acc: Accuracy | None) -> float | None:
    """Percent of waits inside the announced range; None below :data:`SMALL` visits checked."""
    return round(acc.share * 100, 1) if acc is not None and acc.visits >= SMALL else None


def _value(s: Summary, figure: str) -> Any:
    if figure == "no_show_rate":
        return None if s.no_show_rate is None else round(s.no_show_rate * 100, 1)
    if figure == "estimate_hit_rate":
        return _hit_rate(s.estimates)
    return getattr(s, figure)


def _breakdown(s: Summary, figure: str, centre: Centre, lang: str) -> dict[tuple[str, str], Any]:
    """``(table, key) -> value`` of one breakdown, keyed as in the report's marks."""
    if figure == "unit_wait_median_min":
        return {("unit_time", u): (d.wait_median_min if d.waits_measured >= SMALL else None) for u, d in s.unit_times.items()}
    if figure == "unit_estimate_hit_rate":
        return {("unit_time", u): _hit_rate(acc) for u, acc in s.estimates.units.items()}
    if figure == "by_unit":
        return {("unit", u): n for u, n in s.by_unit.items()}
    if figure == "by_language":
        return {("language", code): n for code, n in s.by_language.items()}
    if figure == "by_group":
        group_of = {c.id: c.group for c in centre.concerns}
        out: dict[tuple[str, str], int] = {}
        for cid, n in s.by_concern.items():
            key = ("group", group_of.get(cid, ""))
            out[key] = out.get(key, 0) + n
        return out
    raise ValueError(f"unknown breakdown figure {figure!r} in the indicator file")


def _name(centre: Centre, table: str, key: str, lang: str) -> str:
    if table in ("unit", "unit_time"):
        return next((u.name.get(lang) for u in centre.units if u.id == key), key)
    if table == "language":
        return P.language_name(key, lang)
    return P.group_name(key, lang)


def indicator_rows(centre: Centre, data: PeriodData, lang: str) -> list[list[Any]]:
    """Rows: code, county code, field, indicator, breakdown, unit, value per period (this one first)."""
    spec = indicator_set()
    periods = [data.summary, *data.comparisons]
    _sums, marks = report_marks(data, {c.id: c.group for c in centre.concerns})
    rows = []
    for ind in spec["indicators"]:
        base = [ind["code"], ind.get("county_code", ""), ind["field"][lang], ind["name"][lang]]
        timed = ind["unit"] == "minutes"
        if "breakdown" in ind:
            values = [_breakdown(s, ind["figure"], centre, lang) for s in periods]
            keys = sorted(set().union(*values), key=lambda k: -(values[0].get(k) or 0))
            for key in keys or [("", "")]:  # an indicator with nothing to break down still has its row
                missing = 0 if ind["unit"] == "count" else None  # no visits is 0 visits, but no time or share
                cells = [v.get(key, missing) if (not timed or i == 0) else None for i, v in enumerate(values)]
                shown = [_shown(c, ind, marks, (key[0], s.start, s.end, key[1])) for c, s in zip(cells, periods)]
                if ind["figure"] == "unit_estimate_hit_rate":
                    shown = [c if c is None or unit_share_shown(marks, s.start, s.end, key[1]) else "×"
                             for c, s in zip(shown, periods)]
                rows.append([*base, _name(centre, *key, lang) if key[1] or key[0] else "", ind["unit"], *shown])
        else:
            cells = [_value(s, ind["figure"]) if (not timed or i == 0) else None for i, s in enumerate(periods)]
            if timed and data.summary.waits_measured < SMALL:
                cells = [None] * len(periods)
            shown = [_shown(c, ind, marks, (ind["figure"], s.start, s.end)) for c, s in zip(cells, periods)]
            if ind["figure"] == "no_show_rate":
                shown = [c if c is None or rate_shown(marks, s.start, s.end) else "×" for c, s in zip(shown, periods)]
            rows.append([*base, "", ind["unit"], *shown])
    return rows


def _shown(value: Any, ind: dict, marks: Marks, key) -> Any:
    """A count as the report's marks say: the number, "< 5" or "×" (every count of the sheet is a
    cell of the report's sums; the file's ``suppress_small`` says which of them may be hidden)."""
    if ind["unit"] != "count" or not isinstance(value, int) or not ind.get("suppress_small"):
        return value
    return {LESS_THAN_5: "< 5", HIDDEN: "×"}.get(marks(key), value)


def period_heads(data: PeriodData, lang: str) -> list[str]:
    if data.kind == MONTH:
        prev = data.previous.start
        return [f"{data.year}-{data.month:02d}", f"{prev.year}-{prev.month:02d}", f"{data.year - 1}-{data.month:02d}"]
    return [str(data.year), str(data.year - 1)]


def sheet_head(data: PeriodData, lang: str) -> list[str]:
    return [P.t("code", lang), "County code" if lang == "en" else "Kennung Kreis", "Field" if lang == "en" else "Handlungsfeld",
            P.t("indicator", lang), P.t("group", lang) + " / " + P.t("unit", lang) + " / " + P.t("language", lang),
            "Unit of measure" if lang == "en" else "Einheit", *period_heads(data, lang)]


def write_indicator_csv(path: Path, centre: Centre, data: PeriodData, lang: str = "de") -> int:
    """The indicator sheet as CSV for a spreadsheet (German: semicolons and decimal commas; UTF-8 with
    BOM), all at once or not at all; the same rows and marks as the XLSX. Returns the number of rows."""
    import csv

    from welcome_desk.reports.export import safe_cell

    P.check_lang(lang)
    rows = indicator_rows(centre, data, lang)
    german = lang == "de"

    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            return f"{value:.1f}".replace(".", ",") if german else f"{value:.1f}"
        return safe_cell(str(value))

    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if german else ",", lineterminator="\r\n")
        writer.writerow(sheet_head(data, lang))
        for row in rows:
            writer.writerow([text(v) for v in row])
    return len(rows)


def write_indicator_sheet(path: Path, centre: Centre, data: PeriodData, lang: str = "de", *,
                          now: dt.datetime | None = None) -> int:
    """Write the indicator sheet (XLSX) all at once or not at all; returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    P.check_lang(lang)
    spec = indicator_set()
    rows = indicator_rows(centre, data, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = P.t("indicators", lang)[:31]
    ws.append([P.t("indicators", lang), centre.name.get(lang)])
    ws.append([P.t("source", lang), f"{spec['id']} v{spec['version']}",
               P.t("created", lang, when=(now or dt.datetime.now()).strftime("%d.%m.%Y %H:%M"))])
    ws.append([])
    ws.append(sheet_head(data, lang))
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows(min_row=5, min_col=7):
        for cell in row:
            cell.alignment = Alignment(horizontal="right")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
            elif isinstance(cell.value, int):
                cell.number_format = "#,##0"
    for letter, width in zip("ABCDEFGHI", (8, 12, 30, 34, 30, 10, 12, 12, 12)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    with atomic_output(path) as tmp:
        wb.save(tmp)
    return len(rows)
