"""Frequent concerns: counted per centre and day, shown as one-click buttons that route like typing."""

from __future__ import annotations

import datetime as dt

import pytest

from welcome_desk.core.frequent import most_frequent


def _visits(workspace, concern_counts: dict[str, int]) -> None:
    for concern_id, n in concern_counts.items():
        unit = workspace.centre.concern(concern_id).units[0]
        for _ in range(n):
            workspace.booking.log_walk_in(unit, concern_id)


def test_today_by_count_then_catalogue_order(workspace, fixed_now):
    _visits(workspace, {"duldung": 3, "residence-law": 5, "settlement-permit": 3, "housing": 1})
    freq = most_frequent(workspace.db, workspace.centre, fixed_now.date(), limit=3)
    assert freq.today_only
    assert [(f.concern_id, f.count) for f in freq.concerns] == [("residence-law", 5), ("settlement-permit", 3), ("duldung", 3)]


def test_a_quiet_day_looks_back_a_week(workspace, fixed_now):
    _visits(workspace, {"duldung": 1})
    # older visits, written as the core would for earlier days (with the same service, moved clock)
    from welcome_desk.core.booking import BookingService

    for days_ago, concern, n in ((1, "housing", 4), (6, "residence-law", 2), (7, "job-search", 9)):
        day = fixed_now - dt.timedelta(days=days_ago)
        svc = BookingService(workspace.db, workspace.centre, clock=lambda d=day: d)
        for _ in range(n):
            svc.log_walk_in(workspace.centre.concern(concern).units[0], concern)
    freq = most_frequent(workspace.db, workspace.centre, fixed_now.date())
    assert not freq.today_only and freq.first_day == fixed_now.date() - dt.timedelta(days=6)
    # job-search is 7 days ago: outside the 7-day window (today and the 6 days before)
    assert [(f.concern_id, f.count) for f in freq.concerns] == [("housing", 4), ("residence-law", 2), ("duldung", 1)]


def test_nothing_yet(workspace, fixed_now):
    freq = most_frequent(workspace.db, workspace.centre, fixed_now.date())
    assert freq.concerns == ()


def test_other_centres_and_unknown_concerns_do_not_count(workspace, fixed_now):
    from sqlalchemy import update

    from welcome_desk.core.models import Entry

    _visits(workspace, {"duldung": 6, "housing": 2})
    with workspace.db.write() as session:
        session.execute(update(Entry).where(Entry.concern_id == "housing").values(centre_id="elsewhere"))
    freq = most_frequent(workspace.db, workspace.centre, fixed_now.date(), min_today=1)
    assert [f.concern_id for f in freq.concerns] == ["duldung"]


def test_route_concern_gives_the_concerns_units_and_question(workspace):
    result = workspace.router.route_concern("job-search")
    assert result.concern.id == "job-search"
    assert [c.unit.id for c in result.candidates] == list(workspace.centre.concern("job-search").units)[:5]
    assert result.candidates[0].score == 1.0
    assert result.question is not None  # job search asks about citizen's benefit


# --------------------------------------------------------------------------- the bar in the window


@pytest.fixture
def desk(qtbot, workspace):
    pytest.importorskip("pytestqt")
    from gui_desk import Desk

    _visits(workspace, {"residence-law": 3, "duldung": 2, "housing": 1})
    d = Desk(qtbot, workspace)
    yield d
    d.close()


@pytest.mark.gui
def test_buttons_name_the_concern_and_its_count(desk):
    bar = desk.window.frequent_bar
    texts = [b.text() for b in bar.buttons()]
    assert texts[:3] == ["Aufenthaltsrecht (3)", "Duldung (2)", "Wohnungssuche und Unterkunft (1)"]
    first = bar.buttons()[0]
    assert first.accessibleName() == "Häufiges Anliegen 1: Aufenthaltsrecht"
    assert "Strg+1" in first.toolTip()
    assert "3" in first.accessibleDescription()


@pytest.mark.gui
def test_a_click_fills_the_intake_picks_the_unit_and_keeps_typed_text_out(desk, qtbot):
    from PySide6.QtCore import Qt

    w = desk.window
    qtbot.mouseClick(w.frequent_bar.buttons()[1], Qt.MouseButton.LeftButton)
    assert w.intake.text() == "Duldung"
    assert w.current_candidate().concern.id == "duldung"
    assert w.current_candidate().unit.id == "immigration-office"
    assert w.walk_in_button.hasFocus()  # Enter issues the ticket
    entry = w.issue_walk_in()
    assert entry.concern_id == "duldung" and entry.query_text is None  # the label is not "typed text"
    assert w.frequent_bar.buttons()[0].text() == "Aufenthaltsrecht (3)"
    assert "Duldung (3)" in [b.text() for b in w.frequent_bar.buttons()]  # refreshed after the booking


@pytest.mark.gui
def test_typing_after_a_button_routes_the_typed_words_again(desk, qtbot):
    w = desk.window
    w.frequent_bar.choose(0)
    w.intake.setFocus()
    w.intake.setText("Wohnung")
    assert w.current_candidate().concern.id != "residence-law"
    assert w.typed_text() == "Wohnung"


@pytest.mark.gui
def test_language_switch_renames_the_buttons(desk):
    w = desk.window
    w.set_ui_language("en")
    assert w.frequent_bar.buttons()[0].text() == "Residence law (3)" or w.frequent_bar.buttons()[0].text().endswith("(3)")
    assert w.frequent_bar.caption.text().startswith("Frequent")
