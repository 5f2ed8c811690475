"""Screenshots of the waiting-room call display for the README (German with Arabic and Ukrainian lines).

A throw-away database, a fixed clock, four past Mondays of calls (the history the waiting
estimate learns from) and a Monday morning's calls made through the real call use case; the display drawn at 1920x1080 offscreen, silent.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/take_display_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
NOW = dt.datetime(2026, 11, 23, 10, 40)
WALK_INS = [("immigration-office", "fa"), ("refugee-affairs", "tr"), ("immigration-office", "de"), ("jobcenter", "ru"),
            ("immigration-office", "uk"), ("immigration-office", "ar")]
CALLS = [("immigration-office", "2"), ("refugee-affairs", "5"), ("immigration-office", "1"), ("jobcenter", ""),
         ("immigration-office", "4"), ("immigration-office", "3")]


HISTORY = [("immigration-office", 5), ("refugee-affairs", 8), ("social-services", 10)]  # minutes a call


class Clock:
    now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


def main() -> int:
    from welcome_desk.core import calls
    from welcome_desk.core.actor import Actor
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui.app import _register_fonts, make_application
    from welcome_desk.ui.display.announcer import Announcer
    from welcome_desk.ui.display.window import DisplayWindow

    app = make_application()
    _register_fonts()
    folder = Path(tempfile.mkdtemp(prefix="wd-display-shots-"))
    clock = Clock()
    ws = open_workspace(f"sqlite:///{folder / 'display.sqlite'}", clock=clock, daily_backup=False)
    desk = Actor("Empfang 1")
    for week in range(1, 5):  # four past Mondays: the history the waiting estimate learns from
        day = NOW - dt.timedelta(weeks=week)
        for unit, minutes in HISTORY:
            clock.now = day.replace(hour=9, minute=30)
            for _ in range(10):
                ws.booking.log_walk_in(unit)
            for i in range(10):
                clock.now = day.replace(hour=9, minute=50) + dt.timedelta(minutes=minutes * i)
                calls.call_next(ws.db, ws.centre, desk, clock, unit)
    clock.now = NOW
    waiting = [("immigration-office", "de")] * 5 + [("refugee-affairs", "de")] * 3 + [("social-services", "de")] * 2
    for unit, lang in WALK_INS + waiting:
        ws.booking.log_walk_in(unit, language=lang)
    window = DisplayWindow(ws.db, ws.centre, ws.clock, announcer=Announcer(sound=False, speech=False))
    window.resize(1920, 1080)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    ukrainian = None
    for unit, counter in CALLS:
        entry, _call = calls.call_next(ws.db, ws.centre, desk, clock, unit, counter)
        ukrainian = entry if entry.language == "uk" else ukrainian
    for _ in range(40):
        app.processEvents()
    window.check()
    window._blink.stop()  # noqa: SLF001 - a still picture without the blink
    window._paint_current(False)  # noqa: SLF001
    window.grab().save(str(OUT / "display-ar.png"))
    calls.park(ws.db, ws.centre, desk, ws.clock, ukrainian.id)
    calls.recall(ws.db, ws.centre, desk, ws.clock, ukrainian.id, "4")
    window.check()
    window._blink.stop()  # noqa: SLF001
    window._paint_current(False)  # noqa: SLF001
    window.grab().save(str(OUT / "display-uk-recall.png"))
    window.close()
    ws.close()
    print(f"wrote {OUT / 'display-ar.png'} and {OUT / 'display-uk-recall.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
