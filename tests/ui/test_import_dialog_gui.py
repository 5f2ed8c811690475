"""The team lead's decision list before an appointment import, driven by keys through the window (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from a11y_walk import accessibility_problems  # noqa: E402
from gui_desk import Desk  # noqa: E402
from test_fit_screen import LOOKS, fit_problems  # noqa: E402
from welcome_desk.core import audit  # noqa: E402
from welcome_desk.core.actor import RECEPTION, Actor  # noqa: E402
from welcome_desk.core.appointment_import import open_decisions, preview_import  # noqa: E402
from welcome_desk.core.daylog import day_entries  # noqa: E402
from welcome_desk.core.hours import Hours  # noqa: E402
from welcome_desk.core.permissions import PermissionDenied  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.reports.booking_files import read_bookings  # noqa: E402
from welcome_desk.ui.import_dialog import BECOMES, TAKE, WHY, ImportDialog  # noqa: E402
from welcome_desk.ui.style import apply_style  # noqa: E402

pytestmark = pytest.mark.gui


def _slots(ws, now):
    unit = ws.centre.unit("immigration-office")
    day = now.date() + dt.timedelta(days=1)
    while not Hours(ws.centre, unit).slot_starts(day):
        day += dt.timedelta(days=1)
    return Hours(ws.centre, unit).slot_starts(day)


def _desk(qtbot, workspace, path, **kw) -> Desk:
    desk = Desk(qtbot, workspace, settings=Settings(ui_language="en"), **kw)
    desk.window.appointments.get_open_file_name = lambda *a, **k: (str(path), "")
    return desk


def test_a_good_ical_file_esc_changes_nothing_enter_imports(qtbot, workspace, team_lead, fixed_now, tmp_path):
    slot = _slots(workspace, fixed_now)[0]
    path = tmp_path / "web.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:web-1\r\n"
        f"DTSTART;TZID=Europe/Berlin:{slot:%Y%m%dT%H%M%S}\r\nSUMMARY:Ausländerbehörde\r\nX-BOOKING-CODE:WX7\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    desk = _desk(qtbot, workspace, path, roles=team_lead)
    seen = []

    def look_then(key):
        def handler(dialog: ImportDialog):
            table = dialog.table
            seen.append((dialog.model.rowCount(), dialog.model.text(0, BECOMES), dialog.model.text(0, WHY), dialog.summary.text()))
            assert accessibility_problems(dialog, descriptions=True) == []
            assert table.hasFocus()
            qtbot.keyClick(table, key)
        return handler

    desk.handlers[ImportDialog] = look_then(Qt.Key.Key_Escape)
    desk.window.appointments.import_action.trigger()
    assert seen[0][:2] == (1, "New appointment") and seen[0][2] == "booked at Immigration Office" and "1 new" in seen[0][3]
    assert day_entries(workspace.db, workspace.centre, slot.date()) == []  # Esc: nothing changed
    desk.handlers[ImportDialog] = look_then(Qt.Key.Key_Return)
    desk.window.appointments.import_action.trigger()
    (entry,) = day_entries(workspace.db, workspace.centre, slot.date())
    assert (entry.status, entry.at) == ("booked", slot)
    assert audit.recent(workspace.db, action="import")[0].detail.startswith("web.ics: 1 rows — 1 new")
    assert desk.messages.shown[-1][0] == "info" and "1 new" in desk.messages.shown[-1][2]


def test_a_csv_with_a_conflict_space_skips_a_row(qtbot, workspace, team_lead, fixed_now, tmp_path):
    slots = _slots(workspace, fixed_now)
    night = dt.datetime.combine(slots[0].date(), dt.time(3, 0))
    path = tmp_path / "week.csv"
    path.write_text("Buchungsnummer;Buchungscode;Beginn;Dienstleistung\n"
                    f"b-1;C1;{slots[0]:%d.%m.%Y %H:%M};Ausländerbehörde\n"
                    f"b-2;C2;{night:%d.%m.%Y %H:%M};Ausländerbehörde\n"
                    f"b-3;C3;{slots[1]:%d.%m.%Y %H:%M};Ausländerbehörde\n", encoding="utf-8")
    desk = _desk(qtbot, workspace, path, roles=team_lead)
    seen = {}

    def handler(dialog: ImportDialog):
        table = dialog.table
        seen["becomes"] = [dialog.model.text(r, BECOMES) for r in range(dialog.model.rowCount())]
        seen["why"] = dialog.model.text(1, WHY)
        seen["conflict_colour"] = dialog.model.data(dialog.model.index(1, BECOMES), Qt.ItemDataRole.BackgroundRole).color().name()
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # skip the third row
        seen["take"] = [dialog.model.text(r, TAKE) for r in range(dialog.model.rowCount())]
        seen["summary"] = dialog.summary.text()
        qtbot.keyClick(table, Qt.Key.Key_Up)
        seen["row_text"] = dialog.row_text.text()  # the selected row in full, for 200 % and screen readers
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # twice: the conflict row is taken again
        qtbot.keyClick(table, Qt.Key.Key_Enter)

    desk.handlers[ImportDialog] = handler
    desk.window.appointments.import_action.trigger()
    assert seen["becomes"] == ["New appointment", "Conflict", "New appointment"]  # in words
    assert seen["why"] == "outside the unit's appointment hours: to the decision list" and seen["conflict_colour"] == "#ffecb3"
    assert seen["take"] == ["take", "take", "skip"]
    assert seen["row_text"].startswith("Line 2, ") and seen["row_text"].endswith(
        "Conflict — outside the unit's appointment hours: to the decision list (taken)")
    assert seen["summary"].startswith("3 rows: 1 new") and "1 conflicts for the decision list, 1 skipped" in seen["summary"]
    assert [e.at for e in day_entries(workspace.db, workspace.centre, slots[0].date())] == [slots[0]]
    assert [d.reason for d in open_decisions(workspace.db, workspace.centre)] == ["outside_hours"]
    assert "1 skipped by the team lead" in audit.recent(workspace.db, action="import")[0].detail


def test_a_broken_file_says_one_line_and_changes_nothing(qtbot, workspace, team_lead, tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(b"\xff\xfe this is no calendar")
    desk = _desk(qtbot, workspace, path, roles=team_lead)
    desk.handlers[ImportDialog] = lambda dialog: pytest.fail("no decision list for a file that cannot be read")
    desk.window.appointments.import_action.trigger()
    kind, _title, text, details = desk.messages.shown[-1]
    assert kind == "warning" and text == "The file could not be read." and details == "broken.ics: not a UTF-8 iCalendar file"
    assert "\n" not in details and audit.recent(workspace.db, action="import") == []


def test_reception_is_refused(qtbot, workspace, fixed_now, tmp_path):
    slot = _slots(workspace, fixed_now)[0]
    path = tmp_path / "week.csv"
    path.write_text(f"id;start;service\nb-1;{slot:%Y-%m-%d %H:%M};Ausländerbehörde\n", encoding="utf-8")
    desk = _desk(qtbot, workspace, path)  # reception: the team-lead sign-in is asked, and not given
    desk.handlers[ImportDialog] = lambda dialog: pytest.fail("reception sees no decision list")
    desk.window.appointments.import_action.trigger()
    assert all(not isinstance(d, ImportDialog) for d in desk.dialogs)
    assert day_entries(workspace.db, workspace.centre, slot.date()) == []
    with pytest.raises(PermissionDenied):  # and the core refuses the list itself, audited
        preview_import(workspace.db, workspace.centre, workspace.router, Actor("Bo", role=RECEPTION), workspace.clock,
                       read_bookings(path, workspace.centre.timezone))
    assert audit.recent(workspace.db, action="refused")[0].detail.startswith("import")


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_decision_list_fits_1280x800_at_200_percent(qtbot, qapp, workspace, team_lead, fixed_now, tmp_path, theme,
                                                        scale):
    slots = _slots(workspace, fixed_now)
    path = tmp_path / "many.csv"
    path.write_text("id;start;service\n" + "".join(
        f"b-{n};{slots[n % len(slots)]:%Y-%m-%d %H:%M};{'Ausländerbehörde' if n % 3 else 'Xqzzv Wrrpt Blorf'}\n"
        for n in range(40)), encoding="utf-8")
    apply_style(qapp, theme, scale)
    try:
        plans = preview_import(workspace.db, workspace.centre, workspace.router, team_lead.actor, workspace.clock,
                               read_bookings(path, workspace.centre.timezone))
        dialog = ImportDialog(plans, workspace.centre, path.name, "de")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert fit_problems(dialog) == []
        assert accessibility_problems(dialog, descriptions=True) == []
    finally:
        apply_style(qapp, "standard", 100)
