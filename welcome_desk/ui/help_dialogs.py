"""Help: the list of keyboard shortcuts (F1) and the About box."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from welcome_desk import __version__

WALK_IN_KEYS = ("F5", "Ctrl+Return", "Ctrl+Enter")
APPOINTMENT_KEY = "F6"
TEAM_LEAD_KEY = "Ctrl+Shift+T"  # sign in as team lead / sign out
LOCK_KEY = "Ctrl+Shift+L"  # lock the screen now
REVIEW_KEY = "Ctrl+Shift+R"  # the team lead's review of logs and reports


def keys(*sequences: str) -> str:
    """Key names as this system and language write them (e.g. "Strg+L" in German)."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in sequences)


def key_range(template: str, first: int = 1, last: int = 9) -> tuple[str, ...]:
    return tuple(template.format(n=n) for n in range(first, last + 1))


def shortcut_table() -> list[tuple[str, str, tuple[str, ...]]]:
    """(keys as shown, what they do, the key sequences themselves) for every shortcut of the window.

    The sequences are what tests compare with the window's actions, so the list
    cannot fall behind the shortcuts that really exist.
    """
    answer_keys = key_range("Alt+{n}")
    frequent_keys = key_range("Ctrl+{n}")
    return [
        (QCoreApplication.translate("Help", "Type"), QCoreApplication.translate("Help", "Concern in a few words — suggestions follow every key"), ()),
        (QCoreApplication.translate("Help", "Up / Down"), QCoreApplication.translate("Help", "Choose another suggestion (focus stays in the field)"), ()),
        (QCoreApplication.translate("Help", "Enter"), QCoreApplication.translate("Help", "Pick the selected unit; Enter again issues the ticket"), ()),
        (keys(*WALK_IN_KEYS[:2]), QCoreApplication.translate("Help", "Walk-in: ticket for today, slip is printed"), WALK_IN_KEYS),
        (keys(APPOINTMENT_KEY), QCoreApplication.translate("Help", "Appointment: choose a free slot, Enter books"), (APPOINTMENT_KEY,)),
        (keys(answer_keys[0]) + " … " + keys(answer_keys[-1]), QCoreApplication.translate("Help", "Answer the clarifying question"), answer_keys),
        (keys(frequent_keys[0]) + " … " + keys(frequent_keys[-1]), QCoreApplication.translate("Help", "Frequent concern 1 to 9 (the buttons under the field)"), frequent_keys),
        (keys("Ctrl+L"), QCoreApplication.translate("Help", "Choose the visitor's language for the slip"), ("Ctrl+L",)),
        (keys("Esc", "Ctrl+N"), QCoreApplication.translate("Help", "Clear the field for the next visitor"), ("Esc", "Ctrl+N")),
        (keys("Ctrl+P"), QCoreApplication.translate("Help", "Reprint the slip (selected entry or last ticket)"), ("Ctrl+P",)),
        (keys("Ctrl+T"), QCoreApplication.translate("Help", "Go to today's log (context menu: status)"), ("Ctrl+T",)),
        (keys("Ctrl+R"), QCoreApplication.translate("Help", "Refresh today's log"), ("Ctrl+R",)),
        (keys("F7"), QCoreApplication.translate("Help", "Go to the queue (Arrived, No-show, Rebook, Cancel, Refer onward)"), ("F7",)),
        (keys("F8"), QCoreApplication.translate("Help", "Call the next waiting visitor of the queue's unit"), ("F8",)),
        (keys("Ctrl+F8"), QCoreApplication.translate("Help", "The called visitor did not come: park them (a no-show after the set missed calls)"), ("Ctrl+F8",)),
        (keys("Shift+F8"), QCoreApplication.translate("Help", "Call the selected called or parked visitor again"), ("Shift+F8",)),
        (keys("Ctrl+F"), QCoreApplication.translate("Help", "Find a visit by ticket, name or date"), ("Ctrl+F",)),
        (keys("F9"), QCoreApplication.translate("Help", "Check in by booking code (typed or scanned): arrived, slip printed"), ("F9",)),
        (keys("Ctrl+Z"), QCoreApplication.translate("Help", "Undo the last status change made at this desk"), ("Ctrl+Z",)),
        (keys("Menu", "Shift+F10"), QCoreApplication.translate("Help", "In the log or the queue: actions for the selected visit"), ()),
        (keys("F10"), QCoreApplication.translate("Help", "Open the menu bar (also Alt); Esc goes back to the concern field"), ("F10",)),
        (QCoreApplication.translate("Help", "Print preview"), QCoreApplication.translate("Help", "Enter or Ctrl+P prints the slip, Esc closes without printing"), ()),
        (keys(TEAM_LEAD_KEY), QCoreApplication.translate("Help", "Sign in as team lead / sign out"), (TEAM_LEAD_KEY,)),
        (keys(REVIEW_KEY), QCoreApplication.translate("Help", "Team lead: review logs, figures, exports and reports"), (REVIEW_KEY,)),
        (keys(LOCK_KEY), QCoreApplication.translate("Help", "Lock the screen now (signs out the team lead)"), (LOCK_KEY,)),
        (keys("Ctrl+Shift+H"), QCoreApplication.translate("Help", "High contrast on or off"), ("Ctrl+Shift+H",)),
        (keys("Ctrl++", "Ctrl+-"), QCoreApplication.translate("Help", "Larger or smaller text"), ("Ctrl++", "Ctrl+=", "Ctrl+-")),
        (keys("Ctrl+0"), QCoreApplication.translate("Help", "Normal text size"), ("Ctrl+0",)),
        (keys("F1"), QCoreApplication.translate("Help", "This list"), ("F1",)),
        (keys("Ctrl+Q"), QCoreApplication.translate("Help", "Quit"), ("Ctrl+Q",)),
    ]


