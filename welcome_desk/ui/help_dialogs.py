"""Help: the list of keyboard shortcuts (F1) and the About box."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from welcome_desk import __version__

WALK_IN_KEYS = ("F5", "Ctrl+Return", "Ctrl+Enter")
APPOINTMENT_KEY = "F6"
TEAM_LEAD_KEY = "Ctrl+Shift+T"  # sign in as team lead / sign out
LOCK_KEY = "Ctrl+Shift+L"  # lock the screen now
REVIEW_KEY = "Ctrl+Shift+R"  # the team lead's review of logs and reports


def keys(*sequences: str) -> str:
    """Key names as this system and language write them (e.g. "Strg+L" in German)."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in sequences)


def shortcut_rows() -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("Help", "Type"), QCoreApplication.translate("Help", "Concern in a few words — suggestions follow every key")),
        (QCoreApplication.translate("Help", "Up / Down"), QCoreApplication.translate("Help", "Choose another suggestion (focus stays in the field)")),
        (QCoreApplication.translate("Help", "Enter"), QCoreApplication.translate("Help", "Pick the selected unit; Enter again issues the ticket")),
        (keys(*WALK_IN_KEYS[:2]), QCoreApplication.translate("Help", "Walk-in: ticket for today, slip is printed")),
        (keys(APPOINTMENT_KEY), QCoreApplication.translate("Help", "Appointment: choose a free slot, Enter books")),
        (keys("Alt+1") + " … " + keys("Alt+9"), QCoreApplication.translate("Help", "Answer the clarifying question")),
        (keys("Ctrl+L"), QCoreApplication.translate("Help", "Choose the visitor's language for the slip")),
        (keys("Esc", "Ctrl+N"), QCoreApplication.translate("Help", "Clear the field for the next visitor")),
        (keys("Ctrl+P"), QCoreApplication.translate("Help", "Reprint the slip (selected entry or last ticket)")),
        (keys("Ctrl+T"), QCoreApplication.translate("Help", "Go to today's log (context menu: status)")),
        (keys("Ctrl+R"), QCoreApplication.translate("Help", "Refresh today's log")),
        (keys("F7"), QCoreApplication.translate("Help", "Go to the queue (Arrived, No-show, Rebook, Cancel, Refer onward)")),
        (keys("F8"), QCoreApplication.translate("Help", "Call the next waiting visitor of the queue's unit")),
        (keys("Ctrl+F"), QCoreApplication.translate("Help", "Find a visit by ticket, name or date")),
        (keys(TEAM_LEAD_KEY), QCoreApplication.translate("Help", "Sign in as team lead / sign out")),
        (keys(REVIEW_KEY), QCoreApplication.translate("Help", "Team lead: review logs, figures, exports and reports")),
        (keys(LOCK_KEY), QCoreApplication.translate("Help", "Lock the screen now (signs out the team lead)")),
        (keys("F1"), QCoreApplication.translate("Help", "This list")),
        (keys("Ctrl+Q"), QCoreApplication.translate("Help", "Quit")),
    ]


def shortcuts_box(parent: QWidget | None) -> QMessageBox:
    rows = "".join(
        f"<tr><td style='padding:3px 14px 3px 0'><b>{html.escape(k)}</b></td>"
        f"<td style='padding:3px 0'>{html.escape(v)}</td></tr>"
        for k, v in shortcut_rows()
    )
    title = QCoreApplication.translate("Help", "Keyboard shortcuts")
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table>{rows}</table>")
    box.setAccessibleName(title)
    return box


def about_box(parent: QWidget | None, centre_name: str) -> QMessageBox:
    title = QCoreApplication.translate("Help", "About Welcome Desk")
    what = QCoreApplication.translate(
        "Help",
        "Reception desk of a welcome centre: route a concern, issue a ticket or book an appointment, print a referral slip.",
    )
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>Welcome Desk {html.escape(__version__)}</h3><p>{html.escape(what)}</p>"
        f"<p>{html.escape(centre_name)}</p><p>{html.escape(QCoreApplication.translate('Help', 'Licence: EUPL-1.2'))}</p>"
    )
    box.setAccessibleName(title)
    return box
