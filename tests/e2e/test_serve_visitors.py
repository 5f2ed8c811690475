"""Five visitors served with the keyboard only, on the real window, printing to a real CUPS queue;
then one who does not come when called is parked, re-called and becomes a no-show, by keys only.

Keys go through the X server (xdotool), what the screen shows is read back through
AT-SPI by another process, slips come out of a cups-pdf printer. After every step
the test looks at the screen as a screen reader would. The keys pressed after each
concern are counted: a walk-in, printed, with the field ready for the next visitor,
must take at most 3.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from driver import DeskApp, Node

CONCERN_FIELD = "Anliegen des Besuchers"
PRINT_BUTTON = "Laufzettel drucken"
MAX_KEYS_PER_WALK_IN = 3
A5_POINTS = (419.5, 595.3)


def _main(app: DeskApp) -> Node:
    window = app.screen.window("Welcome Desk —")
    assert window is not None, "the reception window is gone"
    return window


def _label(window: Node, prefix: str) -> str:
    node = window.first(role="label", contains=prefix)
    return node.name if node is not None else ""


def _ready_for_next(app: DeskApp) -> None:
    """The concern field has the focus and is empty: the next visitor's words go there."""
    app.screen.wait_for("the concern field to take the focus again", lambda: _focus_is(app, "text", CONCERN_FIELD))

    def empty():
        field = _main(app).first(role="text", name=CONCERN_FIELD)
        return field is not None and field.text == ""

    app.screen.wait_for("an empty concern field", empty)


def _focus_is(app: DeskApp, role: str, name: str) -> bool:
    focus = app.screen.focused()
    return focus is not None and focus.role == role and focus.name == name


def _concern(app: DeskApp, words: str) -> str:
    """Type the visitor's words; returns the unit the window proposes (read from the detail panel)."""
    app.keys.type(words)

    def typed():
        field = _main(app).first(role="text", name=CONCERN_FIELD)
        seen.append(field.text if field is not None else None)
        return field is not None and field.text == words

    seen: list = []
    try:
        app.screen.wait_for(f"the typed concern {words!r} in the field", typed, timeout=5)
    except TimeoutError:
        # xdotool now and then loses a non-ASCII letter under load (its key remapping races the
        # X server): type the words once more. Not the desk's keys: they are counted after this.
        app.desktop.run(["xdotool", "key", "--clearmodifiers", "ctrl+a", "BackSpace"])
        app.keys.type(words)
        try:
            app.screen.wait_for(f"the typed concern {words!r} in the field", typed)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}; the field says {seen[-1]!r}") from None
    unit = app.screen.wait_for("a proposed unit", lambda: _label(_main(app), "Stelle: "))
    return unit.removeprefix("Stelle: ")


def _print_from_preview(app: DeskApp, ticket_hint: str = "") -> None:
    """The preview is up with Print focused; Enter prints it."""
    app.screen.wait_for("the print preview with Print focused", lambda: _focus_is(app, "push button", PRINT_BUTTON))
    preview = app.screen.window("Druckvorschau")
    assert preview is not None and "active" in preview.states
    app.keys.key("Return")
    app.screen.wait_for("the preview to close", lambda: app.screen.window("Druckvorschau") is None)


def _printed(app: DeskApp, count: int) -> list:
    return app.screen.wait_for(f"{count} slips out of the cups-pdf printer",
                               lambda: len(app.desktop.printed_pdfs()) >= count and app.desktop.printed_pdfs(), timeout=60)


def _pdf_facts(app: DeskApp, pdf) -> tuple[tuple[float, float], int, str]:
    info = app.desktop.run(["pdfinfo", str(pdf)]).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    text = app.desktop.run(["pdftotext", "-layout", str(pdf), "-"]).stdout
    return (float(size.group(1)), float(size.group(2))), pages, text


def _ticket(app: DeskApp) -> str:
    """The ticket the card shows, as a screen reader reads it ("Nummer A-001")."""

    def card_ticket():
        names = [n.name for n in _main(app).walk() if n.role == "label" and re.fullmatch(r"Nummer [A-Z]+-\d+", n.name)]
        return names[0] if names else ""

    return app.screen.wait_for("the ticket on the card", card_ticket).split()[-1]


@pytest.fixture
def app(desk_app):
    return desk_app


