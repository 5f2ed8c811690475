"""The monthly report's dialog (month and language) and the date helpers of the review window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
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
        form.addRow(lang_label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("The indicator report for integration monitoring. It holds no personal data.")))
        lay.addLayout(form)
        lay.addWidget(buttons)

    def choice(self) -> tuple[int, int, str]:
        value = self.month.date()
        return value.year(), value.month(), self.language.currentData()
