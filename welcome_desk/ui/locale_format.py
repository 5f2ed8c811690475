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
# (day.month.year, month.year) without a weekday, for tables and date fields
SHORT_FORMATS = {
    "de": ("dd.MM.yyyy", "MM.yyyy"),
    "en": ("dd/MM/yyyy", "MM/yyyy"),
}
TIME_FORMAT = "HH:mm"
TIME_FORMAT_SECONDS = "HH:mm:ss"


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


def format_short_date(day: dt.date, lang: str | None = None) -> str:
    """The date without a weekday, for tables: "23.11.2026" / "23/11/2026"."""
    return locale_for(lang).toString(_qdate(day), SHORT_FORMATS[language(lang)][0])


def date_edit_format(lang: str | None = None, *, month_only: bool = False) -> str:
    """A QDateEdit display format in the language's order: "dd.MM.yyyy" / "dd/MM/yyyy" ("MM.yyyy" / "MM/yyyy")."""
    return SHORT_FORMATS[language(lang)][1 if month_only else 0]


def format_time(moment: dt.datetime | dt.time, lang: str | None = None, *, seconds: bool = False) -> str:
    """24-hour time: "09:05" (with ``seconds``: "09:05:30")."""
    if seconds:
        return locale_for(lang).toString(QTime(moment.hour, moment.minute, moment.second), TIME_FORMAT_SECONDS)
    return locale_for(lang).toString(QTime(moment.hour, moment.minute), TIME_FORMAT)


def format_datetime(moment: dt.datetime, lang: str | None = None) -> str:
    """"Mo., 23.11.2026, 09:05" / "Mon 23/11/2026, 09:05"."""
    return f"{format_date(moment.date(), lang)}, {format_time(moment, lang)}"


def format_short_datetime(moment: dt.datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """Date without a weekday and time, for tables: "23.11.2026 09:05" / "23/11/2026 09:05"."""
    return f"{format_short_date(moment.date(), lang)} {format_time(moment, lang, seconds=seconds)}"


def format_number(value: int | float, lang: str | None = None, decimals: int = 0) -> str:
    """Grouped digits and the decimal sign of the language: "1.234,5" / "1,234.5"."""
    loc = locale_for(lang)
    if decimals == 0 and float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", decimals)