def test_five_visitors_by_keyboard_with_real_printing(app):
    keys_per_walk_in: dict[str, int] = {}
    _ready_for_next(app)

    # -- visitors 1-3: walk-ins, F5 then Enter on the focused Print --------------------------
    tickets = []
    for n, words in enumerate(("Aufenthaltserlaubnis verlängern", "Diskriminierung", "Rassismus"), start=1):
        unit = _concern(app, words)
        before = app.keys.count
        app.keys.key("F5")
        _print_from_preview(app)
        _ready_for_next(app)
        keys_per_walk_in[words] = app.keys.count - before
        ticket = _ticket(app)
        tickets.append(ticket)
        window = _main(app)
        assert unit in [n.name for n in window.find(lambda n: n.role == "label")], "the card names the unit"
        pdfs = _printed(app, n)
        size, pages, text = _pdf_facts(app, pdfs[-1])
        assert abs(size[0] - A5_POINTS[0]) < 2 and abs(size[1] - A5_POINTS[1]) < 2, f"not A5: {size}"
        assert pages == 1
        assert ticket in text  # the ticket's text is text (vector), not a picture of it
        state = _label(_main(app), "Laufzettel: ")
        assert "gesendet" in state or "gedruckt" in state, state
    assert len(set(tickets)) == 3
    assert all(k <= MAX_KEYS_PER_WALK_IN for k in keys_per_walk_in.values()), keys_per_walk_in

    # -- visitor 4: a question decides the unit (Alt+1), then the walk-in ----------------------
    _concern(app, "Wohnung")
    answers = _main(app).find(lambda n: n.role == "push button" and "(Alt+1)" in n.description and "showing" in n.states)
    assert answers, "the clarifying question with its answer buttons"
    before = app.keys.count
    app.keys.key("alt+1", "F5")
    _print_from_preview(app)
    _ready_for_next(app)
    keys_per_walk_in["Wohnung (with a question)"] = app.keys.count - before
    _printed(app, 4)

    # -- visitor 5: an appointment, Enter takes the earliest free time (today) ----------------
    _concern(app, "Aufenthaltserlaubnis verlängern")
    app.keys.key("F6")
    app.screen.wait_for("the appointment dialog with the day list focused",
                        lambda: _focus_is(app, "list", "Tage mit freien Terminen"))
    app.keys.key("Return")
    _print_from_preview(app)
    _ready_for_next(app)
    appointment = _ticket(app)
    _printed(app, 5)

    # -- call the next visitor of the immigration office (F7, the unit, F8) ------------------
    app.keys.key("F7", "alt+l", "Down", "F8")
    called = app.screen.wait_for("the call", lambda: _label(_main(app), "Aufgerufen: "))
    assert called.startswith(f"Aufgerufen: {tickets[0]} → "), called

    # -- a no-show from the log's menu (Menu key) lands on the selected row, Ctrl+Z takes it back
    app.keys.key("ctrl+t", "Home", "Down")
    rows = _log_rows(app)
    selected = app.screen.wait_for("the second row selected", lambda: _selected_log_ticket(app))
    assert selected == rows[1][1], (selected, rows)
    # The menu opens while Qt handles the Menu key, before it reads the next key: no wait needed
    # (Qt does not list pop-up menus among the windows AT-SPI sees).
    app.keys.key("Menu", "n")
    statuses = app.screen.wait_for("the no-show in the log",
                                   lambda: (st := _log_statuses(app)).get(selected) == "Nicht erschienen" and st)
    assert [t for t, st in statuses.items() if st == "Nicht erschienen"] == [selected], statuses
    app.keys.key("ctrl+z")
    app.screen.wait_for("the no-show undone", lambda: _log_statuses(app).get(selected) == "Wartet")

    # -- rebook the appointment from the log to the next day: the card follows -----------------
    row = [r[1] for r in _log_rows(app)].index(appointment)
    app.keys.key("Home", *["Down"] * row)
    app.screen.wait_for("the appointment selected", lambda: _selected_log_ticket(app) == appointment)
    app.keys.key("shift+F10", "v")
    app.screen.wait_for("the rebook dialog with the day list focused",
                        lambda: _focus_is(app, "list", "Tage mit freien Terminen"))
    app.keys.key("Down")
    day = app.screen.wait_for("the second day chosen", lambda: _selected_item(app, "Tage mit freien Terminen", 1))
    app.keys.key("Return")
    _print_from_preview(app)
    when = app.screen.wait_for("the card with the new time", lambda: _main(app).first(role="label", contains="Termin am "))
    assert day.split(" — ")[0].split(", ")[-1] in when.name, (day, when)
    assert appointment not in _log_statuses(app)  # moved off today (on its new day it has that day's ticket)
    _printed(app, 6)
    state = app.screen.wait_for("the printer's confirmation on the card",
                                lambda: "gedruckt" in (st := _label(_main(app), "Laufzettel: ")) and st)
    assert "Laufzettel auf" in state

    # -- the called visitor does not come: this desk is counter 3 (Visit menu), Ctrl+F8 parks,
    #    Shift+F8 calls again, and the third missed call makes a no-show (the centre's rule, 3)
    app.keys.key("alt+b", "h")
    app.screen.wait_for("the counter dialog with its field focused", lambda: _focus_is(app, "text", "Schalter dieses Platzes"))
    app.keys.key("3", "Return")
    app.screen.wait_for("the counter dialog to close", lambda: app.screen.window("Schalter dieses Platzes") is None)
    app.keys.key("F7", "Home")
    app.screen.wait_for("the called visitor selected in the queue",
                        lambda: _selected_queue_ticket(app) == tickets[0] and _queue_statuses(app)[tickets[0]] == "Aufgerufen")
    for missed in (1, 2):
        app.keys.key("ctrl+F8")
        app.screen.wait_for(f"parked after {missed} missed calls", lambda: _queue_statuses(app).get(tickets[0])
                            == f"Wartet, geparkt – verpasste Aufrufe: {missed}")
        app.keys.key("shift+F8")
        app.screen.wait_for(f"called again after {missed} missed calls", lambda: _queue_statuses(app).get(tickets[0])
                            == f"Aufgerufen – verpasste Aufrufe: {missed}")
        called = app.screen.wait_for("the re-call", lambda: _label(_main(app), "Aufgerufen: "))
        assert called.startswith(f"Aufgerufen: {tickets[0]} → ") and called.endswith(", Schalter 3"), called
    app.keys.key("ctrl+F8")
    app.screen.wait_for("the no-show after the third missed call", lambda: tickets[0] not in _queue_statuses(app))
    assert _log_statuses(app).get(tickets[0]) == "Nicht erschienen"

    print(f"\nkeys per visitor after the concern: {keys_per_walk_in}")
    assert max(keys_per_walk_in.values()) <= MAX_KEYS_PER_WALK_IN


