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

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import entries as E
from welcome_desk.core import logquery
from welcome_desk.core.logquery import NO_CONCERN, LogFilter, Names
from welcome_desk.core.stats import Summary, month_range, period_start, summarize, trend
from welcome_desk.core.workspace import Workspace
from welcome_desk.reports import phrases as P
from welcome_desk.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES, ui_locale, visitor_languages
from welcome_desk.ui.locale_format import date_edit_format
from welcome_desk.ui.messages import Messages
from welcome_desk.ui.models import configure_row_table, kind_label, status_label
from welcome_desk.ui.review.charts import ChartPanel
from welcome_desk.ui.review.model import LazyLogModel
from welcome_desk.ui.review.tasks import Task, TaskRunner


SaveFileName = Callable[[QWidget, str, str, str], tuple[str, str]]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def reports_folder(ws: Workspace) -> Path:
    """Where printed day lists are kept: beside a SQLite file, else in the user data folder."""
    from welcome_desk.core.paths import user_data_dir

    base = ws.db.path.parent if ws.db.path is not None else user_data_dir()
    return base / "reports"


class MonthDialog(QDialog):
    """Choose the month and the language of the monthly report."""

    def __init__(self, month: dt.date, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        self.setAccessibleName(self.windowTitle())
        self.month = QDateEdit(_qdate(month.replace(day=1)))
        self.whole_year = QCheckBox(self.tr("The &whole year (annual report)"))
        self.whole_year.setObjectName("reportWholeYear")
        self.whole_year.setAccessibleName(self.tr("Whole year"))
        self.month.setDisplayFormat(date_edit_format(lang, month_only=True))
        self.month.setObjectName("reportMonth")
        self.month.setAccessibleName(self.tr("Month of the report"))
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.setAccessibleName(self.tr("Language of the report"))
        form = QFormLayout()
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.month)
        lang_label = QLabel(self.tr("&Language of the report"))
        lang_label.setBuddy(self.language)
        form.addRow(month_label, self.month)
        form.addRow("", self.whole_year)
        form.addRow(lang_label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("The indicator report for integration monitoring. It holds no personal data.")))
        lay.addLayout(form)
        lay.addWidget(buttons)

    def choice(self) -> tuple[int, int | None, str]:
        """(year, month — None for the whole year, language)."""
        value = self.month.date()
        return value.year(), None if self.whole_year.isChecked() else value.month(), self.language.currentData()


