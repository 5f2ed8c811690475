"""The team lead imports the online bookings of a week with real keys, the decision list read by AT-SPI (issue 14).

Teamleitung ▸ Termine importieren … on the desk as ``welcome-desk`` starts it: the first
team-lead password, Qt's file dialog (the path typed), then the decision list: every row
is read out with what it becomes and why, a conflict says "Konflikt" in words, Space skips
a row, Enter imports. The database then holds exactly the rows taken.
"""

from __future__ import annotations

import sqlite3

from driver import DeskApp, Node

from test_screen_reader import unnamed_controls
from test_screen_reader_team_lead import _active_other, _closed, set_first_password
from test_serve_visitors import _ready_for_next


def _focus_starts(app: DeskApp, role: str, name: str) -> bool:
    focus = app.screen.focused()
    return focus is not None and focus.role == role and focus.name.replace("&", "").startswith(name)


def _event(uid: str, start: str) -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;TZID=Europe/Berlin:{start}\r\nSUMMARY:Ausländerbehörde\r\n"
            f"X-BOOKING-CODE:{uid.upper()}\r\nEND:VEVENT\r\n")


def test_the_team_lead_imports_a_week_by_keys(started_desk, tmp_path):
    app: DeskApp = started_desk
    week = tmp_path / "woche.ics"
    week.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + _event("web-1", "20261125T080000")
                    + _event("web-2", "20261125T030000") + _event("web-3", "20261125T081500") + "END:VCALENDAR\r\n",
                    encoding="utf-8")
    _ready_for_next(app)
    app.keys.key("alt+m")  # Teamleitung ▸ Termine importieren …
    app.screen.wait_for("the team-lead menu open", lambda: _focus_starts(app, "menu item", ""))
    app.keys.key("t")  # "&Termine importieren": the menu's only t, so it acts at once
    password = _active_other(app, "the first team-lead password dialog")
    recovery = set_first_password(app, password)
    app.keys.key("Return")
    _closed(app, recovery.name)

    chooser = _active_other(app, "the file dialog")
    app.keys.type(str(week))
    app.keys.key("Return")
    _closed(app, chooser.name)

    def decision_list() -> Node | None:
        window = app.screen.window("Termine importieren: woche.ics")
        return window if window is not None and "Konflikt" in " ".join(n.name for n in window.walk()) else None

    window = app.screen.wait_for("the decision list with its rows", decision_list, timeout=30)
    spoken = " ".join(n.name + " " + n.text + " " + n.description for n in window.walk())
    assert "Neuer Termin" in spoken and "außerhalb der Terminzeiten der Stelle" in spoken
    assert "3 Zeilen: 2 neu" in spoken, "the summary line is read out"
    assert unnamed_controls(window) == []
    app.keys.key("Down", "Down", "space")  # skip the third booking
    app.screen.wait_for("the summary to count the skipped row",
                        lambda: "1 ausgelassen" in " ".join(n.name + " " + n.text + " " + n.description
                                                            for n in (app.screen.window("Termine importieren:") or window).walk()))
    app.keys.key("Return")
    _closed(app, "Termine importieren: woche.ics")

    def booked():
        with sqlite3.connect(tmp_path / "desk.sqlite") as db:
            return db.execute("SELECT external_id, status FROM entry WHERE external_id IS NOT NULL").fetchall()

    assert app.screen.wait_for("the booking in the database", lambda: booked() or None) == [("web-1", "booked")]
    with sqlite3.connect(tmp_path / "desk.sqlite") as db:
        assert db.execute("SELECT reason FROM import_decision").fetchall() == [("outside_hours",)]
