"""Dates, times and numbers follow the interface language; the UI formats them in one place."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale  # noqa: E402

from welcome_desk.ui import locale_format as lf  # noqa: E402

UI = Path(__file__).resolve().parents[2] / "welcome_desk" / "ui"
MONDAY = dt.datetime(2026, 11, 23, 9, 5)


def test_german_and_english_dates_times_numbers():
    assert lf.format_date(MONDAY.date(), "de") == "Mo., 23.11.2026"
    assert lf.format_date(MONDAY.date(), "en") == "Mon 23/11/2026"
    assert lf.format_day_month(MONDAY.date(), "de") == "Mo., 23.11."
    assert lf.format_day_month(MONDAY.date(), "en") == "Mon 23/11"
    assert lf.format_day_long(MONDAY.date(), "de") == "Montag, 23.11.2026"
    assert lf.format_day_long(MONDAY.date(), "en") == "Monday, 23/11/2026"
    assert lf.format_time(MONDAY, "de") == lf.format_time(MONDAY, "en") == "09:05"
    assert lf.format_time(dt.datetime(2026, 11, 23, 17, 30), "en") == "17:30"  # 24 h in English too
    assert lf.format_datetime(MONDAY, "de") == "Mo., 23.11.2026, 09:05"
    assert lf.format_number(12345, "de") == "12.345"
    assert lf.format_number(12345, "en") == "12,345"
    assert lf.format_number(1234.5, "de", 1) == "1.234,5"


def test_default_language_follows_the_installed_locale():
    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert lf.format_date(MONDAY.date()) == "Mon 23/11/2026"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert lf.format_date(MONDAY.date()) == "Mo., 23.11.2026"
    finally:
        QLocale.setDefault(old)


def test_booking_error_dates_follow_the_locale():
    from welcome_desk.core.booking import BookingError
    from welcome_desk.ui.messages import booking_error_text

    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        text = booking_error_text(BookingError("in_past", "in the past", at=MONDAY))
        assert "Mon 23/11/2026, 09:05" in text
    finally:
        QLocale.setDefault(old)


def _date_formatting_by_hand(tree: ast.AST) -> list[int]:
    """Lines with strftime(...) or an f-string date/time spec like {x:%H:%M}."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strftime":
            lines.append(node.lineno)
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = "".join(v.value for v in node.format_spec.values if isinstance(v, ast.Constant))
            if "%" in spec:
                lines.append(node.lineno)
    return lines


def test_no_date_formatting_by_hand_in_the_ui():
    offenders = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name == "locale_format.py":
            continue
        lines = _date_formatting_by_hand(ast.parse(path.read_text("utf-8")))
        if lines:
            offenders[str(path.relative_to(UI))] = lines
    assert offenders == {}, "format dates and times with welcome_desk.ui.locale_format"


@pytest.mark.gui
@pytest.mark.parametrize("lang,day", [("de", "Mo., 23.11.2026"), ("en", "Mon 23/11/2026")])
def test_appointment_dialog_and_ticket_card_follow_the_language(qtbot, workspace, lang, day):
    pytest.importorskip("pytestqt")
    from gui_desk import Desk
    from welcome_desk.core.settings import Settings

    seen = {}

    def on_dialog(dialog):
        if type(dialog).__name__ == "AppointmentDialog":
            seen["first_day"] = dialog.days.item(0).text()
            seen["first_slot"] = dialog.slots.item(0).text()
            dialog.book_selected()
            return 1
        return 1

    d = Desk(qtbot, workspace, settings=Settings(ui_language=lang), on_dialog=on_dialog)
    try:
        qtbot.keyClicks(d.window.intake, "Visum")
        entry = d.window.open_appointment_dialog()
        assert entry is not None
        assert day in seen["first_day"]
        assert seen["first_slot"].startswith("09:15")
        assert f"{day} " in d.window.ticket_card.when.text() or day in d.window.ticket_card.when.text()
        assert d.window.day_log.label.text().count("2026") == 1
    finally:
        d.close()
