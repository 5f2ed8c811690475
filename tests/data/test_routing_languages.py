"""Routing in the sixteen visitor languages: coverage of the data, no confident wrong answer,
situations read from the text. ``python tests/data/routing_report.py`` prints the table."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

from welcome_desk.core.centre import bundled_centres, load_bundled_centre
from welcome_desk.core.languages import CODES, find_languages
from welcome_desk.core.routing import Router

_spec = importlib.util.spec_from_file_location("routing_report", Path(__file__).with_name("routing_report.py"))
report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report)


@lru_cache(maxsize=None)
def router(centre_id: str = "giessen") -> Router:
    return Router(load_bundled_centre(centre_id))


def test_sixteen_languages_in_one_list():
    assert CODES == report.LANGS
    assert len(CODES) == 16


@pytest.mark.parametrize("centre_id", list(bundled_centres()))
def test_every_concern_and_question_speaks_sixteen_languages(centre_id):
    centre = load_bundled_centre(centre_id)
    for concern in centre.concerns:
        for lang in CODES:
            assert concern.keywords.get(lang), (concern.id, lang)
            assert lang in concern.label.values, (concern.id, lang)
    for question in centre.questions:
        assert set(CODES) <= set(question.text.values), question.id
        for answer in question.answers:
            assert set(CODES) <= set(answer.label.values), (question.id, answer.id)


def test_at_least_forty_phrases_per_language_with_a_held_out_part():
    phrases = report.load_phrases()
    for lang in CODES:
        mine = [p for p in phrases if p["lang"] == lang]
        assert len(mine) >= 40, lang
        assert sum(p["split"] == "heldout" for p in mine) >= 15, lang


def test_no_confident_wrong_answer_and_floors_per_language():
    """Floors a little under the measured figures, so a change that makes routing worse fails."""
    table, misses = report.measure(router(), report.load_phrases())
    for (lang, split), (n, top1, top2, sure_wrong) in table.items():
        assert sure_wrong / n <= 0.025, (lang, split, [m for m in misses if "SURE" in m])
        assert top1 / n >= 0.85, (lang, split, misses)
        assert top2 / n >= 0.9, (lang, split)
    n, top1, _, sure_wrong = table[("all", "heldout")]
    assert top1 / n >= 0.95
    assert sure_wrong <= 1


@pytest.mark.parametrize(
    "query",
    ["Führerschein umschreiben", "looking", "نام", "потерял", "nurses", "umschreiben"],
)
def test_one_weak_word_is_not_a_sure_answer(query):
    result = router().route(query, complete=True)
    assert result.uncertain, [c.unit.id for c in result.candidates]


@pytest.mark.parametrize("query", ["Kindergeld", "Visum verlängern", "Kita Platz", "تمديد الإقامة", "kërkoj punë"])
def test_a_real_match_is_sure(query):
    result = router().route(query, complete=True)
    assert result.best is not None and not result.uncertain


def test_compound_head_outranks_its_modifier():
    assert router().route("Hausarzt", complete=True).concern.id == "health-social"
    assert router().route("Schulanmeldungsformular", complete=True).concern.id == "school"


def test_a_complete_query_is_not_a_prefix():
    r = router()
    typing = r.route("Kinderg")
    whole = r.route("Kinderg", complete=True)
    assert typing.best is not None and typing.concern.id in ("child-benefit", "childcare")
    assert whole.best is None or whole.uncertain


@pytest.mark.parametrize(
    ("query", "answer", "unit"),
    [
        ("suche Arbeit, Jobcenter zahlt", "yes", "jobcenter"),
        ("ich suche Arbeit ohne Bürgergeld", "no", "employment-agency"),
        ("Ausbildungsvertrag unterschrieben", "yes", "immigration-office"),
        ("wohne im Heim und suche Wohnung", "shared-accommodation", "refugee-affairs"),
        ("мне 30 лет ищу практику", "27-plus", "employment-agency"),
        ("bin 19 und suche ein Praktikum", "under-27", "jmd"),
        ("ساكن بالكامب وبدي بيت", "shared-accommodation", "refugee-affairs"),
        ("po kerkoj pune, marr nga jobcenter", "yes", "jobcenter"),
    ],
)
def test_the_situation_stated_in_the_text_answers_the_question(query, answer, unit):
    result = router().route(query, complete=True)
    assert result.stated is not None and result.stated.id == answer, result.concern
    assert result.question is not None  # still shown, so reception can change the answer
    assert result.best.unit.id == unit
    assert result.stated_words


@pytest.mark.parametrize(
    ("typed", "code"),
    [("arab", "ar"), ("Arabisch", "ar"), ("pasch", "ps"), ("pash", "ps"), ("dari", "fa"), ("tigr", "ti"),
     ("kurm", "ku"), ("alban", "sq"), ("shqip", "sq"), ("рус", "ru"), ("somal", "so"), ("rum", "ro"), ("polish", "pl")],
)
def test_a_language_is_found_by_its_german_english_or_own_name(typed, code):
    assert find_languages(typed)[0] == code
