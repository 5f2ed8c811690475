"""Normalising what reception types, so spelling variants meet the catalogue's words.

German umlauts and ß fold to ae/oe/ue/ss (so "Verlaengerung" meets "Verlängerung"),
other Latin diacritics are dropped, Arabic-script variants (alef/hamza forms,
ya/kaf variants, tatweel, harakat) fold to one form, case folds, and anything
that is not a letter or digit separates words.
"""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_ARABIC = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # alef forms
        "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي",  # ya / alef maqsura / Farsi ya
        "ک": "ك", "ڪ": "ك",  # kaf variants
        "ة": "ه",  # ta marbuta
        "ؤ": "و", "ئ": "ي",  # hamza carriers
        "ـ": None,  # tatweel
        "\u200c": " ",  # zero-width non-joiner (Farsi) separates parts
    }
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Case-, accent- and script-variant-folded form of ``text``."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_GERMAN).translate(_ARABIC)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Cyrillic й and ё lose their marks above; that is the variant people type anyway.
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return _WORD.findall(fold(text))
