"""An outside partner's invented address, hours and phone come out of a real printer marked as sample values.

The keyboard serves a visitor for the language courses (a partner outside the building whose address,
phone and hours are samples in the bundled centre file): the advice at the desk marks the address,
and the referral slip that cups-pdf prints is A5, one page, with the marks and the footnote as text.
"""

from __future__ import annotations

import re
import unicodedata

from driver import DeskApp

from test_serve_visitors import A5_POINTS, _concern, _pdf_facts, _print_from_preview, _ready_for_next

GERMAN_NOTE = "* Beispielangabe, noch nicht bestätigt – bitte am Empfang nachfragen."


def _plain(text: str) -> str:
    """pdftotext's words with no-break spaces and line breaks as single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def test_a_referral_slip_with_sample_values_prints_them_marked_on_a5(desk_app):
    app: DeskApp = desk_app
    before = len(app.desktop.printed_pdfs())
    _ready_for_next(app)
    _concern(app, "Sprachkurs")
    app.keys.key("alt+1", "F5")  # the course question's first answer, then the walk-in
    advice = app.screen.wait_for("the partner advice", lambda: app.screen.window("Partner außerhalb"))
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
    text = _plain(app.desktop.run(["pdftotext", "-enc", "UTF-8", str(pdfs[-1]), "-"], encoding="utf-8").stdout)
    assert "Musterstraße 10, 35390 Gießen *" in text, text
    assert "Telefon: 069 90009 101 *" in text, text
    assert re.search(r"Öffnungszeiten: [^*]+ \*", text), text
    assert GERMAN_NOTE in text, text
