"""The look of the desk: Fusion, a palette and a stylesheet built from the theme and the text size.

Two themes: ``standard`` (calm, light) and ``high_contrast`` (black background,
white text, yellow selection and thick yellow focus rings; every pair of text and
background colours reaches WCAG AAA, 7:1). Text scales from 100 % to 200 %;
large type (the intake field, the ticket number) grows more slowly than body text
so that nothing is pushed off a 1280 × 800 screen. Meaning never rests on colour
alone: states are written out in words (see the detail panel and the day log),
disabled buttons are also drawn with a dashed border in high contrast.

``apply_style`` may be called again at run time; the change reaches every open
window and dialog at once (Qt re-polishes all widgets when the application's
stylesheet, palette or font changes).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from welcome_desk.core.settings import FONT_SCALES, THEMES

BASE_POINT_SIZE_PROPERTY = "welcomeDeskBasePointSize"  # kept on the application, not in this module
THEME_PROPERTY = "welcomeDeskTheme"
SCALE_PROPERTY = "welcomeDeskFontScale"
MIN_POINT_SIZE = 10.0


@dataclass(frozen=True)
class Colours:
    ink: str  # body text
    muted: str  # secondary text (still readable: AA in standard, AAA in high contrast)
    line: str  # frames
    paper: str  # cards, fields, lists
    background: str  # window
    accent: str  # focus, selection
    accent_soft: str  # the question box
    on_accent: str  # text on the accent
    focus: str  # focus ring
    disabled: str  # disabled text
    disabled_bg: str
    primary_bg: str  # the main action button
    primary_fg: str
    focus_width: int  # px
    disabled_border: str  # "solid" or "dashed"
    placeholder: str  # hint text in an empty field


STANDARD = Colours(
    ink="#1c2733",
    muted="#52606d",
    line="#c9d2dc",
    paper="#ffffff",
    background="#eef1f4",
    accent="#1f5f8b",
    accent_soft="#dde9f3",
    on_accent="#ffffff",
    focus="#1f5f8b",
    disabled="#6b7785",
    disabled_bg="#f3f5f7",
    primary_bg="#1f5f8b",
    primary_fg="#ffffff",
    focus_width=2,
    disabled_border="dashed",  # "disabled" shown by the border's shape too, not only by paler colours
    placeholder="#5f6b78",  # 5.6:1 on white
)

HIGH_CONTRAST = Colours(
    ink="#ffffff",
    muted="#ffffff",
    line="#ffffff",
    paper="#000000",
    background="#000000",
    accent="#ffff00",
    accent_soft="#000000",
    on_accent="#000000",
    focus="#ffff00",
    disabled="#c0c0c0",  # 11.7:1 on black, and the dashed border says "disabled" without colour
    disabled_bg="#000000",
    primary_bg="#ffffff",
    primary_fg="#000000",
    focus_width=4,
    disabled_border="dashed",
    placeholder="#c8c8c8",  # 12.6:1 on black, still lighter than typed text
)


def colours(theme: str) -> Colours:
    return HIGH_CONTRAST if theme == "high_contrast" else STANDARD


def scaled_pt(points: float, scale: int) -> float:
    """Point size at ``scale`` per cent: body text grows fully, large type a quarter as fast."""
    f = scale / 100.0
    if points <= 12:
        return round(points * f, 1)
    return round(12 * f + (points - 12) * (1 + (f - 1) * 0.25), 1)


def stylesheet(theme: str = "standard", scale: int = 100) -> str:
    c = colours(theme)
    fw = c.focus_width

    def pt(points: float) -> str:
        return f"{scaled_pt(points, scale)}pt"

    hc = theme == "high_contrast"
    border = 2 if hc else 1
    return f"""
QMainWindow, QDialog {{ background: {c.background}; }}
QLabel#sectionLabel, QLabel#caption, QLabel#fieldLabel {{ color: {c.muted}; font-weight: 600; }}
QLineEdit#intake {{
    font-size: {pt(20)}; padding: 8px 12px; border: {fw}px solid {c.line}; border-radius: 6px;
    background: {c.paper}; color: {c.ink}; selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QLineEdit {{ placeholder-text-color: {c.placeholder}; }}
