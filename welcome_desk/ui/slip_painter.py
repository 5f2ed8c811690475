"""Draws a referral slip straight onto a QPainter — the Qt-only way to print a slip.

Used for printing and preview when Qt's PDF module (``PySide6.QtPdf``, shipped in
the ``PySide6-Pdf`` wheel, not in PySide6-Essentials) is not installed, so the PDF
written by :mod:`welcome_desk.slips.render` cannot be rasterised by Qt. The
content is the same :class:`~welcome_desk.slips.model.SlipData` with the same
fixed phrases; Qt shapes Arabic and Ethiopic text and lays out right-to-left
lines itself. The PDF file stays the record of what was issued.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from welcome_desk.slips.model import SlipData

_GERMAN_FALLBACK = {
    "your_number": "Ihre Nummer",
    "where": "Wohin",
    "when": "Wann",
    "concern": "Ihr Anliegen",
    "please_bring": "Bitte mitbringen",
    "phone": "Telefon",
    "room": "Raum",
    "counter": "Schalter",
    "appointment": "Termin: {date}, {time} Uhr",
    "walk_in_now": "jetzt — Nummer {ticket}",
    "wait_called": "Bitte warten Sie, bis Ihre Nummer aufgerufen wird.",
    "come_on_time": "Bitte kommen Sie pünktlich.",
    "opening_hours": "Öffnungszeiten",
    "consultation_hours": "Sprechzeiten",
    "printed_on": "Gedruckt am {date}, {time} Uhr",
    "privacy": "Datenschutz: Auf diesem Zettel steht kein Name.",
}


_LTR_RUN = re.compile(r"\d[\d:.]*\s?[–-]\s?\d[\d:.]*")


def isolate_ltr_runs(text: str) -> str:
    """Keep ranges like '08:00–16:00' or 'B 0.12' in reading order inside right-to-left lines."""
    return _LTR_RUN.sub(lambda m: "\u2066" + m.group(0) + "\u2069", text)


class _Phrases:
    """Fixed slip texts from :mod:`welcome_desk.slips.phrases`, with a German fallback."""

    def __init__(self, lang: str) -> None:
        try:
            from welcome_desk.slips import phrases as P

            self.lang = P.check_language(lang)
            self._p = P
        except (ImportError, ValueError, OSError):
            self.lang = "de"
            self._p = None

    def get(self, key: str, **values: str) -> str:
        if self._p is not None:
            try:
                return self._p.phrase(self.lang, key, **values)
            except (KeyError, ValueError):
                pass
        text = _GERMAN_FALLBACK.get(key, key)
        return text.format(**values) if values else text

    @property
    def rtl(self) -> bool:
        return bool(self._p and self._p.is_rtl(self.lang))

    def date(self, value) -> str:
        if self._p is not None:
            return self._p.format_date(value, self.lang)
        return f"{value:%d.%m.%Y}"

    def schedules(self, schedules) -> list[str]:
        if self._p is not None:
            return self._p.format_schedules(schedules, self.lang)
        from welcome_desk.core.hours import format_schedules

        return [format_schedules(schedules, "de")]


class SlipPainter:
    """Lays a slip out top to bottom within the printable rectangle."""

    def __init__(self, painter: QPainter, rect: QRectF, resolution: int) -> None:
        self.p = painter
        self.rect = rect
        self.res = resolution
        self.y = rect.top()
        self.family = painter.font().family()

    def mm(self, value: float) -> float:
        return value * self.res / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        # Scale with the page: a narrow receipt gets smaller type than A4.
        font.setPointSizeF(points * self.scale)
        font.setBold(bold)
        return font

    @property
    def scale(self) -> float:
        width_mm = self.rect.width() * 25.4 / self.res
        return max(0.7, min(1.25, width_mm / 128.0))

    def text(self, text: str, points: float, bold: bool = False, rtl: bool = False, gap: float = 1.2) -> None:
        if not text:
            return
        if "\n" in text:  # one bidi paragraph per line, or lines mix their directions
            lines = text.split("\n")
            for line in lines[:-1]:
                self.text(line, points, bold, rtl, gap=0.2)
            self.text(lines[-1], points, bold, rtl, gap)
            return
        if rtl:
            text = isolate_ltr_runs(text)
        font = self.font(points, bold)
        self.p.setFont(font)
        self.p.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        direction = Qt.TextFlag.TextForceRightToLeft if rtl else Qt.TextFlag.TextForceLeftToRight
        flags = int(Qt.TextFlag.TextWordWrap | direction | Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        box = QRectF(self.rect.left(), self.y, self.rect.width(), self.rect.bottom() - self.y)
        used = self.p.boundingRect(box, flags, text)
        self.p.drawText(box, flags, text)
        self.y += used.height() + self.mm(gap)

    def rule(self) -> None:
        self.y += self.mm(1)
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(max(1.0, self.mm(0.25)))
        self.p.setPen(pen)
        self.p.drawLine(self.rect.left(), self.y, self.rect.right(), self.y)
        self.p.setPen(Qt.GlobalColor.black)
        self.y += self.mm(2.5)

    def line_height(self, points: float) -> float:
        return QFontMetricsF(self.font(points), self.p.device()).height()


def paint_slip(painter: QPainter, rect: QRectF, resolution: int, slip: SlipData, visitor_lang: str) -> None:
    """Draw ``slip`` in the visitor's language (with German beside it) into ``rect``."""
    v = _Phrases(visitor_lang)
    de = _Phrases("de")
    both = v.lang != "de"
    s = SlipPainter(painter, rect, resolution)
    painter.setPen(Qt.GlobalColor.black)

    def pair(key: str, points: float, bold: bool = False, **values: str) -> None:
        s.text(v.get(key, **values), points, bold, v.rtl, gap=0.4 if both else 1.2)
        if both:
            s.text(de.get(key, **values), points * 0.8, bold, False)

    s.text(slip.centre_name.get("de"), 11, True, gap=0.3)
    if slip.organization:
        s.text(slip.organization, 8.5, gap=0.3)
    s.text(slip.address_line + (f" · {de.get('phone')} {slip.phone}" if slip.phone else ""), 8.5)
    s.rule()

    pair("your_number", 11)
    s.text(slip.ticket, 40, True, gap=1.5)
    if slip.kind == "appointment":
        time_text = f"{slip.at:%H:%M}"
        s.text(v.get("appointment", date=v.date(slip.at), time=time_text), 13, True, v.rtl, gap=0.4)
        if both:
            s.text(de.get("appointment", date=de.date(slip.at), time=time_text), 10, True)
        pair("come_on_time", 10)
    else:
        pair("wait_called", 10)
    s.rule()

    pair("where", 10, True)
    s.text(slip.unit_name.get(v.lang), 15, True, v.rtl, gap=0.4)
    if both and slip.unit_name.get("de") != slip.unit_name.get(v.lang):
        s.text(slip.unit_name.get("de"), 11, True)
    place = []
    if slip.room:
        place.append(f"{v.get('room')} {slip.room}")
    if slip.counter:
        place.append(f"{v.get('counter')} {slip.counter}")
    if slip.floor:
        place.append(slip.floor.get(v.lang))
    if slip.building:
        place.append(slip.building.get(v.lang))
    s.text(" · ".join(place), 12, True, v.rtl)
    if slip.accessibility:
        s.text(slip.accessibility.get(v.lang), 8.5, False, v.rtl)

    if slip.concern_label:
        pair("concern", 9, True)
        s.text(slip.concern_label.get(v.lang), 10.5, False, v.rtl)

    hours_key = "consultation_hours" if slip.hours_kind == "consultation" else "opening_hours"
    pair(hours_key, 9, True)
    s.text("\n".join(v.schedules(slip.schedules)), 10, False, v.rtl)

    if slip.documents:
        pair("please_bring", 9, True)
        s.text("\n".join(f"• {d.get(v.lang)}" for d in slip.documents), 10, False, v.rtl)

    s.rule()
    printed = de.get("printed_on", date=de.date(slip.printed_at), time=f"{slip.printed_at:%H:%M}")
    s.text(printed, 7.5, gap=0.3)
    s.text(v.get("privacy"), 7.5, False, v.rtl, gap=0.3)
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
