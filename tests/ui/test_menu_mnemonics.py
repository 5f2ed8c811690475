"""Every menu of the desk, in German and English: no two entries share a mnemonic letter.

Two entries on one letter make Alt+letter (or the letter in an open menu) only cycle between them
instead of acting — a keyboard user of the issue-15 walk-through pressed "n" and got the wrong entry.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMenu  # noqa: E402

from gui_desk import Desk  # noqa: E402
from welcome_desk.core.settings import Settings  # noqa: E402

pytestmark = pytest.mark.gui
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letters(texts: list[str]) -> Counter:
    return Counter(m.group(1).lower() for t in texts if (m := MNEMONIC.search(t.replace("&&", ""))))


def menu_problems(menu: QMenu, where: str) -> list[str]:
    menu.aboutToShow.emit()  # menus that fill themselves when opened
    actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    doubled = [k for k, n in letters([a.text() for a in actions]).items() if n > 1]
    problems = [f"{where}: '&{k}' on {[a.text() for a in actions if k in letters([a.text()])]}" for k in doubled]
    for a in actions:
        if a.menu() is not None:
            problems += menu_problems(a.menu(), f"{where} > {a.text()}")
    return problems


def test_the_letter_is_the_first_test():
    assert letters(["&Datei", "&Drucken", "Speichern && &schließen"]) == Counter({"d": 2, "s": 1})


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_menu_has_two_entries_on_one_letter(qtbot, workspace, lang):
    desk = Desk(qtbot, workspace, settings=Settings(ui_language=lang))
    try:
        bar = desk.window.menuBar()
        tops = [a for a in bar.actions() if a.isVisible() and a.menu() is not None]
        problems = [f"menu bar: {k}" for k, n in letters([a.text() for a in tops]).items() if n > 1]
        for top in tops:
            problems += menu_problems(top.menu(), top.text())
        assert not problems, "\n".join(problems)
    finally:
        desk.close()
