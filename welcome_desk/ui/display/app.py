"""``welcome-desk display``: the call display as its own program (a second screen or another PC)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from welcome_desk.core.clock import centre_clock
from welcome_desk.core.storage import DatabaseError
from welcome_desk.core.workspace import open_workspace
from welcome_desk.ui.app import _register_fonts, make_application
from welcome_desk.ui.display.announcer import Announcer
from welcome_desk.ui.display.texts import labels
from welcome_desk.ui.display.window import DisplayWindow


def run_display(db_url: str | None, centre_id: str | None, *, windowed: bool = False, silent: bool = False) -> int:
    app = make_application(sys.argv[:1])
    _register_fonts()
    try:
        ws = open_workspace(db_url, centre_id=centre_id, daily_backup=False)
    except DatabaseError as exc:
        QMessageBox.critical(None, labels()["title"], str(exc))
        return 1
    clock = centre_clock(ws.centre.timezone)
    announcer = Announcer(sound=not silent, speech=not silent)
    window = DisplayWindow(ws.db, ws.centre, clock, announcer=announcer)
    if windowed:
        window.resize(1280, 720)
        window.show()
    else:
        window.showFullScreen()
    try:
        return app.exec()
    finally:
        ws.close()
