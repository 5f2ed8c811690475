"""Secondary suppression (issue 14): no "< 5" of the county report can be worked out from what is shown,
and the PDF, the indicator sheet (XLSX, CSV) and the command line hide the same cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools

import pytest

from welcome_desk.core.actor import TEAM_LEAD, Actor
from welcome_desk.core.demo import add_demo_visits
from welcome_desk.core.workspace import open_workspace
from welcome_desk.reports.indicators import indicator_rows, write_indicator_csv, write_indicator_sheet
from welcome_desk.reports.monthly import month_data, write_monthly_report
from welcome_desk.reports.suppression import (
    HIDDEN, LESS_THAN_5, Marks, Sums, attacker_bounds, exposed, protect, report_marks,
)

openpyxl = pytest.importorskip("openpyxl")
pypdf = pytest.importorskip("pypdf")


def _column(total: int, counts: dict[str, int]) -> Sums:
    sums = Sums()
    t = sums.cell("total", total, public=True)
    sums.add_sum(t, [sums.cell(k, n) for k, n in counts.items()])
    return sums


def test_one_small_count_beside_a_total_is_exposed_without_secondary_suppression():
    sums = _column(60, {"de": 40, "ar": 2, "uk": 7, "tr": 11})
    primary_only = Marks({"ar": LESS_THAN_5})
    assert attacker_bounds(sums, primary_only)["ar"] == (2, 2)  # 60 - 40 - 7 - 11
    assert exposed(sums, primary_only) == ["ar"]
    marks = protect(sums)
    assert marks("ar") == LESS_THAN_5 and marks("uk") == HIDDEN  # the next smallest
    assert marks("de") == marks("tr") == "shown"
    assert exposed(sums, marks) == []
    lo, hi = attacker_bounds(sums, marks)["ar"]
    assert lo < hi


def test_a_secondary_cell_of_exactly_5_is_not_enough_and_a_third_is_hidden():
    """uk = 5 and the rule "× is 5 or more" would pin ar = 1: the next smallest is hidden too."""
    sums = _column(61, {"de": 40, "ar": 1, "uk": 5, "tr": 15})
    marks = protect(sums)
    assert [marks(k) for k in ("ar", "uk", "tr", "de")] == [LESS_THAN_5, HIDDEN, HIDDEN, "shown"]
    assert exposed(sums, marks) == []


def test_two_small_counts_can_protect_each_other():
    sums = _column(43, {"de": 38, "ar": 2, "uk": 3})
    marks = protect(sums)
    assert marks("ar") == marks("uk") == LESS_THAN_5 and marks("de") == "shown"  # ar + uk = 5: 1+4, 2+3, …


def test_a_concern_is_protected_through_its_subject_area_too():
    """The subject area is the sum of its concerns, and the visits the sum of the areas."""
    sums = Sums()
    visits = sums.cell("visits", 100, public=True)
    housing = [sums.cell("flat", 30), sums.cell("shelter", 3)]
    work = [sums.cell("job", 50), sums.cell("training", 17)]
    sums.add_sum(sums.cell("area housing", 33), housing)
    sums.add_sum(sums.cell("area work", 67), work)
    sums.add_sum(visits, ["area housing", "area work"])
    marks = protect(sums)
    assert marks("shelter") == LESS_THAN_5 and marks("flat") == HIDDEN
    assert exposed(sums, marks) == []


def test_a_tiny_month_withholds_its_table():
    sums = _column(6, {"de": 5, "ar": 1})  # the one Arabic speaker would be 6 - 5
    marks = protect(sums)
    assert marks("ar") == marks("de") == HIDDEN and exposed(sums, marks) == []


def _brute_force_values(total: int, cells: dict[str, str], key: str) -> set[int]:
    """Every value of ``key`` consistent with a column: shown numbers, "< 5" (1–4), "×" (5 or more when the
    column has a "< 5", else anything), summing to ``total``."""
    shown = sum(int(v) for v in cells.values() if v not in ("< 5", "×"))
    any_small = any(v == "< 5" for v in cells.values())
    hidden = [k for k, v in cells.items() if v in ("< 5", "×")]
    rest = total - shown
    domains = [range(1, 5) if cells[k] == "< 5" else range(5 if any_small else 0, rest + 1) for k in hidden]
    return {combo[hidden.index(key)] for combo in itertools.product(*domains) if sum(combo) == rest}


@pytest.fixture(scope="module")
def demo_month(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    now = dt.datetime(2026, 11, 23, 12, 30)
    ws = open_workspace(url, clock=lambda: now)
    add_demo_visits(ws.db, ws.centre, Actor("Ada", role=TEAM_LEAD), ws.clock, 3000, 430)
    data = month_data(ws.db, ws.centre, 2026, 10)
    yield ws, data
    ws.close()


def test_no_hidden_count_of_a_real_month_can_be_worked_out(demo_month):
    ws, data = demo_month
    sums, marks = report_marks(data, {c.id: c.group for c in ws.centre.concerns})
    small = [k for k, v in sums.values.items() if 0 < v < 5 and k in sums.suppressible]
    assert small, "the demo month should have small counts"
    assert all(marks(k) != "shown" for k in small)
    assert any(marks(k) == HIDDEN and sums.values[k] >= 5 for k in sums.values)  # secondary cells were needed
    assert exposed(sums, marks) == []
    primary_only = Marks({k: LESS_THAN_5 for k in small})
    assert exposed(sums, primary_only), "without secondary suppression something would be exposed"


def test_pdf_csv_xlsx_and_cli_hide_the_same_cells_and_none_can_be_recomputed(demo_month, tmp_path):
    ws, data = demo_month
    rows = indicator_rows(ws.centre, data, "de")
    csv_path, xlsx_path, pdf_path = tmp_path / "i.csv", tmp_path / "i.xlsx", tmp_path / "m.pdf"
    write_indicator_csv(csv_path, ws.centre, data, "de")
    write_indicator_sheet(xlsx_path, ws.centre, data, "de")
    write_monthly_report(pdf_path, ws.db, ws.centre, 2026, 10, "de", now=dt.datetime(2026, 11, 23, 12, 30), data=data)

    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        csv_rows = list(csv.reader(f, delimiter=";"))[1:]
    sheet = openpyxl.load_workbook(xlsx_path).active
    xlsx_rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=5)]
    assert len(csv_rows) == len(xlsx_rows) == len(rows)
    for mine, from_csv, from_xlsx in zip(rows, csv_rows, xlsx_rows):
        for a, b, c in zip(mine[6:], from_csv[6:], from_xlsx[6:]):
            if a in ("< 5", "×"):
                assert a == b == c, mine[:5]
            elif isinstance(a, int):
                assert str(a) == b and a == c, mine[:5]

    # Each breakdown of the current month, as the CSV shows it, against the visits it sums to.
    visits = data.summary.visits
    checked = 0
    for code in ("WZ-30", "WZ-31", "WZ-40"):
        column = {r[4]: r[6] for r in csv_rows if r[0] == code}
        for key, value in column.items():
            if value == "< 5":
                values = _brute_force_values(visits, column, key)
                assert len(values) >= 2, (code, key, values)
                checked += 1
    assert checked, "the demo month should have a '< 5' in a breakdown"

    # The PDF shows the same marks for the languages of the month.
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf_path)).pages)
    assert "×" in text and "< 5" in text
    languages = {r[4]: r[6:] for r in rows if r[0] == "WZ-40"}
    lines = text[text.index("Besuche nach Sprache"):].splitlines()
    for name, (current, previous, year_ago) in languages.items():
        at = lines.index(name)  # name, this month, share, the month before, a year earlier
        assert lines[at + 1] == str(current) and lines[at + 3] == str(previous) and lines[at + 4] == str(year_ago), name
        if current in ("< 5", "×"):
            assert lines[at + 2] == "—", name  # no share that would give it away


def test_cli_writes_the_indicator_sheet_as_csv(demo_month, tmp_path):
    from testvalues import TEAM_LEAD_PASSWORD

    from welcome_desk.cli import main
    from welcome_desk.core.roles import set_team_lead_password

    ws, data = demo_month
    set_team_lead_password(ws.db, ws.clock(), "lead", TEAM_LEAD_PASSWORD)
    out = tmp_path / "sheet.csv"
    code = main(["--db", ws.db.url, "report", "--month", "2026-10", "-o", str(out), "--password-stdin"],
                clock=ws.clock, stdin=io.StringIO(TEAM_LEAD_PASSWORD + "\n"))
    assert code == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f, delimiter=";"))[1:]
    expected = indicator_rows(ws.centre, data, "de")
    assert [r[6:] for r in got] == [["" if v is None else (f"{v:.1f}".replace(".", ",") if isinstance(v, float) else str(v))
                                     for v in r[6:]] for r in expected]
