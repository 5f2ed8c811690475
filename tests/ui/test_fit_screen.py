"""Every window and dialog fits a 1280×800 screen, at 100 % and at 200 % text, in both themes (issue 15).

The tests' offscreen screen is 1280×800 (tests/conftest.py). Each top-level window and
dialog is measured as ``exec()`` would show it: with a window manager's frame (title bar,
borders: ``FRAME_ALLOWANCE``) it is no larger than the screen, its smallest size fits too
(a window that cannot shrink to the screen is cut at the bottom — the review window's
status line was), it is not squeezed below that smallest size, and no label or button in
it is cut. The main window needs no horizontal scrolling, keeps the selected unit's heading
in view and shows the whole clarifying question.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRect, QSize  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from gui_desk import Desk, type_text  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402
from welcome_desk.ui.main_window import _apply_look_to_application  # noqa: E402
from welcome_desk.ui.screen_fit import FRAME_ALLOWANCE  # noqa: E402
from welcome_desk.ui.style import apply_style  # noqa: E402

pytestmark = pytest.mark.gui
SCREEN = QSize(1280, 800)
LOOKS = [("standard", 100), ("standard", 200), ("high_contrast", 200)]


def _room() -> QSize:
    return QSize(SCREEN.width() - FRAME_ALLOWANCE[0], SCREEN.height() - FRAME_ALLOWANCE[1])


def cut_controls(window: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their text needs (outside scroll areas, which scroll)."""
    problems = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.window() is not window or widget.width() <= 0:
            continue
        if type(widget).__name__ == "ElidedLabel":
            continue  # shortens on purpose, the whole text in its tooltip and accessible name
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QLineEdit):
            continue  # a field's clear button
        if any(isinstance(p, QAbstractScrollArea) and p.window() is window for p in _ancestors(widget)) and not isinstance(
            widget.window(), QMessageBox
        ):
            continue  # inside a scroll area: reached by scrolling (the scroll areas themselves are checked)
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = QSize(0, widget.heightForWidth(widget.width()))
        else:
            need = widget.minimumSizeHint()
        if widget.height() + 1 < need.height() or widget.width() + 1 < need.width():
            name = widget.objectName() or type(widget).__name__
            text = widget.text() if hasattr(widget, "text") else ""
            problems.append(f"{name} {text[:30]!r}: {widget.width()}x{widget.height()} < {need.width()}x{need.height()}")
    return problems


