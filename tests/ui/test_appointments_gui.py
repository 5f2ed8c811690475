"""The desk's check-in by booking code (F9) and the team lead's appointment import, through the window."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")


from welcome_desk.core import audit  # noqa: E402
from welcome_desk.core.daylog import day_entries  # noqa: E402
from welcome_desk.core.hours import Hours  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.appointments_ui import CheckInDialog  # noqa: E402
from welcome_desk.ui.import_dialog import ImportDialog  # noqa: E402
from welcome_desk.ui.main_window import MainWindow  # noqa: E402
from welcome_desk.ui.printing import SlipPrinter  # noqa: E402

from a11y_walk import accessibility_problems  # noqa: E402


class Desk:
    def __init__(self, qtbot, workspace, roles=None):
        self.dialogs = []
        self.code = ""
        self.warnings = []
        self.infos = []

        class Messages:
            def warning(_self, parent, title, text, details=""):
                self.warnings.append((text, details))

            def info(_self, parent, title, text, details=""):
                self.infos.append(text)

            error = warning

        printer = SlipPrinter(Messages(), self.run_dialog, has_printer=lambda: False)
        kwargs = dict(messages=Messages(), run_dialog=self.run_dialog, slip_printer=printer)
        if roles is not None:
            kwargs["roles"] = roles
        self.window = MainWindow(workspace, Settings(ui_language="en"), **kwargs)
        qtbot.addWidget(self.window)

    def run_dialog(self, dialog):
        self.dialogs.append(dialog.objectName())
        if isinstance(dialog, CheckInDialog):
            assert accessibility_problems(dialog) == []
            dialog.code.setText(self.code)
            return 1
        if isinstance(dialog, ImportDialog):  # the decision list: take every row (Enter)
            return 1
        return 0


def _ics(path, slot, code):
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:web-1\r\n"
        f"DTSTART;TZID=Europe/Berlin:{slot:%Y%m%dT%H%M%S}\r\nSUMMARY:Ausländerbehörde\r\nX-BOOKING-CODE:{code}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    return path


def test_import_then_check_in_with_f9(qtbot, workspace, team_lead, fixed_now, tmp_path):
    unit = workspace.centre.unit("immigration-office")
    slot = next(s for s in Hours(workspace.centre, unit).slot_starts(fixed_now.date()) if s > fixed_now)
    desk = Desk(qtbot, workspace, roles=team_lead)
    w = desk.window
    assert w.appointments.check_in_action in w.visit_menu.actions()
    assert w.appointments.import_action in w.team_lead_menu.actions()
    summary = w.appointments.import_file(_ics(tmp_path / "web.ics", slot, "WX7"))
    assert "importAppointmentsDialog" in desk.dialogs
    assert summary and "1 new" in summary and desk.infos  # the team lead is told what happened to every row
    desk.code = " wx7 "
    w.appointments.check_in_action.trigger()
    assert "checkInDialog" in desk.dialogs
    (entry,) = [e for e in day_entries(workspace.db, workspace.centre, fixed_now.date()) if e.ticket.startswith("A-")]
    assert entry.status == "arrived"
    assert audit.recent(workspace.db, action="check_in")[0].detail.startswith(entry.ticket)
    (text, details) = desk.warnings[-1]  # no printer in the test: the slip is written and kept as a PDF
    from pathlib import Path

    assert "slip" in text and Path(details.splitlines()[-1]).is_file() and entry.ticket in details
    desk.code = "WX7"
    assert w.appointments.check_in() is None and "already" in desk.warnings[-1][1]


def test_watched_folder_imports_new_files(qtbot, workspace, team_lead, fixed_now, tmp_path):
    unit = workspace.centre.unit("immigration-office")
    slot = Hours(workspace.centre, unit).slot_starts(fixed_now.date() + dt.timedelta(days=1))[0]
    desk = Desk(qtbot, workspace, roles=team_lead)
    folder = tmp_path / "inbox"
    folder.mkdir()
    assert desk.window.appointments.watch_folder(folder) == folder
    _ics(folder / "monday.ics", slot, "Q9")
    qtbot.waitUntil(lambda: "1 new" in desk.window.appointments.last_summary, timeout=10_000)
    assert [e.status for e in day_entries(workspace.db, workspace.centre, slot.date())] == ["booked"]
