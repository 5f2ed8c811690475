"""Which language a visitor's words are in, offline, from a few words.

Uses py3langid (a maintained fork of langid.py; its naive-Bayes model ships inside
the package, nothing is fetched). The model is restricted to the sixteen visitor
languages plus the other languages most often heard at a German welcome centre, so
that a language Welcome Desk does not cover is *named* instead of mistaken for a
neighbour. Ethiopic script is read as Tigrinya without asking the model (it knows
only Amharic, and Tigrinya is the Ethiopic-script language of Gießen's visitors).

Loading the model takes about half a second, so :class:`LanguageGuesser` loads it
in a background thread and answers ``None`` until it is ready; a guess then costs
well under a millisecond. The desk defers even that (``defer=True``, then :meth:`start`) until
its start is over or reception types: the half second of loading would otherwise compete with
the desk being built and the first keys being routed.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Iterable

from welcome_desk.core.languages import CODES

# Languages the model may answer besides the sixteen, so an uncovered one is named.
OTHERS = ("es", "it", "pt", "nl", "el", "hu", "cs", "sk", "sr", "hr", "ur", "hi", "sw", "am", "uz", "az", "ka", "hy", "vi")
NAMES_DE = {
    "es": "Spanisch", "it": "Italienisch", "pt": "Portugiesisch", "nl": "Niederländisch", "el": "Griechisch",
    "hu": "Ungarisch", "cs": "Tschechisch", "sk": "Slowakisch", "sr": "Serbisch", "hr": "Kroatisch",
    "ur": "Urdu", "hi": "Hindi", "sw": "Swahili", "am": "Amharisch", "uz": "Usbekisch", "az": "Aserbaidschanisch",
    "ka": "Georgisch", "hy": "Armenisch", "vi": "Vietnamesisch",
}
MIN_LETTERS = 6  # fewer letters say too little about a language
MIN_CONFIDENCE = 0.5
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
# Letters only one of the languages sharing a script uses: the model is unsure on a few words
# between Pashto and Persian or between Russian and Ukrainian; these letters are not.
_LETTER_HINTS = (
    (re.compile(r"[ټډړږښګڼۍېځڅ]"), "ps"),
    (re.compile(r"(?:^|\s)(?:زما|زه|کول|شوه|لپاره)(?:\s|$)"), "ps"),  # Pashto's "my", "I", "to do", "became", "for"
    (re.compile(r"[іїєґІЇЄҐ]"), "uk"),
    (re.compile(r"[ыэёЫЭЁ]"), "ru"),
)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    confidence: float
    covered: bool  # one of the languages a slip and the questions can be given in


class LanguageGuesser:
    """Guesses the language of typed text; thread-safe, loads its model once in the background."""

    def __init__(self, covered: Iterable[str] = CODES, background: bool = True, *, defer: bool = False) -> None:
        """``background``: load in a thread (else now); ``defer``: only at :meth:`start` (or :meth:`wait_ready`)."""
        self.covered = frozenset(covered)
        self._identifier = None
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._started = False
        if not background:
            self._started = True
            self._load()
        elif not defer:
            self.start()

    def start(self) -> None:
        """Begin loading the model in a background thread (once)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._load, name="langid-load", daemon=True).start()

    def _load(self) -> None:
        try:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            known = set(identifier.nb_classes)
            identifier.set_languages(sorted((set(CODES) | set(OTHERS)) & known))
            self._identifier = identifier
        except (ImportError, OSError, ValueError):  # no model: guesses are simply not offered
            self._identifier = None
        finally:
            self._ready.set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        self.start()
        return self._ready.wait(timeout)

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def guess(self, text: str) -> LanguageGuess | None:
        """The language of ``text`` if it is clear enough, else None (too short, mixed, not loaded)."""
        text = text[:300]
        if len(_LETTER.findall(text)) < MIN_LETTERS and not _ETHIOPIC.search(text):
            return None
        if _ETHIOPIC.search(text):
            return LanguageGuess("ti", 1.0, "ti" in self.covered)
        for pattern, code in _LETTER_HINTS:
            if pattern.search(text):
                return LanguageGuess(code, 0.95, code in self.covered)
        if not self._ready.is_set() or self._identifier is None:
            return None
        with self._lock:  # the identifier keeps no state per call, but be safe across desks' threads
            code, confidence = self._identifier.classify(text)
        if confidence < MIN_CONFIDENCE:
            return None
        return LanguageGuess(code, float(confidence), code in self.covered)


def language_name_de(code: str) -> str:
    """A language's German name, for the note about an uncovered language."""
    from welcome_desk.core.languages import language

    lang = language(code)
    return lang.german if lang else NAMES_DE.get(code, code)
