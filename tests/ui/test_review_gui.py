"""The team lead's review window: opened after the role check, filters, lazy paging, figures,
charts, exports and reports in the background (offscreen, no modal dialog blocks)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QWidget  # noqa: E402
from reportdata import DAY, NAME, NEXT_DAY, NOW_AFTER, build  # noqa: E402

from welcome_desk.core import audit, logquery  # noqa: E402
from welcome_desk.core.actor import TEAM_LEAD, Actor  # noqa: E402
from welcome_desk.core.logquery import LogFilter, Names  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.review.model import LazyLogModel  # noqa: E402
from welcome_desk.ui.review.window import MonthDialog, ReviewWindow  # noqa: E402

from gui_desk import Desk  # noqa: E402

pytestmark = pytest.mark.gui


class Recorder:
    """The team-lead check as the test sets it (``allow``), what it asked, what was printed;
    messages and dialogs are the desk's (every dialog is accepted)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.shown = desk.messages.shown
        self.dialogs = desk.dialogs
        self.run_dialog = desk.run_dialog
        self.error, self.warning, self.info = desk.messages.error, desk.messages.warning, desk.messages.info
        self.asked: list[str] = []
        self.allow = True
        self.printed: list = []

    def require_team_lead(self, what: str) -> bool:
        self.asked.append(what)
        return self.allow

    def confirm_personal(self, what: str) -> Actor | None:
        """The password typed for a personal export, as the test decides (the real one: test_roles_gui.py)."""
        return Actor("TL", TEAM_LEAD) if self.require_team_lead(what) else None


@pytest.fixture
def setup(qtbot, tmp_db_url):
    ws, ids = build(tmp_db_url)
    desk = Desk(qtbot, ws, Settings(ui_language="en"), on_dialog=lambda dialog: 1, activate=False)
    window = desk.window
    rec = Recorder(desk)
    window.require_team_lead = rec.require_team_lead  # the team-lead check as the test decides
    ws.seat.sign_in("TL")  # a signed-in team lead reviews (the core's export use cases check the role)
    yield window, rec, ids
    window.review_part.close()
    desk.close()
    ws.close()


def open_review(qtbot, window, rec) -> ReviewWindow:
    window.review_action.trigger()
    review = window.review_part.window
    assert review is not None and review.isVisible()
    review.print_pdf = lambda parent, path, title: rec.printed.append((path, title))
    review.confirm_personal = rec.confirm_personal
    wait_figures(qtbot, review)
    return review


def wait_figures(qtbot, review: ReviewWindow) -> None:
    qtbot.waitUntil(lambda: review.summary is not None and not review.runner.busy(), timeout=5000)


def show_day(qtbot, review: ReviewWindow, start: dt.date, end: dt.date | None = None) -> None:
    review.set_range(start, end or start)
    review.refresh()
    wait_figures(qtbot, review)


def test_menu_and_shortcut_open_the_window_after_the_role_check(setup, qtbot):
    window, rec, _ = setup
    assert window.team_lead_menu.title() == "&Team lead"
    assert window.review_action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.review_action in window.team_lead_menu.actions()
    rec.allow = False
    assert window.open_review() is None and window.review_part.window is None
    rec.allow = True
    review = open_review(qtbot, window, rec)
    assert rec.asked == ["Review logs and reports", "Review logs and reports"]
    assert review.windowTitle().startswith("Team lead review")
    assert review.from_date.date().toPython() == NOW_AFTER.date()