def shortcut_rows() -> list[tuple[str, str]]:
    return [(shown, text) for shown, text, _sequences in shortcut_table()]


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding:3px 14px 3px 0'><b>{html.escape(k)}</b></td>"
        f"<td style='padding:3px 0'>{html.escape(v)}</td></tr>"
        for k, v in shortcut_rows()
    )
    return f"<table>{rows}</table>"


class ShortcutsDialog(QDialog):
    """The list of shortcuts (F1): a scrolling page, so it fits the screen at every text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        title = QCoreApplication.translate("Help", "Keyboard shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.view = QTextBrowser()
        self.view.setObjectName("shortcutsText")
        self.view.setHtml(shortcuts_html())
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(QCoreApplication.translate("Help", "Every keyboard shortcut of the reception window"))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(QCoreApplication.translate("Help", "Close the list of shortcuts"))
        close.setAccessibleDescription(QCoreApplication.translate("Help", "Esc closes it too; focus goes back to the concern field."))
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.buttons)
        self._fit()

    def text(self) -> str:
        return self.view.toHtml()

    def _fit(self) -> None:
        doc = self.view.document()
        line = self.fontMetrics().lineSpacing()
        width = max(560, round(doc.idealWidth()) + 60, line * 26)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, round(screen.width() * 0.9))
        doc.setTextWidth(width - 40)
        height = round(doc.size().height()) + self.buttons.sizeHint().height() + 60
        if screen is not None:
            height = min(height, round(screen.height() * 0.9))
        self.resize(width, height)


def shortcuts_box(parent: QWidget | None) -> ShortcutsDialog:
    return ShortcutsDialog(parent)


def about_box(parent: QWidget | None, centre_name: str) -> QMessageBox:
    title = QCoreApplication.translate("Help", "About Welcome Desk")
    what = QCoreApplication.translate(
        "Help",
        "Reception desk of a welcome centre: route a concern, issue a ticket or book an appointment, print a referral slip.",
    )
    licence = QCoreApplication.translate("Help", "Licence: EUPL-1.2")
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>Welcome Desk {html.escape(__version__)}</h3><p>{html.escape(what)}</p>"
        f"<p>{html.escape(centre_name)}</p><p>{html.escape(licence)}</p>"
    )
    box.setAccessibleName(title)
    return box
