"""Live desks: another desk's walk-in, call or park shows in this desk's queue and day log within a second."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from welcome_desk.core import calls  # noqa: E402
from welcome_desk.core import entries as E  # noqa: E402
from welcome_desk.core.actor import Actor  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.core.workspace import open_workspace  # noqa: E402
from welcome_desk.ui.i18n import Translations  # noqa: E402
from welcome_desk.ui.main_window import MainWindow  # noqa: E402
from welcome_desk.ui.printing import SlipPrinter  # noqa: E402

pytestmark = pytest.mark.gui
UNIT = "immigration-office"


class Quiet:
    def error(self, *_a, **_k): ...
    def warning(self, *_a, **_k): ...
    def info(self, *_a, **_k): ...


@pytest.fixture
def other_desk(tmp_db_url, fixed_now):
    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now, staff="MK", daily_backup=False)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace):
    messages = Quiet()
    win = MainWindow(
        workspace, Settings(queue_unit=UNIT), translations=Translations(QCoreApplication.instance()),
        save_settings=lambda s: None, messages=messages, run_dialog=lambda d: 0,
        slip_printer=SlipPrinter(messages, lambda d: 0, has_printer=lambda: True),
    )
    qtbot.addWidget(win)
    win.show()
    return win


def tickets(model) -> list[str]:
    return [model.entry(row).ticket for row in range(model.rowCount())]


def test_another_desks_changes_show_here_within_a_second(qtbot, window, other_desk):
    queue = window.queue_panel.model
    entry = other_desk.booking.log_walk_in(UNIT)
    qtbot.waitUntil(lambda: entry.ticket in tickets(queue), timeout=1500)
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 1, timeout=1500)  # the day log follows too
    calls.call_next(other_desk.db, other_desk.centre, Actor("MK"), other_desk.clock, UNIT, "2")
    qtbot.waitUntil(lambda: queue.entry(0).status == E.CALLED, timeout=1500)
    calls.park(other_desk.db, other_desk.centre, Actor("MK"), other_desk.clock, entry.id)
    qtbot.waitUntil(lambda: queue.entry(0).status == E.ARRIVED, timeout=1500)


def test_call_next_at_the_desk_is_a_call_the_display_sees(qtbot, window, workspace):
    entry = workspace.booking.log_walk_in(UNIT, language="fa")
    assert window.queue_panel.call_next().id == entry.id
    [call] = calls.calls_after(workspace.db, workspace.centre.id)
    assert (call.ticket, call.room, call.language) == (entry.ticket, "B 0.12", "fa")
