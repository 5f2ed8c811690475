"""Reading appointment files from an online booking system: iCalendar, CSV or XLSX.

(File formats live beside the exports; the core's use case takes the rows, see
:mod:`welcome_desk.core.appointment_import`. :func:`import_file` reads and imports.)

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
from pathlib import Path

from welcome_desk.core.appointment_import import CANCELLED_WORDS, MAX_CODE, MAX_ID, BookingRow, FileFormatError, normalize_code
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
    """The VEVENTs of an iCalendar file.

    The icalendar library unfolds the content lines and decodes the values; the
    component tree it would build for every event is skipped (it takes seconds for a
    year of bookings), so each event's few properties are collected here directly.
    """
    from icalendar.parser import Contentlines

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileFormatError(f"{name}: not a UTF-8 iCalendar file") from None
    if "BEGIN:VCALENDAR" not in text[:2000].upper():
        raise FileFormatError(f"{name}: not an iCalendar file (no BEGIN:VCALENDAR)")
    tz = zone(timezone)
    rows: list[BookingRow] = []
    event: dict[str, tuple[dict[str, str], str]] | None = None
    depth = 0
    for line in Contentlines.from_ical(text):
        if not line:
            continue
        key, params, value = _split(line)
        if key == "BEGIN":
            if value.upper() == "VEVENT" and event is None:
                event, depth = {}, 0
            elif event is not None:
                depth += 1  # an alarm inside the event: not the event's own properties
        elif key == "END" and event is not None:
            if depth:
                depth -= 1
            elif value.upper() == "VEVENT":
                rows.append(_ics_row(len(rows) + 1, event, tz))
                event = None
        elif event is not None and depth == 0 and key not in event:
            event[key] = (params, value)
    return rows


def _split(line: str) -> tuple[str, dict[str, str], str]:
    """``NAME;P=V;P2="a:b":value`` → (NAME, {P: V, ...}, value); a colon inside quotes is not the separator."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return line.upper(), {}, ""
    name, *raw = head.split(";")
    params = {}
    for p in raw:
        k, _, v = p.partition("=")
        params[k.upper()] = v.strip('"')
    return name.upper(), params, value


def _ics_row(n: int, event: dict, tz) -> BookingRow:
    from icalendar.prop import vDDDTypes, vText

    def text_(key: str) -> str:
        return str(vText.from_ical(event[key][1])).strip() if key in event else ""

    uid = text_("UID")
    code = text_("X-BOOKING-CODE")
    at, problem = None, ""
    if "DTSTART" not in event:
        problem = "no start time"
    else:
        params, raw = event["DTSTART"]
        try:
            value = vDDDTypes.from_ical(raw, timezone=params.get("TZID"))
        except (ValueError, TypeError):
            value, problem = None, f"not a date and time: {raw[:40]!r}"
        if isinstance(value, dt.datetime):
            at = value.astimezone(tz).replace(tzinfo=None) if value.tzinfo else value
        elif value is not None:
            problem = "an all-day event, not an appointment"
    language = text_("X-LANGUAGE").lower()[:16] or "de"
    cancelled = text_("STATUS").lower() in CANCELLED_WORDS
    return _row(n, uid, code or uid, at, text_("SUMMARY"), cancelled, language, problem)


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
    return BookingRow(n, uid[:MAX_ID], normalize_code(code), at, service[:300], cancelled, language, problem)


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


def import_file(db, centre, router, actor, clock, path: Path):
    """Read ``path`` and bring its bookings in with the core's use case (nothing changes if it cannot be read)."""
    from welcome_desk.core.appointment_import import import_appointments

    return import_appointments(db, centre, router, actor, clock, read_bookings(path, centre.timezone), path.name)
