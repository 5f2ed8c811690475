"""Chime and spoken call: Qt Multimedia and Qt TextToSpeech, both optional at run time.

PySide6-Addons brings both modules; a machine without them, without an audio
device or without a speech engine gets a silent display that works otherwise.
Everything stays on the machine (no network voices). The German line is
spoken first, then the visitor's slip language where the engine has a voice
for it; a language without a voice is skipped, never read out in German sounds.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl

from welcome_desk.core.paths import resource

log = logging.getLogger(__name__)

CHIME_MS = 1300  # the chime's length: speech starts after it
MAX_PENDING = 6  # a burst of calls is not read out for minutes: older lines are dropped


class Announcer(QObject):
    """Plays the chime, then speaks queued lines one after the other."""

    def __init__(self, parent: QObject | None = None, *, sound: bool = True, speech: bool = True) -> None:
        super().__init__(parent)
        self._pending: deque[tuple[str, str]] = deque(maxlen=MAX_PENDING)
        self._effect = self._make_effect() if sound else None
        self._tts = self._make_speech() if speech else None
        self._locales = self._voice_locales()

    # -- set-up (each part may be missing) -----------------------------------------------------

    def _make_effect(self):
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # PySide6-Addons not installed, or its audio libraries missing
            log.info("call display without chime: %s", exc)
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(resource("display", "chime.wav"))))
        effect.setVolume(0.8)
        return effect

    def _make_speech(self):
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            log.info("call display without speech: %s", exc)
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        if not engines:
            log.info("call display without speech: no text-to-speech engine on this machine")
            return None
        tts = QTextToSpeech(engines[0], self)
        tts.stateChanged.connect(self._speak_next)
        return tts

    def _voice_locales(self) -> dict[str, QLocale]:
        if self._tts is None:
            return {}
        found: dict[str, QLocale] = {}
        for locale in self._tts.availableLocales():
            code = locale.name().split("_")[0]
            found.setdefault(code, locale)
        return found

    # -- what the window uses ----------------------------------------------------------------

    @property
    def has_sound(self) -> bool:
        return self._effect is not None

    @property
    def has_speech(self) -> bool:
        return self._tts is not None

    def can_speak(self, lang: str) -> bool:
        return lang in self._locales

    def announce(self, lines: list[tuple[str, str]]) -> None:
        """Chime, then speak ``lines`` ((language, text) pairs) that have a voice."""
        for lang, text in lines:
            if text and self.can_speak(lang):
                self._pending.append((lang, text))
        if self._effect is not None:
            self._effect.play()
            QTimer.singleShot(CHIME_MS, self._speak_next)
        else:
            self._speak_next()

    def _speak_next(self, *_state) -> None:
        if self._tts is None or not self._pending:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts.state() == QTextToSpeech.State.Speaking:
            return  # stateChanged calls again when this line is done
        lang, text = self._pending.popleft()
        self._tts.setLocale(self._locales[lang])
        self._tts.say(text)
