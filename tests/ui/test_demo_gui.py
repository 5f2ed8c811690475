"""Team lead ▸ Fill with demo data…: asks, runs in the background, can be stopped, is audited."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QProgressDialog  # noqa: E402

from welcome_desk.core import audit  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.core.stats import summarize  # noqa: E402
from welcome_desk.ui.demo_data import DemoDataDialog  # noqa: E402
from welcome_desk.ui.main_window import MainWindow  # noqa: E402

from a11y_walk import accessibility_problems  # noqa: E402


def _window(qtbot, workspace, team_lead, answer):
    def run_dialog(dialog):
        if isinstance(dialog, DemoDataDialog):
            return answer(dialog)
        return 0

    window = MainWindow(workspace, Settings(ui_language="en"), run_dialog=run_dialog, roles=team_lead)
    qtbot.addWidget(window)
    return window


def _visits(workspace, fixed_now, days=30):
    import datetime as dt

    start = fixed_now.date() - dt.timedelta(days=days)
    return summarize(workspace.db, workspace.centre, start, fixed_now.date()).visits


def test_demo_data_are_added_in_the_background_and_audited(qtbot, workspace, team_lead, fixed_now):
    def answer(dialog):
        assert accessibility_problems(dialog) == []
        dialog.visits.setValue(3000)
        dialog.days.setValue(30)
        return 1

    window = _window(qtbot, workspace, team_lead, answer)
    assert window.demo_action in window.team_lead_menu.actions()
    task = window.fill_demo_data()
    assert task is not None
    filler = window.demo_part
    qtbot.waitUntil(lambda: filler.last_result is not None, timeout=20_000)
    kind, count = filler.last_result
    assert kind == "done" and 2500 <= count <= 3500
    assert _visits(workspace, fixed_now) == count
    record = audit.recent(workspace.db, action="demo")[0]
    assert record.role == "team_lead" and str(count) in record.detail


def test_stopping_keeps_what_was_added_and_says_so(qtbot, workspace, team_lead, fixed_now):
    window = _window(qtbot, workspace, team_lead, lambda dialog: 1)
    filler = window.demo_part
    task = filler.run(200_000, 365)
    task.cancel()  # as the progress dialog's Stop does
    qtbot.waitUntil(lambda: filler.last_result is not None, timeout=20_000)
    kind, count = filler.last_result
    assert kind == "stopped" and count < 200_000
    assert _visits(workspace, fixed_now, days=365) == count
    assert "Stopped" in window.statusBar().currentMessage()
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_declining_adds_nothing(qtbot, workspace, team_lead, fixed_now):
    window = _window(qtbot, workspace, team_lead, lambda dialog: 0)
    assert window.fill_demo_data() is None
    assert _visits(workspace, fixed_now) == 0
