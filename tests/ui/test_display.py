"""The waiting-room call display: what it shows, in which script, bounded memory, live from another desk."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from welcome_desk.core import calls  # noqa: E402
from welcome_desk.core.actor import Actor  # noqa: E402
from welcome_desk.core.calls import Call  # noqa: E402
from welcome_desk.core.database import open_database  # noqa: E402
from welcome_desk.core.workspace import open_workspace  # noqa: E402
from welcome_desk.ui.display.announcer import Announcer  # noqa: E402
from welcome_desk.ui.display.board import KEEP, CallBoard  # noqa: E402
from welcome_desk.ui.display.texts import call_text, spoken_ticket  # noqa: E402
from welcome_desk.ui.display.window import DisplayWindow  # noqa: E402

pytestmark = pytest.mark.gui
UNIT = "immigration-office"
DESK = Actor("RB")
AT = dt.datetime(2026, 11, 23, 9, 5)


def make_call(i: int, lang: str = "de", recall: int = 0) -> Call:
    return Call(i, f"A-{i % 1000:03d}", UNIT, "3", "B 0.12", AT, lang, recall)


def test_ten_thousand_calls_keep_the_board_bounded():
    board = CallBoard()
    for start in range(0, 10_000, 100):
        board.add(make_call(i) for i in range(start + 1, start + 101))
        board.set_waiting({UNIT: start % 7, "jobcenter": 1})
    assert len(board) == KEEP
    assert board.latest.id == 10_000 and board.last_id == 10_000
    assert [c.id for c in board.previous] == list(range(9_999, 10_000 - KEEP, -1))
    assert board.add([make_call(5)]) == []  # an old call is not shown again
    board.add([make_call(10_001), make_call(10_002), Call(10_003, "A-001", UNIT, "4", "B 0.12", AT, "de", 1)])
    assert [c.ticket for c in board.previous].count("A-001") == 0  # the re-call replaced the first call


def test_call_texts_german_and_the_visitors_script():
    german = call_text(make_call(17))
    assert german.german == "A-017 → Schalter 3, Raum B 0.12"
    assert german.visitor == "" and german.say_visitor == ""
    assert german.say_german == "Nummer A 17, bitte zu Schalter 3, Raum B 0.12."
    arabic = call_text(make_call(17, "ar"))
    assert arabic.visitor_rtl and "رقمك" in arabic.visitor and "A-017" in arabic.visitor and "الشباك 3" in arabic.visitor
    ukrainian = call_text(make_call(17, "uk", recall=1))
    assert not ukrainian.visitor_rtl and ukrainian.visitor == "Ваш номер A-017 — Віконце 3, Кабінет B 0.12"
    assert ukrainian.say_german.startswith("Erneuter Aufruf")
    assert spoken_ticket("JM-004") == "J M 4" and spoken_ticket("odd") == "odd"


def test_an_invented_room_is_marked_on_the_screen_and_never_spoken():
    marked = call_text(make_call(17, "uk"), sample_room=True)
    assert marked.german == "A-017 → Schalter 3, Raum B 0.12 *"
    assert marked.visitor == "Ваш номер A-017 — Віконце 3, Кабінет B 0.12 *"
    assert "*" not in marked.say_german and "*" not in marked.say_visitor


@pytest.fixture
def desk(tmp_db_url, fixed_now):
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now, daily_backup=False)
    yield ws
    ws.close()


@pytest.fixture
def display(qtbot, tmp_db_url, desk, fixed_now):
    db = open_database(tmp_db_url)  # the display's own connection, as on another PC
    window = DisplayWindow(db, desk.centre, lambda: fixed_now, announcer=Announcer(sound=False, speech=False))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    yield window
    window.close()
    db.dispose()


def texts(window) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def test_a_call_at_a_desk_shows_on_the_display_without_names(qtbot, desk, display):
    entry = desk.booking.log_walk_in(UNIT, language="ar", visitor_name="Samira Haddad", query_text="Pass verloren")
    desk.booking.log_walk_in(UNIT, language="de")
    with qtbot.waitSignal(display.shown, timeout=3000) as shown:
        _, call = calls.call_next(desk.db, desk.centre, DESK, desk.clock, UNIT, counter="3")
    assert shown.args == [[call.id]]
    # the immigration office's room is an invented sample in the bundled centre file: marked, with the note
    assert display.call_label.text() == f"{entry.ticket} → Schalter 3, Raum B 0.12 *"
    assert display.sample_label.isVisible() and display.sample_label.text().startswith("* Beispielangabe")
    assert "رقمك" in display.visitor_label.text() and "B 0.12 *" in display.visitor_label.text()
    assert display.visitor_label.alignment() & Qt.AlignmentFlag.AlignRight
    assert display.blinking
    qtbot.waitUntil(lambda: not display.blinking, timeout=5000)
    shown_text = texts(display)
    assert "Samira" not in shown_text and "Pass" not in shown_text
    assert "Ausländerbehörde" in shown_text  # one still waits there
    assert not display.recall_label.isVisible()


def test_a_recall_is_shown_as_such_and_parking_updates_the_waiting_count(qtbot, desk, display):
    entry = desk.booking.log_walk_in(UNIT, language="uk")
    with qtbot.waitSignal(display.shown, timeout=3000):
        calls.call_next(desk.db, desk.centre, DESK, desk.clock, UNIT, counter="2")
    assert "Ausländerbehörde" not in texts(display)  # nobody waits any more
    calls.park(desk.db, desk.centre, DESK, desk.clock, entry.id)
    qtbot.waitUntil(lambda: "Ausländerbehörde" in texts(display), timeout=3000)
    with qtbot.waitSignal(display.shown, timeout=3000):
        calls.recall(desk.db, desk.centre, DESK, desk.clock, entry.id, counter="4")
    assert display.recall_label.isVisible()
    assert display.call_label.text().endswith("Schalter 4, Raum B 0.12 *")
    assert display.visitor_label.text().startswith("Ваш номер")
    assert "Erneuter Aufruf" in texts(display)


def test_the_display_says_per_unit_how_many_wait_and_about_how_long_counts_only(qtbot, desk, display, fixed_now):
    from welcome_desk.core import waiting

    for i in range(3):
        desk.booking.log_walk_in(UNIT, visitor_name=f"Samira Haddad {i}")
    qtbot.waitUntil(lambda: "Ausländerbehörde" in texts(display), timeout=1500)
    expected = waiting.estimate(desk.db, desk.centre, UNIT, fixed_now)  # what the next slip would print
    prefix, name, count, wait = display._waiting_rows[0]  # noqa: SLF001 - the rows as a person reads them
    assert (prefix.text(), name.text(), count.text()) == ("A", "Ausländerbehörde", "3")
    assert wait.text() == f"etwa {expected.low}–{expected.high} Min." and wait.isVisible()
    assert wait.font().pixelSize() >= display.height() // 40  # readable across the room
    assert "Samira" not in texts(display)
    desk.booking.log_walk_in(UNIT)  # one more waits: the range moves with the queue
    qtbot.waitUntil(lambda: count.text() == "4", timeout=1500)
    later = waiting.estimate(desk.db, desk.centre, UNIT, fixed_now)
    assert wait.text() == f"etwa {later.low}–{later.high} Min." and later.high > expected.high


def test_a_closed_unit_on_the_display_says_from_when(qtbot, desk, display, fixed_now):
    from welcome_desk.core import waiting

    for unit in desk.centre.units:
        told = waiting.advice(desk.centre, unit, fixed_now)
        if told.kind == waiting.CLOSED and told.next_opening and told.next_opening.start.date() == fixed_now.date():
            break
    else:
        pytest.skip("no unit of the bundled centre opens later on this day")
    desk.booking.log_walk_in(unit.id)
    qtbot.waitUntil(lambda: unit.name.get("de") in texts(display), timeout=1500)
    opens = f"ab {told.next_opening.start:%H:%M} Uhr"
    assert opens in texts(display) and "etwa" not in texts(display)


def test_the_display_works_silently_without_sound_or_speech(qtbot):
    announcer = Announcer(sound=False, speech=False)
    assert not announcer.has_sound and not announcer.has_speech and not announcer.can_speak("de")
    announcer.announce([("de", "Nummer A 1"), ("ar", "x")])  # nothing to play: no error


def test_a_display_started_mid_day_shows_the_last_calls(qtbot, tmp_db_url, desk, fixed_now):
    for _ in range(3):
        desk.booking.log_walk_in(UNIT)
        calls.call_next(desk.db, desk.centre, DESK, desk.clock, UNIT, counter="1")
    db = open_database(tmp_db_url)
    window = DisplayWindow(db, desk.centre, lambda: fixed_now, announcer=Announcer(sound=False, speech=False))
    qtbot.addWidget(window)
    try:
        assert window.call_label.text().startswith("A-003")
        assert [main.text().split()[0] for main, _ in window.previous_rows[:2]] == ["A-002", "A-001"]
    finally:
        window.close()
        db.dispose()


def test_the_chime_and_voices_are_used_where_the_platform_has_them(qtbot):
    pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)
    announcer = Announcer()
    assert announcer.has_sound  # PySide6-Addons present: the chime is loaded (played even with no device: no error)
    announcer.announce([("de", "Nummer A 1, bitte zu Schalter 3.")])
