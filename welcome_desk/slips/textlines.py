"""Lines of slip text: shaping, bidi order, wrapping to real glyph widths, drawing as font runs.

Arabic-script text is reshaped (joined letter forms) *before* wrapping; each
wrapped line is reordered for display on its own (Unicode bidi algorithm), so
right-to-left text keeps its order across lines; data values are kept in one
piece with explicit embeddings. See :mod:`welcome_desk.slips.render`.
"""

from __future__ import annotations

import unicodedata

import arabic_reshaper
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

try:  # python-bidi's pure-Python reference implementation mirrors brackets
    from bidi.algorithm import get_display as bidi_display
except ImportError:  # pragma: no cover - a python-bidi without it: no bracket mirroring
    from bidi import get_display as bidi_display

from welcome_desk.slips import fonts
from welcome_desk.slips.fonts import LRE, PDF, RLE, has_arabic, has_rtl, strip_marks

ELLIPSIS = "…"
NBSP = "\u00a0"

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": True, "ARABIC LIGATURE ALLAH": False}
)


def shape_text(text: str) -> str:
    """Join Arabic letters (presentation forms); logical order is kept."""
    if has_arabic(text):
        text = _RESHAPER.reshape(text)
    return text.replace(fonts.ZWNJ, "").replace(fonts.ZWJ, "")


def visual_order(line: str, rtl: bool) -> str:
    """Reorder one already shaped, logical line for display (left to right).

    Uses python-bidi's reference implementation (``bidi.algorithm``): unlike
    the Rust-backed ``bidi.get_display`` of python-bidi 0.5/0.6 it mirrors
    brackets (rule L4), so "(…)" inside Arabic text is drawn the right way
    round. It predates isolates, so data values are marked with explicit
    embeddings (LRE/RLE … PDF) instead.
    """
    if rtl or has_rtl(line):
        line = bidi_display(line, base_dir="R" if rtl else "L")
    return strip_marks(line)


def balance_embeddings(lines: list[str]) -> list[str]:
    """Close embeddings at each line end and reopen them on the next line."""
    out: list[str] = []
    stack: list[str] = []
    for line in lines:
        prefix = "".join(stack)
        if not stack and LRE not in line and RLE not in line:
            out.append(line)
            continue
        for ch in line:
            if ch in (LRE, RLE):
                stack.append(ch)
            elif ch == PDF and stack:
                stack.pop()
        out.append(prefix + line + PDF * len(stack))
    return out


def text_width(text: str, size: float, bold: bool) -> float:
    return fonts.text_width(text, size, bold)


def _split_long_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Cut a word that is wider than a line into pieces that fit (char by char)."""
    pieces: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for ch in word:
        ch_width = fonts.word_width(ch, bold) * size
        if current and current_width + ch_width > width:
            pieces.append("".join(current))
            current, current_width = [], 0.0
        current.append(ch)
        current_width += ch_width
    if current:
        pieces.append("".join(current))
    return pieces


def _with_ellipsis(line: str, width: float, size: float, bold: bool) -> str:
    line = line.rstrip()
    if line.endswith(ELLIPSIS):
        line = line[:-1].rstrip()
    while line and text_width(line + ELLIPSIS, size, bold) > width:
        cut = line.rstrip().rfind(" ")
        line = line[:cut] if cut > len(line) // 2 else line[:-1]
        line = line.rstrip()
    return line + ELLIPSIS


def wrap(text: str, width: float, size: float, bold: bool, max_lines: int) -> list[str]:
    """Wrap shaped logical text into at most ``max_lines`` lines that fit ``width``.

    A text that does not fit ends in "…". Words longer than a line are split.
    """
    return wrap_lines(text, width, size, bold, max_lines)[0]


def wrap_lines(text: str, width: float, size: float, bold: bool, max_lines: int) -> tuple[list[str], bool]:
    """:func:`wrap`, and whether the text had to be cut."""
    if not text or max_lines < 1:
        return [], bool(text)
    space = fonts.space_width(bold) * size
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    truncated = False
    for word in text.split(" "):
        if not word:
            continue
        word_width = fonts.word_width(word, bold) * size
        if current and current_width + space + word_width <= width:
            current.append(word)
            current_width += space + word_width
            continue
        if current:
            lines.append(" ".join(current))
            current, current_width = [], 0.0
            if len(lines) >= max_lines:
                truncated = True
                break
        if word_width <= width:
            current, current_width = [word], word_width
            continue
        pieces = _split_long_word(word, width, size, bold)
        for piece in pieces[:-1]:
            lines.append(piece)
            if len(lines) >= max_lines:
                truncated = True
                break
        if truncated:
            break
        if pieces:
            current = [pieces[-1]]
            current_width = fonts.word_width(pieces[-1], bold) * size
    if current and not truncated:
        lines.append(" ".join(current))
    if len(lines) > max_lines:
        lines, truncated = lines[:max_lines], True
    truncated = truncated or text.endswith(ELLIPSIS)
    if lines and truncated:
        lines[-1] = _with_ellipsis(lines[-1], width, size, bold)
    return lines, truncated


def line_height_of(line: str, size: float) -> float:
    if has_arabic(line):
        return size * 1.62
    if fonts.has_ethiopic(line):
        return size * 1.38
    return size * 1.26


def draw_visual(
    canvas: Canvas, visual: str, x: float, baseline: float, size: float, bold: bool,
    width: float | None = None, align: str = "left",
) -> None:
    """Draw one visual line as font runs; never wider than ``width``.

    ``align`` is "left", "right" or "center" within ``[x, x + width]``.
    """
    parts = fonts.runs(visual, bold)
    natural = sum(pdfmetrics.stringWidth(part, font, size * factor) for font, part, factor in parts)
    squeeze = 100.0
    if width is not None:
        if natural > width > 0:
            squeeze = 100.0 * width / natural
            natural = width
        if align == "right":
            x += width - natural
        elif align == "center":
            x += (width - natural) / 2
    text = canvas.beginText(x, baseline)
    if squeeze != 100.0:
        text.setHorizScale(squeeze)
    for font_name, part, factor in parts:
        text.setFont(font_name, size * factor)
        text.textOut(part)
    canvas.drawText(text)


def isolate(value: str, ltr: bool = False) -> str:
    """Wrap a data value so the bidi algorithm keeps it in one piece.

    Like FSI…PDI (direction of the first strong character, ``ltr`` forces
    left to right) but with embeddings, which ``bidi.algorithm`` supports.
    """
    if not value:
        return value
    rtl = not ltr and _first_strong_is_rtl(value)
    return (RLE if rtl else LRE) + value + PDF


def _first_strong_is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def no_break(value: str) -> str:
    return value.replace(" ", NBSP)