QLineEdit#intake:focus {{ border: {fw + (1 if hc else 0)}px solid {c.focus}; }}
QLineEdit {{ color: {c.ink}; background: {c.paper}; }}
QLineEdit:focus {{ border: {fw}px solid {c.focus}; }}
QListView#suggestions, QTableView#dayLog, QListWidget {{
    background: {c.paper}; color: {c.ink}; border: {border}px solid {c.line}; border-radius: 6px;
}}
QListWidget:focus, QTableView#dayLog:focus {{ border: {fw}px solid {c.focus}; }}
QListView#suggestions::item:selected, QListWidget::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QListWidget {{ border-width: {fw}px; }}
QListWidget::item:selected:!focus {{
    background: {c.accent_soft}; color: {c.ink}; border: 1px dashed {c.ink};
}}
QFrame#detailPanel, QFrame#ticketCard {{
    background: {c.paper}; border: {border}px solid {c.line}; border-radius: 6px;
}}
QScrollArea#detailScroll, QScrollArea#ticketScroll {{ background: transparent; border: none; }}
QScrollArea#detailScroll > QWidget > QWidget, QScrollArea#ticketScroll > QWidget > QWidget {{ background: transparent; }}
QFrame#detailPanel QLabel, QFrame#ticketCard QLabel {{ background: transparent; border: none; color: {c.ink}; }}
QFrame#detailPanel QLabel#caption, QFrame#ticketCard QLabel#caption,
QFrame#detailPanel QLabel#fieldLabel {{ color: {c.muted}; }}
QLabel#unitTitle {{ font-size: {pt(17)}; font-weight: 700; color: {c.ink}; }}
QLabel#why {{ color: {c.ink}; }}
QLabel#openState {{ font-weight: 700; }}
QLabel#note, QLabel#hint, QLabel#frequentEmpty {{ color: {c.muted}; }}
QFrame#detailPanel QLabel#note, QFrame#detailPanel QLabel#hint, QFrame#ticketCard QLabel#note {{ color: {c.muted}; }}
QLabel#hint {{ font-size: {pt(11)}; }}
QLabel#ticketNumber {{ font-size: {pt(36)}; font-weight: 800; color: {c.ink}; }}
QLabel#ticketUnit {{ font-size: {pt(13)}; font-weight: 700; }}
QPushButton#reprintLast {{ padding: 4px 10px; }}
QLabel#dialogHeading {{ font-size: {pt(13)}; font-weight: 700; }}
QGroupBox#questionBox {{
    border: {fw}px solid {c.accent}; border-radius: 6px; margin-top: {round(14 * scale / 100)}px;
    padding: 10px 8px 8px 8px; background: {c.accent_soft}; font-weight: 700; color: {c.ink};
}}
QGroupBox#questionBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {c.accent if not hc else c.ink}; }}
QGroupBox#questionBox QLabel {{ color: {c.ink}; }}
QPushButton {{
    padding: 7px 16px; border: {border}px solid {c.line}; border-radius: 5px; background: {c.paper}; color: {c.ink};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: {fw}px solid {c.focus}; }}
QPushButton:disabled {{ color: {c.disabled}; background: {c.disabled_bg}; border: {border}px {c.disabled_border} {c.disabled}; }}
QPushButton#primaryAction {{
    background: {c.primary_bg}; color: {c.primary_fg}; border: 2px solid {c.primary_bg}; font-weight: 700;
    font-size: {pt(12)}; padding: 9px 22px;
}}
QPushButton#primaryAction:focus {{ border: {fw + 1}px solid {c.focus if hc else c.ink}; }}
QPushButton#primaryAction:disabled {{
    background: {c.disabled_bg if hc else '#9fb3c4'}; color: {c.disabled if hc else '#ffffff'};
    border: 2px {c.disabled_border} {c.disabled if hc else '#9fb3c4'};
}}
QPushButton#secondaryAction {{ font-weight: 700; font-size: {pt(12)}; padding: 9px 22px; }}
QPushButton#frequentConcern {{ padding: 4px 10px; text-align: left; }}
QComboBox {{
    padding: 6px 10px; border: {border}px solid {c.line}; border-radius: 5px; background: {c.paper}; color: {c.ink};
    min-width: 160px;
}}
QComboBox:focus {{ border: {fw}px solid {c.focus}; }}
QComboBox QAbstractItemView {{ background: {c.paper}; color: {c.ink}; selection-background-color: {c.accent};
    selection-color: {c.on_accent}; }}
QHeaderView::section {{
    background: {c.background}; color: {c.muted}; font-weight: 600; padding: 5px 6px; border: none;
    border-bottom: {border}px solid {c.line};
}}
QTableView#dayLog {{ gridline-color: {c.background}; selection-background-color: {c.accent}; selection-color: {c.on_accent}; }}
QStatusBar {{ background: {c.paper}; color: {c.muted}; border-top: {border}px solid {c.line}; }}
QStatusBar QLabel {{ padding: 0 8px; color: {c.muted}; }}
QToolTip {{ background: {c.paper}; color: {c.ink}; border: 1px solid {c.line}; }}
QCheckBox, QRadioButton {{ color: {c.ink}; }}
QLabel#problem {{ color: {c.ink if hc else '#9b1c1c'}; font-weight: 700; }}
QLabel#dueNow {{ font-weight: 700; }}
QFrame#figures {{ background: {c.paper}; border: {border}px solid {c.line}; border-radius: 6px; }}
QFrame#figures QLabel {{ background: transparent; border: none; color: {c.muted}; }}
QFrame#figures QLabel#figureValue {{ font-size: {pt(15)}; font-weight: 700; color: {c.ink}; }}
QFrame#lockOverlay {{ background: {c.background}; }}
QFrame#lockCard {{ background: {c.paper}; border: {border}px solid {c.line}; border-radius: 10px; }}
QFrame#lockOverlay QLabel {{ background: transparent; border: none; color: {c.ink}; }}
QLabel#lockCentre {{ font-size: {pt(20)}; font-weight: 700; }}
QLabel#lockTitle {{ font-size: {pt(15)}; font-weight: 700; color: {c.accent if not hc else c.ink}; }}
QLabel#lockNote {{ font-size: {pt(11)}; color: {c.muted}; }}
QPushButton#lockContinue {{
    background: {c.primary_bg}; color: {c.primary_fg}; border: 2px solid {c.primary_bg}; font-weight: 700;
    font-size: {pt(12)}; padding: 9px 28px; border-radius: 5px;
}}
QPushButton#lockContinue:focus {{ border: {fw + 1}px solid {c.focus if hc else c.ink}; }}
{_high_contrast_extras(c) if hc else ""}
"""


def _high_contrast_extras(c: Colours) -> str:
    """Rules only the high-contrast theme needs: menus, tool bars (dark icons), scroll bars, check boxes."""
    return f"""
