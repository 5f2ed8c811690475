"""The visitor's language, guessed offline from a few words."""

from __future__ import annotations

import threading

import pytest

from welcome_desk.core.langid import LanguageGuesser, language_name_de


@pytest.fixture(scope="module")
def guesser() -> LanguageGuesser:
    g = LanguageGuesser(background=False)
    assert g.ready
    return g


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mein Aufenthalt läuft ab", "de"),
        ("I lost my job last week", "en"),
        ("بدي جدد الإقامة", "ar"),
        ("میخوام اقامتم را تمدید کنم", "fa"),
        ("oturumum bitiyor ne yapmalıyım", "tr"),
        ("шукаю роботу водієм", "uk"),
        ("мне нужен семейный врач", "ru"),
        ("je cherche un logement", "fr"),
        ("ገዛ እደሊ ኣለኹ", "ti"),
        ("ez li kar digerim", "ku"),
        ("ښوونځي ته نوم لیکنه", "ps"),
        ("waxaan rabaa shaqo", "so"),
        ("caut un loc de muncă", "ro"),
        ("szukam pracy w Giessen", "pl"),
        ("kërkoj punë në Giessen", "sq"),
    ],
)
def test_a_few_words_tell_the_language(guesser, text, code):
    guess = guesser.guess(text)
    assert guess is not None and guess.code == code and guess.covered


def test_an_uncovered_language_is_named(guesser):
    guess = guesser.guess("Necesito ayuda con mi permiso de residencia")
    assert guess is not None and guess.code == "es" and not guess.covered
    assert language_name_de(guess.code) == "Spanisch"
    assert language_name_de("so") == "Somali"


def test_too_little_text_is_no_guess(guesser):
    assert guesser.guess("Kit") is None
    assert guesser.guess("") is None


def test_a_guesser_limited_to_some_languages_says_the_others_are_not_covered():
    g = LanguageGuesser(covered=("de", "en"), background=False)
    guess = g.guess("waxaan rabaa shaqo")
    assert guess is not None and guess.code == "so" and not guess.covered


def test_a_deferred_guesser_loads_its_model_only_when_asked():
    def loading() -> int:
        return sum(t.name == "langid-load" for t in threading.enumerate())

    before = loading()
    g2 = LanguageGuesser(defer=True)
    assert loading() == before and not g2.ready  # nothing loads by itself
    assert g2.guess("Ich suche eine Wohnung") is None  # not loaded: no guess
    assert loading() == before
    g2.start()
    assert g2.wait_ready(30)
    guess = g2.guess("Ich suche eine Wohnung")
    assert guess is not None and guess.code == "de"
