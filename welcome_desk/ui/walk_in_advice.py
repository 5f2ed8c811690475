"""Before a walk-in ticket: a unit closed now, or a partner outside the building, is said at the desk.

The choice comes back as one of :data:`TICKET`, :data:`LATER` (a ticket valid from the
next opening), :data:`APPOINTMENT`, :data:`REFER` (a referral slip, no number) or
``None`` (nothing issued). An open unit asks nothing. Enter takes the first offer.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from welcome_desk.core import waiting
from welcome_desk.core.samples import SAMPLE_MARK, has_samples, is_sample
from welcome_desk.ui.locale_format import format_time

TICKET, LATER, APPOINTMENT, REFER = "ticket", "later", "appointment", "refer"


def choose(
    parent: QWidget, told: waiting.Advice, today: dt.date, lang: str, run_dialog: Callable[[QDialog], int]
) -> str | None:
    if told.kind == waiting.OPEN:
        return TICKET
    name = told.unit.name.get(lang)
    box = QMessageBox(parent)
    box.setObjectName("walkInAdvice")
    box.setIcon(QMessageBox.Icon.Warning)
    choices: dict[object, str] = {}
    if told.kind == waiting.OUTSIDE:
        address = told.unit.location.address.one_line() if told.unit.location else ""
        if address and is_sample(told.unit, "location"):
            address += " " + SAMPLE_MARK
        box.setWindowTitle(QCoreApplication.translate("WalkInAdvice", "Partner outside this building"))
        box.setText(
            QCoreApplication.translate("WalkInAdvice", "{unit} is not in this building ({address}).").format(
                unit=name, address=address
            )
        )
        info = QCoreApplication.translate(
            "WalkInAdvice", "The visitor gets a referral slip with the address, hours and phone — no waiting number."
        )
        if has_samples(told.unit):  # said here too, and printed on the slip with its footnote
            info += "\n" + QCoreApplication.translate(
                "WalkInAdvice", "* Sample value in this centre file — please check before relying on it."
            )
        box.setInformativeText(info)
        refer = box.addButton(QCoreApplication.translate("WalkInAdvice", "&Referral slip"), QMessageBox.ButtonRole.AcceptRole)
        choices[refer] = REFER
    else:
        opening = told.next_opening
        box.setWindowTitle(QCoreApplication.translate("WalkInAdvice", "Closed now"))
        if opening is not None and opening.start.date() == today:
            when = format_time(opening.start, lang)
            box.setText(
                QCoreApplication.translate("WalkInAdvice", "{unit} is closed now; it opens again at {time}.").format(
                    unit=name, time=when
                )
            )
            later = box.addButton(
                QCoreApplication.translate("WalkInAdvice", "Ticket &from {time}").format(time=when),
                QMessageBox.ButtonRole.AcceptRole,
            )
            choices[later] = LATER
        else:
            box.setText(
                QCoreApplication.translate("WalkInAdvice", "{unit} is closed for the rest of today.").format(unit=name)
            )
        book = box.addButton(QCoreApplication.translate("WalkInAdvice", "&Appointment…"), QMessageBox.ButtonRole.ActionRole)
        choices[book] = APPOINTMENT
    box.setDefaultButton(next(iter(choices)))  # Enter: the ticket from the opening, or the referral slip
    box.addButton(QMessageBox.StandardButton.Cancel)
    run_dialog(box)
    choice = choices.get(box.clickedButton())
    box.deleteLater()
    return choice