def _queue_table(app: DeskApp) -> Node | None:
    return _main(app).first(role="table", name="Warteschlange der wartenden Besucher")


def _queue_cells(app: DeskApp) -> list:
    table = _queue_table(app)
    return [c for c in table.children if c.role == "table cell"] if table is not None else []


def _queue_statuses(app: DeskApp) -> dict[str, str]:
    """Ticket → status as the queue shows it (six columns: ticket, time, type, unit, status, waiting)."""
    cells = [c.name for c in _queue_cells(app)]
    return {cells[i]: cells[i + 4] for i in range(0, len(cells) - 5, 6)}


def _selected_queue_ticket(app: DeskApp) -> str:
    chosen = [c.name for i, c in enumerate(_queue_cells(app)) if i % 6 == 0 and "selected" in c.states]
    return chosen[0] if chosen else ""


def _log_table(app: DeskApp) -> Node | None:
    return _main(app).first(role="table", name="Tagesprotokoll")


def _log_rows(app: DeskApp) -> list[list[str]]:
    table = _log_table(app)
    cells = [c.name for c in table.children if c.role == "table cell"] if table is not None else []
    return [cells[i:i + 6] for i in range(0, len(cells), 6)]


def _log_statuses(app: DeskApp) -> dict[str, str]:
    return {row[1]: row[5] for row in _log_rows(app)}


def _selected_log_ticket(app: DeskApp) -> str:
    table = _log_table(app)
    cells = [c for c in table.children if c.role == "table cell"] if table is not None else []
    chosen = [c.name for i, c in enumerate(cells) if i % 6 == 1 and "selected" in c.states]
    return chosen[0] if chosen else ""


def _selected_item(app: DeskApp, list_name: str, index: int) -> str:
    for window in app.screen.windows():
        lst = window.first(role="list", name=list_name)
        if lst is not None:
            selected = [c for c in lst.children if "selected" in c.states]
            if selected and lst.children.index(selected[0]) == index:
                return selected[0].name
    return ""

