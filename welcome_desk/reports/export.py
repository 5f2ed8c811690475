"""CSV and XLSX exports of the log (a filtered date range).

Personal fields (visitor name, contact, typed concern, note) are left out
unless ``personal=True`` — the caller asks the team lead and records the export
in the audit log. Text cells that a spreadsheet would read as a formula
(starting with ``= + - @``, a tab or a carriage return) are written as plain
text: in CSV with a leading apostrophe, in XLSX as string cells.
CSV files are UTF-8 with a byte-order mark so Excel shows umlauts and Arabic;
in German they use semicolons, German headers and dd.mm.yyyy, as a German
spreadsheet expects. Both carry the visit timeline: arrival, first call,
waiting and service minutes.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import IO, Any

from welcome_desk.core.centre import Centre
from welcome_desk.core.entries import STATUSES
from welcome_desk.core.database import Database
from welcome_desk.core.logquery import PERSONAL_FIELDS, LogFilter, count, export_fields, iter_records
from welcome_desk.reports import phrases as P
from welcome_desk.reports.jobs import Job, as_job, atomic_output

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BATCH = 2000

HEADERS = {
    "id": ("Nr.", "No."),
    "at": ("Zeit", "Time"),
    "ticket": ("Nummer", "Ticket"),
    "kind": ("Art", "Type"),
    "status": ("Status", "Status"),
    "unit": ("Stelle (ID)", "Unit (ID)"),
    "unit_name": ("Stelle", "Unit"),
    "concern": ("Anliegen (ID)", "Concern (ID)"),
    "concern_label": ("Anliegen", "Concern"),
    "language": ("Sprache", "Language"),
    "staff": ("Mitarbeitende", "Staff"),
    "day": ("Tag", "Day"),
    "created_at": ("Erfasst", "Created"),
    "status_at": ("Status seit", "Status since"),
    "arrived_at": ("Angekommen", "Arrived"),
    "called_at": ("Aufgerufen um", "Called at"),
    "waiting_minutes": ("Wartezeit (Min.)", "Waiting time (min)"),
    "service_minutes": ("Beratungsdauer (Min.)", "Service time (min)"),
    "visitor_name": ("Name", "Name"),
    "visitor_contact": ("Kontakt", "Contact"),
    "query_text": ("Eingegebenes Anliegen", "Typed concern"),
    "note": ("Notiz", "Note"),
}


def safe_cell(value: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _plain(value: Any, german: bool = False) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M") if german else value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y") if german else value.isoformat()
    return value


def csv_row(record: dict[str, Any], fields: tuple[str, ...], german: bool = False) -> list[Any]:
    """One CSV row: plain values (dates as dd.mm.yyyy for a German spreadsheet), text cells made formula-safe."""
    row = []
    for name in fields:
        value = _plain(record.get(name), german)
        row.append(safe_cell(value) if isinstance(value, str) else ("" if value is None else value))
    return row


def _batches(db: Database, centre: Centre, flt: LogFilter, lang: str, personal: bool, job: Job):
    total = count(db, centre, flt)
    done = 0
    job.step(0, total)
    for batch in iter_records(db, centre, flt, lang, personal=personal, batch=BATCH):
        yield batch
        done += len(batch)
        job.step(done, max(total, done))


def write_csv_stream(
    out: IO[str], db: Database, centre: Centre, flt: LogFilter, lang: str = "de", *, personal: bool = False,
    job: Job | None = None, lineterminator: str = "\r\n", spreadsheet: bool = False,
) -> int:
    """Write the CSV (header first, no byte-order mark) to an open text stream; returns the number of rows.

    Plain (for scripts): commas, field names, ISO dates. ``spreadsheet=True`` writes what a spreadsheet
    in the report's language opens right: in German semicolons, German headers, dd.mm.yyyy, words
    for kinds and statuses.
    """
    job = as_job(job)
    fields = export_fields(personal)
    german = spreadsheet and lang != "en"
    writer = csv.writer(out, lineterminator=lineterminator, delimiter=";" if german else ",")
    writer.writerow([HEADERS[f][1 if lang == "en" else 0] for f in fields] if spreadsheet else fields)
    words = {k: P.label(k, lang) for k in ("walk_in", "appointment", *STATUSES)} if spreadsheet else {}
    rows = 0
    for batch in _batches(db, centre, flt, lang, personal, job):
        for r in batch:
            if words:
                r = {**r, "kind": words.get(r["kind"], r["kind"]), "status": words.get(r["status"], r["status"])}
            writer.writerow(csv_row(r, fields, german))
        rows += len(batch)
    return rows


def write_csv(
    path: Path, db: Database, centre: Centre, flt: LogFilter, lang: str = "de", *, personal: bool = False,
    job: Job | None = None,
) -> int:
    """Write the CSV file for a spreadsheet (UTF-8 with BOM; see :func:`write_csv_stream`) all at once or
    not at all; returns the number of rows."""
    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        return write_csv_stream(out, db, centre, flt, lang, personal=personal, job=job, spreadsheet=True)


def write_xlsx(
    path: Path, db: Database, centre: Centre, flt: LogFilter, lang: str = "de", *, personal: bool = False,
    job: Job | None = None, summary=None,
) -> int:
    """Write an Excel workbook: the log sheet (and a figures sheet if ``summary`` is given)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    job = as_job(job)
    fields = export_fields(personal)
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet(P.t("log", lang))
    widths = {"id": 8, "at": 17, "ticket": 9, "kind": 12, "status": 12, "unit": 20, "unit_name": 36, "concern": 20,
              "concern_label": 36, "language": 9, "staff": 14, "day": 11, "created_at": 17, "status_at": 17,
              "arrived_at": 17, "called_at": 17, "waiting_minutes": 12, "service_minutes": 12,
              "visitor_name": 24, "visitor_contact": 24, "query_text": 40, "note": 40}
    for i, name in enumerate(fields, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = widths.get(name, 14)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in fields:
        cell = WriteOnlyCell(sheet, value=HEADERS[name][1 if lang == "en" else 0])
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    rows = 0
    try:
        rows = _xlsx_rows(sheet, fields, db, centre, flt, lang, personal, job)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{rows + 1}"
        if summary is not None:
            _figures_sheet(wb, summary, centre, lang)
        job.check()
        with atomic_output(path) as tmp:
            wb.save(tmp)
    except BaseException:
        _discard(wb)
        raise
    return rows


def _discard(wb) -> None:
    """Close a write-only workbook that will not be saved and delete openpyxl's temporary sheet files now
    (they may hold personal data; otherwise they would stay in the temp folder until the app exits)."""
    for sheet in wb.worksheets:
        try:
            sheet.close()
        except Exception:  # noqa: BLE001 - already closed or half written: only the clean-up matters
            pass
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            try:
                writer.cleanup()
            except (OSError, ValueError):
                pass


def _xlsx_rows(sheet, fields, db, centre, flt, lang, personal, job) -> int:
    """Append the log rows. Plain values are fastest; only text openpyxl would take for a formula
    (starting with "=") and dates (for their display format) need a cell object."""
    from openpyxl.cell import WriteOnlyCell

    kinds = {k: P.label(k, lang) for k in ("walk_in", "appointment")}
    statuses: dict[str, str] = {}
    datetime_fields = [i for i, name in enumerate(fields)
                       if name in ("at", "created_at", "status_at", "arrived_at", "called_at")]
    stamp_format, day_format = ("yyyy-mm-dd hh:mm", "yyyy-mm-dd") if lang == "en" else ("dd.mm.yyyy hh:mm", "dd.mm.yyyy")
    day_index = fields.index("day")
    kind_index, status_index = fields.index("kind"), fields.index("status")
    text_fields = [i for i, name in enumerate(fields) if name in ("staff",) + PERSONAL_FIELDS]

    def stamp(value):
        if value is None:
            return None
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = stamp_format
        return cell

    rows = 0
    for batch in _batches(db, centre, flt, lang, personal, job):
        for record in batch:
            line = [record.get(name) for name in fields]
            line[kind_index] = kinds.get(line[kind_index], line[kind_index])
            status = line[status_index]
            line[status_index] = statuses.get(status) or statuses.setdefault(status, P.label(status, lang))
            for i in datetime_fields:
                line[i] = stamp(line[i])
            day = WriteOnlyCell(sheet, value=line[day_index])
            day.number_format = day_format
            line[day_index] = day
            for i in text_fields:
                value = line[i]
                if isinstance(value, str) and value.startswith("="):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"  # text, never a formula
                    line[i] = cell
            sheet.append(line)
        rows += len(batch)
    return rows


def _figures_sheet(wb, summary, centre: Centre, lang: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from welcome_desk.core.logquery import Names

    names = Names.of(centre, lang)
    sheet = wb.create_sheet(P.t("figures", lang))
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 14
    bold = Font(bold=True)

    def heading(text: str) -> None:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        sheet.append([cell])

    def row(label: str, value) -> None:
        cell = WriteOnlyCell(sheet, value=label)
        cell.data_type = "s"
        sheet.append([cell, value])

    heading(P.t("figures", lang))
    row(P.t("period", lang), f"{P.date_text(summary.start, lang)} – {P.date_text(summary.end, lang)}")
    row(P.t("visits", lang), summary.visits)
    row(P.t("walk_ins", lang), summary.walk_ins)
    row(P.t("appointments", lang), summary.appointments)
    row(P.t("no_shows", lang), summary.no_shows)
    row(P.t("no_show_rate", lang), round(summary.no_show_rate, 4) if summary.no_show_rate is not None else None)
    row(P.t("wait_median", lang) + " (min)", summary.wait_median_min)
    row(P.t("wait_p90", lang) + " (min)", summary.wait_p90_min)
    row(P.t("service_median", lang) + " (min)", summary.service_median_min)
    for key, data, name in (
        ("by_unit", summary.by_unit, names.unit),
        ("by_concern", summary.by_concern, lambda c: names.concern(c) or P.t("no_concern", lang)),
        ("by_language", summary.by_language, str),
        ("by_hour", summary.by_hour, lambda h: P.t("hour_label", lang, hour=f"{h:02d}")),
    ):
        sheet.append([])
        heading(P.t(key, lang))
        for k, n in data.items():
            row(name(k), n)
