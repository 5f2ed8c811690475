"""The most frequent concerns as one-click buttons above the intake (Ctrl+1 … Ctrl+9).

The bar only shows what it is given (:func:`welcome_desk.core.frequent.most_frequent`)
and emits ``chosen(concern_id)``; the window routes it as if it had been typed.
Buttons wrap onto a second line instead of being cut off at large text sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from welcome_desk.core.centre import Centre
from welcome_desk.core.frequent import Frequent
from welcome_desk.ui.flow_layout import FlowLayout
from welcome_desk.ui.locale_format import format_number

MAX_BUTTONS = 9
MAX_LINES = 2  # fewer buttons rather than a bar that eats the page (one line at large text sizes)
SHORTCUT = "Ctrl+{n}"


def shortcut_for(n: int) -> QKeySequence:
    return QKeySequence(SHORTCUT.format(n=n))


class FrequentBar(QWidget):
    """A caption and up to nine buttons; ``chosen`` carries the concern id."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frequentBar")
        self._frequent: Frequent | None = None
        self._centre: Centre | None = None
        self._lang = "de"
        self._buttons: list[QPushButton] = []
        self._fitting = False
        self._max_lines = MAX_LINES
        self.caption = QLabel()
        self.caption.setObjectName("sectionLabel")
        self.empty = QLabel()
        self.empty.setObjectName("frequentEmpty")
        self.empty.setWordWrap(True)  # one long line made the page scroll sideways at 200 %
        self.buttons_host = QWidget()
        self.buttons_host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.flow = FlowLayout(self.buttons_host, spacing=8)
        self.buttons_host.installEventFilter(self)
        self.flow.addWidget(self.caption)  # the caption flows with the buttons: full width for them
        self.flow.addWidget(self.empty)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self.buttons_host, 1)
        # One action per position, so the shortcuts exist (and are listed) even before any data.
        self.shortcut_actions: list[QAction] = []
        for n in range(1, MAX_BUTTONS + 1):
            action = QAction(self)
            action.setShortcut(shortcut_for(n))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, i=n - 1: self.choose(i))
            action.setEnabled(False)
            self.addAction(action)
            self.shortcut_actions.append(action)
        self.retranslate()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Frequent concerns"))
        for n, action in enumerate(self.shortcut_actions, start=1):
            action.setText(self.tr("Frequent concern {n}").format(n=n))
        self.empty.setText(self.tr("The most frequent concerns appear here after the first visits."))
        if self._frequent is not None and self._centre is not None:
            self.show_frequent(self._centre, self._frequent, self._lang)
        else:
            self.caption.setText(self.tr("Frequent today:"))

    # -- content -----------------------------------------------------------------------

    def show_frequent(self, centre: Centre, frequent: Frequent, lang: str) -> None:
        self._centre, self._frequent, self._lang = centre, frequent, lang
        if frequent.today_only:
            self.caption.setText(self.tr("Frequent today:"))
        else:
            days = (frequent.last_day - frequent.first_day).days + 1
            self.caption.setText(self.tr("Frequent (%n days):", "", days))
        for button in self._buttons:
            self.flow.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        for n, item in enumerate(frequent.concerns[:MAX_BUTTONS], start=1):
            if not centre.has_concern(item.concern_id):
                continue
            label = centre.concern(item.concern_id).label.get(lang)
            keys = shortcut_for(n).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(self.tr("{concern} ({count})").format(concern=label, count=format_number(item.count, lang)))
            button.setObjectName("frequentConcern")
            button.setProperty("concernId", item.concern_id)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where the work is
            button.setAccessibleName(self.tr("Frequent concern {n}: {concern}").format(n=n, concern=label))
            if frequent.today_only:
                count_text = self.tr("%n visits today", "", item.count)
            else:
                count_text = self.tr("%n visits in these days", "", item.count)
            button.setAccessibleDescription(count_text)
            button.setToolTip(self.tr("{concern} — {count} ({keys})").format(concern=label, count=count_text, keys=keys))
            button.clicked.connect(lambda _=False, cid=item.concern_id: self.chosen.emit(cid))
            self.flow.addWidget(button)
            self._buttons.append(button)
        for i, action in enumerate(self.shortcut_actions):
            action.setEnabled(i < len(self._buttons))
        has = bool(self._buttons)
        self.empty.setVisible(not has)
        self.flow.invalidate()
        self._fit_height()
        self.updateGeometry()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.buttons_host and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """At most MAX_LINES lines of buttons (the least frequent give way), and exactly as high as they need."""
        width = self.buttons_host.width()
        if width <= 0 or self._fitting:
            return
        self._fitting = True
        try:
            shown = len(self._buttons)
            for i, button in enumerate(self._buttons):
                button.setVisible(True)
            while shown > 1 and self.flow.line_count(width) > self._max_lines:
                shown -= 1
                self._buttons[shown].setVisible(False)
            for i, action in enumerate(self.shortcut_actions):
                action.setEnabled(i < shown)
            needed = self.flow.heightForWidth(width)
            if self.height() != needed or self.minimumHeight() != needed:
                self.setFixedHeight(needed)  # fixed: the page layout must not stretch or squeeze the bar
        finally:
            self._fitting = False

    def set_max_lines(self, lines: int) -> None:
        self._max_lines = max(1, lines)
        self._fit_height()

    def visible_buttons(self) -> list[QPushButton]:
        return [b for b in self._buttons if b.isVisibleTo(self)]

    def choose(self, index: int) -> None:
        if 0 <= index < len(self._buttons) and self.shortcut_actions[index].isEnabled():
            self.chosen.emit(str(self._buttons[index].property("concernId")))

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def concern_ids(self) -> list[str]:
        return [str(b.property("concernId")) for b in self._buttons]
