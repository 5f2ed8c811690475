"""Draw a :class:`~welcome_desk.slips.model.SlipData` as a one-page PDF referral slip.

The slip is bilingual: German always (for the staff the visitor is sent to)
and the visitor's language below it, block by block. Layout is done here by
hand on a reportlab canvas, not with Paragraph markup, so no text from data is
ever interpreted as markup:

* text is cleaned (control, format and bidi-override characters removed),
* Arabic-script text is reshaped (joined letter forms) *before* wrapping,
* wrapped per line with the real glyph widths, and only then reordered for
  display line by line (Unicode bidi algorithm), so right-to-left text keeps
  its order across wrapped lines and numbers stay readable,
* every line is drawn as runs, each in a bundled font that has its glyphs.

Everything has a size limit: long texts wrap, the whole slip shrinks within
limits if it does not fit, and only then lines are cut with a visible "…".
Nothing is drawn outside the page.

The QR code on appointment slips holds an iCalendar ``VEVENT`` (local time) so
a phone can put the appointment into its calendar.
"""

from __future__ import annotations

import io
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import arabic_reshaper
import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

try:  # python-bidi's pure-Python reference implementation mirrors brackets
    from bidi.algorithm import get_display as bidi_display
except ImportError:  # pragma: no cover - a python-bidi without it: no bracket mirroring
    from bidi import get_display as bidi_display

from welcome_desk.core.centre import Text
from welcome_desk.slips import fonts
from welcome_desk.slips.fonts import LRE, PDF, RLE, clean_text, has_arabic, has_rtl, strip_marks
from welcome_desk.slips.model import PAPER_SIZES, SlipData
from welcome_desk.slips.phrases import (
    GERMAN,
    check_language,
    format_date,
    format_schedules,
    format_time,
    is_rtl,
    phrase,
    supported_languages,
    wait_phrase,
)

__all__ = ["render_slip", "write_slip", "slip_event", "PAPERS", "Paper"]

ELLIPSIS = "…"
NBSP = "\u00a0"
BULLET = "•"
DOT = " · "
WHEELCHAIR = "♿"
# longest text we lay out per field; longer input is cut early (with "…")
MAX_FIELD_CHARS = 1200
MAX_TICKET_CHARS = 24
MAX_DOCUMENTS = 30
APPOINTMENT_MINUTES = 15
# a text block that does not fit its lines is first set smaller by these factors
_BLOCK_SHRINK = (1.0, 0.9, 0.8)


@dataclass(frozen=True)
class Paper:
    name: str
    width: float  # points
    height: float | None  # points; None = grows with content (receipt roll)
    margin: float
    base: float  # body font size at scale 1
    ticket: float  # ticket font size at scale 1
    qr: float  # QR code side
    qr_beside: bool  # QR next to the "When" block (else below it)
    min_scale: float
    max_scale: float = 1.0  # a short slip on a big sheet is printed larger
    max_height: float = 0.0  # receipt: longest slip we print


PAPERS: dict[str, Paper] = {
    "A4": Paper("A4", 210 * mm, 297 * mm, 18 * mm, 12.5, 64, 42 * mm, True, 0.55, 1.3),
    "A5": Paper("A5", 148 * mm, 210 * mm, 10 * mm, 9.5, 42, 30 * mm, True, 0.65, 1.15),
    "A6": Paper("A6", 105 * mm, 148 * mm, 6 * mm, 7.2, 30, 23 * mm, True, 0.82, 1.1),
    "receipt80": Paper(
        "receipt80", 80 * mm, None, 4 * mm, 8.5, 36, 34 * mm, False, 0.75, max_height=1200 * mm
    ),
}
assert set(PAPERS) == set(PAPER_SIZES)

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": True, "ARABIC LIGATURE ALLAH": False}
)


# --------------------------------------------------------------------------- text lines


def _shape(text: str) -> str:
    """Join Arabic letters (presentation forms); logical order is kept."""
    if has_arabic(text):
        text = _RESHAPER.reshape(text)
    return text.replace(fonts.ZWNJ, "").replace(fonts.ZWJ, "")


