"""The waiting-room call display: the latest call large, the ones before, who waits per unit.

Meant for a screen in the waiting area, read from 5 metres: white and yellow
on black, the latest call at about a ninth of the screen height. It shows
tickets, places and counts only — it reads :mod:`welcome_desk.core.calls`,
whose rows hold no name or concern. A new call blinks, chimes and is spoken
(see :class:`~welcome_desk.ui.display.announcer.Announcer`); a re-call says so.

It learns of changes from a :class:`~welcome_desk.core.changefeed.ChangeFeed`:
on PostgreSQL the moment a NOTIFY reaches its socket, on SQLite by asking
``data_version`` every :data:`POLL_MS` — nothing is re-read while nothing changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from welcome_desk.core import calls as C
from welcome_desk.core import waiting as W
from welcome_desk.core.calls import Call
from welcome_desk.core.centre import Centre
from welcome_desk.core.changefeed import ChangeFeed
from welcome_desk.core.clock import Clock
from welcome_desk.core.storage import DatabaseError
from welcome_desk.ui.display.announcer import Announcer
from welcome_desk.ui.display.board import KEEP, CallBoard
from welcome_desk.ui.display.texts import call_text, labels, sample_note
from welcome_desk.ui.live import CentreFollower
from welcome_desk.ui.locale_format import format_time

log = logging.getLogger(__name__)

POLL_MS = 200  # how often the feed is asked; a call shows within this plus one short read
BLINKS = 6  # half-periods of the new-call blink
BLINK_MS = 450
PREVIOUS_SHOWN = 4

BACKGROUND = "#000000"
FOREGROUND = "#FFFFFF"
HIGHLIGHT = "#FFD400"  # yellow on black: contrast 14:1


class FitLabel(QLabel):
    """A one-line label at :attr:`pixels` size that shrinks its font (to half at most, then
    elides) when its text is longer than its place — never wraps, never widens the window."""

    def __init__(self, text: str = "", pixels: int = 10, *, bold: bool = False, color: str = FOREGROUND) -> None:
        super().__init__()
        self._text = text
        self.pixels = pixels
        font = QFont(self.font())
        font.setBold(bold)
        self.setFont(font)
        self.setStyleSheet(f"color: {color}; background: transparent;")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._refit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._text = text
        self._refit()

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self.setText("")

    def set_pixels(self, pixels: int) -> None:
        self.pixels = max(8, pixels)
        self._refit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.pixels)
        width = self.contentsRect().width() - 4
        shown = self._text
        if shown and width > 0:
            needed = QFontMetrics(font).horizontalAdvance(shown)
            if needed > width:
                font.setPixelSize(max(self.pixels // 2, int(self.pixels * width / needed)))
                shown = QFontMetrics(font).elidedText(shown, Qt.TextElideMode.ElideRight, width)
        self.setFont(font)
        self.setMinimumHeight(QFontMetrics(font).height())
        super().setText(shown)
        self.setAccessibleName(self._text)  # a screen reader reads the whole line, not the shortened one


def _label(text: str = "", *, size: int = 10, bold: bool = False, color: str = FOREGROUND) -> FitLabel:
    return FitLabel(text, size, bold=bold, color=color)


class DisplayWindow(QWidget):
    """The display for one centre; ``shown`` is emitted with the ids of calls just put up."""

    shown = Signal(list)

    def __init__(
        self,
        db,
        centre: Centre,
        clock: Clock,
        *,
        announcer: Announcer | None = None,
        keep: int = KEEP,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__()
        self.db = db
        self.centre = centre
        self.clock = clock
        self.board = CallBoard(keep)
        self.announcer = announcer if announcer is not None else Announcer(self)
        self._day = clock().date()
        self._blinks_left = 0
        self._minute = (clock().hour, clock().minute)
        self.setWindowTitle(f"{labels()['title']} — {centre.name.get('de')}")
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"DisplayWindow {{ background: {BACKGROUND}; }}")
        self._build()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.showNormal)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self._toggle_full_screen)
        self.paces = W.PaceBook(db, centre)
        self.feed = ChangeFeed(db)
        self.follower = CentreFollower(lambda: self.db, lambda: self.centre, self)  # names and rooms edited elsewhere
        self.follower.edited.connect(self.use_centre)
        self.follower.check()
        self._start()
        self._poll = QTimer(self, interval=poll_ms, timeout=self.check)
        self._poll.start()
        if self.feed.fileno() is not None:  # PostgreSQL: wake the moment a NOTIFY arrives
            self._notifier = QSocketNotifier(self.feed.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check)
        self._tick = QTimer(self, interval=1000, timeout=self._tick_clock)
        self._tick.start()
        self._blink = QTimer(self, interval=BLINK_MS, timeout=self._blink_step)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        text = labels()
        self.centre_label = _label(self.centre.name.get("de"), size=28)
        self.clock_label = _label("", size=28, bold=True)
        self.clock_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.clock_label.setMinimumWidth(200)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.centre_label, 1)
        top.addWidget(self.clock_label)

        self.current = QFrame(objectName="current")
        self.recall_label = _label(text["recall"], size=40, bold=True, color=HIGHLIGHT)
        self.call_label = _label(text["nobody"], size=110, bold=True, color=HIGHLIGHT)
        self.visitor_label = _label("", size=64, color=FOREGROUND)
        inner = QVBoxLayout(self.current)
        inner.addWidget(self.recall_label)
        inner.addWidget(self.call_label)
        inner.addWidget(self.visitor_label)
        self.recall_label.hide()

        self.previous_title = _label(text["previous"], size=32, color="#BBBBBB")
        self.previous_rows = [(_label("", size=52, bold=True), _label("", size=36)) for _ in range(PREVIOUS_SHOWN)]
        previous = QVBoxLayout()
        previous.addWidget(self.previous_title)
        for main, visitor in self.previous_rows:
            previous.addWidget(main)
            previous.addWidget(visitor)
        previous.addStretch(1)

        self.waiting_title = _label(text["waiting"], size=32, color="#BBBBBB")
        self.waiting_grid = QGridLayout()
        self.waiting_grid.setColumnStretch(1, 1)
        waiting = QVBoxLayout()
        waiting.addWidget(self.waiting_title)
        waiting.addLayout(self.waiting_grid)
        waiting.addStretch(1)
        self._waiting_rows: list[tuple[FitLabel, FitLabel, FitLabel, FitLabel]] = []
        self._ranges: dict[str, str] = {}  # per unit: "etwa 20–40 Min." or "ab 13:00 Uhr"

        bottom = QHBoxLayout()
        bottom.addLayout(previous, 3)
        bottom.addLayout(waiting, 2)
        self.status_label = _label("", size=22, color="#FF8080")
        self.sample_label = _label(sample_note(), size=22, color="#BBBBBB")  # under calls to an invented room
        self.sample_label.hide()

        page = QVBoxLayout(self)
        page.setContentsMargins(40, 24, 40, 24)
        page.addLayout(top)
        page.addWidget(self.current)
        page.addLayout(bottom, 1)
        page.addWidget(self.sample_label)
        page.addWidget(self.status_label)
        self._paint_current(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_all()

    def _fit_all(self) -> None:
        """Sizes follow the screen: the latest call about a ninth of its height."""
        h = max(400, self.height())
        for label, share in ((self.recall_label, 24), (self.clock_label, 30), (self.centre_label, 36),
                             (self.previous_title, 36), (self.waiting_title, 36), (self.status_label, 45), (self.sample_label, 45),
                             (self.call_label, 9), (self.visitor_label, 15)):
            label.set_pixels(h // share)
        for main, visitor in self.previous_rows:
            main.set_pixels(h // 19)
            visitor.set_pixels(h // 28)
        for row in self._waiting_rows:
            for label in row[:3]:
                label.set_pixels(h // 22)
            row[3].set_pixels(h // 30)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # -- data ---------------------------------------------------------------------------------

    def _start(self) -> None:
        """The day's calls so far (a display switched on at noon shows the morning's last calls)."""
        try:
            self.board.add(reversed(C.latest_calls(self.db, self.centre.id, self._day, self.board.keep)))
            self.board.set_waiting(C.waiting_counts(self.db, self.centre.id, self._day))
            self._estimate()
        except DatabaseError as exc:
            self._away(exc)
        self._render()
        self._tick_clock()

    def check(self) -> None:
        """Ask the feed; read and show only when something changed."""
        try:
            tables = self.feed.changed()
            if not tables:
                return
            self.follower.check(tables)
            newest = C.latest_calls(self.db, self.centre.id, self.clock().date(), self.board.keep, self.board.last_id)
            fresh = self.board.add(reversed(newest))
            self.board.set_waiting(C.waiting_counts(self.db, self.centre.id, self.clock().date()))
            self._estimate()
        except DatabaseError as exc:
            self._away(exc)
            return
        self.status_label.clear()
        self._render()
        if fresh:
            self.shown.emit([c.id for c in fresh])
            self._announce(fresh[-1])

    def _estimate(self) -> None:
        """Per unit with visitors waiting: the range a visitor arriving now can expect (the same
        estimate the slip prints), or from when a closed unit opens today. Counts only, no names."""
        now = self.clock()
        self._ranges = {}
        for unit_id, ahead in self.board.waiting.items():
            if not self.centre.has_unit(unit_id):
                continue
            told = W.advice(self.centre, self.centre.unit(unit_id), now)
            if told.kind == W.OPEN:
                low, high = self.paces.range_for(unit_id, ahead, now)
                self._ranges[unit_id] = labels()["estimate"].format(low=low, high=high)
            elif told.kind == W.CLOSED and told.next_opening and told.next_opening.start.date() == now.date():
                self._ranges[unit_id] = labels()["opens"].format(time=format_time(told.next_opening.start, "de"))

    def use_centre(self, centre: Centre) -> None:
        """The centre as edited at a desk: unit names, prefixes and rooms follow at once."""
        self.centre = centre
        self.paces = W.PaceBook(self.db, centre)
        try:
            self._estimate()
        except DatabaseError as exc:
            self._away(exc)
        self.setWindowTitle(f"{labels()['title']} — {centre.name.get('de')}")
        self.centre_label.setText(centre.name.get("de"))
        self._render()

    def _away(self, exc: DatabaseError) -> None:
        log.warning("call display: database not available (%s)", exc.code)
        self.status_label.setText(labels()["away"])

    def _tick_clock(self) -> None:
        now = self.clock()
        self.clock_label.setText(format_time(now, "de"))
        if (now.hour, now.minute) != self._minute:  # a unit opens or closes, the hour's pace changes
            self._minute = (now.hour, now.minute)
            try:
                self._estimate()
            except DatabaseError as exc:
                self._away(exc)
            self._render_waiting()
        if now.date() != self._day:  # a new day: yesterday's calls leave the screen
            self._day = now.date()
            self.board = CallBoard(self.board.keep)
            self.board.last_id = C.last_call_id(self.db, self.centre.id) if not self.status_label.text() else 0
            self._render()

    # -- showing ------------------------------------------------------------------------------

    def _render(self) -> None:
        latest = self.board.latest
        if latest is None:
            self.call_label.setText(labels()["nobody"])
            self.visitor_label.clear()
            self.recall_label.hide()
        else:
            self._put(latest, self.call_label, self.visitor_label)
            self.recall_label.setVisible(latest.recall > 0)
        previous = self.board.previous
        for i, (main, visitor) in enumerate(self.previous_rows):
            if i < len(previous):
                self._put(previous[i], main, visitor)
                if previous[i].recall:
                    main.setText(f"{main.text()}  ({labels()['recall']})")
            else:
                main.clear()
                visitor.clear()
        shown = ([latest] if latest is not None else []) + list(previous[:len(self.previous_rows)])
        self.sample_label.setVisible(any(self.sample_room(call) for call in shown))
        self._render_waiting()

    def sample_room(self, call: Call) -> bool:
        return call.sample_room(self.centre)

    def _put(self, call: Call, main: FitLabel, visitor: FitLabel) -> None:
        text = call_text(call, self.sample_room(call))
        main.setText(text.german)
        visitor.setText(text.visitor)
        direction = Qt.LayoutDirection.RightToLeft if text.visitor_rtl else Qt.LayoutDirection.LeftToRight
        visitor.setLayoutDirection(direction)
        # AlignAbsolute: "right" means the right edge even in a right-to-left label.
        side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute if text.visitor_rtl else Qt.AlignmentFlag.AlignLeft
        visitor.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)

    def _render_waiting(self) -> None:
        counts = self.board.waiting
        rows = [(u, counts[u.id]) for u in self.centre.units if counts.get(u.id)]
        size = self.height() // 22 if self.height() > 400 else 40
        while len(self._waiting_rows) < len(rows):
            row = (_label("", size=size, bold=True), _label("", size=size), _label("", size=size, bold=True),
                   _label("", size=size * 22 // 30, color=HIGHLIGHT))
            for fixed in (row[0], row[2]):
                fixed.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
                fixed.setMinimumWidth(size * 2)
            row[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line = 2 * len(self._waiting_rows)  # the unit on one line, what a newcomer waits under its name
            for column, label in enumerate(row[:3]):
                self.waiting_grid.addWidget(label, line, column)
            self.waiting_grid.addWidget(row[3], line + 1, 1, 1, 2)
            self._waiting_rows.append(row)
        for i, (prefix, name, count, wait) in enumerate(self._waiting_rows):
            unit, n = rows[i] if i < len(rows) else (None, 0)
            prefix.setText(unit.ticket_prefix if unit else "")
            name.setText(unit.name.get("de") if unit else "")
            count.setText(str(n) if unit else "")
            wait.setText(self._ranges.get(unit.id, "") if unit else "")
            wait.setVisible(bool(wait.text()))

    def _announce(self, call: Call) -> None:
        self._blinks_left = BLINKS
        self._blink.start()
        self._paint_current(True)
        text = call_text(call)
        self.announcer.announce([("de", text.say_german), (call.language, text.say_visitor)])

    def _blink_step(self) -> None:
        self._blinks_left -= 1
        self._paint_current(self._blinks_left % 2 == 1 and self._blinks_left > 0)
        if self._blinks_left <= 0:
            self._blink.stop()

    def _paint_current(self, lit: bool) -> None:
        background, foreground = (HIGHLIGHT, BACKGROUND) if lit else (BACKGROUND, HIGHLIGHT)
        self.current.setStyleSheet(f"QFrame#current {{ background: {background}; border: 4px solid {HIGHLIGHT}; }}")
        self.call_label.setStyleSheet(f"color: {foreground}; background: transparent;")
        self.visitor_label.setStyleSheet(f"color: {BACKGROUND if lit else FOREGROUND}; background: transparent;")

    @property
    def blinking(self) -> bool:
        return self._blink.isActive()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._poll.stop()
        self.feed.close()
        super().closeEvent(event)

