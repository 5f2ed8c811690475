"""Reception in sixteen languages: unsure matches not armed, the visitor's language recognised,
the question beside German, the situation read from the text, words learned from the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from a11y_walk import accessibility_problems
from gui_desk import Desk, type_text

from welcome_desk.core import vocabulary
from welcome_desk.core.centre import load_bundled_centre
from welcome_desk.ui.centre_editor.vocabulary_dialog import VocabularyDialog
from welcome_desk.ui.language_combo import LanguageCombo


@pytest.fixture
def desk(qtbot, workspace):
    d = Desk(qtbot, workspace)
    assert d.window.reception.languages.guesser.wait_ready(10)
    yield d
    d.close()


def test_an_unsure_match_is_shown_but_not_armed(desk):
    w = desk.window
    type_text(w.intake, "looking")
    assert w.result is not None and w.result.uncertain and w.result.candidates
    assert w.current_candidate() is None
    assert not w.walk_in_button.isEnabled()
    assert "No sure match" in w.detail.hint.text() or "Keine sichere" in w.detail.hint.text()
    w.reception.move_selection(1)  # Down takes the first suggestion
    assert w.current_candidate() is not None and w.walk_in_button.isEnabled()


def test_the_visitors_language_is_preselected_and_the_question_shown_in_it(desk):
    w = desk.window
    type_text(w.intake, "بدي شغل، باخد من الجوب سنتر")
    assert w.visitor_lang() == "ar"
    assert w.result.stated is not None and w.result.stated.id == "yes"
    assert w.current_candidate().unit.id == "jobcenter"
    assert w.detail.question_visitor.isVisibleTo(w.detail) and "الجوب سنتر" in w.detail.question_visitor.text()
    assert w.detail.stated.isVisibleTo(w.detail) and "Alt+" in w.detail.stated.text()
    buttons = w.detail.answer_buttons()
    assert buttons and "نعم" in buttons[0].text()


def test_a_language_chosen_by_hand_is_not_overridden(desk):
    w = desk.window
    w.visitor_language.setFocus()
    for ch in "tigr":
        QTest.keyClick(w.visitor_language, ch)
    assert w.visitor_lang() == "ti" and w.visitor_language.chosen_by_hand
    type_text(w.intake, "je cherche un logement")
    assert w.visitor_lang() == "ti"
    w.new_visit()
    assert w.visitor_lang() == "de" and not w.visitor_language.chosen_by_hand


def test_an_uncovered_language_is_named(desk):
    w = desk.window
    type_text(w.intake, "necesito ayuda con mi permiso de residencia")
    assert "recognised" in w.detail.hint.text() or "erkannt" in w.detail.hint.text() or w.current_candidate() is not None


def test_typing_a_name_finds_the_language(qtbot):
    combo = LanguageCombo()
    combo.set_languages([("de", "Deutsch"), ("en", "English"), ("ar", "العربية"), ("ps", "پښتو"), ("fa", "فارسی")])
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo, "arab")
    assert combo.currentData() == "ar"
    combo._last_key = 0.0  # a pause: a new search
    qtbot.keyClicks(combo, "dari")
    assert combo.currentData() == "fa"
    assert "Arabisch" in combo.itemText(combo.findData("ar"))


def test_words_routed_by_hand_are_suggested_and_the_dialog_accepts_them(desk, qtbot, workspace):
    w = desk.window
    type_text(w.intake, "Schwerbehindertenausweis")
    assert w.result is None or not w.result.candidates or w.result.uncertain
    w.route_concern("health-social")
    assert w.issue_walk_in() is not None
    pending = vocabulary.pending(workspace.db, workspace.centre.id)
    assert [(s.concern_id, s.word) for s in pending] == [("health-social", "schwerbehindertenausweis")]
    accepted = []
    dialog = VocabularyDialog(workspace.centre, pending, lambda pairs, lang: accepted.append((pairs, lang)), lambda pairs: None)
    qtbot.addWidget(dialog)
    assert accessibility_problems(dialog, descriptions=True) == []
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept_button.click()
    assert accepted == [([("health-social", "schwerbehindertenausweis")], "de")]
    assert dialog.list.count() == 0


def test_what_was_typed_while_the_language_model_loaded_gets_its_guess(qtbot, workspace):
    d = Desk(qtbot, workspace)  # the model loads after the start, not while the desk is built
    try:
        w = d.window
        assert not w.reception.languages.guesser.ready
        type_text(w.intake, "je cherche un logement")
        assert w.visitor_lang() == "de"  # nothing to guess with yet
        qtbot.waitUntil(lambda: w.visitor_lang() == "fr", timeout=20_000)
    finally:
        d.close()
