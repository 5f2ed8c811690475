"""The referral slip renderer and its phrases (no Qt)."""

from __future__ import annotations

import io
import json
import re
import string
import unicodedata
from dataclasses import replace
from datetime import datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from welcome_desk.core.centre import EMPTY_TEXT, Schedule, Text
from welcome_desk.core.documents import document_catalogue
from welcome_desk.core.paths import resource
from welcome_desk.slips import blocks, fonts, phrases, textlines
from welcome_desk.slips.model import SlipData
from welcome_desk.slips.render import PAPERS, render_slip, slip_event, write_slip

LANGUAGES = ("de", "en", "ar", "fa", "tr", "uk", "ru", "fr", "ti", "ku", "ps", "so", "ro", "bg", "pl", "sq")
LATIN_OR_CYRILLIC = ("de", "en", "tr", "uk", "ru", "fr", "ro", "bg", "pl")

UNIT = {
    "de": "Ausländerbehörde",
    "en": "Immigration Office",
    "ar": "مكتب شؤون الأجانب",
    "fa": "اداره امور اتباع خارجی",
    "tr": "Yabancılar Dairesi",
    "uk": "Відомство у справах іноземців",
    "ru": "Ведомство по делам иностранцев",
    "fr": "Service des étrangers",
    "ti": "ቤት ጽሕፈት ጉዳይ ወጻእተኛታት",
    "ro": "Biroul pentru străini",
    "bg": "Служба за чужденци",
    "pl": "Urząd ds. cudzoziemców",
    "ku": "Daîreya biyaniyan",
    "ps": "د بهرنیانو اداره",
    "so": "Xafiiska ajaanibta",
    "sq": "Zyra e të huajve",
}


def make_slip(kind: str = "appointment", **changes) -> SlipData:
    docs = document_catalogue()
    slip = SlipData(
        entry_id=17,
        kind=kind,
        ticket="A-017",
        at=datetime(2024, 5, 14, 9, 30),
        centre_name=Text({"de": "Willkommenszentrum Landkreis Gießen", "en": "Welcome Centre of Giessen District"}),
        address_line="Riversplatz 1-9, 35394 Gießen",
        phone="0641 9390 0",
        unit_name=Text(UNIT),
        building=Text({"de": "Gebäude B", "en": "Building B", "ar": "المبنى B"}),
        floor=Text({"de": "Erdgeschoss", "en": "Ground floor"}),
        room="B 0.12",
        counter="1–4",
        accessibility=Text({"de": "Barrierefreier Zugang", "en": "Step-free access"}),
        hours_kind="opening",
        schedules=(
            Schedule(frozenset({0, 1, 2, 3}), time(8), time(16)),
            Schedule(frozenset({4}), time(8), time(14)),
        ),
        concern_label=Text({"de": "Aufenthaltstitel verlängern", "en": "Extend residence permit"}),
        documents=(docs["passport"], docs["biometric-photo"], docs["registration-certificate"]),
        printed_at=datetime(2024, 5, 14, 8, 12),
        organization="Landkreis Gießen",
    )
    return replace(slip, **changes) if changes else slip


@pytest.fixture
def slip() -> SlipData:
    return make_slip()


