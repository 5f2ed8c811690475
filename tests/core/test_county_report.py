"""The county report of a month and a year: matches the day lists, compares periods, hides small counts."""

from __future__ import annotations

import datetime as dt

import pytest
from reportdata import build

from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.daylog import day_entries
from welcome_desk.core.demo import add_demo_visits
from welcome_desk.core.workspace import open_workspace
from welcome_desk.reports.indicators import indicator_rows, indicator_set, write_indicator_sheet
from welcome_desk.reports.monthly import month_data, write_yearly_report, year_data

openpyxl = pytest.importorskip("openpyxl")
pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def demo(tmp_db_url):
    now = dt.datetime(2026, 11, 23, 12, 30)
    ws = open_workspace(tmp_db_url, clock=lambda: now)
    add_demo_visits(ws.db, ws.centre, Actor("Ada", role=TEAM_LEAD), ws.clock, 9000, 430)
    yield ws
    ws.close()


def test_month_and_year_match_the_day_lists_to_the_visit(demo):
    month = month_data(demo.db, demo.centre, 2026, 10)
    entries = [e for d in range(31) for e in day_entries(demo.db, demo.centre, dt.date(2026, 10, 1) + dt.timedelta(days=d))]
    s = month.summary
    assert s.visits == sum(e.status != "cancelled" for e in entries) > 0
    assert s.cancelled == sum(e.status == "cancelled" for e in entries)
    assert s.appointments == sum(e.kind == "appointment" and e.status != "cancelled" for e in entries)
    assert sum(s.by_weekday.values()) == sum(s.by_unit.values()) == sum(s.by_language.values()) == s.visits
    assert 0 < s.referred_in <= s.referred_out  # a referred visitor takes a ticket at the other unit
    year = year_data(demo.db, demo.centre, 2026)
    assert sum(p.visits for p in year.trend) == year.summary.visits
    assert [p.start.month for p in year.trend] == list(range(1, 13))
    assert year.previous.visits > 0 and year.year_ago is None  # 2025 from November on


def test_month_is_compared_with_the_month_before_and_a_year_earlier(demo):
    data = month_data(demo.db, demo.centre, 2026, 10)
    assert (data.previous.start, data.previous.end) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert data.year_ago.start == dt.date(2025, 10, 1) and data.year_ago.visits > 0
    assert data.previous.wait_median_min is None  # comparison periods carry counts only
    assert data.summary.unit_times and data.summary.wait_p90_min >= data.summary.wait_median_min


def test_indicator_sheet_hides_small_counts(tmp_db_url, tmp_path):
    ws, _ = build(tmp_db_url)
    try:
        data = month_data(ws.db, ws.centre, 2026, 11)
        rows = indicator_rows(ws.centre, data, "de")
        out = tmp_path / "ind.xlsx"
        write_indicator_sheet(out, ws.centre, data, "de")
    finally:
        ws.close()
    codes = {ind["code"] for ind in indicator_set()["indicators"]}
    assert {r[0] for r in rows} == codes  # every indicator accounted for
    languages = [r for r in rows if r[0] == "WZ-40"]
    assert languages and all(r[6] in ("< 5", 0) for r in languages)  # one Arabic speaker cannot be singled out
    assert next(r for r in languages if r[4] == "Arabisch")[6] == "< 5"
    assert any(r[4] == "Arabisch" for r in languages)
    visits = next(r for r in rows if r[0] == "WZ-01")
    assert visits[6] == 5  # the whole house is not suppressed
    waits = next(r for r in rows if r[0] == "WZ-10")
    assert waits[6] is None  # fewer than 5 measured visits: no time
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A5"].value == "WZ-01" and sheet["G4"].value == "2026-11"


def test_cli_writes_the_year_report_and_its_sheet(demo, tmp_path, capsys):
    pdf = tmp_path / "year.pdf"
    xlsx = tmp_path / "year.xlsx"
    import io

    from testvalues import TEAM_LEAD_PASSWORD

    from welcome_desk.core.roles import set_team_lead_password

    url = demo.db.url
    set_team_lead_password(demo.db, demo.clock(), "lead", TEAM_LEAD_PASSWORD)

    def main(args):
        from welcome_desk.cli import main as cli_main

        return cli_main([*args, "--password-stdin"], clock=demo.clock, stdin=io.StringIO(TEAM_LEAD_PASSWORD + "\n"))

    assert main(["--db", url, "report", "--year", "2026", "-o", str(pdf)]) == 0
    assert main(["--db", url, "report", "--year", "2026", "-o", str(xlsx)]) == 0
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    assert "Jahresbericht 2026" in text and "Vorjahr" in text and "Dezember 2026" in text
    assert openpyxl.load_workbook(xlsx).active["G4"].value == "2026"
    assert main(["--db", url, "report", "--year", "20x6", "-o", str(tmp_path / "x.pdf")]) != 0
    assert "not a year" in capsys.readouterr().err


def test_year_report_in_english(demo, tmp_path):
    out = tmp_path / "year-en.pdf"
    write_yearly_report(out, demo.db, demo.centre, 2026, "en", now=dt.datetime(2026, 12, 1, 8))
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Annual report 2026" in text and "Previous year" in text and "Waiting time median" in text