def test_filters_change_the_rows_and_the_figures(setup, qtbot):
    window, rec, ids = setup
    review = open_review(qtbot, window, rec)
    show_day(qtbot, review, DAY)
    assert review.model.rowCount() == 5 and review.total == 5
    assert review.figure_values["visits"].text() == "4"  # the cancelled appointment is not a visit
    assert review.figure_values["no_shows"].text() == "1 (50.0 %)"
    assert review.figure_values["wait_median"].text() == "15 min"
    assert review.figure_values["visits"].accessibleName() == "Visits: 4"
    assert review.set_filter("unit", "refugee-affairs")
    qtbot.waitUntil(lambda: review.model.rowCount() == 3 and review.total == 3 and not review.runner.busy())
    assert review.summary.by_unit == {"refugee-affairs": 2}  # and one cancelled
    review.set_filter("unit", None)
    review.set_filter("status", "no_show")
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    assert review.model.entry(0).id == ids["p1"]
    review.set_filter("status", None)
    show_day(qtbot, review, DAY, NEXT_DAY)
    assert review.model.rowCount() == 6
    assert review.set_filter("staff", "desk-2")  # staff names of the range are offered
    qtbot.waitUntil(lambda: review.model.rowCount() == 2)
    assert review.model.index(0, 0).data().startswith("23/11/2026")  # dates shown for a range, as English writes them


def test_the_figures_say_how_often_the_wait_was_as_announced_per_unit_filter(qtbot, tmp_db_url):
    from reportdata import build_estimates

    ws = build_estimates(tmp_db_url)
    desk = Desk(qtbot, ws, Settings(ui_language="en"), on_dialog=lambda dialog: 1, activate=False)
    window = desk.window
    rec = Recorder(desk)
    window.require_team_lead = rec.require_team_lead
    try:
        review = open_review(qtbot, window, rec)
        show_day(qtbot, review, DAY)
        value = review.figure_values["estimate"]
        assert review.figure_captions["estimate"].text() == "Wait as announced (aim ≥ 80 %)"
        assert value.text() == "93 % of 14"  # 13 of 14 called inside the range printed on their slips
        assert value.accessibleName() == "Wait as announced (aim ≥ 80 %): 93 % of 14"
        assert review.set_filter("unit", "immigration-office")
        qtbot.waitUntil(lambda: value.text() == "83 % of 6" and not review.runner.busy(), timeout=5000)
        assert review.set_filter("unit", "refugee-affairs")
        qtbot.waitUntil(lambda: value.text() == "—" and not review.runner.busy(), timeout=5000)  # 3: too few to say
    finally:
        window.review_part.close()
        desk.close()
        ws.close()


def test_quick_ranges(setup, qtbot):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    today = NOW_AFTER.date()  # a Wednesday
    review.quick_buttons["yesterday"].click()
    assert review.current_filter().start == review.current_filter().last == today - dt.timedelta(days=1)
    review.quick_buttons["week"].click()
    assert (review.current_filter().start, review.current_filter().last) == (DAY, DAY + dt.timedelta(days=6))
    review.quick_buttons["month"].click()
    assert (review.current_filter().start, review.current_filter().last) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    qtbot.waitUntil(lambda: review.model.rowCount() == 6)
    review.to_date.setDate(dt.date(2026, 10, 1))  # before the start: the start follows
    assert review.current_filter().start == dt.date(2026, 10, 1)


def test_the_model_fetches_lazily_in_pages(setup, qtbot):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    flt = LogFilter(DAY - dt.timedelta(days=40), NEXT_DAY)
    db, centre = window.ws.db, window.ws.centre
    calls = []

    def fetch(after, limit):
        calls.append((after, limit))
        return logquery.page(db, centre, flt, after, limit)

    model = LazyLogModel(page_size=2)
    model.reset(fetch, Names.of(centre, "en"), True)
    assert model.rowCount() == 2 and model.pages_fetched == 1 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and calls[1][0].id == model.entry(1).id  # the next page starts after the last row
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7 and model.pages_fetched == 4 and model.all_fetched()
    assert len({model.entry(i).id for i in range(7)}) == 7

    review.model.page_size = 2  # in the window, the view asks for pages as it needs rows
    show_day(qtbot, review, flt.start, flt.last)
    qtbot.waitUntil(lambda: review.model.all_fetched())
    assert review.model.rowCount() == 7 and review.model.pages_fetched == 4
    ids = [model.entry(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == 7


def test_csv_export_runs_in_the_background_and_is_audited(setup, qtbot, tmp_path, monkeypatch):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    show_day(qtbot, review, DAY)
    target = tmp_path / "out" / "log"  # the suffix is added
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args[1]) or str(target), "CSV files (*.csv)"))
    review.csv_button.click()
    assert review.busy() and not review.csv_button.isEnabled()  # the window stays responsive meanwhile
    qtbot.waitUntil(lambda: not review.busy(), timeout=5000)
    written = target.with_name("log.csv")
    assert written.is_file() and asked == ["Export CSV"]
    text = written.read_text("utf-8-sig")
    assert len(text.strip().splitlines()) == 6 and NAME not in text
    assert "5 entries exported" in review.status.text() and review.csv_button.isEnabled()
    records = audit.recent(window.ws.db, action="export")
    assert records[0].detail == "log csv log.csv; 2026-11-23; personal no"


