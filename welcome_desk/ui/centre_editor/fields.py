"""Small editing widgets the forms share: texts per language, lists one per line, unit pickers."""

from __future__ import annotations

from typing import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.languages import CODES
from welcome_desk.ui.i18n import native_language_name

# The languages reception meets most; every form offers these, plus any other the data holds.
EDIT_LANGUAGES = CODES  # the sixteen visitor languages (core/languages.py)
RTL = {"ar", "fa", "he", "ur", "ps", "ckb"}


NATIVE = {"en": "English"}  # Qt's own name for "en" is "American English"


def language_title(code: str) -> str:
    """A language by its own name (the same in every interface language) and its code.

    The left-to-right mark keeps "(ar)" after an Arabic or Persian name.
    """
    return f"\u200e{NATIVE.get(code) or native_language_name(code)}\u200e ({code})"


def languages_for(values: Iterable[str], base: Iterable[str] = EDIT_LANGUAGES) -> list[str]:
    base = list(base)
    return base + sorted(set(values) - set(base))


def _direction(widget: QWidget, code: str) -> None:
    if code.split("-")[0] in RTL:
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


class PlainList(QPlainTextEdit):
    """One value per line; Tab moves on (no keyboard trap)."""

    def __init__(self, lines: int = 4, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(max(height, 80) if lines <= 4 else 16_777_215)

    def set_values(self, values: Iterable[str]) -> None:
        self.setPlainText("\n".join(values))

    def values(self) -> list[str]:
        """Lines without surrounding spaces; empty lines and repeats dropped, order kept."""
        out: list[str] = []
        for line in self.toPlainText().splitlines():
            value = line.strip()
            if value and value not in out:
                out.append(value)
        return out


class LanguageTexts(QWidget):
    """One line per language for a multilingual text; languages not shown are kept as they were."""

    changed = Signal()

    def __init__(self, what: str, languages: Iterable[str] = ("de", "en"), parent=None) -> None:
        super().__init__(parent)
        self.what = what  # e.g. "Name": goes into each field's accessible name
        self._base = tuple(languages)
        self._edits: dict[str, QLineEdit] = {}
        self._kept: dict[str, str] = {}
        self._loaded: dict[str, str] = {}
        self._unreviewed: list[str] = []
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build(self._base)

    def _build(self, codes: Iterable[str]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._edits = {}
        for code in codes:
            edit = QLineEdit()
            edit.setObjectName(f"text_{code}")
            edit.setMaxLength(2000)
            _direction(edit, code)
            edit.setAccessibleName(f"{self.what} — {language_title(code)}")
            edit.textEdited.connect(lambda *_: self.changed.emit())
            label = QLabel(language_title(code))
            label.setBuddy(edit)
            self._form.addRow(label, edit)
            self._edits[code] = edit

    def set_texts(self, values: Mapping[str, str] | None, show_all_present: bool = False) -> None:
        values = dict(values or {})
        codes = languages_for(values, self._base) if show_all_present else list(self._base)
        if codes != list(self._edits):
            self._build(codes)
        self._kept = {k: v for k, v in values.items() if k not in self._edits}
        self._loaded = values
        for code, edit in self._edits.items():
            edit.setText(values.get(code, ""))
        self.set_unreviewed(())

    def set_unreviewed(self, codes: Iterable[str]) -> None:
        """Mark the languages whose text is a machine draft (the centre file's ``unreviewed``)."""
        self._unreviewed = list(codes)
        note = self.tr("Machine-drafted, not yet checked by a native speaker. Editing the text marks it as reviewed.")
        for code, edit in self._edits.items():
            marked = code in self._unreviewed
            label = self._form.labelForField(edit)
            if isinstance(label, QLabel):
                label.setText(language_title(code) + (" — " + self.tr("unreviewed draft") if marked else ""))
            edit.setToolTip(note if marked else "")
            edit.setAccessibleDescription(note if marked else "")

    def unreviewed(self) -> list[str]:
        """The marked languages still holding the draft: an edited text counts as reviewed, a removed one is gone."""
        now = self.texts()
        return [code for code in self._unreviewed if code in now and now[code] == self._loaded.get(code)]

    def texts(self) -> dict[str, str]:
        out = {code: edit.text().strip() for code, edit in self._edits.items() if edit.text().strip()}
        return {**out, **self._kept}

    def edit(self, code: str) -> QLineEdit:
        return self._edits[code]


class KeywordTabs(QTabWidget):
    """Keywords and phrases of a concern: a tab per language, one keyword or phrase per line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordTabs")
        self._lists: dict[str, PlainList] = {}
        self._what = ""

    def set_keywords(self, keywords: Mapping[str, Iterable[str]], what: str) -> None:
        self._what = what
        codes = languages_for(keywords)
        if codes != list(self._lists):
            self.clear()
            self._lists = {}
            for code in codes:
                box = PlainList(lines=10)
                box.setObjectName(f"keywords_{code}")
                _direction(box, code)
                box.textChanged.connect(lambda c=code: self._retitle(c))
                self._lists[code] = box
                self.addTab(box, "")
        for code, box in self._lists.items():
            box.set_values(keywords.get(code, ()))
            box.setAccessibleName(f"{what} — {language_title(code)}")
            self._retitle(code)

    def _retitle(self, code: str) -> None:
        index = list(self._lists).index(code)
        count = len(self._lists[code].values())
        self.setTabText(index, f"{code} · {count}")
        self.setTabToolTip(index, language_title(code))

    def keywords(self) -> dict[str, list[str]]:
        return {code: box.values() for code, box in self._lists.items() if box.values()}

    def list_for(self, code: str) -> PlainList:
        return self._lists[code]


class UnitPicker(QWidget):
    """Units in order of responsibility: the first is required, the others optional."""

    def __init__(self, what: str, slots: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.what = what
        self.combos: list[QComboBox] = []
        self._slots = slots
        self._none = "—"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self._lay = lay

    def set_units(self, choices: list[tuple[str, str]], chosen: list[str], none_text: str, names: list[str]) -> None:
        """``choices``: (id, shown name); ``names``: accessible name of each combo (1st, 2nd, …)."""
        self._none = none_text
        count = max(self._slots, len(chosen))
        while len(self.combos) < count:
            combo = QComboBox()
            combo.setObjectName(f"unit{len(self.combos)}")
            self._lay.addWidget(combo)
            self.combos.append(combo)
        for i, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.clear()
            if i > 0:
                combo.addItem(none_text, "")
            for unit_id, shown in choices:
                combo.addItem(shown, unit_id)
            want = chosen[i] if i < len(chosen) else ""
            index = combo.findData(want)
            if index < 0 and want:  # an id the centre lacks: show it so the problem is visible
                combo.addItem(want, want)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.setAccessibleName(names[min(i, len(names) - 1)] if names else self.what)
            combo.setVisible(i < count)
            combo.blockSignals(False)

    def units(self) -> list[str]:
        out: list[str] = []
        for combo in self.combos:
            if combo.isHidden():
                continue
            value = combo.currentData()
            if value and value not in out:
                out.append(value)
        return out
