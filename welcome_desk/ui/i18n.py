"""Interface language: Qt translators for the app's and Qt's own strings, and language names.

Source strings are English; ``resources/translations/welcome_desk_<lang>.qm``
holds the translations (made from the ``.ts`` file with ``pyside6-lrelease``).
If a ``.qm`` file is missing but its ``.ts`` is there, the ``.ts`` is read
directly, so a checkout without compiled files still shows German.

Switching at run time installs the new translators; Qt then sends every widget a
``LanguageChange`` event, on which the widgets call their ``retranslate()``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from welcome_desk.core.paths import resource

log = logging.getLogger(__name__)

UI_LANGUAGES = ("de", "en")
SOURCE_LANGUAGE = "en"  # the language the strings are written in
FALLBACK_VISITOR_LANGUAGES = ("de", "en")
# Each interface language named in its own language: never translated, so a reader finds their own.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


def translations_dir() -> Path | None:
    try:
        return resource("translations")
    except FileNotFoundError:
        return None


class TsTranslator(QTranslator):
    """Reads a Qt Linguist ``.ts`` file directly (used only when no ``.qm`` is there)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        import xml.etree.ElementTree as ET  # only without a .qm (a checkout before lrelease)

        self._table: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if node.text:
                    self._table[(name, source)] = node.text

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 (Qt override)
        return self._table.get((context, source_text), "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return not self._table


def _app_translator(lang: str) -> QTranslator | None:
    folder = translations_dir()
    if folder is None:
        return None
    qm = folder / f"welcome_desk_{lang}.qm"
    if qm.is_file():
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s", qm)
    ts = folder / f"welcome_desk_{lang}.ts"
    if ts.is_file():
        from xml.etree.ElementTree import ParseError

        try:
            return TsTranslator(ts)
        except (OSError, ParseError) as exc:
            log.warning("could not read %s: %s", ts, exc)
    return None


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (dialog buttons, print preview) in ``lang``."""
    translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", qt_dir):
        return translator
    return None


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, lang: str) -> str:
        """Switch the interface to ``lang`` (de or en); returns the language in use."""
        if lang not in UI_LANGUAGES:
            lang = UI_LANGUAGES[0]
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if lang != SOURCE_LANGUAGE:
            for translator in (_qt_translator(lang), _app_translator(lang)):
                if translator is not None:
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
        QLocale.setDefault(ui_locale(lang))
        self.language = lang
        return lang


def ui_locale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany) if lang == "de" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom
    )


def visitor_languages() -> list[tuple[str, str]]:
    """(code, name in its own script) of every language a slip can be printed in."""
    try:
        from welcome_desk.slips.phrases import language_names, supported_languages

        codes = list(supported_languages())
        names = dict(language_names())
    except (ImportError, OSError, ValueError, KeyError):
        codes = list(FALLBACK_VISITOR_LANGUAGES)
        names = {}
    for code in FALLBACK_VISITOR_LANGUAGES:
        if code not in codes:
            codes.append(code)
    return [(code, names.get(code) or native_language_name(code)) for code in codes]


def native_language_name(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