def test_personal_export_asks_the_team_lead_again(setup, qtbot, tmp_path):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    show_day(qtbot, review, DAY)
    review.personal_box.setChecked(True)
    rec.allow = False
    assert review.export("xlsx", tmp_path / "refused.xlsx") is None
    assert not (tmp_path / "refused.xlsx").exists() and rec.asked[-1] == "Export personal data"
    rec.allow = True
    review.export("xlsx", tmp_path / "full.xlsx")
    qtbot.waitUntil(lambda: not review.busy(), timeout=5000)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "full.xlsx").active
    assert any(cell.value == NAME for row in sheet.iter_rows() for cell in row)
    details = [r.detail for r in audit.recent(window.ws.db, action="export")]
    assert details == ["log xlsx full.xlsx; 2026-11-23; personal yes"]


def test_the_core_refuses_a_report_to_reception_and_audits_it(setup, qtbot, tmp_path):
    """The review window does not decide who may write the county report: the core's export use case does."""
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    window.ws.seat.sign_out()  # e.g. signed out at the desk while the review stayed open
    target = tmp_path / "report.pdf"
    assert review.monthly_report(2026, 10, "de", target) is None
    assert not target.exists() and "team-lead role" in review.status.text()
    refused = audit.recent(window.ws.db, action="refused")[0]
    assert refused.role == "reception" and refused.detail.startswith("report refused")
    assert review.export("csv", tmp_path / "plain.csv") is not None  # a log without personal data is every desk's
    qtbot.waitUntil(lambda: not review.busy(), timeout=5000)
    assert audit.recent(window.ws.db, action="export")[0].role == "reception"


def test_cancel_stops_the_work_without_freezing(setup, qtbot):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    started = []

    def slow(job):
        for i in range(500):
            started.append(i)
            job.step(i, 500)
            time.sleep(0.01)

    task = review.work.run("Slow work", slow, lambda _r: None)
    assert task is not None and review.work.run("Second", slow, lambda _r: None) is None  # one at a time
    qtbot.waitUntil(lambda: len(started) > 3)
    review.work.progress.canceled.emit()  # what the dialog's Cancel button (or Escape) sends
    qtbot.waitUntil(lambda: not review.busy(), timeout=5000)
    assert "Cancelled" in review.status.text() and len(started) < 500


def test_failures_are_reported_not_raised(setup, qtbot, tmp_path):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    review.export("csv", tmp_path / "missing-folder" / "x.csv")
    qtbot.waitUntil(lambda: not review.busy(), timeout=5000)
    assert rec.shown and rec.shown[-1][0] == "error" and "Not finished" in review.status.text()
    assert audit.recent(window.ws.db, action="export") == []


def test_print_day_list_writes_and_hands_over_the_pdf(setup, qtbot, tmp_path):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    review.folder = tmp_path / "reports"
    show_day(qtbot, review, DAY)
    review.print_button.click()
    qtbot.waitUntil(lambda: bool(rec.printed), timeout=8000)
    path, title = rec.printed[0]
    assert path == tmp_path / "reports" / "day-list-2026-11-23.pdf" and path.is_file()
    import pypdf

    assert "Day list" in pypdf.PdfReader(str(path)).pages[0].extract_text()
    assert audit.recent(window.ws.db, action="export")[0].detail.startswith("day list pdf day-list-2026-11-23.pdf")


