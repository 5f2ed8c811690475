"""Timers that read the database (queue refresh, the minute tick) survive a database that went away."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

pytest.importorskip("pytestqt")

from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.core.workspace import open_workspace  # noqa: E402
from welcome_desk.ui.main_window import MainWindow  # noqa: E402


@pytest.mark.sqlite_only
def test_refresh_timers_report_a_missing_database_without_raising(qtbot, tmp_path, fixed_now):
    folder = tmp_path / "data"
    now = [fixed_now]
    ws = open_workspace(f"sqlite:///{folder / 'wd.sqlite'}", clock=lambda: now[0], daily_backup=False)
    window = MainWindow(ws, Settings(ui_language="en"), run_dialog=lambda d: 0)
    qtbot.addWidget(window)
    window.show()
    messages = []
    window.queue_panel.message.connect(messages.append)
    ws.db.dispose()
    shutil.rmtree(folder)  # the share with the database is gone
    window.queue_panel._timed_refresh()  # must not raise into the event loop
    assert messages and "could not be refreshed" in messages[-1]
    now[0] = fixed_now + dt.timedelta(days=1)  # a new day: the log and the purge want the database
    window.reception.tick()
    assert "could not be refreshed" in window.statusBar().currentMessage()
