"""An outside partner's invented address, hours and phone come out of a real printer marked as sample values.

The keyboard serves a visitor for the language courses (a partner outside the building whose address,
phone and hours are samples in the bundled centre file): the advice at the desk marks the address,
and the referral slip that cups-pdf prints is A5, one page, with the marks and the footnote as text.
"""

from __future__ import annotations

import re
import unicodedata

from driver import DeskApp

from test_serve_visitors import A5_POINTS, _concern, _main, _pdf_facts, _print_from_preview, _ready_for_next

GERMAN_NOTE = "* Beispielangabe, noch nicht bestätigt – bitte am Empfang nachfragen."


def _ascii(text: str) -> str:
    """Text as cups-pdf's output gives it back: its fonts keep no text for letters outside ASCII
    ("Gie en"), so those become spaces; line breaks and no-break spaces are single spaces."""
    text = "".join(ch if ord(ch) < 128 else " " for ch in unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text).strip()


def test_a_referral_slip_with_sample_values_prints_them_marked_on_a5(desk_app):
    app: DeskApp = desk_app
    before = len(app.desktop.printed_pdfs())
    _ready_for_next(app)
    _concern(app, "Sprachkurs")
    app.screen.wait_for("the course question's answer buttons", lambda: _main(app).find(
        lambda n: n.role == "push button" and "(Alt+1)" in n.description and "showing" in n.states))
    app.keys.key("alt+1", "F5")  # the first answer, then the walk-in
    advice = app.screen.wait_for("the partner advice", lambda: app.screen.window("Partner außerhalb"), timeout=40)
    said = " ".join(node.name for node in advice.walk())
    assert "Musterstraße 10, 35390 Gießen *" in said, said  # the invented address is marked at the desk too
    app.keys.key("Return")  # the referral slip
    _print_from_preview(app)
    _ready_for_next(app)
    pdfs = app.screen.wait_for("the referral slip out of the cups-pdf printer",
                               lambda: len(app.desktop.printed_pdfs()) > before and app.desktop.printed_pdfs(), timeout=60)
    size, pages, _ = _pdf_facts(app, pdfs[-1])
    assert abs(size[0] - A5_POINTS[0]) < 2 and abs(size[1] - A5_POINTS[1]) < 2, f"not A5: {size}"
    assert pages == 1
    # -layout: lines as printed (the words of a line stay together around a letter without text)
    text = _ascii(app.desktop.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdfs[-1]), "-"], encoding="utf-8").stdout)
    assert _ascii("Musterstraße 10, 35390 Gießen *") in text, text
    assert "Telefon: 069 90009 101 *" in text, text
    assert re.search(r"ffnungszeiten: [^*]+ \*", text), text
    assert _ascii(GERMAN_NOTE) in text, text
