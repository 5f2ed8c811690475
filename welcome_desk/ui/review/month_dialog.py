"""The county report's dialog (a month or a year, and the language), the offer to open the written
report, and the date helpers of the review window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES
from welcome_desk.ui.locale_format import date_edit_format


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
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
        self.month = QDateEdit(qdate(month.replace(day=1)))
        self.month.setDisplayFormat(date_edit_format(lang, month_only=True))
        self.month.setObjectName("reportMonth")
        self.month.setAccessibleName(self.tr("Month of the report"))
        self.whole_year = QCheckBox(self.tr("The &whole year (annual report)"))
        self.whole_year.setObjectName("reportWholeYear")
        self.whole_year.setAccessibleName(self.tr("Whole year"))
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


def finished_month(shown: dt.date, today: dt.date) -> dt.date:
    """The month the dialog offers: the one shown, unless it is still running (then the month before)."""
    if (shown.year, shown.month) < (today.year, today.month):
        return shown
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def offer_to_open(parent: QWidget, run_dialog, path: Path, title: str) -> bool:
    """Say plainly where the report is and offer to open it; True when it was opened."""
    from welcome_desk.ui.messages import Messages

    box = Messages.make_box(parent, QMessageBox.Icon.Information, title,
                            QCoreApplication.translate("MonthDialog", "The report is ready:\n{path}").format(path=path))
    box.setObjectName("reportReady")
    open_button = box.addButton(QCoreApplication.translate("MonthDialog", "&Open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("MonthDialog", "&Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    run_dialog(box)
    opened = box.clickedButton() is open_button
    box.deleteLater()
    if opened:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return opened
