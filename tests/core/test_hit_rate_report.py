"""How often the real wait fell inside the printed range, in the figures: the county report (PDF), its
indicator sheet (XLSX and CSV), ``welcome-desk report`` — per unit and overall, beside the 80 % aim,
shares only from 5 visits (the report's small-count rule)."""

from __future__ import annotations

import csv
import io

import pytest
from reportdata import build_estimates

from welcome_desk.reports.indicators import indicator_rows, indicator_set, write_indicator_csv, write_indicator_sheet
from welcome_desk.reports.monthly import month_data, write_monthly_report

openpyxl = pytest.importorskip("openpyxl")
pypdf = pytest.importorskip("pypdf")
IMMIGRATION, REFUGEE = "immigration-office", "refugee-affairs"


@pytest.fixture
def ws(tmp_db_url):
    workspace = build_estimates(tmp_db_url)
    yield workspace
    workspace.close()


def test_the_figures_count_waits_inside_the_printed_range_per_unit_and_overall(ws):
    hits = month_data(ws.db, ws.centre, 2026, 11).summary.estimates
    assert (hits.visits, hits.inside) == (14, 13)
    assert (hits.units[IMMIGRATION].visits, hits.units[IMMIGRATION].inside) == (6, 5)
    assert (hits.units[REFUGEE].visits, hits.units[REFUGEE].inside) == (3, 3)


def test_the_report_pdf_shows_the_hit_rate_beside_the_aim_and_hides_small_units(ws, tmp_path):
    out = tmp_path / "november.pdf"
    write_monthly_report(out, ws.db, ws.centre, 2026, 11, "de")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages).replace("\u00a0", " ")
    assert "Wartezeit im angekündigten Rahmen (Ziel ≥ 80 %)\n92,9 %" in text
    block = text[text.index("Warte- und Beratungszeiten nach Stelle"):text.index("Angekündigte Wartezeit:")]
    cells = [line.strip() for line in block.splitlines()]
    # per unit: visits, four times, then the share inside the range
    immigration = cells.index("Ausländerbehörde")
    assert cells[immigration + 1] == "6" and cells[immigration + 6] == "83,3 %"
    refugee = cells.index("Flüchtlingswesen")  # "Stabsstelle Flüchtlingswesen" wraps
    assert cells[refugee + 1:refugee + 7] == ["< 5", "—", "—", "—", "—", "—"]  # 3 visits: no share shown
    # 5 visits at the anti-discrimination office: hidden as "×" so that the 3 cannot be worked out from the
    # total, and its share with it (5 of 5 would give the count away)
    anti = next(i for i, c in enumerate(cells) if c.startswith("Antidiskriminierung"))
    assert "×" in cells[anti + 1:anti + 3] and cells[anti + 1:anti + 8].count("×") == 2
    total = cells.index("Summe")
    assert cells[total + 6] == "92,9 %"
    assert "Ziel: mindestens 80 %" in text


def test_the_indicator_sheet_and_its_csv_carry_the_hit_rate(ws, tmp_path):
    data = month_data(ws.db, ws.centre, 2026, 11)
    rows = {(r[0], r[4]): r for r in indicator_rows(ws.centre, data, "de")}
    assert rows[("WZ-15", "")][6] == 92.9
    assert rows[("WZ-16", "Ausländerbehörde")][6] == 83.3
    assert rows[("WZ-16", "Stabsstelle Flüchtlingswesen")][6] is None  # fewer than 5 visits
    assert "Ziel: mindestens 80 %" in next(i for i in indicator_set()["indicators"] if i["code"] == "WZ-15")["definition"]["de"]
    xlsx = tmp_path / "ind.xlsx"
    write_indicator_sheet(xlsx, ws.centre, data, "de")
    values = {(r[0], r[4]): r[6] for r in openpyxl.load_workbook(xlsx).active.iter_rows(min_row=5, values_only=True)}
    assert values[("WZ-15", None)] == 92.9 and values[("WZ-16", "Stabsstelle Flüchtlingswesen")] is None
    out = tmp_path / "ind.csv"
    write_indicator_csv(out, ws.centre, data, "de")
    table = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    by_code = {(r[0], r[4]): r for r in table[1:]}
    assert table[0][6] == "2026-11"
    assert by_code[("WZ-15", "")][6] == "92,9" and by_code[("WZ-16", "Stabsstelle Flüchtlingswesen")][6] == ""


def test_welcome_desk_report_writes_the_indicator_csv(ws, tmp_path, capsys):
    from testvalues import TEAM_LEAD_PASSWORD

    from welcome_desk.cli import main
    from welcome_desk.core.roles import set_team_lead_password

    set_team_lead_password(ws.db, ws.clock(), "lead", TEAM_LEAD_PASSWORD)
    out = tmp_path / "november.csv"
    args = ["--db", ws.db.url, "report", "--month", "2026-11", "-o", str(out), "--password-stdin"]
    assert main(args, clock=ws.clock, stdin=io.StringIO(TEAM_LEAD_PASSWORD + "\n")) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert any(line.startswith("WZ-15;") and ";92,9" in line for line in out.read_text("utf-8-sig").splitlines())
    bad = ["--db", ws.db.url, "report", "--month", "2026-11", "-o", str(tmp_path / "x.txt"), "--password-stdin"]
    assert main(bad, clock=ws.clock, stdin=io.StringIO(TEAM_LEAD_PASSWORD + "\n")) != 0
    assert ".csv" in capsys.readouterr().err
