"""Two strips of the review window: the filters above the log and the figures of the selection.

Their texts keep the review window's translation context ("ReviewWindow").
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from welcome_desk.core import entries as E
from welcome_desk.core.centre import Centre
from welcome_desk.core.logquery import NO_CONCERN
from welcome_desk.core.stats import Summary
from welcome_desk.reports import phrases as P
from welcome_desk.ui.flow_layout import FlowLayout
from welcome_desk.ui.i18n import ui_locale, visitor_languages
from welcome_desk.ui.models import kind_label, status_label

FILTER_KEYS = ("unit", "concern", "status", "language", "staff", "kind")
FIGURE_KEYS = ("visits", "walk_ins", "appointments", "no_shows", "wait_median", "wait_p90", "estimate", "service",
               "busiest")
HIT_FROM = 5  # a share of waits inside the announced range from this many checked visits (as in the report)


class FilterBar:
    """A label and a list per filter; "(all)" first. ``changed`` is called when a choice changes."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        self.staff: list[str] = []  # the staff names found in the selection
        for key in FILTER_KEYS:
            label, combo = QLabel(), QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12 if key in ("unit", "concern") else 8)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: changed())
            self.labels[key], self.combos[key] = label, combo

    def grid(self) -> FlowLayout:
        """A caption above each filter list; the lists wrap to a second row at large text."""
        grid = FlowLayout(spacing=8)
        for key in self.combos:
            grid.addWidget(_stacked(self.labels[key], self.combos[key]))
        return grid

    def fill(self, centre: Centre, lang: str) -> None:
        """(Re)fill the filter lists in ``lang``, keeping what is chosen."""
        none = QCoreApplication.translate("ReviewWindow", "(none)")
        choices: dict[str, list[tuple[str, Any]]] = {
            "unit": [(u.name.get(lang), u.id) for u in centre.units],
            "concern": sorted(((c.label.get(lang), c.id) for c in centre.concerns), key=lambda x: x[0].lower())
            + [(QCoreApplication.translate("ReviewWindow", "(no concern)"), NO_CONCERN)],
            "status": [(status_label(s), s) for s in E.STATUSES],
            "language": [(f"{name} ({code})", code) for code, name in visitor_languages()],
            "staff": [(s or none, s) for s in self.staff],
            "kind": [(kind_label(k), k) for k in E.KINDS],
        }
        for key, combo in self.combos.items():
            current = combo.currentData() if combo.count() else None
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("ReviewWindow", "(all)"), None)
            for text, data in choices[key]:
                combo.addItem(text, data)
            if current is not None and combo.findData(current) < 0 and key == "staff":
                combo.addItem(current or none, current)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def retranslate(self) -> None:
        labels = {
            "unit": (QCoreApplication.translate("ReviewWindow", "&Unit"), QCoreApplication.translate("ReviewWindow", "Filter by unit")),
            "concern": (QCoreApplication.translate("ReviewWindow", "&Concern"), QCoreApplication.translate("ReviewWindow", "Filter by concern")),
            "status": (QCoreApplication.translate("ReviewWindow", "&Status"), QCoreApplication.translate("ReviewWindow", "Filter by status")),
            "language": (QCoreApplication.translate("ReviewWindow", "L&anguage"), QCoreApplication.translate("ReviewWindow", "Filter by the visitor's language")),
            "staff": (QCoreApplication.translate("ReviewWindow", "Sta&ff"), QCoreApplication.translate("ReviewWindow", "Filter by staff member")),
            "kind": (QCoreApplication.translate("ReviewWindow", "&Walk-in or appointment"), QCoreApplication.translate("ReviewWindow", "Filter walk-ins or appointments")),
        }
        for key, (text, name) in labels.items():
            self.labels[key].setText(text)
            self.combos[key].setAccessibleName(name)


class FiguresStrip(QFrame):
    """The figures of the selection in one row: a caption above each value; "…" while they are computed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("figures")
        grid = FlowLayout(self, spacing=18)  # wraps at large text (one row was 2385 px wide at 200 %)
        grid.setContentsMargins(10, 6, 10, 6)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIGURE_KEYS:
            caption, value = QLabel(), QLabel("—")
            caption.setObjectName("caption")
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(_stacked(caption, value))
            self.captions[key], self.values[key] = caption, value

    def retranslate(self) -> None:
        captions = {
            "visits": QCoreApplication.translate("ReviewWindow", "Visits"),
            "walk_ins": QCoreApplication.translate("ReviewWindow", "Walk-ins"),
            "appointments": QCoreApplication.translate("ReviewWindow", "Appointments"),
            "no_shows": QCoreApplication.translate("ReviewWindow", "No-shows (rate)"),
            "wait_median": QCoreApplication.translate("ReviewWindow", "Waiting, median"),
            "wait_p90": QCoreApplication.translate("ReviewWindow", "Waiting, 90th percentile"),
            "estimate": QCoreApplication.translate("ReviewWindow", "Wait as announced (aim ≥ 80 %)"),
            "service": QCoreApplication.translate("ReviewWindow", "Service time, median"),
            "busiest": QCoreApplication.translate("ReviewWindow", "Busiest hours"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.setAccessibleName(QCoreApplication.translate("ReviewWindow", "Figures for the selection"))

    def show_summary(self, s: Summary | None, lang: str) -> None:
        locale = ui_locale(lang)
        if s is None:
            values = {key: "…" for key in self.values}
        else:
            def minutes(value: float | None) -> str:
                if value is None:
                    return "—"
                return QCoreApplication.translate("ReviewWindow", "{minutes} min").format(minutes=locale.toString(value, "f", 0))

            rate = "—" if s.no_show_rate is None else locale.toString(s.no_show_rate * 100, "f", 1) + " %"
            hits = s.estimates
            estimate = "—" if hits.visits < HIT_FROM else QCoreApplication.translate(
                "ReviewWindow", "{share} % of {visits}").format(share=locale.toString(hits.share * 100, "f", 0),
                                                               visits=locale.toString(hits.visits))
            values = {
                "visits": locale.toString(s.visits),
                "walk_ins": locale.toString(s.walk_ins),
                "appointments": locale.toString(s.appointments),
                "no_shows": f"{locale.toString(s.no_shows)} ({rate})",
                "wait_median": minutes(s.wait_median_min),
                "wait_p90": minutes(s.wait_p90_min),
                "estimate": estimate,
                "service": minutes(s.service_median_min),
                "busiest": P.hours_text(s.busiest_hours(3), lang),
            }
        for key, label in self.values.items():
            label.setText(values[key])
            label.setAccessibleName(f"{self.captions[key].text()}: {values[key]}")


def _stacked(top: QWidget, below: QWidget) -> QWidget:
    """A caption above its value or list, as one piece of a wrapping row."""
    cell = QWidget()
    lay = QVBoxLayout(cell)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(top)
    lay.addWidget(below)
    return cell
