"""The team lead's review window: pick a day or range and filters; see the entries, figures and charts;
print the day list, export CSV/XLSX, write the monthly report.

Everything slow runs in a :class:`~welcome_desk.ui.review.tasks.TaskRunner`
(figures, trends, exports, reports) so the window never freezes; exports and
reports show a progress dialog that can cancel. The table is a lazy model
(pages of 200 rows). The window only calls the core and the reports package.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import exports, logquery
from welcome_desk.core.actor import Actor
from welcome_desk.core.logquery import LogFilter, Names
from welcome_desk.core.stats import Summary, month_range, period_start, summarize, trend
from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.flow_layout import FlowLayout
from welcome_desk.ui.locale_format import date_edit_format
from welcome_desk.ui.messages import Messages
from welcome_desk.ui.models import configure_row_table
from welcome_desk.ui.review.charts import ChartPanel
from welcome_desk.ui.review.model import LazyLogModel
from welcome_desk.ui.review.month_dialog import MonthDialog, finished_month, offer_to_open, pydate, qdate, reports_folder
from welcome_desk.ui.review.panels import FiguresStrip, FilterBar
from welcome_desk.ui.review.tasks import Task, TaskRunner
from welcome_desk.ui.review.work import ProgressWork, SaveFileName, ask_save_path, error_text, export_actor, range_name
from welcome_desk.ui.screen_fit import fitting_size


class ReviewWindow(QWidget):
    """Opened from the main window after the team-lead check (see ``MainWindow.open_review``)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        language: Callable[[], str],
        messages: Messages,
        run_dialog: Callable[[QDialog], int],
        actor: Callable[[], Actor],
        confirm_personal: Callable[[str], Actor | None],
        print_pdf: Callable[[QWidget, Path, str], Any] | None = None,
        save_file_name: SaveFileName | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws = workspace
        self._language = language
        self.lang = language()
        self.messages = messages
        self.run_dialog = run_dialog
        self.actor = actor  # who acts now; the core's export use case decides what they may do
        self.confirm_personal = confirm_personal  # the password typed for this export (checked by the core)
        self.print_pdf = print_pdf
        self.save_file_name = save_file_name  # None: the system's file dialog
        self.folder = folder or reports_folder(workspace)
        self.names = Names.of(workspace.centre, self.lang)
        self.runner = TaskRunner(self)
        self.summary: Summary | None = None
        self.total: int | None = None
        self._generation = 0
        self.setObjectName("reviewWindow")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self._build()
        self.work = ProgressWork(
            self, self.runner, messages, self.status.setText,
            [self.print_button, self.csv_button, self.xlsx_button, self.report_button],
        )
        self.retranslate()
        self.set_range(self.today(), self.today())
        self.resize(*fitting_size(self, 1200, 800))  # 800 high cut the status line on a 1280×800 screen

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        today = qdate(self.today())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_date, self.to_date = QDateEdit(today), QDateEdit(today)
        for edit, name, label in ((self.from_date, "fromDate", self.from_label), (self.to_date, "toDate", self.to_label)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            label.setBuddy(edit)
        self.from_date.dateChanged.connect(self._from_changed)
        self.to_date.dateChanged.connect(self._to_changed)
        self.quick_buttons: dict[str, QPushButton] = {}
        for key in ("today", "yesterday", "week", "month"):
            button = QPushButton()
            button.setObjectName(f"quick_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.quick_range(k))
            self.quick_buttons[key] = button

        self.filter_bar = FilterBar(self.schedule_refresh)
        self.filter_labels, self.filters = self.filter_bar.labels, self.filter_bar.combos
        self.filter_bar.fill(self.ws.centre, self.lang)
        self.figures = FiguresStrip()
        self.figure_captions, self.figure_values = self.figures.captions, self.figures.values

        self.model = LazyLogModel(self)
        self.view = QTableView()
        configure_row_table(self.view, self.model, "reviewLog")
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {LazyLogModel.TIME: 130, LazyLogModel.TICKET: 80, LazyLogModel.KIND: 110, LazyLogModel.UNIT: 250,
                  LazyLogModel.LANGUAGE: 80, LazyLogModel.STATUS: 110, LazyLogModel.STAFF: 100}
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(LazyLogModel.CONCERN, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setObjectName("sectionLabel")
        self.count_label.setBuddy(self.view)

        entries = QWidget()
        entries_lay = QVBoxLayout(entries)
        entries_lay.setContentsMargins(0, 6, 0, 0)
        entries_lay.addWidget(self.count_label)
        entries_lay.addWidget(self.view, 1)
        self.charts = ChartPanel(self.request_trend)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(entries, "")
        self.tabs.addTab(self.charts, "")

        self.print_button = QPushButton()
        self.csv_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.report_button = QPushButton()
        self.close_button = QPushButton()
        self.personal_box = QCheckBox()
        self.personal_box.setObjectName("includePersonal")
        for button, name in ((self.print_button, "printDayList"), (self.csv_button, "exportCsv"),
                             (self.xlsx_button, "exportXlsx"), (self.report_button, "monthlyReport"),
                             (self.close_button, "closeReview")):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self.print_day_list())
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.report_button.clicked.connect(lambda: self.monthly_report())
        self.close_button.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_day_list())

        dates = FlowLayout(spacing=8)  # rows that wrap at large text instead of widening the window
        for widget in (self.from_label, self.from_date, self.to_label, self.to_date, *self.quick_buttons.values()):
            dates.addWidget(widget)
        filters = self.filter_bar.grid()
        buttons = FlowLayout(spacing=8)
        for widget in (self.print_button, self.csv_button, self.xlsx_button, self.personal_box, self.report_button,
                       self.close_button):
            buttons.addWidget(widget)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 10)
        lay.addLayout(dates)
        lay.addLayout(filters)
        lay.addWidget(self.figures)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)

    # ------------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)  # after the main window has taken the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.lang = self._language()
        self.names = Names.of(self.ws.centre, self.lang)
        centre = self.ws.centre.name.get(self.lang)
        self.setWindowTitle(self.tr("Team lead review — {centre}").format(centre=centre))
        self.setAccessibleName(self.tr("Team lead review"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("T&o"))
        self.from_date.setAccessibleName(self.tr("First day"))
        self.to_date.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_date, self.to_date):
            edit.setDisplayFormat(date_edit_format(self.lang))
        texts = {
            "today": (self.tr("To&day"), self.tr("Show today")),
            "yesterday": (self.tr("&Yesterday"), self.tr("Show yesterday")),
            "week": (self.tr("This wee&k"), self.tr("Show this week, Monday to Sunday")),
            "month": (self.tr("This &month"), self.tr("Show this calendar month")),
        }
        for key, (text, name) in texts.items():
            self.quick_buttons[key].setText(text)
            self.quick_buttons[key].setAccessibleName(name)
        self.filter_bar.retranslate()
        self.figures.retranslate()
        self.tabs.setTabText(0, self.tr("&Entries"))
        self.tabs.setTabText(1, self.tr("Char&ts"))
        self.tabs.setAccessibleName(self.tr("Entries and charts"))
        self.tabs.tabBar().setAccessibleName(self.tr("Entries or charts"))
        self.view.setAccessibleName(self.tr("Entries of the selection"))
        self.print_button.setText(self.tr("&Print day list…"))
        self.print_button.setToolTip(self.tr("Write the day list as PDF and print it (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print the day list"))
        self.csv_button.setText(self.tr("Export CS&V…"))
        self.csv_button.setAccessibleName(self.tr("Export the selection as CSV"))
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.xlsx_button.setAccessibleName(self.tr("Export the selection as Excel workbook"))
        self.personal_box.setText(self.tr("&Include personal data"))
        self.personal_box.setAccessibleName(self.tr("Include personal data in exports"))
        self.personal_box.setToolTip(
            self.tr("Adds the visitor's name, contact, typed concern and note. Needs the team lead again; recorded in the audit log.")
        )
        self.report_button.setText(self.tr("Monthly &report…"))
        self.report_button.setAccessibleName(self.tr("Write the monthly report as PDF"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the review (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the review"))
        self.status.setAccessibleName(self.tr("Messages"))
        self.filter_bar.fill(self.ws.centre, self.lang)
        self.model.retranslate(self.names)
        self._show_figures()
        self.charts.set_data(self.summary, self.names, self.lang)

    # ------------------------------------------------------------------ range and filters

    def today(self) -> dt.date:
        return self.ws.clock().date()

    def set_range(self, start: dt.date, end: dt.date) -> None:
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)
        self.from_date.setDate(qdate(start))
        self.to_date.setDate(qdate(max(start, end)))
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(False)
        self.schedule_refresh()

    def quick_range(self, key: str) -> None:
        today = self.today()
        if key == "yesterday":
            day = today - dt.timedelta(days=1)
            self.set_range(day, day)
        elif key == "week":
            start = period_start(today, "week")
            self.set_range(start, start + dt.timedelta(days=6))
        elif key == "month":
            self.set_range(*month_range(today.year, today.month))
        else:
            self.set_range(today, today)

    def _from_changed(self, value: QDate) -> None:
        if self.to_date.date() < value:
            self.to_date.blockSignals(True)
            self.to_date.setDate(value)
            self.to_date.blockSignals(False)
        self.schedule_refresh()

    def _to_changed(self, value: QDate) -> None:
        if self.from_date.date() > value:
            self.from_date.blockSignals(True)
            self.from_date.setDate(value)
            self.from_date.blockSignals(False)
        self.schedule_refresh()

    def set_filter(self, key: str, value: Any) -> bool:
        combo = self.filters[key]
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def current_filter(self) -> LogFilter:
        values = {key: combo.currentData() for key, combo in self.filters.items()}
        return LogFilter(pydate(self.from_date.date()), pydate(self.to_date.date()), **values)

    # ------------------------------------------------------------------ loading

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Show the first page now; count, figures and staff names follow from the background."""
        self._refresh_timer.stop()
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        db, centre = self.ws.db, self.ws.centre
        self.model.reset(lambda after, limit: logquery.page(db, centre, flt, after, limit), self.names,
                         flt.last != flt.start)
        self.summary, self.total = None, None
        self._show_count()
        self._show_figures()
        self.charts.set_data(None, self.names, self.lang)

        def work(_job) -> tuple[int, Summary, list[str]]:
            return (logquery.count(db, centre, flt), summarize(db, centre, flt.start, flt.last, flt=flt),
                    logquery.staff_values(db, centre, flt.start, flt.last))

        self.runner.start(work, on_done=lambda result: self._figures_ready(generation, result),
                          on_failed=lambda exc: self._load_failed(generation, exc))

    def _figures_ready(self, generation: int, result: tuple[int, Summary, list[str]]) -> None:
        if generation != self._generation:
            return  # the selection changed meanwhile
        self.total, self.summary, staff = result
        if staff != self.filter_bar.staff:
            self.filter_bar.staff = staff
            self.filter_bar.fill(self.ws.centre, self.lang)
        self._show_count()
        self._show_figures()
        self.charts.set_data(self.summary, self.names, self.lang)

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("The figures could not be computed: {error}").format(error=error_text(exc)))

    def request_trend(self, period: str) -> None:
        generation = self._generation
        flt = self.current_filter()
        end = flt.last
        if period == "week":
            start = flt.start if flt.days >= 14 else period_start(end, "week") - dt.timedelta(weeks=11)
        else:
            start = flt.start.replace(day=1) if flt.days >= 60 else (end.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
        db, centre = self.ws.db, self.ws.centre
        def done(points) -> None:
            if generation == self._generation:
                self.charts.show_trend(period, points)

        self.runner.start(lambda _job: trend(db, centre, start, end, period, flt=flt), on_done=done,
                          on_failed=lambda exc: self._load_failed(generation, exc))

    def _show_count(self) -> None:
        if self.total is None:
            text = self.tr("Entries (counting …)")
        else:
            text = self.tr("Entries: %Ln", "", self.total)
        self.count_label.setText(text)

    def _show_figures(self) -> None:
        self.figures.show_summary(self.summary, self.lang)

    # ------------------------------------------------------------------ long work

    def busy(self) -> bool:
        return self.work.busy()

    def export(self, fmt: str, path: Path | None = None, personal: bool | None = None) -> Task | None:
        """Export the selection as CSV or XLSX (asks for the file unless ``path`` is given)."""
        from welcome_desk.reports.export import write_csv, write_xlsx

        personal = self.personal_box.isChecked() if personal is None else personal
        actor = self.confirm_personal(self.tr("Export personal data")) if personal else export_actor(self.ws, self.actor(), "export", self.status)
        if actor is None:  # refused (said by export_actor), or the password was not confirmed
            return self.status.setText(self.tr("Personal data not exported: the team lead did not confirm.")) if personal else None
        flt = self.current_filter()
        title = self.tr("Export CSV") if fmt == "csv" else self.tr("Export XLSX")
        if path is None:
            pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
            path = ask_save_path(self, self.save_file_name, title, f"welcome-desk-log-{range_name(flt)}.{fmt}", pattern)
            if path is None:
                return None
        db, centre, lang = self.ws.db, self.ws.centre, self.lang

        def work(job) -> int:
            if fmt == "csv":
                return write_csv(path, db, centre, flt, lang, personal=personal, job=job)
            summary = summarize(db, centre, flt.start, flt.last, flt=flt)
            return write_xlsx(path, db, centre, flt, lang, personal=personal, job=job, summary=summary)

        def done(rows: int) -> None:
            exports.record(db, actor, self.ws.clock, f"log {fmt} {path.name}; {flt.describe()}; personal {'yes' if personal else 'no'}", personal=personal)
            self.status.setText(self.tr("%n entries exported to {path}", "", rows).format(path=path))

        return self.work.run(title, work, done)

    def print_day_list(self) -> Task | None:
        """Write the day list PDF of the selection, then preview and print it."""
        from welcome_desk.reports.daylist import write_day_list

        if (actor := export_actor(self.ws, self.actor(), "export", self.status)) is None:
            return None
        flt = self.current_filter()
        path = self.folder / f"day-list-{range_name(flt)}.pdf"
        db, centre, lang, now = self.ws.db, self.ws.centre, self.lang, self.ws.clock()

        def work(job) -> Path:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_day_list(path, db, centre, flt, lang, now=now, job=job)
            return path

        def done(written: Path) -> None:
            exports.record(db, actor, self.ws.clock, f"day list pdf {written.name}; {flt.describe()}; personal no", personal=False)
            self.status.setText(self.tr("Day list written to {path}").format(path=written))
            title = self.tr("Day list {range}").format(range=range_name(flt))
            if self.print_pdf is not None and isinstance(said := self.print_pdf(self, written, title), str) and said:
                self.status.setText(said)  # what became of it: sent, printed, stopped, not printed

        return self.work.run(self.tr("Day list"), work, done)

    def monthly_report(self, year: int | None = None, month: int | None = None, lang: str | None = None,
                       path: Path | None = None) -> Task | None:
        """Write the county report of a month (or of a year, when the dialog's *whole year* is ticked);
        asks period, language and file unless given, then offers to open the PDF."""
        from welcome_desk.reports.monthly import write_monthly_report, write_yearly_report

        if (actor := export_actor(self.ws, self.actor(), "report", self.status)) is None:
            return None
        if year is None or lang is None:
            shown = finished_month(pydate(self.from_date.date()), self.ws.clock().date())
            dialog = MonthDialog(shown, self.lang, self)
            accepted = self.run_dialog(dialog)
            choice = dialog.choice()
            dialog.deleteLater()
            if not accepted:
                return None
            year, month, lang = choice
        title = self.tr("Monthly report") if month else self.tr("Annual report")
        label = f"{year:04d}-{month:02d}" if month else f"{year:04d}"
        if path is None:
            name = f"monthly-report-{label}-{lang}.pdf" if month else f"annual-report-{label}-{lang}.pdf"
            path = ask_save_path(self, self.save_file_name, title, name, self.tr("PDF files (*.pdf)"))
            if path is None:
                return None
        db, centre, now = self.ws.db, self.ws.centre, self.ws.clock()

        def done(_data) -> None:
            exports.record(db, actor, self.ws.clock, f"{'monthly' if month else 'yearly'} report {label} {path.name}; personal no", personal=False, action="report")
            self.status.setText(self.tr("Report written to {path}").format(path=path))
            offer_to_open(self, self.run_dialog, path, title)

        def work(job):
            if month:
                return write_monthly_report(path, db, centre, year, month, lang, now=now, job=job)
            return write_yearly_report(path, db, centre, year, lang, now=now, job=job)

        return self.work.run(title, work, done)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event) -> None:  # noqa: N802
        self.runner.cancel_all()
        self.runner.wait(3000)
        super().closeEvent(event)
