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
