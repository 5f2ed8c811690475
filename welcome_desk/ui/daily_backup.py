"""The day's backup, made in a worker thread once the window is up (not on the start path).

A 600 MB database takes over a second to copy; the desk can book meanwhile
(WAL: the copy holds only a read snapshot). A failure is logged and shown in
the status bar — a full or read-only backup folder must not go unnoticed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from welcome_desk.core.backup import daily_backup_if_due
from welcome_desk.core.workspace import Workspace
from welcome_desk.ui.background import run_in_background

log = logging.getLogger(__name__)


def start_daily_backup(window: QMainWindow, workspace: Workspace) -> QObject | None:
    """Start the backup if one is due today; returns the signal carrier (None for server databases)."""
    db, clock = workspace.db, workspace.clock
    if db.path is None:
        return None

    def done(path) -> None:
        if path is not None:
            log.info("daily backup written: %s", path.name)

    def failed(exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)
        text = QCoreApplication.translate("Backup", "The daily backup could not be made: {error}")
        window.statusBar().showMessage(text.format(error=exc), 60_000)

    return run_in_background(lambda: daily_backup_if_due(db, clock()), done, failed, parent=window)
