"""Dates, times and numbers as the interface language writes them — the one place the UI formats them.

German (de_DE): "Mo., 23.11.2026", "09:05", "1.234"; English (en_GB): "Mon 23/11/2026",
"09:05", "1,234". Times are 24-hour in both. Weekday names come from Qt's locale data.
``lang`` may be left out: then the default locale decides, which
:meth:`welcome_desk.ui.i18n.Translations.install` sets with the interface language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

# (weekday + date, weekday + day and month, long day) per interface language
DATE_FORMATS = {
    "de": ("ddd, dd.MM.yyyy", "ddd, dd.MM.", "dddd, dd.MM.yyyy"),
    "en": ("ddd dd/MM/yyyy", "ddd dd/MM", "dddd, dd/MM/yyyy"),
}
TIME_FORMAT = "HH:mm"


def locale_for(lang: str | None = None) -> QLocale:
    code = language(lang)
    if code == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def language(lang: str | None = None) -> str:
    """The interface language: ``lang`` if given (de or en), else that of the default locale."""
    if lang in DATE_FORMATS:
        return lang  # type: ignore[return-value]
    if lang is None and QLocale().language() == QLocale.Language.English:
        return "en"
    return "de"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date, lang: str | None = None) -> str:
    """Weekday and date: "Mo., 23.11.2026" / "Mon 23/11/2026"."""
    return locale_for(lang).toString(_qdate(day), DATE_FORMATS[language(lang)][0])


def format_day_month(day: dt.date, lang: str | None = None) -> str:
    """Weekday, day and month: "Di., 24.11." / "Tue 24/11"."""
    return locale_for(lang).toString(_qdate(day), DATE_FORMATS[language(lang)][1])


def format_day_long(day: dt.date, lang: str | None = None) -> str:
    """The full weekday and date: "Montag, 23.11.2026" / "Monday, 23/11/2026"."""
    return locale_for(lang).toString(_qdate(day), DATE_FORMATS[language(lang)][2])


def format_time(moment: dt.datetime | dt.time, lang: str | None = None) -> str:
    """24-hour time: "09:05"."""
    return locale_for(lang).toString(QTime(moment.hour, moment.minute), TIME_FORMAT)


def format_datetime(moment: dt.datetime, lang: str | None = None) -> str:
    """"Mo., 23.11.2026, 09:05" / "Mon 23/11/2026, 09:05"."""
    return f"{format_date(moment.date(), lang)}, {format_time(moment, lang)}"


def format_number(value: int | float, lang: str | None = None, decimals: int = 0) -> str:
    """Grouped digits and the decimal sign of the language: "1.234,5" / "1,234.5"."""
    loc = locale_for(lang)
    if decimals == 0 and float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", decimals)

