"""Normalising what reception types, so spelling variants meet the catalogue's words.

``fold`` makes one comparable form of a text:

* case folds (Turkish dotted ``İ`` and dotless ``ı`` both become ``i``);
* German umlauts and ß become ae/oe/ue/ss (so "Verlaengerung" meets "Verlängerung";
  :func:`fold_plain` is the variant that drops the dots instead, "Verlangerung");
* other Latin diacritics are dropped (ç, ş, ğ, é …);
* Arabic script: alef/hamza forms, ya/alef maqsura/Farsi ye, kaf/keheh, ta marbuta and
  heh variants fold to one form; tatweel, harakat and the zero-width non-joiner go;
  Arabic-Indic digits become 0-9;
* Cyrillic: ё/е, й/и, and the Ukrainian і/ї/є/ґ meet the Russian и/е/г (ы, э and ъ too),
  so Russian and Ukrainian spellings of a shared word meet;
* apostrophes inside words vanish ("сім'я", "Almanya'da", "citizen's").

Anything that is not a letter or digit separates words. :func:`stem` is a light,
script-aware suffix stripper used only for matching (never shown to anyone).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_GERMAN_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ẞ": "ss"})
_EARLY = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i (casefold leaves it alone)
        # Arabic script
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",  # alef forms
        "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ے": "ي",  # ya / alef maqsura / Farsi ye
        "ک": "ك", "ڪ": "ك",  # kaf / keheh
        "ة": "ه", "ۀ": "ه", "ھ": "ه", "ہ": "ه", "ە": "ه",  # ta marbuta, heh forms
        "ؤ": "و", "ئ": "ي",  # hamza carriers
        "ء": None,  # lone hamza
        "ـ": None,  # tatweel
        "\u200c": " ",  # zero-width non-joiner (Farsi) separates parts
        "\u200d": None, "\u200b": None, "\u00ad": None,  # joiners, soft hyphen
        # apostrophes inside words
        "'": None, "’": None, "ʼ": None, "‘": None, "`": None, "´": None,
    }
)
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}})
# After the marks are gone: Ukrainian/Belarusian letters and hard/soft variants meet Russian ones.
_CYRILLIC = str.maketrans({"і": "и", "ї": "и", "ы": "и", "є": "е", "э": "е", "ґ": "г", "ъ": "ь", "ў": "у"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class _MarksAndCyrillic(dict):
    """A ``str.translate`` table for the decomposed text: combining marks go, Cyrillic letters meet.

    Filled as characters are met (the Cyrillic letters are there from the start; ї and ў
    arrive decomposed, as і and у with their marks).
    """

    LIMIT = 20_000  # characters remembered (hostile text must not grow it without end)

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        if len(self) < self.LIMIT:
            self[code] = value
        return value


# German letters, Arabic-script forms, apostrophes and digits in one pass (no table's
# output is another's input); marks and Cyrillic letters in a second one.
_BEFORE = {**_DIGITS, **_EARLY, **_GERMAN}
_BEFORE_PLAIN = {**_DIGITS, **_EARLY, **_GERMAN_PLAIN}
_AFTER = _MarksAndCyrillic(_CYRILLIC)


def _fold(text: str, before: dict[int, str]) -> str:
    if text.isascii():  # most keywords and keystrokes: only case and apostrophes to fold
        return text.lower().translate(_EARLY)
    text = unicodedata.normalize("NFKC", text).casefold().translate(before)
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text).translate(_AFTER))


def fold(text: str) -> str:
    """Case-, accent- and script-variant-folded form of ``text``."""
    return _fold(text, _BEFORE)


def fold_plain(text: str) -> str:
    """Like :func:`fold`, but umlauts lose their dots (ä → a) instead of becoming ae."""
    return _fold(text, _BEFORE_PLAIN)


# Latin letters that look like Cyrillic ones, for words typed with a mixed keyboard layout.
_LATIN_TO_CYRILLIC = str.maketrans("aeopcxyikmt", "аеорсхуикмт")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[a-z]")


def _fix_mixed_script(word: str) -> str:
    if _CYR.search(word) and _LAT.search(word):
        return word.translate(_LATIN_TO_CYRILLIC)
    return word


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return [_fix_mixed_script(w) for w in _WORD.findall(fold(text))]


def words_plain(text: str) -> list[str]:
    """The words of ``text`` folded with :func:`fold_plain`."""
    return [_fix_mixed_script(w) for w in _WORD.findall(fold_plain(text))]


# --------------------------------------------------------------------------- stemming

_ARABIC_RANGE = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC_RANGE = _CYR

# Arabic definite article, also after the particles wa-, bi-, fa-, ka- and li- (لل).
_ARABIC_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
# Plural and possessive endings (Arabic and Persian); one-letter ones only on longer words.
_ARABIC_SUFFIXES = ("هايي", "هاي", "ها", "ات", "ين", "ون", "ان", "مان", "تان", "شان", "نا", "كم", "هم", "وني", "ني")
_ARABIC_SHORT_SUFFIXES = ("ي", "ك", "م", "ش")
_CYRILLIC_SUFFIXES = tuple(
    sorted(
        {
            fold(s)
            for s in (
                "ировать", "ировал", "ированн", "ируют", "ирует", "ирую", "ують", "юють", "ация", "яция",
                "ації", "ацію", "ацией", "ования", "ування", "ениями", "ениям", "ением", "ения", "ение", "ання", "ення", "іння",
                "остью", "ость", "ости", "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми", "ться", "тися",
                "тись", "ешь", "ишь", "ают", "яют", "ует", "ить", "ать", "ять", "еть", "уть", "ыть", "ити",
                "ати", "яти", "ти", "ть", "их", "ых", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые",
                "ие", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ів", "ою", "ею", "ої",
                "ла", "ло", "ли", "ся", "сь", "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "і", "ї", "й",
            )
        },
        key=len,
        reverse=True,
    )
)
# German, English and Turkish endings share the Latin script; one light list serves all three.
_LATIN_SUFFIXES = tuple(
    sorted(
        {
            fold(s)
            for s in (
                "ungen", "ung", "ern", "en", "er", "es", "em", "e", "n", "s", "t",  # de
                "ations", "ation", "ings", "ing", "ed", "al",  # en
                "ları", "leri", "lar", "ler", "ımı", "imi", "umu", "ümü", "sını", "sini", "dan", "den", "tan",
                "ten", "mak", "mek", "ım", "im", "um", "üm", "ın", "in", "un", "ün", "ı", "i", "u", "ü", "a",
                "mı", "mi", "nı", "ni", "yı", "yi", "sı", "si", "da", "de", "ta", "te", "ya", "ye",  # tr
            )
        },
        key=len,
        reverse=True,
    )
)


def strip_article(word: str) -> str:
    """An Arabic word without its definite article (الإقامة → اقامه); other words unchanged."""
    if word[:1] in "وبفكلا":
        for prefix in _ARABIC_ARTICLES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                return word[len(prefix):]
    return word


# Suffixes grouped by length: (length, {suffix: its place in the list}), shortest first.
Suffixes = tuple[tuple[int, dict[str, int]], ...]
_NO_PLACE = 1 << 30


def _by_length(suffixes: tuple[str, ...]) -> Suffixes:
    """Per suffix length: each suffix with its place in ``suffixes`` (the first place wins)."""
    groups: dict[int, dict[str, int]] = {}
    for i, suffix in enumerate(suffixes):
        groups.setdefault(len(suffix), {}).setdefault(suffix, i)
    return tuple(sorted(groups.items()))


_ARABIC_ENDINGS = _by_length(_ARABIC_SUFFIXES)
_ARABIC_SHORT_ENDINGS = _by_length(_ARABIC_SHORT_SUFFIXES)
_ARABIC_T_ENDINGS = _by_length(("ه", "ت"))
_CYRILLIC_ENDINGS = _by_length(_CYRILLIC_SUFFIXES)
_LATIN_ENDINGS = _by_length(_LATIN_SUFFIXES)


def _strip(word: str, suffixes: Suffixes, min_stem: int, rounds: int) -> str:
    """Up to ``rounds`` times, remove the first suffix (in its list's order) the word ends in that
    leaves ``min_stem`` letters; looks up the word's last n letters per suffix length.
    """
    for _ in range(rounds):
        first, cut = _NO_PLACE, 0
        for n, places in suffixes:
            if len(word) - n < min_stem:
                break  # longer suffixes would leave even less
            place = places.get(word[-n:], first)
            if place < first:
                first, cut = place, n
        if not cut:
            break
        word = word[:-cut]
    return word


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light stem of a folded word, so inflected forms meet (визу/виза, verlängern/Verlängerung).

    Deliberately crude: it only has to make forms of one word collide more often
    than forms of different words.
    """
    if len(word) < 3 or word.isdigit():
        return word
    if _ARABIC_RANGE.search(word):
        word = strip_article(word)
        before = word
        word = _strip(word, _ARABIC_ENDINGS, 3, 1)
        if word == before:
            word = _strip(word, _ARABIC_SHORT_ENDINGS, 4, 1)
        # ta marbuta (folded to ه) and the Persian t-ending: اقامه / اقامت / اقامتي meet
        return _strip(word, _ARABIC_T_ENDINGS, 3, 1)
    if _CYRILLIC_RANGE.search(word):
        return _strip(word, _CYRILLIC_ENDINGS, 3, 2)
    return _strip(word, _LATIN_ENDINGS, 4, 2)


def script(word: str) -> str:
    """'arabic', 'cyrillic' or 'latin' (the default) for a folded word."""
    if _ARABIC_RANGE.search(word):
        return "arabic"
    if _CYRILLIC_RANGE.search(word):
        return "cyrillic"
    return "latin"
