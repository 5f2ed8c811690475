"""Honest slips: a ticket valid from a later time, the waiting range, and the referral to a partner outside."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from welcome_desk.core import waiting
from welcome_desk.core.actor import Actor
from welcome_desk.core.workspace import open_workspace
from welcome_desk.slips.compose import compose_slip
from welcome_desk.slips.render import render_slip

NOW = dt.datetime(2026, 11, 23, 9, 5)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_ticket_for_later_says_from_when_and_how_long_in_both_languages(workspace):
    entry = workspace.booking.log_walk_in("immigration-office", language="uk")
    wait = waiting.WaitInfo(dt.datetime(2026, 11, 23, 13, 0), 20, 40)
    text = pdf_text(render_slip(compose_slip(workspace.centre, entry, NOW, wait), "uk", "A5"))
    assert "ab 13:00 Uhr" in text and "з 13:00" in text
    assert "jetzt" not in text
    assert "Wartezeit etwa 20–40 Minuten" in text and "Час очікування приблизно 20–40 хвилин" in text


def test_a_ticket_for_now_keeps_jetzt_and_prints_the_estimate(workspace):
    entry, wait = waiting.issue_walk_in(workspace.db, workspace.centre, Actor("RB"), workspace.clock, "immigration-office")
    text = pdf_text(render_slip(compose_slip(workspace.centre, entry, NOW, waiting.wait_info(workspace.db, entry.id)), "de"))
    assert "jetzt" in text and f"Wartezeit etwa {wait.low}–{wait.high} Minuten" in text


def test_a_partner_outside_gets_address_hours_and_no_waiting_number(workspace):
    entry = waiting.refer_to_partner(workspace.db, workspace.centre, Actor("RB"), workspace.clock, "school-office", language="ar")
    text = pdf_text(render_slip(compose_slip(workspace.centre, entry, NOW), "ar", "A5"))
    assert "Musterstraße 40" in text  # where to go
    assert "Riversplatz" in text  # who sent the visitor
    assert entry.ticket not in text and "Ihre Nummer" not in text
    assert "Bitte gehen Sie direkt dorthin" in text
    assert "bitte warten" not in text.lower()


def test_tigrinya_has_every_waiting_text_of_german_with_the_same_placeholders():
    import json
    import string

    from welcome_desk.core.paths import resource
    from welcome_desk.slips import phrases

    raw = json.loads(resource("slips", "wait_phrases.json").read_text("utf-8"))
    assert phrases.has_wait_phrases("ti")
    assert "ti" in raw["_unreviewed"]  # machine-drafted until a Tigrinya speaker has checked it
    fields = {key: {f for _, f, _, _ in string.Formatter().parse(text) if f} for key, text in raw["de"].items()}
    assert set(raw["ti"]) == set(fields)
    for key, text in raw["ti"].items():
        assert {f for _, f, _, _ in string.Formatter().parse(text) if f} == fields[key], key
        assert any("\u1200" <= ch <= "\u137f" for ch in text), key  # Ethiopic script, not an English fallback
    assert set(raw["_unreviewed"]) <= {lang for lang in raw if not lang.startswith("_")}


def test_a_tigrinya_slip_says_from_when_how_long_and_go_directly_in_tigrinya(workspace):
    from welcome_desk.slips.phrases import wait_phrase

    entry = workspace.booking.log_walk_in("immigration-office", language="ti")
    wait = waiting.WaitInfo(dt.datetime(2026, 11, 23, 13, 0), 20, 40)
    text = pdf_text(render_slip(compose_slip(workspace.centre, entry, NOW, wait), "ti", "A5"))
    assert "ab 13:00 Uhr" in text and "Wartezeit etwa 20–40 Minuten" in text
    assert "from 13:00" not in text and "Waiting time about" not in text  # no English stand-in any more
    assert wait_phrase("ti", "estimate", low="20", high="40") != wait_phrase("en", "estimate", low="20", high="40")
    partner = waiting.refer_to_partner(workspace.db, workspace.centre, Actor("RB"), workspace.clock, "school-office", language="ti")
    text = pdf_text(render_slip(compose_slip(workspace.centre, partner, NOW), "ti", "A5"))
    assert "Bitte gehen Sie direkt dorthin" in text and "Please go there directly" not in text
