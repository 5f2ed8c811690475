"""Invented sample values of the centre file (a partner's address, phone, hours; a room) are marked on the
printed slip, with a footnote in German and the visitor's language, until the team lead replaces them.

The slip is read back with poppler's ``pdftotext``, as a person copying text out of the PDF would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess
import unicodedata

import pytest

from welcome_desk.core import waiting
from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre
from welcome_desk.core.samples import is_sample
from welcome_desk.slips.compose import compose_slip
from welcome_desk.slips.phrases import is_rtl, phrase, supported_languages
from welcome_desk.slips.render import render_slip

NOW = dt.datetime(2026, 11, 23, 9, 5)
GERMAN_NOTE = "* Beispielangabe, noch nicht bestätigt – bitte am Empfang nachfragen."


def slip_text(data: bytes, tmp_path) -> str:
    """The slip's text through pdftotext, NFKC (Arabic presentation forms back to letters), marks and
    bidi controls dropped, whitespace (line breaks, no-break spaces) as single spaces."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("pdftotext is missing: install poppler-utils")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(data)
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return normalized(raw)


def normalized(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    return re.sub(r"\s+", " ", text).strip()


def has_note(text: str, lang: str) -> bool:
    note = normalized(phrase(lang, "sample_note"))
    if not is_rtl(lang):
        return note in text
    # pdftotext puts right-to-left runs in its own order: every word is there, and the mark
    return "*" in text and all(word.strip(".،") in text for word in note.replace("*", "").split())


def refer(workspace, unit_id: str, lang: str):
    return waiting.refer_to_partner(workspace.db, workspace.centre, Actor("RB"), workspace.clock, unit_id, language=lang)


@pytest.mark.parametrize("lang", supported_languages())
def test_a_partners_invented_address_hours_and_phone_are_marked_with_a_footnote_in_both_languages(workspace, tmp_path, lang):
    entry = refer(workspace, "language-courses", lang)
    text = slip_text(render_slip(compose_slip(workspace.centre, entry, NOW), lang, "A5"), tmp_path)
    assert "Musterstraße 10, 35390 Gießen *" in text
    assert "Öffnungszeiten: Mo–Do 09:00–16:00, Fr 09:00–12:00 *" in text
    assert "Telefon: 069 90009 101 *" in text
    assert GERMAN_NOTE in text
    assert has_note(text, lang), f"the {lang} footnote is missing"
    assert "Riversplatz 1-9, 35394 Gießen *" not in text  # the centre's own address is a fact


@pytest.mark.parametrize("lang", ["de", "uk", "ar"])
def test_an_invented_room_is_marked_and_the_real_hours_and_phone_are_not(workspace, tmp_path, lang):
    entry = workspace.booking.log_walk_in("immigration-office", language=lang)
    text = slip_text(render_slip(compose_slip(workspace.centre, entry, NOW), lang, "A5"), tmp_path)
    assert "Raum B 0.12 *" in text and "Schalter 1–4 *" in text
    assert "Öffnungszeiten: Mo–Do 08:00–16:00, Fr 08:00–14:00" in text
    assert "Fr 08:00–14:00 *" not in text  # the service hours are published, not invented
    assert re.search(r"0641 9390 0 \*(?! Beispielangabe)", text) is None  # the centre's phone (the footnote may follow it)
    assert GERMAN_NOTE in text and has_note(text, lang)


def without_samples(centre: Centre, unit_id: str) -> Centre:
    """The centre after the team lead replaced the unit's sample values (centre_edit takes each off the list)."""
    units = tuple(dataclasses.replace(u, sample_values=frozenset()) if u.id == unit_id else u for u in centre.units)
    return dataclasses.replace(centre, units=units)


def test_values_the_team_lead_replaced_carry_no_mark_and_no_footnote(workspace, tmp_path):
    entry = refer(workspace, "language-courses", "fa")
    slip = compose_slip(without_samples(workspace.centre, "language-courses"), entry, NOW)
    assert slip.samples == frozenset()
    text = slip_text(render_slip(slip, "fa", "A5"), tmp_path)
    assert "Musterstraße 10, 35390 Gießen" in text and "*" not in text
    assert "Beispielangabe" not in text and not has_note(text, "fa")


def test_the_slip_marks_only_the_values_it_prints_from_the_unit(workspace):
    centre = workspace.centre
    partner = compose_slip(centre, refer(workspace, "language-courses", "de"), NOW)
    assert partner.samples == {"partner_address", "building", "accessibility", "schedules", "phone"}
    in_house = compose_slip(centre, workspace.booking.log_walk_in("anti-discrimination", language="de"), NOW)
    assert in_house.samples == {"room", "schedules"}
    # a unit that lists its phones as a sample but has none prints the centre's phone: a fact, unmarked
    unit = dataclasses.replace(centre.unit("language-courses"), phones=())
    assert not is_sample(unit, "phones") and is_sample(unit, "location")


@pytest.mark.parametrize("paper", ["A6", "receipt80"])
def test_the_footnote_fits_small_paper_on_one_page(workspace, tmp_path, paper):
    from pypdf import PdfReader
    import io

    entry = refer(workspace, "school-office", "ti")
    data = render_slip(compose_slip(workspace.centre, entry, NOW), "ti", paper)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = slip_text(data, tmp_path)
    assert GERMAN_NOTE in text and has_note(text, "ti")
