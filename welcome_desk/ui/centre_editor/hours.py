"""Weekly hours as a compact grid: one line per weekday with its time ranges; empty = closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from welcome_desk.core.centre_edit import HoursError, TimeRange, Week, format_day_hours, parse_day_hours


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("CentreEditor", "Monday"),
        QCoreApplication.translate("CentreEditor", "Tuesday"),
        QCoreApplication.translate("CentreEditor", "Wednesday"),
        QCoreApplication.translate("CentreEditor", "Thursday"),
        QCoreApplication.translate("CentreEditor", "Friday"),
        QCoreApplication.translate("CentreEditor", "Saturday"),
        QCoreApplication.translate("CentreEditor", "Sunday"),
    ]


def hours_error_text(exc: HoursError) -> str:
    """The person-facing wording of an hours problem, in the interface language."""
    p = exc.params
    texts = {
        "bad_range": lambda: QCoreApplication.translate("CentreEditor", "“{range}” is not a time range like 08:00–16:00").format(range=p.get("range", "")),
        "bad_time": lambda: QCoreApplication.translate("CentreEditor", "“{value}” is not a time of day like 08:00").format(value=p.get("value", "")),
        "bad_attending": lambda: QCoreApplication.translate("CentreEditor", "“{word}”: after a range write walk-in or appointment, or nothing").format(
            word=p.get("word", "")
        ),
        "closes_before_opens": lambda: QCoreApplication.translate("CentreEditor", "{range} closes before it opens").format(range=p.get("range", "")),
        "overlap": lambda: QCoreApplication.translate("CentreEditor", "{first} and {second} overlap").format(first=p.get("first", ""), second=p.get("second", "")),
        "bad_date": lambda: QCoreApplication.translate("CentreEditor", "“{value}” is not a date like 2026-12-24").format(value=p.get("value", "")),
    }
    make = texts.get(exc.code)
    return make() if make else str(exc)


class WeekHoursEditor(QWidget):
    """Seven lines, Monday to Sunday: ``08:00–12:00, 13:00–16:00``; a problem is shown next to its day."""

    changed = Signal()

    def __init__(self, what: str, parent=None) -> None:
        super().__init__(parent)
        self.what = what
        self.edits: list[QLineEdit] = []
        self.problems: list[QLabel] = []
        self.labels: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for day, name in enumerate(weekday_names()):
            edit = QLineEdit()
            edit.setObjectName(f"hours{day}")
            edit.setMaxLength(200)
            edit.setMaximumWidth(520)
            edit.setPlaceholderText(QCoreApplication.translate("CentreEditor", "closed"))
            edit.setAccessibleName(f"{what} — {name}")
            edit.editingFinished.connect(lambda d=day: self.check_day(d))
            edit.textEdited.connect(lambda *_: self.changed.emit())
            label = QLabel(name)
            label.setBuddy(edit)
            problem = QLabel()
            problem.setObjectName("fieldProblem")
            problem.setWordWrap(True)
            problem.hide()
            grid.addWidget(label, day * 2, 0)
            grid.addWidget(edit, day * 2, 1)
            grid.addWidget(problem, day * 2 + 1, 1)
            self.edits.append(edit)
            self.problems.append(problem)
            self.labels.append(label)
        grid.setColumnStretch(1, 1)

    def set_week(self, week: Week) -> None:
        for day, edit in enumerate(self.edits):
            edit.setText(format_day_hours(week.get(day, ())))
            self._show(day, "")

    def set_placeholder_week(self, week: Week) -> None:
        """Show other hours (the centre's) as placeholders while the grid is empty."""
        closed = QCoreApplication.translate("CentreEditor", "closed")
        for day, edit in enumerate(self.edits):
            edit.setPlaceholderText(format_day_hours(week.get(day, ())) or closed)

    def _show(self, day: int, text: str) -> None:
        label = self.problems[day]
        label.setText(f"⚠ {text}" if text else "")
        label.setVisible(bool(text))
        self.edits[day].setAccessibleDescription(text)

    def check_day(self, day: int) -> tuple[TimeRange, ...] | None:
        try:
            ranges = parse_day_hours(self.edits[day].text())
        except HoursError as exc:
            self._show(day, hours_error_text(exc))
            return None
        self._show(day, "")
        return ranges

    def week(self) -> tuple[Week, list[str]]:
        """The grid's week and, per unreadable or impossible day, a message naming the day."""
        week: Week = {}
        errors: list[str] = []
        names = weekday_names()
        for day in range(7):
            ranges = self.check_day(day)
            if ranges is None:
                errors.append(f"{self.what} — {names[day]}: {self.problems[day].text().removeprefix('⚠ ')}")
            else:
                week[day] = ranges
        return week, errors
