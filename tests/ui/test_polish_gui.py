"""The clarifying question is never cut: its text keeps its lines and the whole box scrolls into view."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from welcome_desk.core.settings import Settings  # noqa: E402


@pytest.mark.gui
def test_wrapped_label_keeps_the_height_of_its_lines(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from welcome_desk.ui.wrapped_label import WrappedLabel

    host = QWidget()
    label = WrappedLabel()
    label.setText("Wohnen Sie in einer Gemeinschaftsunterkunft, oder beziehen Sie Bürgergeld? " * 3)
    QVBoxLayout(host).addWidget(label)
    qtbot.addWidget(host)
    host.resize(200, 40)  # far too short for the text
    host.show()
    qtbot.waitUntil(lambda: label.minimumHeight() == label.heightForWidth(label.width()))
    assert label.minimumHeight() > 3 * label.fontMetrics().lineSpacing()


@pytest.mark.gui
def test_the_whole_question_is_in_view_on_a_1280x800_screen(qtbot, workspace):
    from gui_desk import Desk

    import datetime as dt

    from welcome_desk.core.demo import generate

    # the frequent bar on two lines and a log with rows, as at a desk in service
    today = workspace.clock().date()
    generate(workspace.db, workspace.centre, 400, 10, today - dt.timedelta(days=1))
    for concern in [c for c in workspace.centre.concerns if c.units][:4]:
        workspace.booking.log_walk_in(concern.units[0], concern.id)
    d = Desk(qtbot, workspace, settings=Settings())
    try:
        w = d.window
        w.resize(1280, 800)
        w.intake.setText("Aufenthaltserlaubnis verlängern")
        w.intake.setText("سكن")  # "housing" in Arabic: Gießen asks where the visitor lives
        box, text = w.detail.question_box, w.detail.question_text
        viewport = w.page_scroll.viewport()  # the question is fixed in the panel; only the page can scroll it away

        def place() -> tuple[int, int, int]:
            return box.mapTo(viewport, box.rect().topLeft()).y(), box.mapTo(viewport, box.rect().bottomLeft()).y(), viewport.height()

        def whole_question_in_view() -> bool:
            top, bottom, height = place()
            return box.isVisible() and text.height() >= text.heightForWidth(text.width()) and 0 <= top and bottom <= height

        qtbot.waitUntil(whole_question_in_view, timeout=3000)  # scrolled into view once laid out
        assert whole_question_in_view(), place()
    finally:
        d.close()
