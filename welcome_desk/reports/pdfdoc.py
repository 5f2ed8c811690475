"""Shared PDF layout for reports: bundled fonts, styles, header and numbered footer.

Fonts are the slips' bundled DejaVu faces (registered on first use by
:func:`welcome_desk.slips.fonts.faces`), so umlauts, ß and Cyrillic print
everywhere the same. Page numbers need the page count, so the footer is drawn
when the document is saved ("Page 3 of 12").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

from welcome_desk.slips.fonts import clean_text, faces

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6775")
RULE = colors.HexColor("#c9d1da")
ZEBRA = colors.HexColor("#f2f5f8")
HEAD_BG = colors.HexColor("#e3e9f0")
ACCENT = colors.HexColor("#1f5f99")


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


def fonts() -> Fonts:
    """The bundled Latin face, registered as a family so ``<b>`` works in paragraphs."""
    latin = faces()["latin"]
    pdfmetrics.registerFontFamily(latin.regular, normal=latin.regular, bold=latin.bold, italic=latin.regular,
                                  boldItalic=latin.bold)
    return Fonts(latin.regular, latin.bold)


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle


def styles(f: Fonts | None = None) -> Styles:
    f = f or fonts()
    return Styles(
        fonts=f,
        title=ParagraphStyle("title", fontName=f.bold, fontSize=17, leading=21, textColor=INK, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", fontName=f.regular, fontSize=10, leading=13, textColor=MUTED, spaceAfter=8),
        heading=ParagraphStyle("heading", fontName=f.bold, fontSize=12, leading=15, textColor=INK, spaceBefore=10,
                               spaceAfter=5),
        body=ParagraphStyle("body", fontName=f.regular, fontSize=9, leading=12, textColor=INK),
        small=ParagraphStyle("small", fontName=f.regular, fontSize=7.5, leading=9.5, textColor=MUTED),
        cell=ParagraphStyle("cell", fontName=f.regular, fontSize=8, leading=10, textColor=INK),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (cleaned and escaped; no markup from data); "\n" breaks the line."""
    return Paragraph("<br/>".join(escape(clean_text(line)) for line in text.split("\n")), style)


def fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with "…" so it fits ``width`` points on one line."""
    text = clean_text(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def numbered_canvas(draw_footer: Callable[[rl_canvas.Canvas, int, int], None]) -> type[rl_canvas.Canvas]:
    """A canvas class that calls ``draw_footer(canvas, page, pages)`` on every page when saved."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def created_text(now, lang: str) -> str:
    """"Created …" for a footer, the date written as the report's language writes it."""
    from welcome_desk.reports import phrases as P

    return P.t("created", lang, when=now.strftime("%d.%m.%Y %H:%M") if lang == "de" else now.strftime("%Y-%m-%d %H:%M"))


def page_footer(
    f: Fonts, text: str, lang: str, page_width: float, margin: float, text_width: float, gap: float
) -> Callable[[rl_canvas.Canvas, int, int], None]:
    """A footer for :func:`numbered_canvas`: a rule ``gap`` below the frame, ``text`` on the
    left and "page n of m" on the right. Text too long for ``text_width`` goes on two lines
    (split at its last " · "), so nothing is cut off."""
    from reportlab.lib.units import mm

    from welcome_desk.reports import phrases as P

    def draw(canvas: rl_canvas.Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(f.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.line(margin, margin - gap, page_width - margin, margin - gap)
        y = margin - gap - 4 * mm
        lines = [text]
        if pdfmetrics.stringWidth(text, f.regular, 7.5) > text_width and " · " in text:
            lines = list(text.rsplit(" · ", 1))
        for i, line in enumerate(lines):
            canvas.drawString(margin, y - i * 3.2 * mm, fit(line, text_width, f.regular, 7.5))
        canvas.drawRightString(page_width - margin, y, P.t("page_of", lang, page=page, pages=pages))
        canvas.restoreState()

    return draw
