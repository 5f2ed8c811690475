"""The languages Welcome Desk speaks with visitors: one list, used everywhere.

Routing vocabulary, clarifying questions, slips, the centre editor, the schema tests
and language identification all take their languages from here. Each language is
named in its own script (so a visitor finds it), in German and in English (so
reception finds it by typing "arab" or "Paschtu"); ``direction`` says how it is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from welcome_desk.core.textnorm import fold


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 where there is one
    native: str
    german: str
    english: str
    direction: str = "ltr"
    aliases: tuple[str, ...] = ()  # other names reception may type (Dari, Kurmancî, Farsi …)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


LANGUAGES: tuple[Language, ...] = (
    Language("de", "Deutsch", "Deutsch", "German"),
    Language("en", "English", "Englisch", "English"),
    Language("ar", "العربية", "Arabisch", "Arabic", "rtl"),
    Language("fa", "فارسی / دری", "Persisch (Farsi, Dari)", "Persian (Farsi, Dari)", "rtl", ("Farsi", "Dari", "Afghanisch")),
    Language("tr", "Türkçe", "Türkisch", "Turkish"),
    Language("uk", "Українська", "Ukrainisch", "Ukrainian"),
    Language("ru", "Русский", "Russisch", "Russian"),
    Language("fr", "Français", "Französisch", "French"),
    Language("ti", "ትግርኛ", "Tigrinya", "Tigrinya", "ltr", ("Tigrinisch", "Eritreisch")),
    Language("ku", "Kurdî (Kurmancî)", "Kurdisch (Kurmandschi)", "Kurdish (Kurmanji)", "ltr", ("Kurmanji", "Kurmancî")),
    Language("ps", "پښتو", "Paschtu", "Pashto", "rtl", ("Pashtu", "Paschto")),
    Language("so", "Soomaali", "Somali", "Somali", "ltr", ("Somalisch",)),
    Language("ro", "Română", "Rumänisch", "Romanian"),
    Language("bg", "Български", "Bulgarisch", "Bulgarian"),
    Language("pl", "Polski", "Polnisch", "Polish"),
    Language("sq", "Shqip", "Albanisch", "Albanian"),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


def language(code: str) -> Language | None:
    return _BY_CODE.get(code.split("-")[0])


def find_languages(typed: str, codes: tuple[str, ...] | list[str] = CODES) -> list[str]:
    """Codes whose native, German or English name (or an alias or the code) begins with ``typed``.

    "arab" → ar, "pasch" → ps, "dari" → fa, "рус" → ru; names beginning with it come
    before names merely containing it.
    """
    key = fold(typed.strip())
    if not key:
        return list(codes)
    starts: list[str] = []
    inside: list[str] = []
    for code in codes:
        lang = _BY_CODE.get(code)
        names = [code] if lang is None else [code, lang.native, lang.german, lang.english, *lang.aliases]
        folded = [fold(n) for n in names]
        words = [w for n in folded for w in n.replace("(", " ").replace(")", " ").replace("/", " ").split()]
        if any(n.startswith(key) for n in folded) or any(w.startswith(key) for w in words):
            starts.append(code)
        elif len(key) >= 3 and any(key in n for n in folded):
            inside.append(code)
    return starts + inside