def test_the_day_list_prints_like_a_slip_landscape_a4_through_the_keyboard_preview(setup, tmp_path):
    """The day list goes through the slips' preview (Print focused, Enter prints) and their printer path:
    the PDF as it is, paper A4 from its own page, turned to landscape; the status line tells sent apart."""
    from PySide6.QtGui import QPageLayout

    from welcome_desk.reports.daylist import write_day_list
    from welcome_desk.ui.printing import SlipPreviewDialog, SlipPrinter
    from welcome_desk.ui.review.printdoc import print_pdf

    window, rec, _ = setup
    path = tmp_path / "day.pdf"
    write_day_list(path, window.ws.db, window.ws.centre, LogFilter(DAY), "en")
    said = print_pdf(None, path, "Day list 2026-11-23", printer=rec.desk.printer)
    dialog = rec.dialogs[-1]
    assert isinstance(dialog, SlipPreviewDialog) and dialog.print_button.isDefault()
    assert dialog.windowTitle() == "Print preview — Day list 2026-11-23"
    assert dialog.print_button.accessibleName() == "Print Day list 2026-11-23"
    assert dialog.keep_printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    job = rec.desk.tray.jobs[-1]
    assert job.pdf_path == path and job.paper == "A4" and job.title == "Day list 2026-11-23"
    assert said == "Day list 2026-11-23: sent to the printer Test printer — not yet confirmed as printed."
    none = SlipPrinter(rec.desk.messages, rec.run_dialog, has_printer=lambda: False, send=rec.desk.tray)
    said = print_pdf(None, path, "Day list", printer=none)
    assert said.startswith("Day list: not printed — no printer is set up.") and str(path) in said
    assert len(rec.desk.tray.jobs) == 1


def test_print_day_list_from_the_window_says_sent_then_printed_there_not_at_the_desk(setup, qtbot, tmp_path):
    import dataclasses

    window, rec, _ = setup
    window.review_action.trigger()
    review = window.review_part.window
    wait_figures(qtbot, review)
    review.folder = tmp_path / "reports"
    show_day(qtbot, review, DAY)
    desk_status = window.statusBar().currentMessage()
    review.print_button.click()
    qtbot.waitUntil(lambda: bool(rec.desk.tray.jobs), timeout=8000)
    assert rec.desk.tray.jobs[0].pdf_path == tmp_path / "reports" / "day-list-2026-11-23.pdf"
    qtbot.waitUntil(lambda: "sent to the printer" in review.status.text(), timeout=5000)
    rec.desk.printer.jobUpdated.emit(dataclasses.replace(rec.desk.printer.last, outcome="printed"))
    assert review.status.text() == "Day list 2026-11-23: printed on Test printer."
    assert window.statusBar().currentMessage() == desk_status  # the desk's line is about visitors' slips


def test_monthly_report_from_the_window(setup, qtbot, tmp_path):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    target = tmp_path / "report.pdf"
    review.save_file_name = lambda parent, title, start, pattern: (str(target), pattern)
    seen = []
    plain = rec.run_dialog

    def run_dialog(dialog):
        seen.append((dialog.objectName(), dialog.choice()[:2] if isinstance(dialog, MonthDialog) else dialog.text()
                     if hasattr(dialog, "text") else ""))
        return plain(dialog)

    review.run_dialog = run_dialog
    review.monthly_report()  # the month dialog is accepted by the recorder
    assert isinstance(rec.dialogs[-1], MonthDialog)
    qtbot.waitUntil(lambda: not review.busy(), timeout=10000)
    assert target.is_file()
    import pypdf

    # November is still running (the clock says 25 November): the dialog offers October, the last finished month
    assert "Monthly report October 2026" in pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert audit.recent(window.ws.db, action="report")[0].detail == "monthly report 2026-10 report.pdf; personal no"
    assert seen[0][1] == (2026, 10)
    assert seen[-1][0] == "reportReady" and str(target) in seen[-1][1]  # after writing, it offers to open the report


