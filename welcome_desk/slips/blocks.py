"""The blocks a slip is laid out from, top to bottom: text, label pairs, the ticket box, the QR code.

Every block measures its height for a width, a scale and an optional line cap
before it is drawn, so :mod:`welcome_desk.slips.render` can shrink or cut the
slip to fit the page. Nothing is drawn outside the width it is given.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

from welcome_desk.slips.fonts import strip_marks
from welcome_desk.slips.textlines import (
    balance_embeddings,
    draw_visual,
    line_height_of,
    shape_text,
    text_width,
    visual_order,
    wrap_lines,
)

# a text block that does not fit its lines is first set smaller by these factors
_BLOCK_SHRINK = (1.0, 0.9, 0.8)


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
        self.logical = shape_text(text)
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
                wrapped, cut = wrap_lines(self.logical, available, size, self.bold, max_lines)
                if not cut:
                    break
            logical = balance_embeddings(wrapped)
            self._cache[key] = (size, [(line, line_height_of(line, size)) for line in logical])
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
            visual = visual_order(line, self.rtl)
            baseline = y - (line_height - size) / 2 - size * 0.8
            if self.align == "center":
                align, lx = "center", x
            elif self.rtl:
                align, lx = "right", x
            else:
                align, lx = "left", x + indent
            draw_visual(canvas, visual, lx, baseline, size, self.bold, width - indent, align)
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
            if text_width(strip_marks(self.joined.logical), size, self.bold) <= width:
                return "joined"
            return "stacked"
        wg = text_width(self.german.logical, size, self.bold)
        wv = text_width(self.visitor.logical, size, self.bold)
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
        natural = text_width(self.ticket, size, True)
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
        visual = visual_order(shape_text(self.ticket), False)
        baseline = top - pad - label_h - size * 0.9
        draw_visual(canvas, visual, x + pad, baseline, size, True, inner, "center")


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
