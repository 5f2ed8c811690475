"""Leaving the menu bar with Esc gives the keyboard back to the concern field (issue 15).

Real keys through the X server on the desk as ``welcome-desk`` starts it: F10 (or Alt
alone, or a menu's Alt+letter) enters the menu bar, an arrow walks it, Esc closes a list
and Esc again leaves the bar. Whatever had the focus before — the concern field, today's
log, the queue, a frequent-concern button — the next typed words land in the concern field,
and a concern typed before the menu is kept (added to, not replaced).
"""

from __future__ import annotations

import itertools

from test_serve_visitors import CONCERN_FIELD, _focus_is, _main, _ready_for_next

BEFORE = {  # keys that put the focus somewhere else first, and what then has it
    "field": ((), ("text", CONCERN_FIELD)),
    "log": (("ctrl+t",), ("table", "Tagesprotokoll")),
    "queue": (("F7",), ("table", "Warteschlange der wartenden Besucher")),
    "next control": (("Tab",), ("", "")),  # whatever follows the field (a button, the language box)
}
MENU_KEYS = {
    "f10-right": ("F10", "Right", "Escape", "Escape"),  # the first menu open, the next one, closed, bar left
    "alt-down": ("alt", "Down", "Escape", "Escape"),  # Alt enters the bar, Down opens the list
    "alt-right": ("alt", "Right", "Escape"),  # walked along the bar with no list open: one Esc leaves it
}


def _field_text(app) -> str:
    field = _main(app).first(role="text", name=CONCERN_FIELD)
    return field.text if field is not None else ""


def _in_menu(app) -> bool:
    focus = app.screen.focused()
    return focus is not None and focus.role == "menu item"


def _focus_starts(app, role: str, name: str) -> bool:
    focus = app.screen.focused()
    if focus is None:
        return False
    if not role:  # anything but the field
        return (focus.role, focus.name) != ("text", CONCERN_FIELD) and bool(focus.role)
    return focus.role == role and focus.name.startswith(name)


def test_typing_after_leaving_the_menu_bar_lands_in_the_concern_field(started_desk):
    app = started_desk
    _ready_for_next(app)
    for (keys, focused), menu_keys in itertools.product(BEFORE.values(), MENU_KEYS.values()):
        app.keys.key("ctrl+n")  # the field, empty
        _ready_for_next(app)
        if keys:
            app.keys.key(*keys)
        app.screen.wait_for(f"the focus on {focused}", lambda: _focus_starts(app, *focused))
        app.keys.key(menu_keys[0])
        app.screen.wait_for(f"the menu bar entered with {menu_keys[0]}", lambda: _in_menu(app))
        if menu_keys[1:]:
            app.keys.key(*menu_keys[1:])
        app.screen.wait_for(f"the concern field focused after {menu_keys}",
                            lambda: _focus_is(app, "text", CONCERN_FIELD), timeout=10)
        app.keys.type("Wohnung")
        app.screen.wait_for(f"the typed words in the concern field after {menu_keys}",
                            lambda: _field_text(app) == "Wohnung", timeout=10)


def test_a_concern_typed_before_the_menu_is_kept_and_continued(started_desk):
    app = started_desk
    _ready_for_next(app)
    app.keys.type("Wohnung")
    app.screen.wait_for("the typed words", lambda: _field_text(app) == "Wohnung")
    app.keys.key("F10")
    app.screen.wait_for("the first menu open", lambda: _in_menu(app))
    app.keys.key("Escape", "Escape")
    app.screen.wait_for("the concern field focused", lambda: _focus_is(app, "text", CONCERN_FIELD), timeout=10)
    app.keys.type(" suchen")
    app.screen.wait_for("the words continued", lambda: _field_text(app) == "Wohnung suchen", timeout=10)
