"""The visitor-language chooser: type a few letters of any name of the language.

Reception types "arab", "pasch", "dari" or "рус" on the focused chooser (or in its
open list) and the language is chosen at once, by its German, English or own name
(:func:`welcome_desk.core.languages.find_languages`) — no counting arrow presses.
Each entry shows the language in its own script and, after it, in German.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

from welcome_desk.core.languages import find_languages, language

TYPING_PAUSE = 1.2  # seconds after which typed letters start a new search


def entry_text(code: str, native: str) -> str:
    lang = language(code)
    if lang is None or lang.german == native:
        return native
    return f"\u200e{native}\u200e — {lang.german}"


class LanguageCombo(QComboBox):
    """A combo box of language codes that finds a language by any of its names."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._last_key = 0.0
        self.chosen_by_hand = False  # reception picked one: a guess from the typed text no longer overrides it
        self.activated.connect(self._by_hand)
        self.view().installEventFilter(self)

    def set_languages(self, languages: list[tuple[str, str]]) -> None:
        self.clear()
        for code, native in languages:
            self.addItem(entry_text(code, native), code)

    def _by_hand(self, *_args) -> None:
        self.chosen_by_hand = True

    def choose_guess(self, code: str) -> bool:
        """Pre-select ``code`` guessed from the typed text, unless reception chose by hand."""
        if self.chosen_by_hand:
            return False
        index = self.findData(code)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def reset(self, code: str = "de") -> None:
        """A new visitor: back to ``code`` and guesses allowed again."""
        self.chosen_by_hand = False
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def find(self, typed: str) -> int:
        codes = [self.itemData(i) for i in range(self.count())]
        found = find_languages(typed, codes)
        return self.findData(found[0]) if found else -1

    def _type(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not text or not text.isprintable() or text.isspace() and not self._typed:
            return False
        now = time.monotonic()
        if now - self._last_key > TYPING_PAUSE:
            self._typed = ""
        self._last_key = now
        self._typed += text
        index = self.find(self._typed)
        if index >= 0:
            self.setCurrentIndex(index)
            if self.view().isVisible():
                self.view().setCurrentIndex(self.model().index(index, 0))
            self.chosen_by_hand = True
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if mods == Qt.KeyboardModifier.NoModifier and self._type(event):
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.chosen_by_hand = True
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view() and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            mods = key_event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if mods == Qt.KeyboardModifier.NoModifier and key_event.text().isprintable() and key_event.text().strip():
                return self._type(key_event)
        return super().eventFilter(watched, event)
