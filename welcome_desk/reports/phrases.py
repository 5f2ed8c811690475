"""The words on report PDFs and export headers, in German and English.

Reports are documents (a day list on paper, an indicator report sent to the
county), so they carry their own wording in the language the caller picks,
independent of Qt. Unknown languages fall back to German.
"""

from __future__ import annotations

LANGS = ("de", "en")

_TEXT: dict[str, tuple[str, str]] = {
    # key: (German, English)
    "day_list": ("Tagesliste", "Day list"),
    "log": ("Besuchsprotokoll", "Visit log"),
    "monthly_report": ("Monatsbericht", "Monthly report"),
    "monthly_subtitle": ("Kennzahlen zum Integrationsmonitoring", "Indicators for integration monitoring"),
    "page_of": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "created": ("Erstellt {when}", "Created {when}"),
    "filters": ("Filter", "Filters"),
    "no_filters": ("keine (alle Einträge)", "none (all entries)"),
    "period": ("Zeitraum", "Period"),
    "date": ("Datum", "Date"),
    "time": ("Zeit", "Time"),
    "ticket": ("Nummer", "Ticket"),
    "kind": ("Art", "Type"),
    "unit": ("Stelle", "Unit"),
    "concern": ("Anliegen", "Concern"),
    "language": ("Sprache", "Language"),
    "status": ("Status", "Status"),
    "staff": ("Mitarbeitende", "Staff"),
    "visits": ("Besuche", "Visits"),
    "walk_ins": ("Ohne Termin", "Walk-ins"),
    "appointments": ("Termine", "Appointments"),
    "no_shows": ("Nicht erschienen", "No-shows"),
    "no_show_rate": ("Nichterscheinensquote", "No-show rate"),
    "no_show_rate_short": ("No-Show-\nQuote", "No-show\nrate"),  # a table header on two lines
    "cancelled_count": ("Abgesagt", "Cancelled"),
    "wait_median": ("Wartezeit Median", "Waiting time median"),
    "wait_p90": ("Wartezeit 90. Perzentil", "Waiting time 90th percentile"),
    "service_median": ("Beratungsdauer Median", "Service time median"),
    "busiest_hours": ("Stärkste Stunden", "Busiest hours"),
    "minutes": ("{value} Min.", "{value} min"),
    "none": ("—", "—"),
    "no_entries": ("Keine Einträge für diese Auswahl.", "No entries for this selection."),
    "figures": ("Kennzahlen", "Figures"),
    "share": ("Anteil", "Share"),
    "count": ("Anzahl", "Count"),
    "by_concern": ("Besuche nach Anliegen", "Visits by concern"),
    "by_unit": ("Besuche nach Stelle", "Visits by unit"),
    "by_language": ("Besuche nach Sprache", "Visits by language"),
    "by_hour": ("Besuche nach Uhrzeit", "Visits by hour of day"),
    "by_week": ("Besuche je Kalenderwoche", "Visits per calendar week"),
    "by_month": ("Besuche der letzten 12 Monate", "Visits over the last 12 months"),
    "months_table": ("Entwicklung über 12 Monate", "Trend over 12 months"),
    "month": ("Monat", "Month"),
    "total_12": ("Summe 12 Monate", "Total 12 months"),
    "week": ("KW", "Week"),
    "week_label": ("KW {week}", "Wk {week}"),
    "hour": ("Uhrzeit", "Hour"),
    "hour_label": ("{hour} Uhr", "{hour}:00"),
    "other": ("Sonstige", "Other"),
    "no_concern": ("(kein Anliegen)", "(no concern)"),
    "waiting_times": ("Wartezeiten", "Waiting times"),
    "measured": ("gemessen bei {n} Besuchen (Ankunft bis Aufruf)", "measured on {n} visits (arrival to call)"),
    "walk_in_vs_appointment": ("Ohne Termin / mit Termin", "Walk-ins / appointments"),
    "notes": ("Hinweise", "Notes"),
    "method": (
        "Besuche zählen alle erfassten Einträge einschließlich abgesagter Termine. "
        "Die Nichterscheinensquote bezieht sich auf nicht abgesagte Termine. "
        "Wartezeit: von der Ankunft bis zum Aufruf. Der Bericht enthält keine personenbezogenen Daten.",
        "Visits count every entry including cancelled appointments. The no-show rate is "
        "among appointments that were not cancelled. Waiting time: from arrival to call. "
        "The report contains no personal data.",
    ),
    "personal_included": ("Enthält personenbezogene Daten", "Contains personal data"),
    "walk_in": ("Ohne Termin", "Walk-in"),
    "appointment": ("Termin", "Appointment"),
    "booked": ("Gebucht", "Booked"),
    "arrived": ("Wartet", "Waiting"),
    "called": ("Aufgerufen", "Called"),
    "in_service": ("In Beratung", "In service"),
    "done": ("Erledigt", "Done"),
    "no_show": ("Nicht erschienen", "No-show"),
    "cancelled": ("Abgesagt", "Cancelled"),
    "referred": ("Weitergeleitet", "Referred"),
}

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
    "it": ("Italienisch", "Italian"),
}


def language_name(code: str, lang: str) -> str:
    """A visitor language in the report's language, with its code (e.g. "Arabisch (ar)")."""
    names = LANGUAGE_NAMES.get(code)
    return f"{names[1 if lang == 'en' else 0]} ({code})" if names else code
