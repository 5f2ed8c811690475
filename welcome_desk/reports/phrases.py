"""The words on report PDFs and export headers, in German and English.

Reports are documents (a day list on paper, an indicator report sent to the
county), so they carry their own wording in the language the caller picks,
independent of Qt. Unknown languages fall back to German.
"""

from __future__ import annotations

import json

from welcome_desk.core.paths import resource

LANGS = ("de", "en")

def _load_terms() -> dict[str, tuple[str, str]]:
    """The glossary (resources/report_terms.json): one word per idea, in German and English."""
    data = json.loads(resource("report_terms.json").read_text(encoding="utf-8"))
    return {key: (value["de"], value["en"]) for key, value in data["terms"].items()}


_TEXT: dict[str, tuple[str, str]] = _load_terms()

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}
MONTHS_SHORT = {
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"reports are written in German or English (de, en), not {lang!r}")
    return lang


def t(key: str, lang: str, **values: object) -> str:
    de, en = _TEXT[key]
    text = en if lang == "en" else de
    return text.format(**values) if values else text


def label(code: str, lang: str) -> str:
    """A status or kind code in words (the code itself if unknown)."""
    return t(code, lang) if code in _TEXT else code


def month_name(month: int, lang: str, short: bool = False) -> str:
    table = MONTHS_SHORT if short else MONTHS
    return table["en" if lang == "en" else "de"][month - 1]


def date_text(day, lang: str) -> str:
    return day.strftime("%Y-%m-%d") if lang == "en" else day.strftime("%d.%m.%Y")


def number(value: float | int, lang: str, digits: int = 0) -> str:
    text = f"{value:,.{digits}f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    return number(value * 100, lang, 1) + ("\u00a0%" if lang == "de" else "%")


def minutes(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    return t("minutes", lang, value=number(value, lang, 0 if value >= 10 else 1))


def hours_text(hours: list[int], lang: str) -> str:
    """Hours of the day, e.g. "09, 13, 11 Uhr" or "09:00, 13:00, 11:00"."""
    if not hours:
        return "—"
    if lang == "en":
        return ", ".join(f"{h:02d}:00" for h in hours)
    return ", ".join(f"{h:02d}" for h in hours) + " Uhr"


LANGUAGE_NAMES = {
    # code: (German, English)
    "de": ("Deutsch", "German"),
    "en": ("Englisch", "English"),
    "ar": ("Arabisch", "Arabic"),
    "fa": ("Persisch (Farsi/Dari)", "Persian (Farsi/Dari)"),
    "tr": ("Türkisch", "Turkish"),
    "uk": ("Ukrainisch", "Ukrainian"),
    "ru": ("Russisch", "Russian"),
    "fr": ("Französisch", "French"),
    "ti": ("Tigrinya", "Tigrinya"),
    "ro": ("Rumänisch", "Romanian"),
    "bg": ("Bulgarisch", "Bulgarian"),
    "pl": ("Polnisch", "Polish"),
    "ku": ("Kurdisch", "Kurdish"),
    "ps": ("Paschtu", "Pashto"),
    "so": ("Somali", "Somali"),
    "sq": ("Albanisch", "Albanian"),
    "es": ("Spanisch", "Spanish"),
    "ur": ("Urdu", "Urdu"),
    "hi": ("Hindi", "Hindi"),
    "sr": ("Serbisch", "Serbian"),
    "hr": ("Kroatisch", "Croatian"),
    "bs": ("Bosnisch", "Bosnian"),
    "el": ("Griechisch", "Greek"),
    "hu": ("Ungarisch", "Hungarian"),
    "vi": ("Vietnamesisch", "Vietnamese"),
    "zh": ("Chinesisch", "Chinese"),
    "prs": ("Dari", "Dari"),
    "am": ("Amharisch", "Amharic"),
    "it": ("Italienisch", "Italian"),
}


def language_name(code: str, lang: str) -> str:
    """A visitor language named in the report's language (e.g. "Arabisch"); the code only if unknown."""
    names = LANGUAGE_NAMES.get(code)
    return names[1 if lang == "en" else 0] if names else code


WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def weekday_name(weekday: int, lang: str) -> str:
    """0 = Monday."""
    return WEEKDAYS["en" if lang == "en" else "de"][weekday]


def group_name(group: str, lang: str) -> str:
    """A concern's subject area (the centre file's ``group``) in words."""
    key = f"group_{group}" if group else "group_none"
    return t(key, lang) if key in _TEXT else group
