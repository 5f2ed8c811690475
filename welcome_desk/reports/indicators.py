"""The indicator sheet for the county: the report's figures under the codes of its monitoring.

Which figure feeds which field is data, not code: a versioned file in
resources/indicators/ (Welcome Desk's own codes, the county's code beside
them, names and definitions in German and English). The sheet (XLSX) has one
row per indicator and period, breakdowns one row per unit, subject area or
language; small counts are written as "< 5" where the file says so, so the
sheet can be handed on without a person being identifiable.
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
from welcome_desk.reports.report_tables import SMALL

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


def _breakdown(s: Summary, figure: str, centre: Centre, lang: str) -> dict[str, Any]:
    if figure == "unit_wait_median_min":
        names = {u.id: u.name.get(lang) for u in centre.units}
        return {names.get(u, u): (d.wait_median_min if d.waits_measured >= SMALL else None) for u, d in s.unit_times.items()}
    if figure == "unit_estimate_hit_rate":
        names = {u.id: u.name.get(lang) for u in centre.units}
        return {names.get(u, u): _hit_rate(acc) for u, acc in s.estimates.units.items()}
    if figure == "by_unit":
        names = {u.id: u.name.get(lang) for u in centre.units}
        return {names.get(u, u): n for u, n in s.by_unit.items()}
    if figure == "by_language":
        return {P.language_name(code, lang): n for code, n in s.by_language.items()}
    if figure == "by_group":
        group_of = {c.id: c.group for c in centre.concerns}
        out: dict[str, int] = {}
        for cid, n in s.by_concern.items():
            name = P.group_name(group_of.get(cid, ""), lang)
            out[name] = out.get(name, 0) + n
        return out
    raise ValueError(f"unknown breakdown figure {figure!r} in the indicator file")


def indicator_rows(centre: Centre, data: PeriodData, lang: str) -> list[list[Any]]:
    """Rows: code, county code, field, indicator, breakdown, unit, value per period (this one first)."""
    spec = indicator_set()
    periods = [data.summary, *data.comparisons]
    rows = []
    for ind in spec["indicators"]:
        base = [ind["code"], ind.get("county_code", ""), ind["field"][lang], ind["name"][lang]]
        timed = ind["unit"] == "minutes"
        if "breakdown" in ind:
            values = [_breakdown(s, ind["figure"], centre, lang) for s in periods]
            keys = sorted(set().union(*values), key=lambda k: -(values[0].get(k) or 0))
            for key in keys or [""]:  # an indicator with nothing to break down still has its row
                missing = 0 if ind["unit"] == "count" else None  # no visits is 0 visits, but no time or share
                cells = [v.get(key, missing) if (not timed or i == 0) else None for i, v in enumerate(values)]
                rows.append([*base, key, ind["unit"], *(_shown(c, ind) for c in cells)])
        else:
            cells = [_value(s, ind["figure"]) if (not timed or i == 0) else None for i, s in enumerate(periods)]
            if timed and data.summary.waits_measured < SMALL:
                cells = [None] * len(periods)
            rows.append([*base, "", ind["unit"], *(_shown(c, ind) for c in cells)])
    return rows


def _shown(value: Any, ind: dict) -> Any:
    if ind.get("suppress_small") and ind["unit"] == "count" and isinstance(value, int) and 0 < value < SMALL:
        return "< 5"
    return value


def write_indicator_csv(path: Path, centre: Centre, data: PeriodData, lang: str = "de") -> int:
    """The indicator sheet as CSV for a spreadsheet in the report's language (German: semicolons and
    decimal commas; UTF-8 with BOM), all at once or not at all; returns the number of rows."""
    import csv

    P.check_lang(lang)
    german = lang != "en"
    head = [P.t("code", lang), "County code" if lang == "en" else "Kennung Kreis",
            "Field" if lang == "en" else "Handlungsfeld", P.t("indicator", lang),
            P.t("group", lang) + " / " + P.t("unit", lang) + " / " + P.t("language", lang),
            "Unit of measure" if lang == "en" else "Einheit", *period_heads(data, lang)]
    rows = indicator_rows(centre, data, lang)

    def cell(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, float) and german:
            return f"{value:.1f}".replace(".", ",")
        return value

    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if german else ",", lineterminator="\r\n")
        writer.writerow(head)
        for row in rows:
            writer.writerow([cell(v) for v in row])
    return len(rows)


def period_heads(data: PeriodData, lang: str) -> list[str]:
    if data.kind == MONTH:
        prev = data.previous.start
        return [f"{data.year}-{data.month:02d}", f"{prev.year}-{prev.month:02d}", f"{data.year - 1}-{data.month:02d}"]
    return [str(data.year), str(data.year - 1)]


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
    head = [P.t("code", lang), "County code" if lang == "en" else "Kennung Kreis", "Field" if lang == "en" else "Handlungsfeld",
            P.t("indicator", lang), P.t("group", lang) + " / " + P.t("unit", lang) + " / " + P.t("language", lang),
            "Unit of measure" if lang == "en" else "Einheit", *period_heads(data, lang)]
    ws.append(head)
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
