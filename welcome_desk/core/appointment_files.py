"""Reading appointment files from an online booking system: iCalendar, CSV or XLSX.

Each booking becomes one :class:`BookingRow`: the booking's own id there, the
code the visitor shows at reception, the start, the service's name as the
booking system calls it, and whether it was cancelled. Names and contacts in
the file are not read (least data: reception needs the code, not the name).
A row that cannot be read becomes a row with ``problem`` set, never an error
that loses the rest of the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from welcome_desk.core.clock import zone

FORMATS = (".ics", ".csv", ".xlsx")

# Column names in CSV/XLSX files (lower case; German and English).
COLUMNS = {
    "external_id": ("id", "booking id", "booking_id", "buchungsnummer", "buchungs-id", "termin-id", "uid"),
    "code": ("code", "booking code", "booking_code", "buchungscode", "vorgangsnummer", "terminnummer"),
    "start": ("start", "begin", "beginn", "termin", "datetime"),
    "date": ("date", "datum"),
    "time": ("time", "uhrzeit", "zeit"),
    "service": ("service", "dienstleistung", "leistung", "anliegen", "summary"),
    "status": ("status",),
    "language": ("language", "sprache"),
}
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


class FileFormatError(ValueError):
    """The file as a whole cannot be read; ``str()`` is one line for a person."""


def read_bookings(path: Path, timezone: str) -> list[BookingRow]:
    """The bookings in ``path`` (by its suffix: .ics, .csv or .xlsx), times as the centre's wall time."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise FileFormatError(f"{path.name}: not an appointment file (.ics, .csv or .xlsx)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileFormatError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if suffix == ".ics":
        return _from_ics(data, path.name, timezone)
    if suffix == ".csv":
        text = data.decode("utf-8-sig", errors="replace")
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
        except csv.Error:
            dialect = csv.excel
        return _from_table(list(csv.reader(io.StringIO(text), dialect)), path.name)
    return _from_table(_xlsx_rows(data, path.name), path.name)


def _from_ics(data: bytes, name: str, timezone: str) -> list[BookingRow]:
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise FileFormatError(f"{name}: not a readable iCalendar file ({exc})") from None
    tz = zone(timezone)
    rows = []
    for n, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("UID", "")).strip()
        code = str(event.get("X-BOOKING-CODE", "") or "").strip()
        service = str(event.get("SUMMARY", "")).strip()
        status = str(event.get("STATUS", "")).strip().lower()
        language = str(event.get("X-LANGUAGE", "") or "de").strip().lower()[:16] or "de"
        start = event.get("DTSTART")
        at = None
        problem = ""
        if start is None:
            problem = "no start time"
        else:
            value = start.dt
            if isinstance(value, dt.datetime):
                at = value.astimezone(tz).replace(tzinfo=None) if value.tzinfo else value
            else:
                problem = "an all-day event, not an appointment"
        rows.append(_row(n, uid, code or uid, at, service, status in CANCELLED_WORDS, language, problem))
    return rows


def _xlsx_rows(data: bytes, name: str) -> list[list]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a damaged file
        raise FileFormatError(f"{name}: not a readable XLSX file ({exc.__class__.__name__})") from None
    try:
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _from_table(table: list[list], name: str) -> list[BookingRow]:
    if not table:
        return []
    header = [str(h or "").strip().lower() for h in table[0]]
    where = {key: next((i for i, h in enumerate(header) if h in names), None) for key, names in COLUMNS.items()}
    if where["external_id"] is None or where["service"] is None or (where["start"] is None and where["date"] is None):
        raise FileFormatError(f"{name}: needs the columns id, service and start (or date and time); found {', '.join(header)}")
    rows = []
    for n, raw in enumerate(table[1:], start=1):
        if not any(str(v or "").strip() for v in raw):
            continue

        def cell(key: str):
            i = where[key]
            return raw[i] if i is not None and i < len(raw) else None

        external_id = str(cell("external_id") or "").strip()
        code = str(cell("code") or "").strip() or external_id
        service = str(cell("service") or "").strip()
        status = str(cell("status") or "").strip().lower()
        language = (str(cell("language") or "de").strip().lower() or "de")[:16]
        at, problem = _when(cell("start"), cell("date"), cell("time"))
        rows.append(_row(n, external_id, code, at, service, status in CANCELLED_WORDS, language, problem))
    return rows


def _row(n: int, uid: str, code: str, at, service: str, cancelled: bool, language: str, problem: str) -> BookingRow:
    if not uid:
        problem = problem or "no booking id"
    elif len(uid) > MAX_ID:
        problem = problem or "the booking id is too long"
    if not service:
        problem = problem or "no service"
    code = code.strip().upper()[:MAX_CODE]
    return BookingRow(n, uid[:MAX_ID], code, at, service[:300], cancelled, language, problem)


def _when(start, date, time) -> tuple[dt.datetime | None, str]:
    """A start from one cell (a datetime or text) or from a date and a time cell."""
    if isinstance(start, dt.datetime):
        return start.replace(microsecond=0, tzinfo=None), ""
    if start not in (None, ""):
        return _parse(str(start).strip())
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, dt.date) and isinstance(time, dt.time):
        return dt.datetime.combine(date, time.replace(microsecond=0)), ""
    if date in (None, ""):
        return None, "no start time"
    day = date.isoformat() if isinstance(date, dt.date) else str(date).strip()
    clock = time.strftime("%H:%M") if isinstance(time, dt.time) else str(time or "").strip()
    return _parse(f"{day} {clock}".strip())


def _parse(text: str) -> tuple[dt.datetime | None, str]:
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M",
                "%d.%m.%Y %H:%M:%S", "%d.%m.%y %H:%M"):
        try:
            return dt.datetime.strptime(text, fmt), ""
        except ValueError:
            continue
    return None, f"not a date and time: {text[:40]!r}"
