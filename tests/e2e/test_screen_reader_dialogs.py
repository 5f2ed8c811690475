"""What a screen reader gets from the role and calling dialogs and from the call display (issue 15).

Real keys through the X server on the desk, the tree read by AT-SPI in another process:
the team-lead sign-in (after the first password), the retention and audit-log dialogs
(Team lead menu), the desk's counter (Visit menu) and the no-show rule (Team lead menu).
In each, every control a keyboard user reaches is named. Then ``welcome-desk display``
in its own process on the same database: the call, the visitor's line and who waits are
read out whole (a long line the display shortens on screen is not shortened for a reader).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from driver import APP_NAME, DeskApp, Node, Screen

from test_screen_reader import unnamed_controls
from test_screen_reader_team_lead import PASSWORD, _active_other, _closed, set_first_password
from test_serve_visitors import _ready_for_next

UNIT = "immigration-office"


def _dialog(app: DeskApp, keys: tuple[str, ...], what: str, checked: dict[str, list[str]]) -> Node:
    app.keys.key(*keys)
    window = _active_other(app, what)
    checked[what] = unnamed_controls(window)
    return window


def test_the_role_and_calling_dialogs_are_named_for_a_screen_reader(desk_app):
    app = desk_app
    _ready_for_next(app)
    checked: dict[str, list[str]] = {}

    first = _dialog(app, ("ctrl+shift+t",), "the first team-lead password", checked)
    recovery = set_first_password(app, first)
    app.keys.key("Return")
    _closed(app, recovery.name)
    app.keys.key("ctrl+shift+t")  # signed in after the first password: this signs out

    sign_in = _dialog(app, ("ctrl+shift+t",), "the team-lead sign-in", checked)
    assert "Teamleitung" in sign_in.name, sign_in.name
    app.keys.type(PASSWORD)
    app.keys.key("Return")
    _closed(app, sign_in.name)

    for keys, what, title in (
        (("alt+m", "a"), "the retention dialog", "Aufbewahrungsfrist"),
        (("alt+m", "u"), "the audit log", "Audit-Protokoll"),
        (("alt+b", "h"), "the desk's counter", "Schalter dieses Platzes"),
        (("alt+m", "v"), "the no-show rule", "Verpasste Aufrufe"),
    ):
        window = _dialog(app, keys, what, checked)
        assert title in window.name, (what, window.name)
        if what == "the audit log":  # its rows are read out: the sign-in just made is one of them
            spoken = " ".join(n.name + " " + n.text for n in window.walk())
            assert "anmeld" in spoken.lower() or "sign" in spoken.lower(), spoken[:400]
        app.keys.key("Escape")
        _closed(app, window.name)
    _ready_for_next(app)

    assert len(checked) == 6, sorted(checked)
    assert {name: problems for name, problems in checked.items() if problems} == {}


def _calls_made(db_url: str) -> str:
    """Two visitors waiting and one called to counter 3 today (as a desk would), by the core in this process."""
    from welcome_desk.core import calls
    from welcome_desk.core.actor import Actor
    from welcome_desk.core.workspace import open_workspace

    today = dt.date.today()
    ws = open_workspace(db_url, clock=lambda: dt.datetime.combine(today, dt.time(10, 0)), staff="e2e", daily_backup=False)
    try:
        first = ws.booking.log_walk_in(UNIT, language="ar", visitor_name="Samira Haddad")
        for _ in range(2):
            ws.booking.log_walk_in(UNIT, language="de")
        calls.call_next(ws.db, ws.centre, Actor("RB"), ws.clock, UNIT, counter="3")
        return first.ticket
    finally:
        ws.close()


def test_the_call_display_is_read_out_whole(desktop, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'display.sqlite'}"
    ticket = _calls_made(db_url)
    env = {**os.environ, **desktop.env, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1"}
    log = open(desktop.root / "display.log", "ab")
    proc = subprocess.Popen([sys.executable, "-m", "welcome_desk", "--db", db_url, "display", "--windowed", "--silent"],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    screen = Screen(desktop)
    try:
        def display() -> Node | None:
            reply = screen.ask({"cmd": "windows", "app": APP_NAME})
            for raw in reply.get("windows", []):
                window = Node.of(raw)
                if window.name.startswith("Aufruf") and "showing" in window.states:
                    return window
            return None

        window = screen.wait_for("the call display on the accessibility bus", display, timeout=60)
        window = screen.wait_for("the call on the display", lambda: (w := display()) and ticket in " ".join(
            n.name for n in w.walk()) and w)
        spoken = [n.name for n in window.walk() if n.role == "label" and n.name]
        call = next(s for s in spoken if s.startswith(ticket))
        assert call == f"{ticket} → Schalter 3, Raum B 0.12 *", spoken  # whole, the sample room marked
        assert any("رقمك" in s and "B 0.12" in s for s in spoken), spoken  # the visitor's line, in Arabic
        assert "Es warten" in spoken and "2" in spoken, spoken  # who waits, with the count
        assert any(s.startswith("* Beispielangabe") for s in spoken), spoken
        for node in window.walk():  # every label that shows something says it, unshortened
            if node.role == "label" and node.text:
                assert "…" not in node.name, node
        assert unnamed_controls(window) == []
    finally:
        screen.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
