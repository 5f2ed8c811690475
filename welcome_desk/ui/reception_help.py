"""Two helpers of the reception flow (issue 13), kept out of ``reception.py``.

:class:`LanguageRecognition` guesses the visitor's language from the typed concern
and pre-selects it in the slip-language chooser unless reception chose one by hand;
a language no slip is printed in is named instead. :func:`learn_from_choice` hands
the typed words to the core as suggested vocabulary when reception chose another
concern than routing's first, or one by hand after routing found nothing sure.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QTimer

from welcome_desk.core.actor import Actor
from welcome_desk.core.langid import LanguageGuesser, language_name_de
from welcome_desk.core.routing import Candidate, RouteResult
from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.i18n import visitor_languages
from welcome_desk.ui.language_combo import LanguageCombo

LOAD_AFTER_MS = 2000  # the model loads once the desk has started ...
START_WHEN_TYPING_MS = 300  # ... or soon after reception types


class LanguageRecognition:
    """The guesser (its model loads in the background, after the start) and the chooser it steers.

    ``on_ready`` is called (in the GUI thread) once the model has loaded, so a text typed or
    pasted while it loaded gets its guess too.
    """

    def __init__(self, combo: LanguageCombo, on_ready: Callable[[], None] | None = None) -> None:
        self.combo = combo
        self.guesser = LanguageGuesser(covered=[code for code, _ in visitor_languages()], defer=True)
        self._on_ready = on_ready
        self._loading = QTimer(combo)  # looks every 100 ms whether the model has loaded
        self._loading.setInterval(100)
        self._loading.timeout.connect(self._check_loaded)
        QTimer.singleShot(LOAD_AFTER_MS, combo, self._start)

    def _start(self) -> None:
        self.guesser.start()
        if not self.guesser.ready:
            self._loading.start()

    def _check_loaded(self) -> None:
        if self.guesser.ready:
            self._loading.stop()
            if self._on_ready is not None:
                self._on_ready()

    def note_for(self, text: str, ui_lang: str) -> str:
        """Pre-select the guessed slip language; the note naming an uncovered one (else "")."""
        guess = self.guesser.guess(text) if text.strip() else None
        if guess is None:
            if not self.guesser.ready and not self._loading.isActive():
                QTimer.singleShot(START_WHEN_TYPING_MS, self.combo, self._start)  # once the desk has painted
            return ""
        if guess.covered:
            self.combo.choose_guess(guess.code)
            return ""
        name = language_name_de(guess.code) if ui_lang == "de" else guess.code
        return QCoreApplication.translate("MainWindow", "{language} recognised — please ask in German or English").format(
            language=name
        )


def learn_from_choice(
    ws: Workspace, actor: Actor, result: RouteResult | None, cand: Candidate, typed: str | None, by_hand: str | None
) -> None:
    """Suggest the typed words for ``cand``'s concern when routing did not offer it first."""
    text = by_hand
    if text is None and typed and result is not None and result.concerns:
        if cand.concern.id != result.concerns[0].concern.id:
            text = typed
    if not text:
        return
    from welcome_desk.core.vocabulary import suggest_at_the_desk

    suggest_at_the_desk(ws.db, actor, ws.clock, ws.centre, cand.concern.id, text)
