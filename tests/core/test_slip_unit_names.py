"""The visitor's half of a slip names the unit (and the centre) in the visitor's language (issue 13's gap).

Every bundled centre gives each unit's name and its own name in all sixteen slip languages; machine-drafted
ones are listed under ``unreviewed`` so a team lead sees which still need a native speaker. The German
half keeps the official German name.
"""

from __future__ import annotations

import pytest

from welcome_desk.core.centre import bundled_centres, load_bundled_centre, read_bundled_file, validate_document
from welcome_desk.core.languages import CODES
from welcome_desk.slips.compose import compose_slip
from welcome_desk.slips.phrases import is_rtl
from welcome_desk.slips.render import render_slip

from test_slip_samples import NOW, normalized, slip_text

CENTRES = sorted(bundled_centres())


@pytest.mark.parametrize("centre_id", CENTRES)
def test_every_unit_and_the_centre_are_named_in_every_slip_language(centre_id):
    centre = load_bundled_centre(centre_id)
    missing = [(unit.id, lang) for unit in centre.units for lang in CODES if not unit.name.values.get(lang, "").strip()]
    missing += [("(centre)", lang) for lang in CODES if not centre.name.values.get(lang, "").strip()]
    assert not missing
    # a visitor's name that is only the German one again would print German twice
    german_again = [(u.id, lang) for u in centre.units for lang in CODES if lang != "de" and u.name.get(lang) == u.name.get("de")]
    assert len(german_again) <= 2 * len(CODES), german_again  # brand names (Jobcenter …) may stay as they are


@pytest.mark.parametrize("centre_id", CENTRES)
def test_machine_drafted_names_are_marked_unreviewed(centre_id):
    raw = read_bundled_file(bundled_centres()[centre_id])
    for owner in [raw, *raw["units"]]:
        drafted = set(owner["unreviewed"]["name"])
        assert drafted <= set(owner["name"]), owner.get("id")
        assert {"ar", "uk", "ti", "ps"} <= drafted  # drafted here, no native speaker has checked them yet
        assert "de" not in drafted and "en" not in drafted  # the official name and the existing English one


def test_an_unreviewed_language_without_a_text_is_refused_by_the_centre_check():
    raw = read_bundled_file(bundled_centres()["giessen"])
    del raw["units"][0]["name"]["ar"]
    problems = validate_document(raw)
    assert problems == ["centre file: $.units[0].unreviewed.name: 'ar' is marked unreviewed but name has no 'ar' text"]
    assert validate_document(raw, schema=False) == []  # a stored centre still opens: a stale mark harms nothing
    raw["units"][0]["unreviewed"] = {"name": ["xx-"]}
    assert any("unreviewed" in p for p in validate_document(raw))


def _words_in(text: str, wanted: str, lang: str) -> bool:
    wanted = normalized(wanted)
    if not is_rtl(lang):
        return wanted in text
    # pdftotext puts right-to-left runs in its own order: every word must be there
    return all(word in text for word in wanted.split())


@pytest.mark.parametrize("lang", ["ar", "uk", "fa", "ps", "ti"])
@pytest.mark.parametrize("unit_id", ["immigration-office", "refugee-affairs", "mbe"])
def test_rendered_slip_names_the_unit_in_german_and_in_the_visitors_language(workspace, tmp_path, lang, unit_id):
    if unit_id == "mbe":
        from welcome_desk.core import waiting
        from welcome_desk.core.actor import Actor

        entry = waiting.refer_to_partner(workspace.db, workspace.centre, Actor("RB"), workspace.clock, unit_id, language=lang)
    else:
        entry = workspace.booking.log_walk_in(unit_id, language=lang)
    unit = workspace.centre.unit(unit_id)
    assert unit.name.get(lang) != unit.name.get("de")
    text = slip_text(render_slip(compose_slip(workspace.centre, entry, NOW), lang, "A5"), tmp_path)
    assert normalized(unit.name.get("de")) in text  # the official German name on the German half
    assert _words_in(text, unit.name.get(lang), lang), (unit.name.get(lang), text)
    assert _words_in(text, workspace.centre.name.get(lang), lang)
