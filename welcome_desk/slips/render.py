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
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from welcome_desk.core.centre import Text
from welcome_desk.core.samples import SAMPLE_MARK
from welcome_desk.slips import fonts
from welcome_desk.slips.blocks import (
    Beside,
    Gap,
    Item,
    LabelPair,
    QrCode,
    Rule,
    Stack,
    TextBlock,
    TicketBox,
)
from welcome_desk.slips.fonts import clean_text
from welcome_desk.slips.ical import slip_event
from welcome_desk.slips.model import MAX_TICKET_CHARS, PAPER_SIZES, SlipData
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
from welcome_desk.slips.textlines import ELLIPSIS, NBSP, isolate, no_break

__all__ = ["render_slip", "write_slip", "slip_event", "PAPERS", "Paper"]

BULLET = "•"
DOT = " · "
WHEELCHAIR = "♿"
# longest text we lay out per field; longer input is cut early (with "…")
MAX_FIELD_CHARS = 1200
MAX_DOCUMENTS = 30


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

    def mark(self, field: str) -> str:
        """The sample mark after a value the centre file marks as invented (never alone on a line)."""
        return NBSP + SAMPLE_MARK if field in self.slip.samples else ""

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
            items.append(TextBlock(address + self.mark("address"), size=self.base * 0.95, max_lines=2, before=1))
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
            items.append(TextBlock(clean_text(s.partner_address, 300) + self.mark("partner_address"),
                                   size=self.base * 1.1, bold=True, max_lines=2))
        if s.accessibility:
            items += self.per_language(
                lambda l: f"{WHEELCHAIR} " + self.text_of(s.accessibility, l, 400) + self.mark("accessibility"),
                size=self.base * 0.9,
                max_lines=3,
                gray=0.15,
            )
        return items

    def _place_line(self, lang: str) -> str:
        s = self.slip
        rtl = self.rtl(lang)
        parts = []
        for field, value in (("building", s.building), ("floor", s.floor)):
            text = self.text_of(value, lang, 200)
            if text:
                parts.append((isolate(text) if rtl else text) + self.mark(field))
        room = clean_text(s.room, 60)
        if room:
            parts.append(f"{phrase(lang, 'room')} {isolate(no_break(room))}{self.mark('room')}")
        counter = clean_text(s.counter, 60)
        if counter:
            parts.append(f"{phrase(lang, 'counter')} {isolate(no_break(counter))}{self.mark('counter')}")
        return DOT.join(parts)

    def _when_line(self, lang: str) -> str:
        s = self.slip
        ticket = isolate(no_break(clean_text(s.ticket, MAX_TICKET_CHARS)), ltr=True)
        if s.kind == "appointment":
            return phrase(
                lang,
                "appointment",
                date=format_date(s.at, lang),
                time=isolate(format_time(s.at), ltr=True),
            )
        if s.partner_address:
            return wait_phrase(lang, "go_directly")
        if s.valid_from is not None:
            return wait_phrase(lang, "walk_in_from", ticket=ticket, time=isolate(format_time(s.valid_from), ltr=True))
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
        return f"{phrase(lang, key)}: " + sep.join(no_break(x) for x in schedules) + self.mark("schedules")

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
            lambda l: f"{phrase(l, 'phone')}: {isolate(no_break(number), ltr=True)}{self.mark('phone')}",
            size=self.base,
            max_lines=2,
        )

    def sample_note(self) -> list[Item]:
        """The footnote to the marks: these values are samples, ask at reception (German and the visitor's language)."""
        if not self.slip.samples:
            return []
        return [Gap(3)] + self.per_language(lambda l: phrase(l, "sample_note"), size=self.base * 0.85, bold=True, max_lines=3)

    def footer(self) -> list[Item]:
        s = self.slip
        items: list[Item] = [Rule(gray=0.75, before=4)]
        items += self.per_language(
            lambda l: phrase(
                l,
                "printed_on",
                date=format_date(s.printed_at, l),
                time=isolate(format_time(s.printed_at), ltr=True),
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
            + self.sample_note()
            + self.footer()
        )


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
    from welcome_desk.core.files import write_bytes

    target = Path(path)
    write_bytes(target, data, force=True)
    return target

