"""The centre editor's forms for a concern and for a clarifying question with its answers.

Built on :class:`~welcome_desk.ui.centre_editor.forms.ItemForm` like the centre and unit forms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.centre_edit import CentreDraft
from welcome_desk.ui.centre_editor.fields import EDIT_LANGUAGES, KeywordTabs, LanguageTexts, UnitPicker
from welcome_desk.ui.centre_editor.forms import ItemForm, heading, row


class ConcernForm(ItemForm):
    kind = "concern"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = heading()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("concernId")
        self.units = UnitPicker("")
        self.question = QComboBox()
        self.question.setObjectName("concernQuestion")
        self.label = LanguageTexts("", EDIT_LANGUAGES)
        self.reason = LanguageTexts("")
        self.keywords = KeywordTabs()
        self.keywords_note = QLabel()
        self.keywords_note.setObjectName("hint")
        self.keywords_note.setWordWrap(True)
        self.labels = {key: QLabel() for key in ("id", "units", "question", "label", "reason", "keywords")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row(form, self.labels["id"], self.id_edit)
        row(form, self.labels["units"], self.units)
        self.labels["units"].setBuddy(self.units.combos[0] if self.units.combos else self.units)
        row(form, self.labels["question"], self.question)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(form)
        self.labels["label"].setObjectName("sectionLabel")
        self.labels["reason"].setObjectName("sectionLabel")
        self.labels["keywords"].setObjectName("sectionLabel")
        lay.addWidget(self.labels["keywords"])
        lay.addWidget(self.keywords_note)
        lay.addWidget(self.keywords, 1)
        self.labels["keywords"].setBuddy(self.keywords)
        lay.addWidget(self.labels["label"])
        lay.addWidget(self.label)
        lay.addWidget(self.labels["reason"])
        lay.addWidget(self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["id"].setText(self.tr("&Id"))
        self.labels["units"].setText(self.tr("&Units (best first)"))
        self.labels["question"].setText(self.tr("Clarifying &question"))
        self.labels["label"].setText(self.tr("Name shown at the desk and on the slip"))
        self.labels["reason"].setText(self.tr("Why this unit (shown under the suggestion)"))
        self.labels["keywords"].setText(self.tr("&Keywords and phrases — one per line, a tab per language"))
        self.keywords_note.setText(
            self.tr("Words visitors use for this concern, also colloquial ones and common misspellings. Routing learns them when the centre is saved.")
        )
        self.id_edit.setAccessibleName(self.tr("Concern id"))
        self.question.setAccessibleName(self.tr("Clarifying question asked for this concern"))

    def where(self) -> str:
        texts = self.label.texts()
        return self.tr("Concern {name} ({id})").format(name=texts.get(self.lang) or texts.get("de", ""), id=self.item_id)

    def load(self, draft: CentreDraft, item_id: str, lang: str) -> None:
        self.draft, self.item_id, self.lang = draft, item_id, lang
        concern = self.item()
        self.title.setText(self.tr("Concern: {name}").format(name=concern["label"].get(lang) or concern["label"].get("de", "")))
        self._id_field(self.id_edit)
        names = [self.tr("Responsible unit"), self.tr("Second unit (optional)"), self.tr("Third unit (optional)")]
        self.units.set_units(self._unit_choices(), list(concern["units"]), self.tr("— none —"), names)
        self.labels["units"].setBuddy(self.units.combos[0])
        self.question.clear()
        self.question.addItem(self.tr("— none —"), "")
        for q in draft.items("question"):
            self.question.addItem(f"{q['text'].get(lang) or q['text'].get('de', '')} ({q['id']})", q["id"])
        self.question.setCurrentIndex(max(0, self.question.findData(concern.get("question", ""))))
        self.label.set_texts(concern["label"], show_all_present=True)
        self.label.what = self.tr("Name")
        for code, edit in self.label._edits.items():
            edit.setAccessibleName(self.tr("Concern name") + f" ({code})")
        self.reason.set_texts(concern.get("reason"))
        for code, edit in self.reason._edits.items():
            edit.setAccessibleName(self.tr("Reason") + f" ({code})")
        self.keywords.set_keywords(concern.get("keywords", {}), self.tr("Keywords"))

    def commit(self) -> list[str]:
        errors: list[str] = []
        self._rename(self.id_edit.text().strip(), errors)
        concern = self.item()
        units = self.units.units()
        if units != concern["units"]:
            if units:
                self._set("units", units)
            else:
                errors.append(self.tr("{where} — Units: choose the responsible unit").format(where=self.where()))
        self._set("question", self.question.currentData() or "")
        self._set("label", self.label.texts())
        self._set("reason", self.reason.texts())
        keywords = self.keywords.keywords()
        old = {k: v for k, v in concern.get("keywords", {}).items() if v}
        if keywords != old:
            if any(keywords.values()):
                self._set("keywords", keywords)
            else:
                errors.append(self.tr("{where} — Keywords: a concern needs at least one keyword").format(where=self.where()))
        return errors

    def first_field(self) -> QWidget:
        return self.id_edit if not self.id_edit.isReadOnly() else self.units.combos[0]


class AnswerBox(QGroupBox):
    """One answer of a question: its words and where it sends the visitor."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.answer_id = ""
        self.kept: dict[str, Any] = {}
        self.label = LanguageTexts("")
        self.units = UnitPicker("", slots=2)
        self.units_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.label)
        row(form, self.units_label, self.units)