def _visual(line: str, rtl: bool) -> str:
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


def _balance_embeddings(lines: list[str]) -> list[str]:
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


def _width(text: str, size: float, bold: bool) -> float:
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
    while line and _width(line + ELLIPSIS, size, bold) > width:
        cut = line.rstrip().rfind(" ")
        line = line[:cut] if cut > len(line) // 2 else line[:-1]
        line = line.rstrip()
    return line + ELLIPSIS


def wrap(text: str, width: float, size: float, bold: bool, max_lines: int) -> list[str]:
    """Wrap shaped logical text into at most ``max_lines`` lines that fit ``width``.

    A text that does not fit ends in "…". Words longer than a line are split.
    """
    return _wrap(text, width, size, bold, max_lines)[0]


def _wrap(text: str, width: float, size: float, bold: bool, max_lines: int) -> tuple[list[str], bool]:
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


def _line_height(line: str, size: float) -> float:
    if has_arabic(line):
        return size * 1.62
    if fonts.has_ethiopic(line):
        return size * 1.38
    return size * 1.26


def _draw_visual(
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


# --------------------------------------------------------------------------- layout items


class Item:
    """Something drawn in the flow from top to bottom."""

    def height(self, width: float, scale: float, cap: int | None) -> float:
        raise NotImplementedError

    def draw(self, canvas: Canvas, x: float, top: float, width: float, scale: float, cap: int | None) -> None:
        raise NotImplementedError


class Gap(Item):
    def __init__(self, points: float) -> None:
        self.points = points

    def height(self, width, scale, cap):
        return self.points * scale

    def draw(self, canvas, x, top, width, scale, cap):
        pass


class Rule(Item):
    def __init__(self, gray: float = 0.55, thickness: float = 0.6, before: float = 5, after: float = 3):
        self.gray, self.thickness, self.before, self.after = gray, thickness, before, after

    def height(self, width, scale, cap):
        return (self.before + self.after) * scale

    def draw(self, canvas, x, top, width, scale, cap):
        y = top - self.before * scale
        canvas.setStrokeGray(self.gray)
        canvas.setLineWidth(self.thickness)
        canvas.line(x, y, x + width, y)


class TextBlock(Item):
    """One text in one language, wrapped; right-aligned for RTL languages."""

    def __init__(
        self,
        text: str,
        *,
        rtl: bool = False,
        size: float,
        bold: bool = False,
        max_lines: int = 3,
        align: str = "start",
        gray: float = 0.0,
        before: float = 0.0,
        indent: float = 0.0,
    ) -> None:
        self.logical = _shape(text)
        self.rtl = rtl
        self.size = size
        self.bold = bold
        self.max_lines = max_lines
        self.align = align
        self.gray = gray
        self.before = before
        self.indent = indent
        self._cache: dict[tuple, tuple[float, list[tuple[str, float]]]] = {}

    def lines(self, width: float, scale: float, cap: int | None) -> list[tuple[str, float]]:
        """Wrapped logical lines (embeddings balanced) with their heights."""
        return self._layout(width, scale, cap)[1]

    def _layout(self, width: float, scale: float, cap: int | None) -> tuple[float, list[tuple[str, float]]]:
        """Font size and lines. A text too long for its lines is first set
        smaller (down to 80 %); only then is it cut with "…"."""
        key = (round(width, 2), scale, cap)
        if key not in self._cache:
            max_lines = self.max_lines if cap is None else max(1, min(self.max_lines, cap))
            available = width - self.indent * scale
            for factor in _BLOCK_SHRINK:
                size = self.size * scale * factor
                wrapped, cut = _wrap(self.logical, available, size, self.bold, max_lines)
                if not cut:
                    break
            logical = _balance_embeddings(wrapped)
            self._cache[key] = (size, [(line, _line_height(line, size)) for line in logical])
        return self._cache[key]

    def height(self, width, scale, cap):
        lines = self.lines(width, scale, cap)
        return sum(h for _, h in lines) + (self.before * scale if lines else 0)

    def draw(self, canvas, x, top, width, scale, cap):
        size, lines = self._layout(width, scale, cap)
        y = top - self.before * scale
        canvas.setFillGray(self.gray)
        indent = self.indent * scale
        for line, line_height in lines:
            visual = _visual(line, self.rtl)
            baseline = y - (line_height - size) / 2 - size * 0.8
            if self.align == "center":
                align, lx = "center", x
            elif self.rtl:
                align, lx = "right", x
            else:
                align, lx = "left", x + indent
            _draw_visual(canvas, visual, lx, baseline, size, self.bold, width - indent, align)
            y -= line_height
        canvas.setFillGray(0)


class Stack(Item):
    def __init__(self, items: Sequence[Item], droppable: bool = False) -> None:
        self.items = list(items)
        # may be left out (replaced by "…") when the page is full
        self.droppable = droppable

    def height(self, width, scale, cap):
        return sum(item.height(width, scale, cap) for item in self.items)

    def draw(self, canvas, x, top, width, scale, cap):
        for item in self.items:
            item.draw(canvas, x, top, width, scale, cap)
            top -= item.height(width, scale, cap)


class LabelPair(Item):
    """A short German label and its translation: on one line if they fit."""

    def __init__(self, german: str, visitor: str | None, rtl: bool, size: float, gray: float = 0.3, bold: bool = True, before: float = 0):
        self.german = TextBlock(german, size=size, bold=bold, gray=gray, max_lines=2, before=before)
        self.visitor = (
            TextBlock(visitor, rtl=rtl, size=size, bold=bold, gray=gray, max_lines=2)
            if visitor and visitor != german
            else None
        )
        self.joined = (
            TextBlock(f"{german} / {visitor}", size=size, bold=bold, gray=gray, max_lines=1, before=before)
            if self.visitor is not None and not rtl
            else None
        )
        self.rtl = rtl
        self.size, self.bold, self.before = size, bold, before

    def _mode(self, width: float, scale: float) -> str:
        if self.visitor is None:
            return "german"
        size = self.size * scale
        if self.joined is not None:
            if _width(strip_marks(self.joined.logical), size, self.bold) <= width:
                return "joined"
            return "stacked"
        wg = _width(self.german.logical, size, self.bold)
        wv = _width(self.visitor.logical, size, self.bold)
        return "side" if wg + wv + 12 * scale <= width else "stacked"

    def height(self, width, scale, cap):
        mode = self._mode(width, scale)
        if mode == "german":
            return self.german.height(width, scale, cap)
        if mode == "joined":
            return self.joined.height(width, scale, cap)
        if mode == "side":
            g = self.german.height(width, scale, cap)
            v = self.visitor.height(width, scale, cap) + self.before * scale
            return max(g, v)
        return self.german.height(width, scale, cap) + self.visitor.height(width, scale, cap)

    def draw(self, canvas, x, top, width, scale, cap):
        mode = self._mode(width, scale)
        if mode == "german":
            self.german.draw(canvas, x, top, width, scale, cap)
        elif mode == "joined":
            self.joined.draw(canvas, x, top, width, scale, cap)
        elif mode == "side":
            g = self.german.height(width, scale, cap)
            v = self.visitor.height(width, scale, cap) + self.before * scale
            h = max(g, v)
            # align the two on their bottom so baselines roughly match
            self.german.draw(canvas, x, top - (h - g), width, scale, cap)
            self.visitor.draw(canvas, x, top - self.before * scale - (h - v), width, scale, cap)
        else:
            self.german.draw(canvas, x, top, width, scale, cap)
            top -= self.german.height(width, scale, cap)
            self.visitor.draw(canvas, x, top, width, scale, cap)


class TicketBox(Item):
    """The ticket number, large, in a frame, with its label."""

    def __init__(self, ticket: str, label: LabelPair, size: float) -> None:
        self.ticket = ticket or "–"
        self.label = label
        self.size = size
        self.pad = 5.0

    def _ticket_size(self, width: float, scale: float) -> float:
        size = self.size * scale
        inner = width - 2 * self.pad * scale
        natural = _width(self.ticket, size, True)
        if natural > inner:
            size = max(size * inner / natural, 8.0)
        return size

    def height(self, width, scale, cap):
        inner = width - 2 * self.pad * scale
        size = self._ticket_size(width, scale)
        return self.label.height(inner, scale, cap) + size * 1.12 + 2 * self.pad * scale

    def draw(self, canvas, x, top, width, scale, cap):
        pad = self.pad * scale
        h = self.height(width, scale, cap)
        canvas.setStrokeGray(0)
        canvas.setLineWidth(1.4)
        canvas.roundRect(x + 0.7, top - h + 0.7, width - 1.4, h - 1.4, 4 * scale, stroke=1, fill=0)
        inner = width - 2 * pad
        self.label.draw(canvas, x + pad, top - pad, inner, scale, cap)
        label_h = self.label.height(inner, scale, cap)
        size = self._ticket_size(width, scale)
        visual = _visual(_shape(self.ticket), False)
        baseline = top - pad - label_h - size * 0.9
        _draw_visual(canvas, visual, x + pad, baseline, size, True, inner, "center")


@lru_cache(maxsize=64)
def _qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


@lru_cache(maxsize=64)
def _qr_rects(matrix: tuple[tuple[bool, ...], ...]) -> tuple[tuple[int, int, int, int], ...]:
    """Dark modules as rectangles (row, col, rows, cols): horizontal runs,
    merged with identical runs in the rows below."""
    rects: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (col, cols) -> first row
    for r, row in enumerate(list(matrix) + [()]):
        runs: set[tuple[int, int]] = set()
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.add((start, c - start))
            else:
                c += 1
        for key in list(open_runs):
            if key not in runs:
                first = open_runs.pop(key)
                rects.append((first, key[0], r - first, key[1]))
        for key in runs:
            open_runs.setdefault(key, r)
    return tuple(rects)


class QrCode(Item):
    """A QR code with a small caption below (German and visitor language)."""

    def __init__(self, payload: str, side: float, caption: Sequence[Item]) -> None:
        self.matrix = _qr_matrix(payload)
        self.side = side
        self.caption = Stack(caption)

    def _side(self, width: float, scale: float) -> float:
        return min(self.side * min(max(scale, 0.85), 1.0), width)

    def quiet(self, width: float, scale: float) -> float:
        """The blank margin a scanner needs around the code: 4 modules."""
        return 4 * self._side(width, scale) / len(self.matrix)

    def height(self, width, scale, cap):
        quiet = self.quiet(width, scale)
        return quiet + self._side(width, scale) + quiet + self.caption.height(width, scale, cap)

    def draw(self, canvas, x, top, width, scale, cap):
        side = self._side(width, scale)
        quiet = self.quiet(width, scale)
        n = len(self.matrix)
        module = side / n
        left = x + (width - side) / 2
        top -= quiet
        canvas.setFillGray(0)
        path = canvas.beginPath()
        for row, col, rows, cols in _qr_rects(self.matrix):
            path.rect(left + col * module, top - (row + rows) * module, cols * module, rows * module)
        canvas.drawPath(path, stroke=0, fill=1)
        self.caption.draw(canvas, x, top - side - quiet, width, scale, cap)


class Beside(Item):
    """Main items on the left, the QR code on the right (next to "When")."""

    def __init__(self, main: Sequence[Item], side: QrCode, gap: float = 8.0) -> None:
        self.main = Stack(main)
        self.side = side
        self.gap = gap

    def _widths(self, width: float, scale: float) -> tuple[float, float]:
        side = self.side._side(width, scale)
        gap = max(self.gap * scale, self.side.quiet(width, scale))
        return width - side - gap, side

    def height(self, width, scale, cap):
        main_w, side_w = self._widths(width, scale)
        return max(self.main.height(main_w, scale, cap), self.side.height(side_w, scale, cap))

    def draw(self, canvas, x, top, width, scale, cap):
        main_w, side_w = self._widths(width, scale)
        self.main.draw(canvas, x, top, main_w, scale, cap)
        self.side.draw(canvas, x + width - side_w, top, side_w, scale, cap)


# --------------------------------------------------------------------------- content


def _isolate(value: str, ltr: bool = False) -> str:
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


def _nb(value: str) -> str:
    return value.replace(" ", NBSP)


class _Builder:
    def __init__(self, slip: SlipData, lang: str, paper: Paper) -> None:
        self.slip = slip
        self.paper = paper
        self.langs = [GERMAN] if lang == GERMAN else [GERMAN, lang]
        self.visitor = lang
        self.base = paper.base

    # helpers -------------------------------------------------------------
    def rtl(self, lang: str) -> bool:
        return is_rtl(lang)

    def text_of(self, value: Text, lang: str, limit: int = MAX_FIELD_CHARS) -> str:
        return clean_text(value.get(lang) if value else "", limit)

    def per_language(self, make, **style) -> list[Item]:
        """TextBlocks for German and the visitor language (skipped if identical)."""
        items: list[Item] = []
        seen: list[str] = []
        for lang in self.langs:
            text = make(lang)
            if not text or text in seen:
                continue
            seen.append(text)
            items.append(TextBlock(text, rtl=self.rtl(lang), **style))
        return items

    def label(self, key: str, size: float | None = None, before: float = 0) -> LabelPair:
        visitor = phrase(self.visitor, key) if self.visitor != GERMAN else None
        return LabelPair(
            phrase(GERMAN, key), visitor, self.rtl(self.visitor), size or self.base * 0.85, before=before
        )

    def section(self, key: str) -> list[Item]:
        return [Rule(), self.label(key)]

    # blocks --------------------------------------------------------------
    def header(self) -> list[Item]:
        s = self.slip
        items: list[Item] = []
        items += self.per_language(
            lambda l: self.text_of(s.centre_name, l), size=self.base * 1.3, bold=True, max_lines=2
        )
        org = clean_text(s.organization, 200)
        if org and org not in {self.text_of(s.centre_name, l) for l in self.langs}:
            items.append(TextBlock(org, size=self.base * 0.85, gray=0.25, max_lines=1))
        address = clean_text(s.address_line, 300)
        if address:
            items.append(TextBlock(address, size=self.base * 0.95, max_lines=2, before=1))
        return items

    def ticket(self) -> list[Item]:
        ticket = clean_text(self.slip.ticket, MAX_TICKET_CHARS)
        return [Gap(6), TicketBox(ticket, self.label("your_number", self.base * 0.9), self.paper.ticket)]

    def where(self) -> list[Item]:
        s = self.slip
        items = self.section("where")
        items += self.per_language(
            lambda l: self.text_of(s.unit_name, l), size=self.base * 1.15, bold=True, max_lines=3
        )
        items += self.per_language(self._place_line, size=self.base, max_lines=3)
        if s.partner_address:  # outside the building: the address is where to go
            items.append(TextBlock(clean_text(s.partner_address, 300), size=self.base * 1.1, bold=True, max_lines=2))
        if s.accessibility:
            items += self.per_language(
                lambda l: f"{WHEELCHAIR} " + self.text_of(s.accessibility, l, 400),
                size=self.base * 0.9,
                max_lines=3,
                gray=0.15,
            )
        return items

    def _place_line(self, lang: str) -> str:
        s = self.slip
        rtl = self.rtl(lang)
        parts = []
        for value in (s.building, s.floor):
            text = self.text_of(value, lang, 200)
            if text:
                parts.append(_isolate(text) if rtl else text)
        room = clean_text(s.room, 60)
        if room:
            parts.append(f"{phrase(lang, 'room')} {_isolate(_nb(room))}")
        counter = clean_text(s.counter, 60)
        if counter:
            parts.append(f"{phrase(lang, 'counter')} {_isolate(_nb(counter))}")
        return DOT.join(parts)

    def _when_line(self, lang: str) -> str:
        s = self.slip
        ticket = _isolate(_nb(clean_text(s.ticket, MAX_TICKET_CHARS)), ltr=True)
        if s.kind == "appointment":
            return phrase(
                lang,
                "appointment",
                date=format_date(s.at, lang),
                time=_isolate(format_time(s.at), ltr=True),
            )
        if s.partner_address:
            return wait_phrase(lang, "go_directly")
        if s.valid_from is not None:
            return wait_phrase(lang, "walk_in_from", ticket=ticket, time=_isolate(format_time(s.valid_from), ltr=True))
        return phrase(lang, "walk_in_now", ticket=ticket)

    def _estimate_line(self, lang: str) -> str:
        s = self.slip
        if s.kind == "appointment" or s.partner_address or s.wait_low is None or s.wait_high is None:
            return ""
        return wait_phrase(lang, "estimate", low=str(s.wait_low), high=str(s.wait_high))

    def _hours_line(self, lang: str) -> str:
        s = self.slip
        schedules = format_schedules(s.schedules, lang)
        if not schedules:
            return ""
        key = "consultation_hours" if s.hours_kind == "consultation" else "opening_hours"
        sep = phrase(lang, "list_separator")
        return f"{phrase(lang, key)}: " + sep.join(_nb(x) for x in schedules)

    def when(self) -> list[Item]:
        s = self.slip
        main: list[Item] = self.section("when")
        main += self.per_language(self._when_line, size=self.base * 1.1, bold=True, max_lines=3)
        main += self.per_language(self._estimate_line, size=self.base, bold=True, max_lines=2)
        if not s.partner_address:
            hint = "come_on_time" if s.kind == "appointment" else "wait_called"
            main += self.per_language(lambda l: phrase(l, hint), size=self.base * 0.9, max_lines=3)
        main += self.per_language(self._hours_line, size=self.base * 0.9, max_lines=4, before=2)
        if s.kind != "appointment":
            return main
        caption = self.per_language(
            lambda l: phrase(l, "scan_calendar"), size=self.base * 0.72, max_lines=4, gray=0.2, align="center"
        )
        qr = QrCode(slip_event(s, self.visitor), self.paper.qr, caption)
        if self.paper.qr_beside:
            return [Beside(main, qr)]
        return main + [Gap(6), qr]

    def concern(self) -> list[Item]:
        s = self.slip
        if not s.concern_label:
            return []
        items = self.section("concern")
        items += self.per_language(lambda l: self.text_of(s.concern_label, l), size=self.base, max_lines=4)
        return items

    def documents(self) -> list[Item]:
        docs = [d for d in self.slip.documents if d][:MAX_DOCUMENTS]
        if not docs:
            return []
        items = self.section("please_bring")
        for doc in docs:
            german = self.text_of(doc, GERMAN, 400)
            if not german:
                continue
            entry: list[Item] = [TextBlock(f"{BULLET} {german}", size=self.base, max_lines=3, before=2)]
            if self.visitor != GERMAN:
                visitor = self.text_of(doc, self.visitor, 400)
                if visitor and visitor != german:
                    entry.append(
                        TextBlock(
                            visitor,
                            rtl=self.rtl(self.visitor),
                            size=self.base * 0.95,
                            max_lines=3,
                            gray=0.1,
                            indent=self.base * 0.9,
                        )
                    )
            items.append(Stack(entry, droppable=True))
        return items

    def phone(self) -> list[Item]:
        number = clean_text(self.slip.phone, 60)
        if not number:
            return []
        return [Rule()] + self.per_language(
            lambda l: f"{phrase(l, 'phone')}: {_isolate(_nb(number), ltr=True)}", size=self.base, max_lines=2
        )

    def footer(self) -> list[Item]:
        s = self.slip
        items: list[Item] = [Rule(gray=0.75, before=4)]
        items += self.per_language(
            lambda l: phrase(
                l,
                "printed_on",
                date=format_date(s.printed_at, l),
                time=_isolate(format_time(s.printed_at), ltr=True),
            ),
            size=self.base * 0.72,
            gray=0.3,
            max_lines=2,
        )
        items += self.per_language(lambda l: phrase(l, "privacy"), size=self.base * 0.72, gray=0.3, max_lines=2)
        return items

    def build(self) -> list[Item]:
        return (
            self.header()
            + ([] if self.slip.partner_address else self.ticket())  # a referral has no waiting number
            + self.where()
            + self.when()
            + self.concern()
            + self.documents()
            + self.phone()
            + self.footer()
        )


# --------------------------------------------------------------------------- calendar


def _ical_escape(value: str) -> str:
    value = strip_marks(value)
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def slip_event(slip: SlipData, visitor_lang: str = "en") -> str:
    """The appointment as iCalendar ``VEVENT`` text (floating local time) for the QR code."""
    minutes = slip.slot_minutes if slip.slot_minutes and slip.slot_minutes > 0 else APPOINTMENT_MINUTES
    minutes = min(minutes, 24 * 60)
    start = slip.at.replace(tzinfo=None, second=0, microsecond=0)
    end = start + timedelta(minutes=minutes)
    unit_de = clean_text(slip.unit_name.get(GERMAN), 80)
    unit_vis = clean_text(slip.unit_name.get(visitor_lang), 80)
    summary = f"{clean_text(slip.ticket, MAX_TICKET_CHARS)} {unit_de}".strip()
    if unit_vis and unit_vis != unit_de:
        summary += f" / {unit_vis}"
    place = [clean_text(slip.address_line, 120), clean_text(slip.building.get(GERMAN), 60)]
    room = clean_text(slip.room, 30)
    if room:
        place.append(f"{phrase(GERMAN, 'room')} {room}")
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{_ical_escape(summary)}",
        f"DTSTART:{start:%Y%m%dT%H%M%S}",
        f"DTEND:{end:%Y%m%dT%H%M%S}",
        f"LOCATION:{_ical_escape(', '.join(p for p in place if p))}",
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


# --------------------------------------------------------------------------- page


def _check_paper(paper: str) -> Paper:
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; choose one of: {', '.join(PAPERS)}")
    return PAPERS[paper]


def _check_language(lang: str) -> str:
    if isinstance(lang, str):
        lower = lang.strip().lower().replace("_", "-")
        if lower in supported_languages():
            return lower
        base = lower.split("-")[0]
        if base in supported_languages():
            return base
    return check_language(lang)  # raises ValueError with the list of languages


_SCALES = (1.3, 1.2, 1.15, 1.1, 1.05, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55)
_CAPS_FIRST = (None, 3)  # before leaving documents out
_CAPS_LAST = (2, 1)  # after


def _fit(
    items: list[Item], width: float, available: float, paper: Paper, caps: Sequence[int | None]
) -> tuple[float, int | None, bool]:
    """The largest scale (then fewest cut lines) at which everything fits."""
    scales = [s for s in _SCALES if paper.min_scale - 1e-9 <= s <= paper.max_scale + 1e-9]

    def fits(scale: float, cap: int | None) -> bool:
        return sum(item.height(width, scale, cap) for item in items) <= available

    for cap in caps:
        if not fits(scales[-1], cap):
            continue
        # heights shrink with the scale: binary search the largest scale that fits
        lo, hi = 0, len(scales) - 1  # scales[hi] fits
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(scales[mid], cap):
                hi = mid
            else:
                lo = mid + 1
        return scales[hi], cap, True
    return scales[-1], caps[-1], False


def _drop_to_fit(
    items: list[Item], width: float, available: float, scale: float, cap: int | None, paper: Paper
) -> list[Item]:
    """Leave out droppable items (documents) from the end, with one "…" in their place,
    until the rest fits at ``scale``/``cap``."""
    droppable = [i for i, item in enumerate(items) if getattr(item, "droppable", False)]
    if not droppable:
        return items
    heights = [item.height(width, scale, cap) for item in items]
    more = TextBlock(f"{BULLET} {ELLIPSIS}", size=paper.base, bold=True, max_lines=1, before=2)
    total = sum(heights) + more.height(width, scale, cap)
    dropped: set[int] = set()
    for index in reversed(droppable):
        if total <= available:
            break
        dropped.add(index)
        total -= heights[index]
    kept: list[Item] = []
    for index, item in enumerate(items):
        if index in dropped:
            if index == min(dropped):
                kept.append(more)
            continue
        kept.append(item)
    return kept


def _ellipsis_item(paper: Paper) -> TextBlock:
    return TextBlock(ELLIPSIS, size=paper.base, bold=True, align="center", max_lines=1)


def render_slip(slip: SlipData, visitor_lang: str = "en", paper: str = "A5") -> bytes:
    """Render ``slip`` as a one-page PDF and return its bytes.

    ``visitor_lang`` is the visitor's language (one of
    :func:`~welcome_desk.slips.phrases.supported_languages`); German is always
    printed too, and only German if ``visitor_lang == "de"``. ``paper`` is one
    of ``"A4"``, ``"A5"``, ``"A6"`` or ``"receipt80"`` (80 mm roll, height
    follows the content). Raises ValueError for an unknown paper, language or
    slip kind.
    """
    spec = _check_paper(paper)
    lang = _check_language(visitor_lang)
    if slip.kind not in ("walk_in", "appointment"):
        raise ValueError(f"unknown slip kind {slip.kind!r}; expected 'walk_in' or 'appointment'")
    latin = fonts.faces()["latin"]  # registers the bundled fonts (once)

    items = _Builder(slip, lang, spec).build()
    width = spec.width - 2 * spec.margin

    if spec.height is None:  # receipt roll: as long as the content at full size
        natural = sum(item.height(width, 1.0, None) for item in items)
        page_height = min(natural + 2 * spec.margin, spec.max_height)
    else:
        page_height = spec.height
    available = page_height - 2 * spec.margin
    # 1. shrink, then cut very long texts to 3 lines
    scale, cap, fits = _fit(items, width, available, spec, _CAPS_FIRST)
    if not fits:  # 2. leave documents out from the end ("• …")
        items = _drop_to_fit(items, width, available, scale, cap, spec)
        scale, cap, fits = _fit(items, width, available, spec, _CAPS_FIRST)
    if not fits:  # 3. cut texts to 2 lines, then 1
        scale, cap, fits = _fit(items, width, available, spec, _CAPS_LAST)
    # 4. (below) if it still does not fit: draw what fits, then "…"

    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(spec.width, page_height),
        pageCompression=1,
        initialFontName=latin.regular,  # not Helvetica: every font in the PDF is embedded
        initialFontSize=spec.base,
        lang=GERMAN,  # the slip's main language; the visitor's follows block by block
    )
    canvas.setTitle(f"{phrase(GERMAN, 'your_number')} {clean_text(slip.ticket, MAX_TICKET_CHARS)}")
    canvas.setCreator("Welcome Desk")
    canvas.setSubject("Laufzettel / referral slip")

    x = spec.margin
    top = page_height - spec.margin
    bottom = spec.margin
    if not fits:
        more = _ellipsis_item(spec)
        reserve = more.height(width, scale, cap)
    for index, item in enumerate(items):
        h = item.height(width, scale, cap)
        if not fits and top - h < bottom + reserve:
            more.draw(canvas, x, top, width, scale, cap)
            break
        item.draw(canvas, x, top, width, scale, cap)
        top -= h
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_slip(
    slip: SlipData, path: str | os.PathLike[str], visitor_lang: str = "en", paper: str = "A5"
) -> Path:
    """Render ``slip`` and write the PDF to ``path`` atomically (temp file + rename)."""
    data = render_slip(slip, visitor_lang, paper)
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    return target

