"""Reports and exports: day list and monthly PDF, CSV and XLSX, cancelling, the CLI commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from reportdata import CONTACT, DAY, FORMULA, NAME, NEXT_DAY, NOTE, build

from welcome_desk.cli import main
from welcome_desk.core import audit
from welcome_desk.core.logquery import EXPORT_FIELDS, PERSONAL_FIELDS, LogFilter
from welcome_desk.reports import phrases as P
from welcome_desk.reports.daylist import write_day_list
from welcome_desk.reports.export import safe_cell, write_csv, write_xlsx
from welcome_desk.reports.jobs import Cancelled, Job, atomic_output
from welcome_desk.reports.monthly import parse_month, write_monthly_report

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def data(tmp_db_url):
    ws, ids = build(tmp_db_url)
    yield ws, ids
    ws.close()


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_day_list_pdf(data, tmp_path):
    ws, _ = data
    out = tmp_path / "day.pdf"
    steps = []
    n = write_day_list(out, ws.db, ws.centre, LogFilter(DAY), "de", now=dt.datetime(2026, 11, 25, 12, 0),
                       job=Job(progress=lambda d, t: steps.append((d, t))))
    assert n == 5
    reader = pypdf.PdfReader(str(out))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = pdf_text(out)
    for expected in ("Tagesliste", "23.11.2026", "Ausländerbehörde", "Stabsstelle Flüchtlingswesen",
                     "Nicht erschienen", "Seite 1 von 1", "Wartezeit Median", "15 Min.", "Filter: keine"):
        assert expected in text, expected
    assert NAME not in text and "HYPERLINK" not in text  # no personal data on the list
    assert steps and steps[-1][0] >= 5


def test_day_list_with_filters_in_english(data, tmp_path):
    ws, _ = data
    out = tmp_path / "range.pdf"
    write_day_list(out, ws.db, ws.centre, LogFilter(DAY, NEXT_DAY, staff="desk-2"), "en")
    text = pdf_text(out)
    assert "Visit log" in text and "Staff: desk-2" in text and "2026-11-23 – 2026-11-24" in text
    assert "Page 1 of 1" in text and "Walk-in" in text


def test_long_day_list_has_numbered_pages(data, tmp_path, monkeypatch):
    ws, _ = data
    from welcome_desk.reports import daylist

    monkeypatch.setattr(daylist, "ROWS_PER_TABLE", 2)  # several tables, as for a long range
    out = tmp_path / "many.pdf"
    write_day_list(out, ws.db, ws.centre, LogFilter(DAY - dt.timedelta(days=40), NEXT_DAY), "en")
    text = pdf_text(out)
    assert text.count("A-") >= 3 and "Page 1 of" in text


def test_monthly_report_pdf(data, tmp_path):
    ws, _ = data
    out = tmp_path / "month.pdf"
    result = write_monthly_report(out, ws.db, ws.centre, 2026, 11, "de", now=dt.datetime(2026, 12, 1, 8, 0))
    assert result.summary.visits == 5 and len(result.months) == 12 and result.months[-2].visits == 1
    text = pdf_text(out)
    for expected in ("Monatsbericht November 2026", "Kennzahlen zum Integrationsmonitoring", "Alle Anliegen",
                     "Aufenthaltsrecht", "Besuche nach Stelle", "Besuche nach Sprache", "Arabisch",
                     "Quote nicht erschienen", "×", "Entwicklung über 12 Monate", "Oktober 2026",
                     "Vormonat", "Vorjahres-", "Besuche nach Wochentag", "Montag", "Besuche nach Themenbereich",
                     "Warte- und Beratungszeiten nach Stelle", "< 5", "Summe 12 Monate", "Seite 1 von"):
        assert expected in text, expected
    assert "(ar)" not in text and "Nichterscheinensquote" not in text and "Storniert" not in text  # one word per idea
    assert "50,0" not in text  # 1 no-show of 2 appointments: the rate would give the "< 5" away
    assert "…" not in text  # nothing cut off
    assert NAME not in text
    assert len(pypdf.PdfReader(str(out)).pages) >= 2
    en = tmp_path / "month-en.pdf"
    write_monthly_report(en, ws.db, ws.centre, 2026, 11, "en", data=result)
    assert "Monthly report November 2026" in pdf_text(en) and "Immigration Office" in pdf_text(en)


def test_monthly_report_of_an_empty_month(data, tmp_path):
    ws, _ = data
    out = tmp_path / "empty.pdf"
    write_monthly_report(out, ws.db, ws.centre, 2024, 2, "en")
    text = pdf_text(out)
    assert "February 2024" in text and "No entries for this selection." in text  # the charts say so
    assert out.stat().st_size > 1000


def test_month_parsing():
    assert parse_month("2026-03") == (2026, 3)
    for bad in ("2026-13", "March", "2026"):
        with pytest.raises(ValueError, match="YYYY-MM"):
            parse_month(bad)
    with pytest.raises(ValueError):
        P.check_lang("fr")


def test_csv_without_personal_fields_by_default(data, tmp_path):
    ws, _ = data
    out = tmp_path / "log.csv"
    assert write_csv(out, ws.db, ws.centre, LogFilter(DAY)) == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))  # as German Excel splits it
    from welcome_desk.reports.export import HEADERS

    assert tuple(rows[0]) == tuple(HEADERS[f][0] for f in EXPORT_FIELDS) and len(rows) == 5
    first = rows[0]
    assert first["Stelle"] == "Ausländerbehörde" and first["Zeit"] == "23.11.2026 08:00" and first["Tag"] == "23.11.2026"
    assert first["Aufgerufen um"] == "23.11.2026 08:20" and first["Wartezeit (Min.)"] == "20"
    assert first["Beratungsdauer (Min.)"] == "20" and first["Art"] == "Ohne Termin"
    assert NAME.encode() not in raw and b"HYPERLINK" not in raw and b"SUM(" not in raw
    en = tmp_path / "log-en.csv"
    write_csv(en, ws.db, ws.centre, LogFilter(DAY), "en")
    rows = list(csv.DictReader(io.StringIO(en.read_text("utf-8-sig"))))
    assert rows[0]["Time"] == "2026-11-23T08:00" and rows[0]["Waiting time (min)"] == "20"


def test_csv_with_personal_fields_is_formula_safe(data, tmp_path):
    ws, ids = data
    out = tmp_path / "log.csv"
    write_csv(out, ws.db, ws.centre, LogFilter(DAY), personal=True)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert len(rows[0]) == len(EXPORT_FIELDS + PERSONAL_FIELDS)
    first = next(r for r in rows if r["Nr."] == str(ids["a"]))
    assert first["Name"] == NAME
    assert first["Eingegebenes Anliegen"] == "'" + FORMULA and first["Notiz"] == "'" + NOTE
    assert first["Kontakt"] == "'" + CONTACT
    assert [safe_cell(v) for v in ("=1", "+1", "-1", "@x", "\tx", "ok", "")] == ["'=1", "'+1", "'-1", "'@x", "'\tx", "ok", ""]


def test_xlsx_export(data, tmp_path):
    from openpyxl import load_workbook

    ws, ids = data
    from welcome_desk.core.stats import summarize

    out = tmp_path / "log.xlsx"
    summary = summarize(ws.db, ws.centre, DAY)
    assert write_xlsx(out, ws.db, ws.centre, LogFilter(DAY), "en", summary=summary) == 5
    book = load_workbook(out)
    sheet = book["Visit log"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["No.", "Time", "Ticket"] and "Name" not in header and len(header) == len(EXPORT_FIELDS)
    assert sheet.max_row == 6 and isinstance(sheet["B2"].value, dt.datetime)
    figures = {row[0].value: row[1].value for row in book["Figures"].iter_rows() if row and len(row) > 1}
    assert figures["Visits"] == 4 and figures["Waiting time median (min)"] == 15.0

    full = tmp_path / "full.xlsx"
    write_xlsx(full, ws.db, ws.centre, LogFilter(DAY), "de", personal=True)
    sheet = load_workbook(full).active
    header = [c.value for c in sheet[1]]
    assert header[-4:] == ["Name", "Kontakt", "Eingegebenes Anliegen", "Notiz"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == ids["a"])
    typed = row[header.index("Eingegebenes Anliegen")]
    assert typed.value == FORMULA and typed.data_type == "s"  # text, never a formula
    called = row[header.index("Aufgerufen um")]
    assert called.value == dt.datetime(2026, 11, 23, 8, 20) and called.number_format == "dd.mm.yyyy hh:mm"  # a real date
    assert row[header.index("Wartezeit (Min.)")].value == 20 and row[header.index("Tag")].number_format == "dd.mm.yyyy"


@pytest.mark.parametrize("kind", ["csv", "xlsx", "daylist", "monthly"])
def test_cancel_leaves_no_file(data, tmp_path, kind):
    ws, _ = data
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"out.{kind}"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the first step pass, stop at the next

    job = Job(cancelled=cancelled)
    with pytest.raises(Cancelled):
        if kind == "csv":
            write_csv(out, ws.db, ws.centre, LogFilter(DAY), job=job)
        elif kind == "xlsx":
            write_xlsx(out, ws.db, ws.centre, LogFilter(DAY), job=job)
        elif kind == "daylist":
            write_day_list(out, ws.db, ws.centre, LogFilter(DAY), job=job)
        else:
            write_monthly_report(out, ws.db, ws.centre, 2026, 11, job=job)
    assert list(folder.iterdir()) == []


def test_failure_keeps_the_old_file(tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_output(out) as tmp:
            tmp.write_text("half")
            raise RuntimeError("boom")
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


# --------------------------------------------------------------------------- the command line


@pytest.fixture
def run(tmp_db_url, capsys):
    ws, ids = build(tmp_db_url)
    ws.close()

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", tmp_db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    _run.ids = ids
    _run.url = tmp_db_url
    return _run


def test_cli_log_formats_and_filters(run, tmp_path):
    code, out, _ = run("log", "--date", DAY.isoformat(), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["date"] == DAY.isoformat() and len(data["entries"]) == 5
    assert "visitor_name" not in data["entries"][0] and data["entries"][0]["centre"]
    code, out, _ = run("log", "--from", DAY.isoformat(), "--to", NEXT_DAY.isoformat(), "--staff", "desk-2", "--format", "json")
    data = json.loads(out)
    assert (data["from"], data["to"], len(data["entries"])) == (DAY.isoformat(), NEXT_DAY.isoformat(), 2)
    code, out, _ = run("log", "--date", DAY.isoformat(), "--format", "csv", "--status", "no_show")
    assert code == 0 and len(out.strip().splitlines()) == 2 and not out.startswith("\ufeff")
    code, out, _ = run("log", "--date", DAY.isoformat(), "--format", "csv", "--personal")
    assert NAME in out and "'" + FORMULA.replace('"', '""') in out
    code, out, _ = run("log", "--date", DAY.isoformat(), "--kind", "appointment")
    assert code == 0 and "3 entries" in out and "F-001" in out


def test_cli_file_exports_are_audited(run, tmp_path):
    from openpyxl import load_workbook

    xlsx = tmp_path / "day.xlsx"
    code, out, err = run("log", "--date", DAY.isoformat(), "--format", "xlsx", "-o", str(xlsx))
    assert code == 0, err
    assert load_workbook(xlsx).active.max_row == 6
    code, _, err = run("log", "--date", DAY.isoformat(), "--format", "csv", "-o", str(tmp_path / "p.csv"), "--personal")
    assert code == 0, err
    code, _, err = run("log", "--date", DAY.isoformat(), "--format", "pdf", "-o", str(tmp_path / "day.pdf"))
    assert code == 0, err
    assert "Tagesliste" in pdf_text(tmp_path / "day.pdf")
    pdf = tmp_path / "month.pdf"
    code, out, err = run("report", "--month", "2026-11", "-o", str(pdf), "--lang", "en")
    assert code == 0, err
    assert "Monthly report November 2026" in pdf_text(pdf)
    from welcome_desk.core.database import open_database

    db = open_database(run.url)
    try:
        records = audit.recent(db)
    finally:
        db.dispose()
    details = [(r.action, r.detail) for r in records]
    assert ("report", "monthly report 2026-11 month.pdf; personal no") in details
    assert any(a == "export" and "p.csv" in d and "personal yes" in d for a, d in details)
    assert all(NAME not in d for _, d in details)


@pytest.mark.parametrize("args, message", [
    (("report", "--month", "2026-13", "-o", "x.pdf"), "not a month"),
    (("log", "--format", "xlsx"), "needs -o"),
    (("log", "--date", "2026-11-23", "--from", "2026-11-20"), "either --date or --from"),
    (("log", "--from", "2026-11-23", "--to", "2026-11-01"), "before it starts"),
    (("log", "--format", "csv", "-o", "/nonexistent-folder/x.csv"), "does not exist"),
    (("log", "--personal"), "--personal works with"),
])
def test_cli_errors_are_one_line(run, args, message):
    code, out, err = run(*args)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