def _ancestors(widget: QWidget):
    p = widget.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def shown_part(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) not cut away by any parent (scroll viewports included)."""
    shown = widget.rect()
    child, offset = widget, QPoint(0, 0)
    for parent in _ancestors(widget):
        offset += child.pos()
        shown = shown.intersected(parent.rect().translated(-offset))
        child = parent
    return shown


def fit_problems(window: QWidget) -> list[str]:
    """What does not fit a 1280×800 screen in ``window`` (a shown top-level window)."""
    QApplication.processEvents()
    room, name = _room(), window.objectName() or type(window).__name__
    problems = []
    size, least = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
    if size.width() > room.width() or size.height() > room.height():
        problems.append(f"{name}: {size.width()}x{size.height()} with its frame is larger than the screen")
    if least.width() > room.width() or least.height() > room.height():
        problems.append(f"{name}: needs at least {least.width()}x{least.height()}, more than the screen")
    layout = window.layout()
    if layout is not None and (size.height() + 1 < layout.minimumSize().height() or size.width() + 1 < layout.minimumSize().width()):
        problems.append(f"{name}: squeezed to {size.width()}x{size.height()} below its layout's {layout.minimumSize().width()}x{layout.minimumSize().height()}")
    problems += [f"{name}: {p}" for p in cut_controls(window)]
    return problems


@pytest.fixture(params=LOOKS, ids=[f"{t}-{s}" for t, s in LOOKS])
def look(request, qapp):
    theme, scale = request.param
    apply_style(qapp, theme, scale)
    yield theme, scale
    apply_style(qapp, "standard", 100)


def _desk(qtbot, workspace, look, on_dialog=None) -> Desk:
    theme, scale = look
    d = Desk(qtbot, workspace, settings=Settings(theme=theme, font_scale=scale), apply_look=_apply_look_to_application,
             on_dialog=on_dialog, show_dialogs=on_dialog is not None)
    return d


def test_the_main_window_fits_without_scrolling_sideways(qtbot, workspace, look):
    workspace.booking.log_walk_in("immigration-office", "residence-law")
    d = _desk(qtbot, workspace, look)
    try:
        w = d.window
        assert fit_problems(w) == []  # as it opens itself on a 1280×800 screen
        w.resize(_room())
        for words in ("", "Aufenthaltserlaubnis verlängern", "Arbeit suchen", "Sprachkurs"):
            w.intake.setText(words)
            qtbot.waitUntil(lambda: fit_problems(w) == [], timeout=3000)
            assert not w.page_scroll.horizontalScrollBar().isVisible(), f"{words!r}: the window scrolls sideways"
            assert shown_part(w.walk_in_button).width() >= w.walk_in_button.minimumSizeHint().width(), \
                "the walk-in button ('Wartenummer F5') is cut"
        w.issue_walk_in()
        qtbot.waitUntil(lambda: fit_problems(w) == [], timeout=3000)
    finally:
        d.close()


HEADING_LOOKS = [("standard", 100), ("standard", 200), ("high_contrast", 200)]


@pytest.mark.parametrize("theme,scale", HEADING_LOOKS)
def test_the_unit_heading_and_the_whole_question_stay_in_view(qtbot, workspace, qapp, theme, scale):
    apply_style(qapp, theme, scale)
    d = _desk(qtbot, workspace, (theme, scale))
    try:
        w = d.window
        w.resize(_room())
        assert w.reception.languages.guesser.wait_ready(10)  # the visitor's language is recognised from the text
        # A clarifying question decides the unit; then typed in Arabic: the question in both languages,
        # the answer the text already gives under it (the largest question box there is).
        for words in ("Arbeit suchen", "Wohnung suchen", "بدي شغل، باخد من الجوب سنتر"):
            w.intake.clear()
            type_text(w.intake, words)
            qtbot.waitUntil(lambda: bool(w.detail.answer_buttons()), timeout=3000)
            QApplication.processEvents()
            if words.startswith("بدي"):
                assert w.visitor_lang() == "ar"

            def parts(words=words):  # asked afresh: the language guess may redraw the question with new buttons
                shown = [w.detail.caption, w.detail.title, w.detail.question_text, *w.detail.answer_buttons()]
                return shown + ([w.detail.question_visitor, w.detail.stated] if words.startswith("بدي") else [])

            def all_in_view() -> bool:
                return all(p.isVisible() and p.text() and shown_part(p).height() >= p.height() - 1
                           and p.height() >= p.minimumSizeHint().height() - 1 for p in parts())

            qtbot.waitUntil(all_in_view, timeout=5000)
            box, answers = w.detail.question_box, w.detail.answer_buttons()
            for i, button in enumerate(answers):  # inside the box, none over the question or another answer (they wrap)
                assert box.contentsRect().contains(button.geometry()), (words, button.text())
                assert not button.geometry().intersects(w.detail.question_text.geometry()), (words, button.text())
                assert not any(button.geometry().intersects(b.geometry()) for b in answers[i + 1:]), (words, button.text())
            assert w.page_scroll.verticalScrollBar().value() == 0  # nothing scrolled: the concern field stays in view
    finally:
        d.close()
        apply_style(qapp, "standard", 100)


def test_every_reception_dialog_fits(qtbot, workspace, look):
    seen: dict[str, list[str]] = {}

    def measure(dialog) -> int:
        qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
        name = dialog.objectName() or type(dialog).__name__
        seen[name] = fit_problems(dialog)
        return 0

    d = _desk(qtbot, workspace, look, on_dialog=measure)
    try:
        w = d.window
        w.intake.setText("Aufenthaltserlaubnis verlängern")
        w.open_appointment_dialog()
        w.show_shortcuts()
        w.show_about()
        w.choose_staff()
        w.queue_panel.find_action.trigger()
        w.intake.setText("Sprachkurs")  # an outside partner: the advice box
        w.issue_walk_in()
        entry = workspace.booking.log_walk_in("immigration-office", "residence-law")
        w.queue_panel.refer(entry)
        slot = workspace.booking.free_slots("immigration-office", workspace.clock().date())[0][0]
        w.queue_panel.rebook(workspace.booking.book_appointment("immigration-office", slot, "residence-law"))
        d.on_dialog = lambda dialog: (measure(dialog), 1)[1]  # the preview "prints"
        w.intake.setText("Aufenthaltserlaubnis verlängern")
        w.issue_walk_in()
    finally:
        d.close()
    assert {"appointmentDialog", "shortcutsDialog", "findDialog", "referDialog", "staffDialog", "slipPreview", "walkInAdvice"} <= set(seen), sorted(seen)
    assert {name: p for name, p in seen.items() if p} == {}


def test_the_start_window_and_the_review_window_fit(qtbot, workspace, look):
    from welcome_desk.ui.start_window import StartWindow

    start = StartWindow("de")
    qtbot.addWidget(start)
    start.show()
    assert fit_problems(start) == []
    d = _desk(qtbot, workspace, look)
    try:
        w = d.window
        w.require_team_lead = lambda what: True  # the role check itself: tests/ui/test_roles_gui.py
        w.review_action.trigger()
        review = w.review_part.window
        assert review is not None and review.isVisible()
        qtbot.waitUntil(lambda: review.summary is not None and not review.runner.busy(), timeout=5000)
        assert fit_problems(review) == []
        status = [c for c in review.findChildren(QLabel) if c.objectName() == "status" and c.isVisible()]
        for label in status:  # the status line is whole, not cut at the bottom
            assert shown_part(label).height() >= label.height() - 1
    finally:
        w.review_part.close()
        d.close()
