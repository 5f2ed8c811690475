"""The chart tab: visits per hour, per unit, and the trend over weeks and months.

Drawn by the same matplotlib functions as the PDF reports, on a QtAgg canvas.
matplotlib is imported when the tab is first shown, never at start-up. The
canvas carries the figures as text in its accessible description, so a screen
reader gets what the picture shows.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from welcome_desk.core.logquery import Names
from welcome_desk.core.stats import Summary, TrendPoint
from welcome_desk.reports import charts as C
from welcome_desk.reports import phrases as P

HOURS, UNITS, WEEKS, MONTHS = "hours", "units", "weeks", "months"
KINDS = (HOURS, UNITS, WEEKS, MONTHS)


class ChartPanel(QWidget):
    """Shows one chart at a time; asks its owner for trend data when a trend is chosen."""

    def __init__(self, request_trend: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self.request_trend = request_trend  # "week" or "month": the owner calls show_trend() later
        self.lang = "de"
        self.names = Names({}, {})
        self.summary: Summary | None = None
        self.trends: dict[str, list[TrendPoint]] = {}
        self.canvas = None
        self.figure = None
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("chartKind")
        self.kind_label.setBuddy(self.kind)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.redraw())
        self.state = QLabel()
        self.state.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.state)
        self.area = QVBoxLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(self.area, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("C&hart"))
        words = {
            HOURS: self.tr("Visits per hour of day"),
            UNITS: self.tr("Visits per unit"),
            WEEKS: self.tr("Trend over weeks"),
            MONTHS: self.tr("Trend over months"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, words[self.kind.itemData(i)])
        self.kind.setAccessibleName(self.tr("Which chart"))

    def current_kind(self) -> str:
        return self.kind.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    # -- data ------------------------------------------------------------------------

    def set_data(self, summary: Summary | None, names: Names, lang: str) -> None:
        """New figures (a new range or filter): trends are fetched again when needed."""
        self.summary, self.names, self.lang = summary, names, lang
        self.trends = {}
        if self.isVisible():
            self.redraw()

    def show_trend(self, period: str, points: list[TrendPoint]) -> None:
        self.trends[period] = points
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.redraw()

    # -- drawing -----------------------------------------------------------------------

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8, 4), dpi=96, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, so its description can be read
        self.canvas.setMinimumHeight(260)
        self.area.addWidget(self.canvas, 1)

    def redraw(self) -> None:
        self._ensure_canvas()
        kind = self.current_kind()
        self.figure.clear()
        lang, s = self.lang, self.summary
        draw: Callable | None = None
        text = ""
        self.state.setText("")
        if s is None:
            self.state.setText(self.tr("Figures are being computed …"))
        elif kind == HOURS:
            draw = partial(C.draw_hours, by_hour=s.by_hour, lang=lang)
            text = "; ".join(f"{h:02d}: {n}" for h, n in s.by_hour.items())
        elif kind == UNITS:
            items = [(self.names.unit(u), n) for u, n in s.by_unit.items()]
            draw = partial(C.draw_ranking, items=items, lang=lang, title=P.t("by_unit", lang))
            text = "; ".join(f"{name}: {n}" for name, n in items)
        else:
            period = "week" if kind == WEEKS else "month"
            points = self.trends.get(period)
            if points is None:
                self.state.setText(self.tr("Loading …"))
                self.request_trend(period)
            else:
                draw = partial(C.draw_trend, points=points, period=period, lang=lang)
                text = "; ".join(f"{C.period_label(p.start, period, lang)}: {p.visits}" for p in points)
        if draw is not None:
            draw(self.figure)
        self.canvas.setAccessibleName(self.kind.currentText())
        self.canvas.setAccessibleDescription(text or self.tr("No entries"))
        self.canvas.draw_idle()

    def grab_png(self, path: str) -> bool:
        """For checks and screenshots: the chart as it is drawn now."""
        if self.canvas is None:
            return False
        self.canvas.draw()
        return self.canvas.grab().save(path)
