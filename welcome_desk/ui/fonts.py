"""Make the fonts shipped in ``resources/fonts`` available to Qt.

Call once at start, right after the ``QApplication`` exists and before the first
window is built::

    from welcome_desk.ui.fonts import register_bundled_fonts

    app = QApplication(sys.argv)
    families = register_bundled_fonts()

Every ``.ttf``/``.otf``/``.ttc``/``.otc`` file below ``resources/fonts`` (in a
frozen app: ``<_MEIPASS>/welcome_desk/_resources/fonts``) is added with
``QFontDatabase.addApplicationFont``; the families are returned in file order,
without duplicates. With no bundled fonts this does nothing and returns ``[]``.
Calling it again does not add the same file twice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from welcome_desk.core.paths import resource

log = logging.getLogger(__name__)

FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc", ".otc"})

_registered: dict[Path, list[str]] = {}


def bundled_font_files() -> list[Path]:
    """The font files below ``resources/fonts``, sorted; ``[]`` if there are none."""
    try:
        folder = resource("fonts")
    except FileNotFoundError:  # no bundled data at all
        return []
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.rglob("*") if path.is_file() and path.suffix.lower() in FONT_SUFFIXES
    )


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to ``QFontDatabase``; return the font families."""
    files = bundled_font_files()
    if not files:
        return []
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_bundled_fonts() needs a QApplication: create it first")
    families: list[str] = []
    for path in files:
        key = path.resolve()
        if key not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load bundled font %s", path)
                _registered[key] = []
            else:
                _registered[key] = list(QFontDatabase.applicationFontFamilies(font_id))
        for family in _registered[key]:
            if family not in families:
                families.append(family)
    return families