QMenuBar {{ background: {c.background}; color: {c.ink}; border-bottom: 2px solid {c.line}; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu {{ background: {c.background}; color: {c.ink}; border: 2px solid {c.line}; }}
QMenu::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu::item:disabled {{ color: {c.disabled}; }}
QToolBar {{ background: #ffffff; border: 2px solid {c.line}; }}
QToolBar QLineEdit, QToolBar QComboBox {{ background: #ffffff; color: #000000; border: 2px solid #000000; }}
QToolBar QToolButton:focus, QToolBar QLineEdit:focus, QToolBar QComboBox:focus {{ border: 4px solid #0000c0; }}
QToolBar QLabel {{ color: #000000; }}
QScrollBar {{ background: {c.background}; border: 1px solid {c.line}; }}
QScrollBar::handle {{ background: {c.ink}; min-height: 24px; min-width: 24px; }}
QCheckBox::indicator, QRadioButton::indicator {{ border: 2px solid {c.line}; background: {c.background}; width: 16px; height: 16px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.accent}; }}
QCheckBox:focus, QRadioButton:focus {{ border: {c.focus_width}px solid {c.focus}; }}
QMessageBox QLabel {{ color: {c.ink}; }}
"""


def palette(theme: str = "standard") -> QPalette:
    c = colours(theme)
    pal = QPalette()
    roles = QPalette.ColorRole
    pal.setColor(roles.Window, QColor(c.background))
    pal.setColor(roles.WindowText, QColor(c.ink))
    pal.setColor(roles.Base, QColor(c.paper))
    pal.setColor(roles.AlternateBase, QColor("#1a1a1a" if theme == "high_contrast" else "#f6f8fa"))
    pal.setColor(roles.Text, QColor(c.ink))
    pal.setColor(roles.Button, QColor(c.paper))
    pal.setColor(roles.ButtonText, QColor(c.ink))
    pal.setColor(roles.BrightText, QColor(c.accent))
    pal.setColor(roles.Highlight, QColor(c.accent))
    pal.setColor(roles.HighlightedText, QColor(c.on_accent))
    pal.setColor(roles.PlaceholderText, QColor(c.muted if theme == "high_contrast" else c.muted))
    pal.setColor(roles.ToolTipBase, QColor(c.paper))
    pal.setColor(roles.ToolTipText, QColor(c.ink))
    pal.setColor(roles.Link, QColor("#ffff00" if theme == "high_contrast" else c.accent))
    pal.setColor(roles.LinkVisited, QColor("#ffff00" if theme == "high_contrast" else c.accent))
    pal.setColor(roles.Light, QColor(c.line))
    pal.setColor(roles.Midlight, QColor(c.line))
    pal.setColor(roles.Mid, QColor(c.muted))
    pal.setColor(roles.Dark, QColor(c.muted))
    pal.setColor(roles.Shadow, QColor(c.muted))
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled))
    return pal


def apply_style(app: QApplication, theme: str = "standard", font_scale: int = 100) -> None:
    """Fusion with the theme's palette and stylesheet, body text at ``font_scale`` per cent (at least 10 pt)."""
    theme = theme if theme in THEMES else THEMES[0]
    font_scale = font_scale if font_scale in FONT_SCALES else FONT_SCALES[0]
    if app.style().name().lower() != "fusion":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    base = app.property(BASE_POINT_SIZE_PROPERTY)
    if not base:
        base = max(MIN_POINT_SIZE, app.font().pointSizeF())
        app.setProperty(BASE_POINT_SIZE_PROPERTY, base)
    app.setPalette(palette(theme))
    font = app.font()
    font.setPointSizeF(float(base) * font_scale / 100.0)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, font_scale))
    app.setProperty(THEME_PROPERTY, theme)
    app.setProperty(SCALE_PROPERTY, font_scale)


def current_look(app: QApplication) -> tuple[str, int]:
    """(theme, font scale) last applied to ``app``; the defaults if none was."""
    return (app.property(THEME_PROPERTY) or THEMES[0], int(app.property(SCALE_PROPERTY) or FONT_SCALES[0]))
