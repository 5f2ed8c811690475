"""The team lead's decision list before an appointment import: what each row of the file becomes.

One line per row of the file: take or skip, the start, the service, what it
becomes (new, moved, cancelled, unchanged, or a conflict for the decision list)
and why, in words — a conflict is written "Conflict: …", the colour only
repeats it. Space takes or skips the selected row, the arrow keys move, Enter
imports, Esc cancels. The import itself is the core's use case (the caller's);
this dialog only shows the preview and gathers the rows to skip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.ui.locale_format import format_short_datetime
from welcome_desk.ui.screen_fit import fitting_size

if TYPE_CHECKING:
    from welcome_desk.core.appointment_import import RowPlan
    from welcome_desk.core.centre import Centre

TAKE, LINE, START, SERVICE, BECOMES, WHY = range(6)
CONFLICT_BRUSH = QColor(255, 236, 179)  # amber: repeats the word "Conflict", never replaces it


def outcome_words(plan: RowPlan) -> str:
    """What the row becomes, in words."""
    words = {
        "new": QCoreApplication.translate("ImportDialog", "New appointment"),
        "moved": QCoreApplication.translate("ImportDialog", "Moved"),
        "cancelled": QCoreApplication.translate("ImportDialog", "Cancelled"),
        "unchanged": QCoreApplication.translate("ImportDialog", "Unchanged"),
        "to_decide": QCoreApplication.translate("ImportDialog", "Conflict"),
    }
    return words.get(plan.outcome, plan.outcome)


def reason_words(reason: str) -> str:
    """Why a row goes to the decision list, in words."""
    words = {
        "no_unit": QCoreApplication.translate("ImportDialog", "no unit for this service"),
        "slot_full": QCoreApplication.translate("ImportDialog", "the slot is full"),
        "outside_hours": QCoreApplication.translate("ImportDialog", "outside the unit's appointment hours"),
        "bad_row": QCoreApplication.translate("ImportDialog", "the row cannot be used"),
        "in_the_past": QCoreApplication.translate("ImportDialog", "the time has passed"),
        "duplicate": QCoreApplication.translate("ImportDialog", "the booking id appears twice in the file"),
    }
    return words.get(reason, reason)


class DecisionModel(QAbstractTableModel):
    """The rows of the file as a table model (a year of bookings shows at once); ``taken[row]`` per row."""

    def __init__(self, plans: list[RowPlan], centre: Centre, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plans, self.centre, self.language = plans, centre, language
        self.taken = [True] * len(plans)
        self._texts: dict[int, list[str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.headers = [
            QCoreApplication.translate("ImportDialog", "Take"),
            QCoreApplication.translate("ImportDialog", "Line"),
            QCoreApplication.translate("ImportDialog", "Start"),
            QCoreApplication.translate("ImportDialog", "Service"),
            QCoreApplication.translate("ImportDialog", "Becomes"),
            QCoreApplication.translate("ImportDialog", "Why"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self.plans)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == TAKE else flags

    def text(self, row: int, column: int) -> str:
        """What the cell says (the take column: take or skip)."""
        if column == TAKE:
            return (QCoreApplication.translate("ImportDialog", "take") if self.taken[row]
                    else QCoreApplication.translate("ImportDialog", "skip"))
        if row not in self._texts:
            plan = self.plans[row]
            self._texts[row] = ["", str(plan.line), format_short_datetime(plan.at, self.language) if plan.at else "—",
                                plan.service, outcome_words(plan), self._why(plan)]
        return self._texts[row][column]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        conflict = self.plans[row].outcome == "to_decide"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (SERVICE, WHY):
            detail = self.plans[row].detail if column == WHY else ""
            return self.text(row, column) + (f"\n{detail}" if detail else "")
        if role == Qt.ItemDataRole.CheckStateRole and column == TAKE:
            return Qt.CheckState.Checked if self.taken[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if conflict and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CONFLICT_BRUSH)
        if conflict and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(0, 0, 0))
        if conflict and role == Qt.ItemDataRole.FontRole and column == BECOMES:
            return self._bold
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (a click on the box)
        if index.column() != TAKE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != self.taken[index.row()]:
            self.toggle(index.row())
        return True

    def toggle(self, row: int) -> None:
        self.taken[row] = not self.taken[row]
        self.dataChanged.emit(self.index(row, TAKE), self.index(row, TAKE))

    def _why(self, plan: RowPlan) -> str:
        unit = self.centre.unit(plan.unit_id).name.get(self.language) if plan.unit_id else ""
        if plan.outcome == "to_decide":
            if plan.already_listed:
                return QCoreApplication.translate("ImportDialog", "{why}: already on the decision list").format(
                    why=reason_words(plan.reason))
            return QCoreApplication.translate("ImportDialog", "{why}: to the decision list").format(
                why=reason_words(plan.reason))
        if plan.outcome == "new":
            return QCoreApplication.translate("ImportDialog", "booked at {unit}").format(unit=unit)
        if plan.outcome == "moved":
            return QCoreApplication.translate("ImportDialog", "changed in the booking system: now at {unit}").format(unit=unit)
        if plan.outcome == "cancelled":
            return QCoreApplication.translate("ImportDialog", "cancelled in the booking system")
        return QCoreApplication.translate("ImportDialog", "already here as in the file")


class DecisionTable(QTableView):
    """The rows; Space takes or skips the selected row (the arrow keys move, Enter goes to the dialog)."""

    toggled = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        row = self.currentIndex().row()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and row >= 0:
            self.toggled.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)


class ImportDialog(QDialog):
    """The preview of one file's import; ``skipped()`` after Enter: the lines not to take."""

    def __init__(self, plans: list[RowPlan], centre: Centre, file_name: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importAppointmentsDialog")
        self.plans = plans
        self.centre = centre
        self.language = language
        self.model = DecisionModel(plans, centre, language, self)
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import appointments: {file}").format(file=file_name))
        self.setAccessibleName(self.windowTitle())
        hint = QLabel(QCoreApplication.translate(
            "ImportDialog", "What each row of the file becomes. Space takes or skips the selected row, "
            "Enter imports the rows taken, Esc cancels (nothing changes)."))
        hint.setWordWrap(True)
        self.table = DecisionTable()
        self.table.setModel(self.model)
        self.table.setObjectName("importDecisions")
        self.table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Rows of the file"))
        self.table.setAccessibleDescription(QCoreApplication.translate(
            "ImportDialog", "One row per booking: take or skip, start, service, what it becomes and why. "
            "Space takes or skips the selected row"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (TAKE, LINE, START, BECOMES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.toggled.connect(self.toggle)
        self.model.dataChanged.connect(lambda *_: (self._show_row(self.table.currentIndex().row()), self._update_summary()))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_row(current.row()))
        self.row_text = QLabel()  # the selected row in full: the table's cells may be shortened at 200 %
        self.row_text.setObjectName("importRowText")
        self.row_text.setWordWrap(True)
        self.row_text.setAccessibleName(QCoreApplication.translate("ImportDialog", "Selected row"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportDialog", "Summary"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(QCoreApplication.translate("ImportDialog", "&Import"))
        self.import_button.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import"))
        self.import_button.setAccessibleDescription(QCoreApplication.translate(
            "ImportDialog", "Imports the rows taken (Enter); conflicts go to the decision list"))
        self.import_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("ImportDialog", "Cancel"))
        cancel.setAccessibleDescription(QCoreApplication.translate("ImportDialog", "Close without importing (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.row_text)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)
        self._update_summary()
        if plans:
            self.table.setCurrentIndex(self.model.index(0, TAKE))
        self.table.setFocus()
        self.resize(*fitting_size(self, 1240, 720))

    # -- rows -------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.plans):
            self.row_text.clear()
            return
        cell = self.model.text
        taken = (QCoreApplication.translate("ImportDialog", "taken") if self.model.taken[row]
                 else QCoreApplication.translate("ImportDialog", "skipped"))
        text = QCoreApplication.translate("ImportDialog", "Line {line}, {start}, {service}: {becomes} — {why} ({taken})").format(
            line=cell(row, LINE), start=cell(row, START), service=cell(row, SERVICE),
            becomes=cell(row, BECOMES), why=cell(row, WHY), taken=taken)
        self.row_text.setText(text)
        self.row_text.setAccessibleDescription(text)

    def toggle(self, row: int) -> None:
        """Take or skip ``row`` (Space)."""
        self.model.toggle(row)  # the summary and the row's line follow the model

    def skipped(self) -> frozenset[int]:
        """The lines of the file the team lead chose not to take."""
        return frozenset(p.line for p, take in zip(self.plans, self.model.taken) if not take)

    def _update_summary(self) -> None:
        count = {k: 0 for k in ("new", "moved", "cancelled", "unchanged", "to_decide")}
        for plan, take in zip(self.plans, self.model.taken):
            if take:
                count[plan.outcome] = count.get(plan.outcome, 0) + 1
        text = QCoreApplication.translate(
            "ImportDialog", "{rows} rows: {new} new, {moved} moved, {cancelled} cancelled, {same} unchanged, "
            "{decide} conflicts for the decision list, {skipped} skipped").format(
            rows=len(self.plans), new=count["new"], moved=count["moved"], cancelled=count["cancelled"],
            same=count["unchanged"], decide=count["to_decide"], skipped=self.model.taken.count(False))
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.import_button.setEnabled(any(self.model.taken))