class ReviewWindow(QWidget):
    """Opened from the main window after the team-lead check (see ``MainWindow.open_review``)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        language: Callable[[], str],
        messages: Messages,
        run_dialog: Callable[[QDialog], int],
        require_team_lead: Callable[[str], bool],
        audit: Callable[[str, str], None],
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
        self.require_team_lead = require_team_lead
        self.audit = audit
        self.print_pdf = print_pdf
        self._save_file_name = save_file_name
        self.folder = folder or reports_folder(workspace)
        self.names = Names.of(workspace.centre, self.lang)
        self.runner = TaskRunner(self)
        self.summary: Summary | None = None
        self.total: int | None = None
        self._staff: list[str] = []
        self._generation = 0
        self._progress: QProgressDialog | None = None
        self._job: Task | None = None
        self.last_result: Any = None  # the last finished export or report (for tests and the status line)
        self.setObjectName("reviewWindow")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self._build()
        self.retranslate()
        self.set_range(self.today(), self.today())
        self.resize(1200, 800)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        today = _qdate(self.today())
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

        self.filter_labels: dict[str, QLabel] = {}
        self.filters: dict[str, QComboBox] = {}
        for key in ("unit", "concern", "status", "language", "staff", "kind"):
            label, combo = QLabel(), QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12 if key in ("unit", "concern") else 8)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: self.schedule_refresh())
            self.filter_labels[key], self.filters[key] = label, combo
        self._fill_filters()

        self.figure_captions: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        figures = QFrame()
        figures.setObjectName("figures")
        grid = QGridLayout(figures)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(18)
        for col, key in enumerate(("visits", "walk_ins", "appointments", "no_shows", "wait_median", "wait_p90",
                                   "service", "busiest")):
            caption, value = QLabel(), QLabel("—")
            caption.setObjectName("caption")
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, 0, col)
            grid.addWidget(value, 1, col)
            self.figure_captions[key], self.figure_values[key] = caption, value
        self.figures_frame = figures

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

        dates = QHBoxLayout()
        dates.addWidget(self.from_label)
        dates.addWidget(self.from_date)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_date)
        dates.addSpacing(12)
        for button in self.quick_buttons.values():
            dates.addWidget(button)
        dates.addStretch(1)
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for col, key in enumerate(self.filters):
            filters.addWidget(self.filter_labels[key], 0, col)
            filters.addWidget(self.filters[key], 1, col)
            filters.setColumnStretch(col, 2 if key in ("unit", "concern") else 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.personal_box)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 10)
        lay.addLayout(dates)
        lay.addLayout(filters)
        lay.addWidget(figures)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)

    def _fill_filters(self) -> None:
        """(Re)fill the filter lists in the current language, keeping what is chosen."""
        centre = self.ws.centre
        any_text = self.tr("(all)")
        choices: dict[str, list[tuple[str, Any]]] = {
            "unit": [(u.name.get(self.lang), u.id) for u in centre.units],
            "concern": sorted(((c.label.get(self.lang), c.id) for c in centre.concerns), key=lambda x: x[0].lower())
            + [(self.tr("(no concern)"), NO_CONCERN)],
            "status": [(status_label(s), s) for s in E.STATUSES],
            "language": [(f"{name} ({code})", code) for code, name in visitor_languages()],
            "staff": [(s or self.tr("(none)"), s) for s in self._staff_values()],
            "kind": [(kind_label(k), k) for k in E.KINDS],
        }
        for key, combo in self.filters.items():
            current = combo.currentData() if combo.count() else None
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for text, data in choices[key]:
                combo.addItem(text, data)
            if current is not None and combo.findData(current) < 0 and key == "staff":
                combo.addItem(current or self.tr("(none)"), current)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _staff_values(self) -> list[str]:
        return self._staff

    # ------------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.retranslate)  # after the main window has taken the new language
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
        labels = {
            "unit": (self.tr("&Unit"), self.tr("Filter by unit")),
            "concern": (self.tr("&Concern"), self.tr("Filter by concern")),
            "status": (self.tr("&Status"), self.tr("Filter by status")),
            "language": (self.tr("L&anguage"), self.tr("Filter by the visitor's language")),
            "staff": (self.tr("Sta&ff"), self.tr("Filter by staff member")),
            "kind": (self.tr("&Walk-in or appointment"), self.tr("Filter walk-ins or appointments")),
        }
        for key, (text, name) in labels.items():
            self.filter_labels[key].setText(text)
            self.filters[key].setAccessibleName(name)
        captions = {
            "visits": self.tr("Visits"),
            "walk_ins": self.tr("Walk-ins"),
            "appointments": self.tr("Appointments"),
            "no_shows": self.tr("No-shows (rate)"),
            "wait_median": self.tr("Waiting, median"),
            "wait_p90": self.tr("Waiting, 90th percentile"),
            "service": self.tr("Service time, median"),
            "busiest": self.tr("Busiest hours"),
        }
        for key, text in captions.items():
            self.figure_captions[key].setText(text)
        self.figures_frame.setAccessibleName(self.tr("Figures for the selection"))
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
        self._fill_filters()
        self.model.retranslate(self.names)
        self._show_figures()
        self.charts.set_data(self.summary, self.names, self.lang)

    # ------------------------------------------------------------------ range and filters

    def today(self) -> dt.date:
        return self.ws.clock().date()

    def set_range(self, start: dt.date, end: dt.date) -> None:
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)
        self.from_date.setDate(_qdate(start))
        self.to_date.setDate(_qdate(max(start, end)))
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
        return LogFilter(_pydate(self.from_date.date()), _pydate(self.to_date.date()), **values)

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
        if staff != self._staff_values():
            self._staff = staff
            self._fill_filters()
        self._show_count()
        self._show_figures()
        self.charts.set_data(self.summary, self.names, self.lang)

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("The figures could not be computed: {error}").format(error=self._error_text(exc)))

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
        s = self.summary
        locale = ui_locale(self.lang)
        if s is None:
            values = {key: "…" for key in self.figure_values}
        else:
            def minutes(value: float | None) -> str:
                return "—" if value is None else self.tr("{minutes} min").format(minutes=locale.toString(value, "f", 0))

            rate = "—" if s.no_show_rate is None else locale.toString(s.no_show_rate * 100, "f", 1) + " %"
            values = {
                "visits": locale.toString(s.visits),
                "walk_ins": locale.toString(s.walk_ins),
                "appointments": locale.toString(s.appointments),
                "no_shows": f"{locale.toString(s.no_shows)} ({rate})",
                "wait_median": minutes(s.wait_median_min),
                "wait_p90": minutes(s.wait_p90_min),
                "service": minutes(s.service_median_min),
                "busiest": P.hours_text(s.busiest_hours(3), self.lang),
            }
        for key, label in self.figure_values.items():
            label.setText(values[key])
            label.setAccessibleName(f"{self.figure_captions[key].text()}: {values[key]}")

    # ------------------------------------------------------------------ long work

    def busy(self) -> bool:
        return self._job is not None

    def _run(self, title: str, fn: Callable, on_done: Callable[[Any], None]) -> Task | None:
        """Run ``fn(job)`` in the background with a progress dialog that can cancel."""
        if self._job is not None:
            self.status.setText(self.tr("Please wait until the running export has finished."))
            return None
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, self)
        dialog.setObjectName("reviewProgress")
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self._progress = dialog
        for button in (self.print_button, self.csv_button, self.xlsx_button, self.report_button):
            button.setEnabled(False)
        self.status.setText(title)

        def progress(done: int, total: int) -> None:
            if self._progress is not None:
                self._progress.setValue(min(1000, int(1000 * done / max(1, total))))

        def finish() -> None:
            self._job = None
            if self._progress is not None:
                self._progress.reset()
                self._progress.hide()
                self._progress.deleteLater()
                self._progress = None
            for button in (self.print_button, self.csv_button, self.xlsx_button, self.report_button):
                button.setEnabled(True)

        def done(result: Any) -> None:
            finish()
            self.last_result = result
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            self.status.setText(self.tr("Not finished: {error}").format(error=self._error_text(exc)))
            self.messages.error(self, title, self.tr("The work could not be finished."), self._error_text(exc))

        def cancelled() -> None:
            finish()
            self.status.setText(self.tr("Cancelled — no file was written."))

        task = self.runner.start(fn, on_done=done, on_failed=failed, on_cancelled=cancelled, on_progress=progress)
        dialog.canceled.connect(task.cancel)
        self._job = task
        return task

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            return f"{exc.strerror or exc}{where}"
        return f"{exc.__class__.__name__}: {exc}"

    def _ask_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        start = str(Path(documents) / suggested)
        ask = self._save_file_name or QFileDialog.getSaveFileName
        name, _selected = ask(self, title, start, pattern)
        if not name:
            return None
        path = Path(name)
        suffix = "." + suggested.rsplit(".", 1)[-1]
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _range_name(self, flt: LogFilter) -> str:
        return flt.start.isoformat() if flt.last == flt.start else f"{flt.start.isoformat()}_{flt.last.isoformat()}"

    def export(self, fmt: str, path: Path | None = None, personal: bool | None = None) -> Task | None:
        """Export the selection as CSV or XLSX (asks for the file unless ``path`` is given)."""
        from welcome_desk.reports.export import write_csv, write_xlsx

        personal = self.personal_box.isChecked() if personal is None else personal
        if personal and not self.require_team_lead(self.tr("Export personal data")):
            self.status.setText(self.tr("Personal data not exported: the team lead did not confirm."))
            return None
        flt = self.current_filter()
        title = self.tr("Export CSV") if fmt == "csv" else self.tr("Export XLSX")
        if path is None:
            pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
            path = self._ask_path(title, f"welcome-desk-log-{self._range_name(flt)}.{fmt}", pattern)
            if path is None:
                return None
        db, centre, lang = self.ws.db, self.ws.centre, self.lang

        def work(job) -> int:
            if fmt == "csv":
                return write_csv(path, db, centre, flt, lang, personal=personal, job=job)
            summary = summarize(db, centre, flt.start, flt.last, flt=flt)
            return write_xlsx(path, db, centre, flt, lang, personal=personal, job=job, summary=summary)

        def done(rows: int) -> None:
            self.audit("export", f"log {fmt} {path.name}; {flt.describe()}; personal {'yes' if personal else 'no'}")
            self.status.setText(self.tr("%n entries exported to {path}", "", rows).format(path=path))

        return self._run(title, work, done)

    def print_day_list(self) -> Task | None:
        """Write the day list PDF of the selection, then preview and print it."""
        from welcome_desk.reports.daylist import write_day_list

        flt = self.current_filter()
        path = self.folder / f"day-list-{self._range_name(flt)}.pdf"
        db, centre, lang, now = self.ws.db, self.ws.centre, self.lang, self.ws.clock()

        def work(job) -> Path:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_day_list(path, db, centre, flt, lang, now=now, job=job)
            return path

        def done(written: Path) -> None:
            self.audit("export", f"day list pdf {written.name}; {flt.describe()}; personal no")
            self.status.setText(self.tr("Day list written to {path}").format(path=written))
            if self.print_pdf is not None:
                self.print_pdf(self, written, self.tr("Day list {range}").format(range=self._range_name(flt)))

        return self._run(self.tr("Day list"), work, done)

    def monthly_report(self, year: int | None = None, month: int | None = None, lang: str | None = None,
                       path: Path | None = None) -> Task | None:
        """Write the county report of a month (or, with ``month=None`` chosen in the dialog, a year);
        asks period, language and file unless given, then offers to open the PDF."""
        from welcome_desk.reports.monthly import previous_month, write_monthly_report, write_yearly_report

        if year is None or lang is None:
            today = self.ws.clock().date()
            shown = _pydate(self.from_date.date())
            if (shown.year, shown.month) >= (today.year, today.month):  # the running month is not finished
                shown = dt.date(*previous_month(today), 1)
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
            path = self._ask_path(title, name, self.tr("PDF files (*.pdf)"))
            if path is None:
                return None
        db, centre, now = self.ws.db, self.ws.centre, self.ws.clock()

        def done(_data) -> None:
            kind = "monthly" if month else "yearly"
            self.audit("report", f"{kind} report {label} {path.name}; personal no")
            self.status.setText(self.tr("Report written to {path}").format(path=path))
            self.offer_to_open(path, title)

        def work(job):
            if month:
                return write_monthly_report(path, db, centre, year, month, lang, now=now, job=job)
            return write_yearly_report(path, db, centre, year, lang, now=now, job=job)

        return self._run(title, work, done)

    def offer_to_open(self, path: Path, title: str) -> bool:
        """Say plainly where the file is and offer to open it; True when it was opened."""
        box = Messages.make_box(self, QMessageBox.Icon.Information, title,
                                self.tr("The report is ready:\n{path}").format(path=path))
        box.setObjectName("reportReady")
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        self.run_dialog(box)
        opened = box.clickedButton() is open_button
        box.deleteLater()
        if opened:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return opened

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event) -> None:  # noqa: N802
        self.runner.cancel_all()
        self.runner.wait(3000)
        super().closeEvent(event)
