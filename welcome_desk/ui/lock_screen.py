"""The screen lock: after a few idle minutes the window hides everything behind a plain cover.

Today's log shows visitors' names, so an unattended desk must not show it.
Reception is a shared role: Enter or a click unlocks. The team-lead role is
signed out when the screen locks (by :class:`~welcome_desk.ui.roles_ui.RoleControls`).

Idle time is measured by an application-wide event filter that only notes the
time of the last input event; a single-shot timer wakes up when the period
could be over and checks — nothing per keystroke beyond one clock read.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


INSTALL_DELAY_MS = 1500  # input in the first moments after start is not needed to measure minutes

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once no input has reached the application for ``seconds``.

    ``monotonic`` is injectable so tests can move time on and call :meth:`check`.
    After ``idle`` the watcher stops; :meth:`start` arms it again.
    """

    idle = Signal()

    def __init__(self, seconds: float, *, monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monotonic = monotonic
        self.seconds = float(seconds)
        self.last_input = monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._installed = False
        self._install_pending = False

    def start(self, seconds: float | None = None) -> None:
        """(Re)arm; 0 seconds switches the watcher off."""
        if seconds is not None:
            self.seconds = float(seconds)
        self.last_input = self.monotonic()
        if self.seconds <= 0:
            self.stop()
            return
        if not self._installed and not self._install_pending:
            # Not at once: the window's start-up events need not pass through Python (about 40 ms).
            self._install_pending = True
            QTimer.singleShot(INSTALL_DELAY_MS, self, self.install)
        self._timer.start(self._ms(self.seconds))

    def install(self) -> None:
        """Watch the application's input from now on (done shortly after :meth:`start`)."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def idle_seconds(self) -> float:
        return self.monotonic() - self.last_input

    def check(self) -> None:
        """Emit ``idle`` if the period is over; otherwise sleep until it could be."""
        if self.seconds <= 0:
            return
        left = self.seconds - self.idle_seconds()
        if left <= 0.01:
            self._timer.stop()
            self.idle.emit()
        else:
            self._timer.start(self._ms(left))

    @staticmethod
    def _ms(seconds: float) -> int:
        return max(1, min(2**31 - 1, int(seconds * 1000) + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS:
            self.last_input = self.monotonic()
        return False


class LockOverlay(QFrame):
    """Covers the whole window (menus, log, status bar); Enter, Space or a click asks to unlock."""

    unlockRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Colours and sizes come from the application's style sheet (theme and text size).
        self.centre = QLabel()
        self.centre.setObjectName("lockCentre")
        self.centre.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.centre.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("lockNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("lockContinue")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the overlay itself keeps the keyboard
        self.button.clicked.connect(self.unlockRequested)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(600)
        card_lay = QVBoxLayout(card)
        card_lay.setContentsMargins(40, 32, 40, 32)
        card_lay.setSpacing(14)
        card_lay.addWidget(self.centre)
        card_lay.addWidget(self.title)
        card_lay.addWidget(self.note)
        card_lay.addSpacing(6)
        card_lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        # No alignment flags: they would size the card by its hint and clip a wrapped centre name.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addLayout(middle)
        lay.addStretch(2)
        window.installEventFilter(self)
        self.hide()

    def set_texts(self, centre: str, title: str, note: str, button: str) -> None:
        self.centre.setText(centre)
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{centre}. {note}".strip())

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # Keep covering the window when it is resized; keep every key away from the window's shortcuts.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to keyPressEvent instead of triggering F5, Ctrl+P, …
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.unlockRequested.emit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.unlockRequested.emit()
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Tab stays on the cover
        return False



class ScreenLock(QObject):
    """Covers ``window`` on :meth:`lock`; says ``idle`` after ``minutes`` without input (0 = never).

    Locking closes the window's other windows (dialogs, previews, menus) and
    covers the window; ``locked``/``unlocked`` tell the role controls. ``idle``
    comes first: its owner decides whether to lock (the lock may be off for
    this desk while an idle team lead is still signed out).
    """

    idle = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        minutes: float,
        centre_name: Callable[[], str],
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self.centre_name = centre_name
        self.note = ""
        self.overlay = LockOverlay(window)
        self.overlay.unlockRequested.connect(self.unlock)
        self.watcher = IdleWatcher(minutes * 60, monotonic=monotonic, parent=self)
        self.watcher.idle.connect(self.idle)
        self._disabled: list[QWidget] = []
        self._locked = False
        self.retranslate()
        self.watcher.start()

    def is_locked(self) -> bool:
        return self._locked

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if not self.is_locked():
            self.watcher.start(minutes * 60)

    def retranslate(self) -> None:
        self.overlay.set_texts(
            self.centre_name(),
            QCoreApplication.translate("LockScreen", "Locked — press Enter to continue"),
            self.note,
            QCoreApplication.translate("LockScreen", "Continue"),
        )

    def set_note(self, note: str) -> None:
        self.note = note
        self.retranslate()

    def lock(self) -> None:
        if self.is_locked():
            return
        self.watcher.stop()
        self._close_other_windows()
        self._disabled = [
            w
            for w in self.window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w is not self.overlay and not w.isWindow() and w.isEnabled()
        ]
        for w in self._disabled:
            w.setEnabled(False)
        self.set_note("")
        self._locked = True
        self.overlay.cover()
        self.locked.emit()

    def unlock(self) -> None:
        if not self.is_locked():
            return
        for w in self._disabled:
            w.setEnabled(True)
        self._disabled = []
        self._locked = False
        self.overlay.hide()
        self.watcher.start(self.minutes * 60)
        self.unlocked.emit()

    def _close_other_windows(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        for w in app.topLevelWidgets():
            if w is self.window or not w.isVisible():
                continue
            if isinstance(w, QDialog):
                w.reject()
            else:
                w.close()