def test_report_dialog_starts_at_the_last_finished_month_and_can_take_a_year(setup, qtbot, tmp_path):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    from welcome_desk.ui.review.month_dialog import qdate as _qdate

    review.from_date.setDate(_qdate(window.ws.clock().date()))  # the running month
    target = tmp_path / "year.pdf"
    review.save_file_name = lambda parent, title, start, pattern: (str(target), pattern)
    shown = []

    def answer(dialog):
        if isinstance(dialog, MonthDialog):
            shown.append(dialog.month.date().toPython())
            dialog.whole_year.setChecked(True)
        return 1

    review.run_dialog = answer
    review.monthly_report()
    qtbot.waitUntil(lambda: not review.busy(), timeout=20000)
    today = window.ws.clock().date()
    assert shown and (shown[0].year, shown[0].month) < (today.year, today.month)
    import pypdf

    assert "Annual report" in pypdf.PdfReader(str(target)).pages[0].extract_text()


def test_charts_tab_draws_every_chart(setup, qtbot):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    show_day(qtbot, review, DAY)
    review.tabs.setCurrentWidget(review.charts)
    charts = review.charts
    assert charts.canvas is not None
    for kind in ("hours", "units", "weeks", "months"):
        charts.set_kind(kind)
        if kind in ("weeks", "months"):
            period = kind[:-1]
            qtbot.waitUntil(lambda p=period: p in charts.trends, timeout=5000)
        assert charts.canvas.accessibleDescription() not in ("", "No entries"), kind
    assert charts.canvas.accessibleDescription().endswith("Oct 26: 1; Nov 26: 4")  # 12 months up to the range
    charts.set_kind("weeks")
    assert charts.canvas.accessibleDescription().endswith("Wk 48: 4") and charts.canvas.accessibleName() == "Trend over weeks"


def test_every_control_has_an_accessible_name_and_can_be_reached(setup, qtbot):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    unnamed = [
        w.objectName() or w.metaObject().className()
        for w in review.findChildren(QWidget)
        if w.isVisibleTo(review) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName()
        and w.metaObject().className() not in ("QLineEdit", "QScrollBar")  # the editor inside a QDateEdit
    ]
    assert unnamed == []
    for key, combo in review.filters.items():
        assert review.filter_labels[key].buddy() is combo and "&" in review.filter_labels[key].text()


def test_heavy_libraries_are_not_loaded_at_start():
    # This checkout's package, whatever the current directory (an editable install elsewhere must
    # not answer), in a process of its own; its exit status and stderr are reported, not just raised.
    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys; import welcome_desk, welcome_desk.ui.main_window, welcome_desk.cli; "
            "print(sorted(m for m in ('matplotlib', 'openpyxl', 'welcome_desk.reports.charts') if m in sys.modules)); "
            "print(welcome_desk.__file__)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env, timeout=120)
    assert out.returncode == 0, f"exit {out.returncode}: {out.stderr[-2000:]}"
    loaded, package = out.stdout.strip().splitlines()[-2:]
    assert package.startswith(root), package
    assert loaded == "[]", f"loaded at start: {loaded}"


def test_names_follow_the_interface_language(setup, qtbot):
    window, rec, _ = setup
    review = open_review(qtbot, window, rec)
    show_day(qtbot, review, DAY)
    unit_column = review.model.UNIT
    assert review.model.index(0, unit_column).data() == "Immigration Office"
    window.set_ui_language("de")
    qtbot.waitUntil(lambda: review.lang == "de")
    assert review.model.index(0, unit_column).data() == "Ausländerbehörde"
    assert review.filters["unit"].itemText(1) == "Ausländerbehörde"
    window.set_ui_language("en")