class QuestionForm(ItemForm):
    kind = "question"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = heading()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("questionId")
        self.text = LanguageTexts("", EDIT_LANGUAGES)
        self.id_label = QLabel()
        self.text_label = QLabel()
        self.text_label.setObjectName("sectionLabel")
        self.answers_label = QLabel()
        self.answers_label.setObjectName("sectionLabel")
        self.answer_boxes: list[AnswerBox] = []
        self.answers_lay = QVBoxLayout()
        self.add_answer_button = QPushButton()
        self.add_answer_button.setObjectName("addAnswer")
        self.add_answer_button.clicked.connect(lambda: self._add_box(None))
        self.remove_answer_button = QPushButton()
        self.remove_answer_button.setObjectName("removeAnswer")
        self.remove_answer_button.clicked.connect(self._remove_last_box)
        form = QFormLayout()
        row(form, self.id_label, self.id_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_answer_button)
        buttons.addWidget(self.remove_answer_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lay.addWidget(self.text_label)
        lay.addWidget(self.text)
        self.text_label.setBuddy(self.text.edit("de"))
        lay.addWidget(self.answers_label)
        lay.addLayout(self.answers_lay)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.id_label.setText(self.tr("&Id"))
        self.id_edit.setAccessibleName(self.tr("Question id"))
        self.text_label.setText(self.tr("&Question, in each language"))
        self.answers_label.setText(self.tr("Answers (2 to 6) and where each sends the visitor"))
        self.add_answer_button.setText(self.tr("Add a&nswer"))
        self.add_answer_button.setAccessibleName(self.tr("Add an answer"))
        self.remove_answer_button.setText(self.tr("Remove &last answer"))
        self.remove_answer_button.setAccessibleName(self.tr("Remove the last answer"))

    def where(self) -> str:
        return self.tr("Question {id}").format(id=self.item_id)

    def _add_box(self, answer: dict[str, Any] | None) -> None:
        if answer is None:
            if len(self.answer_boxes) >= 6:
                return
            taken = {b.answer_id for b in self.answer_boxes}
            n = len(self.answer_boxes) + 1
            while f"answer-{n}" in taken:
                n += 1
            answer = {"id": f"answer-{n}", "label": {}, "units": []}
        box = AnswerBox()
        box.answer_id = answer["id"]
        box.kept = {k: v for k, v in answer.items() if k not in ("id", "label", "units")}
        number = len(self.answer_boxes) + 1
        box.setTitle(self.tr("Answer {n} ({id})").format(n=number, id=answer["id"]))
        box.label.set_texts(answer.get("label"))
        for code, edit in box.label._edits.items():
            edit.setAccessibleName(self.tr("Answer {n}").format(n=number) + f" ({code})")
        box.units_label.setText(self.tr("Sends to"))
        names = [self.tr("Answer {n}: unit").format(n=number), self.tr("Answer {n}: second unit (optional)").format(n=number)]
        box.units.set_units(self._unit_choices(), list(answer.get("units", [])), self.tr("— none —"), names)
        box.units_label.setBuddy(box.units.combos[0])
        self.answers_lay.addWidget(box)
        self.answer_boxes.append(box)
        self._update_buttons()

    def _remove_last_box(self) -> None:
        if len(self.answer_boxes) <= 2:
            return
        box = self.answer_boxes.pop()
        box.setParent(None)
        box.deleteLater()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_answer_button.setEnabled(len(self.answer_boxes) < 6)
        self.remove_answer_button.setEnabled(len(self.answer_boxes) > 2)

    def load(self, draft: CentreDraft, item_id: str, lang: str) -> None:
        self.draft, self.item_id, self.lang = draft, item_id, lang
        question = self.item()
        self.title.setText(self.tr("Question: {text}").format(text=question["text"].get(lang) or question["text"].get("de", "")))
        self._id_field(self.id_edit)
        self.text.set_texts(question["text"], show_all_present=True)
        for code, edit in self.text._edits.items():
            edit.setAccessibleName(self.tr("Question") + f" ({code})")
        for box in self.answer_boxes:
            box.setParent(None)
            box.deleteLater()
        self.answer_boxes = []
        for answer in question["answers"]:
            self._add_box(answer)

    def commit(self) -> list[str]:
        errors: list[str] = []
        self._rename(self.id_edit.text().strip(), errors)
        question = self.item()
        self._set("text", self.text.texts())
        answers = []
        for n, box in enumerate(self.answer_boxes, start=1):
            units = box.units.units()
            if not units:
                errors.append(self.tr("{where} — Answer {n}: choose the unit it sends to").format(where=self.where(), n=n))
            answer = {"id": box.answer_id, "label": box.label.texts(), "units": units, **box.kept}
            answers.append(answer)
        if not errors and answers != question["answers"]:
            self._set("answers", answers)
        return errors

    def first_field(self) -> QWidget:
        return self.id_edit if not self.id_edit.isReadOnly() else self.text.edit("de")