def _reader(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def _squash(text: str) -> str:
    """NFKC (Arabic presentation forms -> letters), no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _text(data: bytes) -> str:
    reader = _reader(data)
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def _size_mm(data: bytes) -> tuple[float, float]:
    box = _reader(data).pages[0].mediabox
    return float(box.width) / mm, float(box.height) / mm


# --------------------------------------------------------------------------- phrases


def test_every_language_has_every_phrase():
    raw = json.loads(resource("slips", "phrases.json").read_text("utf-8"))
    german = raw["de"]
    for lang in LANGUAGES:
        block = raw[lang]
        assert set(block) == set(german), lang
        for key, value in german.items():
            if isinstance(value, str):
                assert isinstance(block[key], str) and block[key].strip(), (lang, key)
                assert set(string.Formatter().parse(block[key])) and {
                    f for _, f, _, _ in string.Formatter().parse(block[key]) if f
                } == {f for _, f, _, _ in string.Formatter().parse(value) if f}, (lang, key)
            else:
                assert len(block[key]) == len(value) and all(block[key]), (lang, key)
        assert block["direction"] in ("ltr", "rtl")


def test_languages_names_and_direction():
    assert set(LANGUAGES) <= set(phrases.supported_languages())
    assert phrases.supported_languages()[0] == "de"
    names = phrases.language_names()
    assert names["de"] == "Deutsch" and names["ar"] == "العربية" and names["ti"] == "ትግርኛ"
    assert {lang for lang in LANGUAGES if phrases.is_rtl(lang)} == {"ar", "fa", "ps"}
    assert not phrases.is_rtl("xx")
    with pytest.raises(ValueError, match="unsupported slip language"):
        phrases.check_language("xx")


def test_every_document_in_every_language():
    raw = json.loads(resource("slips", "documents.json").read_text("utf-8"))
    assert raw
    for doc_id, names in raw.items():
        assert set(LANGUAGES) <= set(names), doc_id
        assert all(names[lang].strip() for lang in LANGUAGES), doc_id


def test_farsi_uses_persian_letters():
    raw = json.loads(resource("slips", "phrases.json").read_text("utf-8"))
    docs = json.loads(resource("slips", "documents.json").read_text("utf-8"))
    texts = [v for v in raw["fa"].values() if isinstance(v, str)] + [d["fa"] for d in docs.values()]
    texts += raw["fa"]["weekdays"] + raw["fa"]["months"]
    for text in texts:  # Arabic yeh/kaf instead of Persian ones look wrong in Farsi
        assert "\u064a" not in text and "\u0643" not in text, text


def test_hours_and_dates_per_language():
    schedules = make_slip().schedules
    assert phrases.format_schedules(schedules, "de") == ["Mo–Do 08:00–16:00", "Fr 08:00–14:00"]
    assert phrases.format_schedules(schedules, "en") == ["Mon–Thu 08:00–16:00", "Fri 08:00–14:00"]
    odd = Schedule(frozenset({0, 2, 5, 6}), time(9), time(12, 30))
    assert phrases.format_schedule(odd, "de") == "Mo, Mi, Sa, So 09:00–12:30"
    assert phrases.format_date(datetime(2024, 5, 14), "de") == "Dienstag, 14. Mai 2024"
    assert phrases.format_date(datetime(2024, 5, 14), "en") == "Tuesday 14 May 2024"
    assert phrases.format_date(datetime(2024, 5, 14), "uk") == "вівторок, 14 травня 2024"


# --------------------------------------------------------------------------- fonts and text


def test_every_fixed_text_has_glyphs():
    """No phrase or document name in any language needs a glyph we do not bundle."""
    raw = json.loads(resource("slips", "phrases.json").read_text("utf-8"))
    docs = json.loads(resource("slips", "documents.json").read_text("utf-8"))
    for lang in LANGUAGES:
        texts = [v for v in raw[lang].values() if isinstance(v, str)]
        texts += raw[lang]["weekdays"] + raw[lang]["weekdays_short"] + raw[lang]["months"]
        texts += [d[lang] for d in docs.values()] + [UNIT[lang]]
        for text in texts:
            visual = textlines.visual_order(textlines.shape_text(text), phrases.is_rtl(lang))
            drawn = "".join(part for _, part, _ in fonts.runs(visual))
            assert drawn.count("?") == visual.count("?"), (lang, text)
            for font_name, part, _ in fonts.runs(visual):
                face = next(f for f in fonts.faces().values() if font_name in (f.regular, f.bold))
                assert all(face.covers(ord(ch), False) for ch in part), (lang, part)


def test_font_per_script():
    names = {run[0] for run in fonts.runs("Raum 12 غرفة ክፍሊ")}
    faces = fonts.faces()
    assert names == {faces["latin"].regular, faces["arabic"].regular, faces["ethiopic"].regular}
    assert fonts.runs("汉") == [(faces["latin"].regular, "?", 1.0)]


def test_clean_text_strips_controls_and_overrides():
    assert fonts.clean_text("a\x00b\u202ec\u202c\td\ne\u2066f\u2069\ufeff") == "abc d ef"
    assert fonts.clean_text("سه\u200cشنبه") == "سه\u200cشنبه"  # ZWNJ is kept for shaping
    assert fonts.clean_text("  many   spaces  ") == "many spaces"
    cut = fonts.clean_text("x" * 100_000, limit=50)
    assert len(cut) == 51 and cut.endswith("…")
    assert fonts.clean_text(None) == ""


def test_arabic_is_joined_and_right_to_left():
    line = textlines.shape_text("مكتب شؤون")
    assert all(0xFB50 <= ord(ch) <= 0xFEFF or ch == " " for ch in line)  # presentation forms
    visual = textlines.visual_order(line, rtl=True)
    first_word = textlines.shape_text("مكتب")
    assert visual.split(" ")[-1] == first_word[::-1]  # first word at the right


def test_numbers_and_brackets_stay_readable_in_rtl():
    phone = textlines.visual_order(textlines.shape_text("الهاتف: " + textlines.isolate(textlines.no_break("0641 9390 0"), ltr=True)), True)
    assert phone.startswith("0641\u00a09390\u00a00 ")
    brackets = textlines.visual_order(textlines.shape_text("شهادة (Meldebescheinigung)"), True)
    assert brackets.startswith("(Meldebescheinigung) ")
    assert textlines.visual_order(textlines.shape_text("الساعة 09:30"), True).startswith("09:30 ")


def test_rtl_order_kept_across_wrapped_lines():
    words = ["كلمة", "مكتب", "شؤون", "الأجانب", "والهجرة"] * 8
    block = blocks.TextBlock(" ".join(words), rtl=True, size=10, max_lines=20)
    lines = [line for line, _ in block.lines(120, 1.0, None)]
    assert len(lines) > 2
    # logical order: the lines, joined, are the text; each line is reordered on its own
    assert " ".join(lines) == textlines.shape_text(" ".join(words))
    for line in lines:
        visual = textlines.visual_order(line, True)
        assert visual.split(" ")[-1] == line.split(" ")[0][::-1]
        assert fonts.text_width(visual, 10) <= 120 + 0.01


def test_wrap_truncates_with_ellipsis_only_when_needed():
    short = textlines.wrap("kurzer Text", 200, 10, False, 2)
    assert short == ["kurzer Text"]
    long = textlines.wrap("wort " * 500, 200, 10, False, 3)
    assert len(long) == 3 and long[-1].endswith("…")
    assert all(fonts.text_width(line, 10) <= 200 for line in long)
    unbroken = textlines.wrap("x" * 5000, 100, 10, False, 2)
    assert len(unbroken) == 2 and unbroken[-1].endswith("…")
    assert all(fonts.text_width(line, 10) <= 100 for line in unbroken)


def test_text_block_shrinks_before_cutting():
    text = "Beratungsstelle " * 10  # 4 lines of 300 pt at 10 pt, 3 lines at 9 pt
    block = blocks.TextBlock(text, size=10, max_lines=3)
    size, lines = block._layout(300, 1.0, None)
    assert len(lines) == 3 and size < 10 and not lines[-1][0].endswith("…")
    size, lines = blocks.TextBlock(text * 5, size=10, max_lines=3)._layout(300, 1.0, None)
    assert size == pytest.approx(8) and lines[-1][0].endswith("…")  # smallest size, then cut


# --------------------------------------------------------------------------- rendering


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["appointment", "walk_in"])
def test_slip_in_every_language(lang, kind):
    data = render_slip(make_slip(kind), lang, "A5")
    width, height = _size_mm(data)
    assert width == pytest.approx(148, abs=0.1) and height == pytest.approx(210, abs=0.1)
    text = _text(data)
    flat = _squash(text)
    assert "A-017" in flat
    assert _squash(UNIT["de"]) in flat
    assert "Wohin" in text and "Bitte mitbringen" in text
    if lang in LATIN_OR_CYRILLIC:
        assert _squash(UNIT[lang]) in flat
        assert _squash(phrases.phrase(lang, "please_bring")) in flat
        assert _squash(phrases.phrase(lang, "privacy")) in flat
        key = "come_on_time" if kind == "appointment" else "wait_called"
        assert _squash(phrases.phrase(lang, key)) in flat
    elif lang == "ti":
        assert _squash(UNIT["ti"]) in flat
        assert _squash(phrases.phrase("ti", "where")) in flat
    else:  # Arabic script: text extraction order is the extractor's business; words must be there
        for word in UNIT[lang].split():
            assert _squash(word) in flat or _squash(word[::-1]) in flat, word
    if kind == "walk_in":
        now = phrases.phrase(lang, "walk_in_now", ticket="A-017")
        if lang in LATIN_OR_CYRILLIC:
            assert _squash(now) in flat


def _fonts_of(data: bytes) -> list:
    page = _reader(data).pages[0]
    return [ref.get_object() for ref in page["/Resources"]["/Font"].values()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_fonts_embedded(lang):
    data = render_slip(make_slip(), lang, "A5")
    found = _fonts_of(data)
    assert found
    for font in found:
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
    base_fonts = {str(f["/BaseFont"]).split("+")[-1] for f in found}
    if lang in ("ar", "fa"):
        assert any("Arabic" in name for name in base_fonts)
    if lang == "ti":
        assert any("Ethiopic" in name for name in base_fonts)


def test_german_only():
    text = _text(render_slip(make_slip(), "de", "A5"))
    assert "Wohin" in text and "Where" not in text and "Immigration" not in text


@pytest.mark.parametrize("paper,size", [("A4", (210, 297)), ("A5", (148, 210)), ("A6", (105, 148))])
def test_paper_sizes(paper, size):
    assert _size_mm(render_slip(make_slip(), "ar", paper)) == pytest.approx(size, abs=0.1)


def test_receipt_is_80mm_wide_and_grows():
    short = render_slip(make_slip(documents=()), "en", "receipt80")
    docs = tuple(Text({"de": f"Dokument {i}", "en": f"Document {i}"}) for i in range(12))
    long = render_slip(make_slip(documents=docs), "en", "receipt80")
    (w1, h1), (w2, h2) = _size_mm(short), _size_mm(long)
    assert w1 == pytest.approx(80, abs=0.01) and w2 == pytest.approx(80, abs=0.01)
    assert h2 > h1 > 80
    assert "Document 11" in _text(long)


def test_unknown_paper_or_language():
    with pytest.raises(ValueError, match="unknown paper 'Letter'.*A4, A5, A6, receipt80"):
        render_slip(make_slip(), "en", "Letter")
    with pytest.raises(ValueError, match="unsupported slip language 'xx'"):
        render_slip(make_slip(), "xx", "A5")
    with pytest.raises(ValueError, match="unknown slip kind"):
        render_slip(make_slip(kind="phone_call"), "en", "A5")
    assert render_slip(make_slip(), "ar-SY", "A5")  # a region subtag falls back to the language


def test_qr_event_only_on_appointments(monkeypatch):
    payloads = []
    original = blocks.QrCode.__init__

    def spy(self, payload, *args, **kwargs):
        payloads.append(payload)
        original(self, payload, *args, **kwargs)

    monkeypatch.setattr(blocks.QrCode, "__init__", spy)
    render_slip(make_slip("walk_in"), "en", "A5")
    assert payloads == []
    render_slip(make_slip(slot_minutes=30), "ar", "receipt80")
    assert len(payloads) == 1 and payloads[0] == slip_event(make_slip(slot_minutes=30), "ar")


def test_calendar_event_text():
    event = slip_event(make_slip(room="B; 0,12", slot_minutes=20), "en")
    lines = event.split("\r\n")
    assert lines[0] == "BEGIN:VEVENT" and lines[-2] == "END:VEVENT" and lines[-1] == ""
    assert "DTSTART:20240514T093000" in lines and "DTEND:20240514T095000" in lines
    assert "SUMMARY:A-017 Ausländerbehörde / Immigration Office" in lines
    location = next(line for line in lines if line.startswith("LOCATION:"))
    assert "Riversplatz 1-9\\, 35394 Gießen" in location and "Raum B\\; 0\\,12" in location
    assert not any(ch in event for ch in "\u202a\u202b\u202c\u2066\u2069")


def test_write_slip_is_atomic(tmp_path):
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"old")
    assert write_slip(make_slip(), target, "fa", "A6") == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]
    with pytest.raises(ValueError):
        write_slip(make_slip(), tmp_path / "other.pdf", "en", "B5")
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]


# --------------------------------------------------------------------------- limits


def _record_boxes(monkeypatch) -> list[tuple[float, float, float | None]]:
    """Capture (x, baseline, width) of every drawn text line."""
    boxes: list[tuple[float, float, float | None]] = []
    original = blocks.draw_visual

    def spy(canvas, visual, x, baseline, size, bold, width=None, align="left"):
        boxes.append((x, baseline, width))
        original(canvas, visual, x, baseline, size, bold, width, align)

    monkeypatch.setattr(blocks, "draw_visual", spy)
    return boxes


HUGE = make_slip(
    unit_name=Text({"de": "Sehr lange Einheit " * 60 + "Donaudampfschifffahrtsgesellschaft" * 40, "ar": "مكتب " * 2000}),
    concern_label=Text({"de": "x" * 100_000, "ar": "طلب طويل " * 20_000, "en": "word " * 20_000}),
    ticket="A-" + "9" * 100,
    phone="0641 " * 50,
    room="R" * 300,
    documents=tuple(Text({"de": f"Dokument {i} " * 30, "ar": "وثيقة " * 80}) for i in range(40)),
)


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("lang", ["ar", "en", "ti"])
def test_long_text_stays_on_the_page(monkeypatch, paper, lang):
    boxes = _record_boxes(monkeypatch)
    data = render_slip(HUGE, lang, paper)
    width, height = (v * mm for v in _size_mm(data))
    spec = PAPERS[paper]
    assert boxes
    for x, baseline, box_width in boxes:
        assert box_width is not None
        assert spec.margin - 0.01 <= x and x + box_width <= width - spec.margin + 0.01
        assert 0 < baseline < height
    text = _text(data)
    assert "…" in text  # cut, visibly
    if spec.height is None:
        assert height <= spec.max_height + 0.01


def test_text_positions_inside_page():
    data = render_slip(HUGE, "ar", "A6")
    page = _reader(data).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    positions = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            positions.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    assert positions
    assert all(0 <= x <= width and 0 <= y <= height for x, y in positions)


def test_many_documents_shrink_then_leave_out_the_last():
    docs = tuple(Text({"de": f"Dokument Nummer {i}", "en": f"Document number {i}"}) for i in range(3))
    text = _text(render_slip(make_slip(documents=docs), "en", "A6"))
    assert "Document number 2" in text and "…" not in text  # fits after shrinking
    docs = tuple(Text({"de": f"Dokument Nummer {i}", "en": f"Document number {i}"}) for i in range(12))
    text = _text(render_slip(make_slip(documents=docs), "en", "A6"))
    assert "Document number 0" in text and "Document number 11" not in text
    assert "•…" in re.sub(r"\s+", "", text)
    assert "Data protection" in text and "Phone" in text  # what follows the list is kept


weird_text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(
            list("\x00\t\n\r\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\ufffd")
            + ["\ud800", "\U000e0001", "\U0001f600", "ﷺ", "(", ")", "…", " "]
        ),
        st.sampled_from(list("مكتبشؤونالأجانبپچژگکیቤትጽሕፈት")),
    ),
    max_size=400,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(concern=weird_text, unit=weird_text, lang=st.sampled_from(LANGUAGES), paper=st.sampled_from(list(PAPERS)))
def test_arbitrary_text_never_raises(concern, unit, lang, paper):
    slip = make_slip(
        concern_label=Text({"de": concern, lang: concern[::-1]}) if concern else EMPTY_TEXT,
        unit_name=Text({"de": unit, lang: unit}),
        ticket=unit[:10],
        room=concern[:20],
    )
    data = render_slip(slip, lang, paper)
    assert data.startswith(b"%PDF-")


def test_every_visitor_language_prints_a_slip_with_its_own_words():
    """The sixteen languages of core/languages.py: phrases, documents, and the centre's place words."""
    from welcome_desk.core.centre import load_bundled_centre
    from welcome_desk.core.languages import CODES
    from welcome_desk.slips.fonts import runs

    assert set(CODES) <= set(phrases.supported_languages())
    centre = load_bundled_centre("giessen")
    for lang in CODES:
        assert centre.location.building.get(lang) != centre.location.building.get("de") or lang == "de", lang
        assert lang in centre.location.accessibility.values, lang
        for doc_id in centre.documents:
            assert lang in centre.documents[doc_id].values, (doc_id, lang)
        for unit in centre.units:
            assert not unit.floor or lang in unit.floor.values, (unit.id, lang)
    # Pashto letters and Ethiopic are drawn with a bundled font, never as "?"
    for text in ("ټیلیفون ځمکنی پوړ ښوونځی ګډ ږ ډ ړ ڼ ۍ", "ገዛን ምድላይ ገዛን ቁጽሪኹም"):
        assert "?" not in "".join(run for run, _font, _size in runs(text))
