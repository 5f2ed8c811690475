"""A calm, high-contrast look: Fusion style, a light palette, a few rules for cards and big text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

INK = "#1c2733"
MUTED = "#52606d"
LINE = "#c9d2dc"
PAPER = "#ffffff"
BACKGROUND = "#eef1f4"
ACCENT = "#1f5f8b"
ACCENT_SOFT = "#dde9f3"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QLabel#sectionLabel {{ color: {MUTED}; font-weight: 600; }}
QLabel#caption {{ color: {MUTED}; font-weight: 600; }}
QLineEdit#intake {{
    font-size: 20pt; padding: 8px 12px; border: 2px solid {LINE}; border-radius: 6px;
    background: {PAPER}; color: {INK}; selection-background-color: {ACCENT};
}}
QLineEdit#intake:focus {{ border: 2px solid {ACCENT}; }}
QListView#suggestions, QTableView#dayLog {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px;
}}
QListView#suggestions::item:selected {{ background: {ACCENT}; color: white; }}
QFrame#detailPanel, QFrame#ticketCard {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px;
}}
QScrollArea#detailScroll {{ background: transparent; border: none; }}
QScrollArea#detailScroll > QWidget > QWidget {{ background: transparent; }}
QFrame#detailPanel QLabel, QFrame#ticketCard QLabel {{ background: transparent; border: none; }}
QLabel#unitTitle {{ font-size: 17pt; font-weight: 700; color: {INK}; }}
QLabel#why {{ color: {INK}; }}
QLabel#fieldLabel {{ color: {MUTED}; font-weight: 600; }}
QLabel#openState {{ font-weight: 700; }}
QLabel#note, QLabel#hint {{ color: {MUTED}; }}
QLabel#hint {{ font-size: 11pt; }}
QLabel#ticketNumber {{ font-size: 36pt; font-weight: 800; color: {INK}; }}
QLabel#ticketUnit {{ font-size: 13pt; font-weight: 700; }}
QPushButton#reprintLast {{ padding: 4px 10px; }}
QLabel#dialogHeading {{ font-size: 13pt; font-weight: 700; }}
QGroupBox#questionBox {{
    border: 2px solid {ACCENT}; border-radius: 6px; margin-top: 14px; padding: 10px 8px 8px 8px;
    background: {ACCENT_SOFT}; font-weight: 700;
}}
QGroupBox#questionBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
QPushButton {{
    padding: 7px 16px; border: 1px solid {LINE}; border-radius: 5px; background: {PAPER}; color: {INK};
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #8a96a3; background: #f3f5f7; }}
QPushButton#primaryAction {{
    background: {ACCENT}; color: white; border: 2px solid {ACCENT}; font-weight: 700; font-size: 12pt;
    padding: 9px 22px;
}}
QPushButton#primaryAction:focus {{ border: 3px solid {INK}; }}
QPushButton#primaryAction:disabled {{ background: #9fb3c4; border-color: #9fb3c4; }}
QPushButton#secondaryAction {{ font-weight: 700; font-size: 12pt; padding: 9px 22px; }}
QComboBox {{ padding: 6px 10px; border: 1px solid {LINE}; border-radius: 5px; background: {PAPER}; min-width: 160px; }}
QComboBox:focus {{ border: 2px solid {ACCENT}; }}
QHeaderView::section {{
    background: {BACKGROUND}; color: {MUTED}; font-weight: 600; padding: 5px 6px; border: none;
    border-bottom: 1px solid {LINE};
}}
QTableView#dayLog {{ gridline-color: {BACKGROUND}; selection-background-color: {ACCENT}; selection-color: white; }}
QStatusBar {{ background: {PAPER}; color: {MUTED}; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion with a light palette and at least 10 pt text."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    pal.setColor(QPalette.ColorRole.Base, QColor(PAPER))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    pal.setColor(QPalette.ColorRole.Text, QColor(INK))
    pal.setColor(QPalette.ColorRole.Button, QColor(PAPER))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor(PAPER))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a96a3"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a96a3"))
    app.setPalette(pal)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLESHEET)
