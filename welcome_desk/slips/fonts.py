"""Bundled fonts for slips, and turning arbitrary text into drawable runs.

Three font families are bundled (see ``resources/fonts/README.md``): DejaVu
Sans for Latin, Cyrillic and symbols, Noto Naskh Arabic for Arabic, Farsi and Pashto,
Noto Sans Ethiopic for Tigrinya. None covers everything (the Arabic and
Ethiopic fonts have no Latin digits), so text is split into runs and every run
gets the font that has its glyphs; characters no bundled font has become ``?``
instead of an empty box.

Fonts are registered with reportlab on first use (never at import time).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from welcome_desk.core.paths import resource

# face -> (regular file, bold file)
FONT_FILES: dict[str, tuple[str, str]] = {
    "latin": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "ethiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}
_PREFIX = "WelcomeDesk-"
REPLACEMENT = "?"

ZWNJ, ZWJ = "\u200c", "\u200d"
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
# Arabic glyphs look small next to DejaVu at the same point size
SIZE_FACTOR = {"latin": 1.0, "arabic": 1.15, "ethiopic": 1.1}
_BIDI_MARKS = re.compile("[\u200c\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Face:
    key: str
    regular: str  # reportlab font name
    bold: str
    coverage: frozenset[int]
    bold_coverage: frozenset[int]
    ascent: float  # per 1 pt of font size
    descent: float  # positive, per 1 pt
    factor: float = 1.0  # drawn at factor × the nominal size

    def name(self, bold: bool) -> str:
        return self.bold if bold else self.regular

    def covers(self, code: int, bold: bool) -> bool:
        return code in (self.bold_coverage if bold else self.coverage)


_lock = threading.Lock()
_faces: dict[str, Face] | None = None


def faces() -> dict[str, Face]:
    """Register the bundled fonts with reportlab (once) and describe them."""
    global _faces
    if _faces is not None:
        return _faces
    with _lock:
        if _faces is None:
            loaded: dict[str, Face] = {}
            for key, (regular_file, bold_file) in FONT_FILES.items():
                fonts = []
                for suffix, filename in (("", regular_file), ("-Bold", bold_file)):
                    name = f"{_PREFIX}{key}{suffix}"
                    # getFont() on an unknown name first searches every AFM file (~1.4 s): ask the registry
                    if name in pdfmetrics.getRegisteredFontNames():
                        font = pdfmetrics.getFont(name)
                    else:
                        font = TTFont(name, str(resource("fonts", filename)))
                        pdfmetrics.registerFont(font)
                    fonts.append(font)
                regular, bold = fonts
                loaded[key] = Face(
                    key=key,
                    regular=regular.fontName,
                    bold=bold.fontName,
                    coverage=frozenset(regular.face.charToGlyph),
                    bold_coverage=frozenset(bold.face.charToGlyph),
                    ascent=regular.face.ascent / 1000.0,
                    descent=abs(regular.face.descent) / 1000.0,
                    factor=SIZE_FACTOR.get(key, 1.0),
                )
            _faces = loaded
    return _faces


def font_names() -> list[str]:
    """All reportlab font names of the bundled fonts (regular and bold)."""
    return [name for face in faces().values() for name in (face.regular, face.bold)]


# --------------------------------------------------------------------------- scripts


_ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ETHIOPIC_RANGES = "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f"
_ARABIC_RE = re.compile(f"[{_ARABIC_RANGES}]")
_ETHIOPIC_RE = re.compile(f"[{_ETHIOPIC_RANGES}]")


def is_arabic_char(ch: str) -> bool:
    return _ARABIC_RE.match(ch) is not None


def is_ethiopic_char(ch: str) -> bool:
    return _ETHIOPIC_RE.match(ch) is not None


def has_ethiopic(text: str) -> bool:
    return _ETHIOPIC_RE.search(text) is not None


_RTL_CLASSES = {"R", "AL"}


def has_rtl(text: str) -> bool:
    """True if any character is strongly right-to-left (Arabic, Hebrew, ...)."""
    return any(
        ord(ch) >= 0x0590 and unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text
    )


def has_arabic(text: str) -> bool:
    return _ARABIC_RE.search(text) is not None


# --------------------------------------------------------------------------- cleaning


_KEEP_FORMAT = {ZWNJ, ZWJ}
_SPACE_LIKE = {"\t", "\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"}


def clean_text(text: object, limit: int | None = None) -> str:
    """Make arbitrary text safe to lay out and draw.

    Control, format (incl. bidi overrides), surrogate, private-use and
    unassigned characters are removed; line/paragraph separators and tabs
    become spaces; runs of white space collapse to one. ZWNJ/ZWJ are kept
    because Farsi needs them for shaping (they are removed after shaping).
    ``limit`` cuts the input early so huge texts cost little; a cut text ends
    in "…".
    """
    if text is None:
        return ""
    text = str(text)
    cut = False
    if limit is not None and len(text) > limit * 2 + 64:
        text, cut = text[: limit * 2 + 64], True
    out: list[str] = []
    last_space = True
    for ch in text:
        if ch in _SPACE_LIKE or unicodedata.category(ch) == "Zs":
            if not last_space:
                out.append(" ")
                last_space = True
            continue
        if ch in _KEEP_FORMAT:
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "C":  # Cc, Cf, Cs, Co, Cn
            continue
        out.append(ch)
        last_space = False
    result = "".join(out).strip()
    if limit is not None and len(result) > limit:
        result, cut = result[:limit].rstrip(), True
    if cut:
        result = result.rstrip() + "…"
    return result


def strip_marks(text: str) -> str:
    """Remove the invisible bidi/joiner marks used during layout."""
    return _BIDI_MARKS.sub("", text)


# --------------------------------------------------------------------------- runs


def _choose(ch: str, current: Face | None, bold: bool, all_faces: dict[str, Face]) -> Face | None:
    code = ord(ch)
    if is_arabic_char(ch):
        preferred = ("arabic", "latin", "ethiopic")
    elif is_ethiopic_char(ch):
        preferred = ("ethiopic", "latin", "arabic")
    else:
        cat = unicodedata.category(ch)
        # neutral characters (space, punctuation) stay in the current run's font
        if current is not None and cat[0] in "ZP" and current.covers(code, bold):
            return current
        preferred = ("latin", "arabic", "ethiopic")
    for key in preferred:
        face = all_faces[key]
        if face.covers(code, bold):
            return face
    return None


def runs(text: str, bold: bool = False) -> list[tuple[str, str, float]]:
    """Split text into (font name, text, size factor) runs, each drawable in one font.

    Characters no bundled font can draw become ``?`` (zero-width marks
    without a glyph are dropped).
    """
    return list(_runs_cached(text, bold))


def _split_runs(text: str, bold: bool) -> tuple[tuple[str, str, float], ...]:
    all_faces = faces()
    latin = all_faces["latin"]
    out: list[tuple[Face, list[str]]] = []
    current: Face | None = None
    for ch in text:
        face = _choose(ch, current, bold, all_faces)
        if face is None:
            if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
                continue
            face, ch = latin, REPLACEMENT
        if out and out[-1][0] is face:
            out[-1][1].append(ch)
        else:
            out.append((face, [ch]))
        current = face
    return tuple((face.name(bold), "".join(chars), face.factor) for face, chars in out)


_runs_cached = lru_cache(maxsize=4096)(_split_runs)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of (visual or logical) text drawn with :func:`runs`.

    Measured word by word (cached); spaces count with the widest space of the
    bundled fonts, so a measured line is never narrower than the drawn one.
    """
    words = strip_marks(text).split(" ")
    return size * (sum(word_width(w, bold) for w in words) + (len(words) - 1) * space_width(bold))


@lru_cache(maxsize=8192)
def word_width(word: str, bold: bool) -> float:
    """Width of one word (no spaces, marks allowed) at font size 1."""
    word = strip_marks(word)
    if not word:
        return 0.0
    return sum(
        pdfmetrics.stringWidth(part, font, factor) for font, part, factor in _split_runs(word, bold)
    )


@lru_cache(maxsize=2)
def space_width(bold: bool) -> float:
    """Width of a space at font size 1: the widest space of the bundled fonts."""
    return max(
        pdfmetrics.stringWidth(" ", face.name(bold), face.factor)
        for face in faces().values()
        if face.covers(32, bold)
    )
