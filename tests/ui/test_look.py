"""High contrast and text size: settings, contrast ratios, the View menu, and nothing clipped at 200 %."""

from __future__ import annotations

import json

import pytest

from welcome_desk.core.settings import FONT_SCALES, Settings, load_settings, nearest_scale, save_settings, step_scale


def test_settings_keep_theme_and_scale(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="high_contrast", font_scale=175), path)
    assert load_settings(path) == Settings(theme="high_contrast", font_scale=175)


@pytest.mark.parametrize(
    "raw,theme,scale",
    [
        ({"theme": "neon", "font_scale": 130}, "standard", 125),
        ({"theme": "high_contrast", "font_scale": 900}, "high_contrast", 200),
        ({"font_scale": True}, "standard", 100),  # a bool is not a size
        ({"font_scale": "150"}, "standard", 100),
    ],
)
def test_bad_values_fall_back(tmp_path, raw, theme, scale):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(raw), "utf-8")
    s = load_settings(path)
    assert (s.theme, s.font_scale) == (theme, scale)


def test_scale_steps():
    assert FONT_SCALES[0] == 100 and FONT_SCALES[-1] == 200
    assert step_scale(100, 1) == 125 and step_scale(200, 1) == 200 and step_scale(100, -1) == 100
    assert nearest_scale(160) == 150 and nearest_scale(float("nan")) == 100


# --------------------------------------------------------------------------- colours


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_high_contrast_reaches_wcag_aaa_and_standard_aa():
    pytest.importorskip("PySide6")
    from welcome_desk.ui.style import HIGH_CONTRAST, STANDARD

    for c, minimum in ((HIGH_CONTRAST, 7.0), (STANDARD, 4.5)):
        pairs = {
            "text": (c.ink, c.paper),
            "text on window": (c.ink, c.background),
            "secondary text": (c.muted, c.background),
            "secondary on cards": (c.muted, c.paper),
            "selection": (c.on_accent, c.accent),
            "main button": (c.primary_fg, c.primary_bg),
            "placeholder": (c.placeholder, c.paper),
        }
        low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < minimum}
        assert low == {}, (c, low)
    assert contrast(HIGH_CONTRAST.focus, HIGH_CONTRAST.background) >= 7  # the focus ring itself stands out
    assert contrast(HIGH_CONTRAST.disabled, HIGH_CONTRAST.background) >= 7


def test_stylesheet_scales_text_and_draws_thick_focus_rings():
    pytest.importorskip("PySide6")
    from welcome_desk.ui.style import scaled_pt, stylesheet

    hc = stylesheet("high_contrast", 200)
    assert "4px solid #ffff00" in hc and "dashed" in hc
    assert f"font-size: {scaled_pt(20, 200)}pt" in hc
    assert scaled_pt(10, 200) == 20.0  # body text doubles
    assert 20 < scaled_pt(20, 200) < 40  # the big intake grows, but less
    assert "#ffff00" not in stylesheet("standard", 100)


# --------------------------------------------------------------------------- in the window


@pytest.fixture
def restore_look(qapp):
    """apply_style changes the whole application: put everything back for the next tests."""
    from PySide6.QtGui import QPalette

    from welcome_desk.ui.style import BASE_POINT_SIZE_PROPERTY, SCALE_PROPERTY, THEME_PROPERTY

    saved = (qapp.styleSheet(), QPalette(qapp.palette()), qapp.font(), qapp.style().name())
    yield qapp
    sheet, palette, font, style = saved
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)
    for prop in (BASE_POINT_SIZE_PROPERTY, SCALE_PROPERTY, THEME_PROPERTY):
        qapp.setProperty(prop, None)


