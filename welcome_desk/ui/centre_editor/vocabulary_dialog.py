"""Suggested words: what reception typed when routing did not find the concern first.

The team lead ticks words and accepts them into the concern's keywords (routing
then knows them) or drops them. Only words are listed, with how often and when they
were last used — never a visit or who typed them. The core does the work
(:mod:`welcome_desk.core.vocabulary`); this dialog only gathers the choice.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from welcome_desk.core.centre import Centre
from welcome_desk.core.languages import CODES, language
from welcome_desk.core.vocabulary import Suggestion

PairRole = Qt.ItemDataRole.UserRole + 1


class VocabularyDialog(QDialog):
    """Lists suggestions; ``accept_words(pairs, lang)`` and ``drop_words(pairs)`` are the core's use cases."""

    def __init__(
        self,
        centre: Centre,
        suggestions: list[Suggestion],
        accept_words: Callable[[list[tuple[str, str]], str], object],
        drop_words: Callable[[list[tuple[str, str]]], object],
        lang: str = "de",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyDialog")
        self._accept_words = accept_words
        self._drop_words = drop_words
        self.setWindowTitle(self.tr("Suggested words"))
        self.intro = QLabel(
            self.tr(
                "Words reception typed when routing did not find the concern first. "
                "Accepted words become keywords of the concern; words nobody accepts "
                "are forgotten with the retention period."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("suggestedWords")
        self.list.setAccessibleName(self.tr("Suggested words"))
        self.list.setToolTip(self.tr("Tick the words to accept or drop (Space ticks)"))
        for s in suggestions:
            label = centre.concern(s.concern_id).label.get(lang) if centre.has_concern(s.concern_id) else s.concern_id
            item = QListWidgetItem(self.tr("{word} → {concern} ({uses}×)").format(word=s.word, concern=label, uses=s.uses))
            item.setData(PairRole, (s.concern_id, s.word))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.language = QComboBox()
        self.language.setObjectName("suggestedWordsLanguage")
        for code in CODES:
            self.language.addItem(f"{language(code).german} ({code})", code)
        self.language.setAccessibleName(self.tr("Language of the accepted words"))
        self.language.setToolTip(self.tr("The words are added to the keywords of this language"))
        lang_label = QLabel(self.tr("&Language of the words"))
        lang_label.setBuddy(self.language)
        self.accept_button = QPushButton(self.tr("&Accept ticked words"))
        self.accept_button.setToolTip(self.tr("Add the ticked words to their concern's keywords"))
        self.accept_button.clicked.connect(self._accept)
        self.drop_button = QPushButton(self.tr("&Drop ticked words"))
        self.drop_button.setToolTip(self.tr("Forget the ticked words"))
        self.drop_button.clicked.connect(self._drop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close; accepted and dropped words are already stored"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.drop_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(lang_label, self.language)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.empty = QLabel(self.tr("No suggested words at the moment."))
        self.empty.setVisible(not suggestions)
        lay.insertWidget(1, self.empty)

    def ticked(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(tuple(item.data(PairRole)))
        return out

    def _remove_ticked(self) -> None:
        for i in reversed(range(self.list.count())):
            if self.list.item(i).checkState() == Qt.CheckState.Checked:
                self.list.takeItem(i)

    def _accept(self) -> None:
        pairs = self.ticked()
        if pairs:
            self._accept_words(pairs, self.language.currentData())
            self._remove_ticked()

    def _drop(self) -> None:
        pairs = self.ticked()
        if pairs:
            self._drop_words(pairs)
            self._remove_ticked()
