"""The staged start: the window first, typing at once, routing when the router is there,
booking only once the desk has moved in — and nothing typed is lost on the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from welcome_desk.core.settings import Settings
from welcome_desk.ui.start_window import StartWindow

pytestmark = pytest.mark.gui


def test_typing_goes_first_routing_follows_and_the_desk_takes_over(workspace, qtbot):
    from welcome_desk.ui.main_window import MainWindow

    window = StartWindow("en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.add_suggestions()
    window.intake.setFocus()
    QTest.keyClicks(window.intake, "Wohnung")
    assert window.intake.text() == "Wohnung"
    assert model.rowCount() == 0  # no router yet: nothing suggested, nothing to book
    assert window.findChild(QPushButton, "primaryAction") is None  # no walk-in or appointment yet

    window.use_router(workspace.router)
    assert model.rowCount() > 0
    assert "Gießen" in window.windowTitle() or "Giessen" in window.windowTitle()

    desk = MainWindow(workspace, Settings(ui_language="en"))
    window.install_desk(desk)
    assert window.desk is desk and window.centralWidget() is desk
    assert desk.intake.text() == "Wohnung"
    assert desk.suggestions.model().rowCount() > 0
    qtbot.wait(50)  # the desk's own focus_intake (select all) and then ours (cursor back at the end)
    assert not desk.intake.hasSelectedText() and desk.intake.cursorPosition() == len("Wohnung")
    QTest.keyClicks(desk.intake, " suchen")  # typing carries on where it was
    assert desk.intake.text() == "Wohnung suchen"
    assert window.windowTitle() == desk.windowTitle()
    window.close()
    qtbot.wait(20)


def test_run_gui_shows_the_window_and_then_the_whole_desk(tmp_db_url, monkeypatch, qapp):
    from welcome_desk.core.workspace import open_workspace
    from welcome_desk.ui import app as app_module

    open_workspace(tmp_db_url).close()  # a desk that has been used before: no first-start chooser
    monkeypatch.setattr(app_module, "load_settings", lambda: Settings(ui_language="en"))
    seen: dict = {}
    ticks = [0]

    def watch() -> None:
        ticks[0] += 1
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, StartWindow) and w.isVisible()), None)
        if window is None:
            return
        if "typed" not in seen:
            seen["typed"] = True
            QTest.keyClicks(window.intake, "Wohnung")
        if window.desk is not None:
            seen["text"] = window.desk.intake.text()
            seen["suggested"] = window.desk.suggestions.model().rowCount()
            seen["walk_in"] = window.desk.walk_in_action.isEnabled() if hasattr(window.desk, "walk_in_action") else None
            timer.stop()
            window.close()
        elif ticks[0] > 1000:  # 20 s: give up, the assertions below say why
            timer.stop()
            window.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(watch)
    timer.start()
    stylesheet = qapp.styleSheet()
    try:
        assert app_module.run_gui(tmp_db_url, None) == 0
    finally:
        timer.stop()
        qapp.setStyleSheet(stylesheet)
    assert seen.get("text") == "Wohnung"
    assert seen["suggested"] > 0