@pytest.mark.gui
def test_view_menu_switches_and_remembers(qtbot, workspace):
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import Qt

    from gui_desk import Desk

    d = Desk(qtbot, workspace)
    try:
        w = d.window
        assert w.high_contrast_action in w.view_menu.actions()
        qtbot.keyClick(w.intake, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert d.look.applied[-1] == ("high_contrast", 100) and d.saved[-1].theme == "high_contrast"
        assert w.high_contrast_action.isChecked()
        for expected in (125, 150, 175, 200, 200):
            w.larger_text_action.trigger()
            assert d.saved[-1].font_scale == expected
        assert not w.larger_text_action.isEnabled()
        w.smaller_text_action.trigger()
        assert d.saved[-1].font_scale == 175
        qtbot.keyClick(w.intake, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert d.saved[-1].font_scale == 100 and not w.normal_size_action.isEnabled()
        w.high_contrast_action.trigger()
        assert d.look.applied[-1] == ("standard", 100) and d.saved[-1].theme == "standard"
        assert w.intake.hasFocus()
    finally:
        d.close()


def _clipped(window) -> list[str]:
    """Visible labels and buttons smaller than they need (text cut), outside scroll areas' own clipping."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    problems = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.window() is not window or widget.width() <= 0:
            continue
        if type(widget).__name__ == "ElidedLabel":
            continue  # shortens on purpose, full text in tooltip and accessible name
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QLineEdit):
            continue  # the field's own clear button, drawn as an icon inside it
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h = widget.heightForWidth(widget.width())
            need_w = 0
        else:
            need_h, need_w = widget.minimumSizeHint().height(), widget.minimumSizeHint().width()
        if widget.height() + 1 < need_h or widget.width() + 1 < need_w:
            name = widget.objectName() or type(widget).__name__
            problems.append(f"{name} {widget.text()[:30]!r}: {widget.width()}x{widget.height()} < {need_w}x{need_h}")
    return problems


@pytest.mark.gui
@pytest.mark.parametrize("theme,scale", [("standard", 100), ("high_contrast", 200)])
def test_nothing_clipped_on_a_1280x800_screen(qtbot, workspace, restore_look, theme, scale):
    pytest.importorskip("pytestqt")
    from gui_desk import Desk
    from welcome_desk.ui.style import apply_style

    from welcome_desk.ui.main_window import _apply_look_to_application

    workspace.booking.log_walk_in("immigration-office", "residence-law")
    apply_style(restore_look, theme, scale)
    d = Desk(qtbot, workspace, settings=Settings(theme=theme, font_scale=scale), apply_look=_apply_look_to_application)
    try:
        w = d.window
        w.resize(1280, 800)
        qtbot.waitUntil(lambda: _clipped(w) == [], timeout=3000)
        qtbot.keyClicks(w.intake, "Arbeit suchen")  # with the clarifying question
        qtbot.waitUntil(lambda: _clipped(w) == [], timeout=3000)
        w.issue_walk_in()
        qtbot.waitUntil(lambda: _clipped(w) == [], timeout=3000)
        assert w.frequent_bar.visible_buttons()
        assert w.intake.font().pointSizeF() > 0
    finally:
        d.close()


@pytest.mark.gui
def test_live_switch_reaches_the_open_window(qtbot, workspace, restore_look):
    pytest.importorskip("pytestqt")
    from gui_desk import Desk
    from welcome_desk.ui.main_window import _apply_look_to_application
    from welcome_desk.ui.style import apply_style

    apply_style(restore_look, "standard", 100)
    d = Desk(qtbot, workspace, apply_look=_apply_look_to_application)
    try:
        w = d.window
        before = w.day_log.label.font().pointSizeF()
        middle_before = w.middle_split.minimumSizeHint().height()
        w.set_font_scale(200)
        assert w.middle_split.minimumSizeHint().height() > middle_before * 1.6  # minimum heights follow the text size
        w.set_theme("high_contrast")
        qtbot.waitUntil(lambda: w.day_log.label.font().pointSizeF() == pytest.approx(before * 2, rel=0.05))
        assert restore_look.palette().color(restore_look.palette().ColorRole.Window).name() == "#000000"
    finally:
        d.close()
