"""The centre editor window: items on the left, the chosen item's form on the right.

Nothing is stored until Save, and Save stores only a centre that passed every
check; problems are listed naming the item and field, and choosing one goes there.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core.centre import CentreError
from welcome_desk.core.centre_edit import CentreDraft, CentreEditError, Problem, SaveResult
from welcome_desk.ui.centre_editor.concern_forms import ConcernForm, QuestionForm
from welcome_desk.ui.centre_editor.forms import CentreForm, ItemForm, UnitForm
from welcome_desk.ui.centre_editor.texts import edit_error_text

ItemRole = Qt.ItemDataRole.UserRole + 1
GROUPS = ("unit", "concern", "question")


def ask_unsaved_box(parent: QWidget) -> str:
    """Save / discard / cancel, asked when the editor closes with unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CentreEditor", "Unsaved changes"),
        QCoreApplication.translate("CentreEditor", "The centre has changes that are not saved."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setAccessibleName(QCoreApplication.translate("CentreEditor", "Unsaved changes"))
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(QMessageBox.StandardButton(answer), "cancel")


class CentreEditor(QDialog):
    """Edit units, concerns, questions and the centre's hours; validate; save as a new version."""

    saved = Signal(object)  # the saved Centre

    def __init__(
        self,
        draft: CentreDraft,
        save: Callable[[CentreDraft], SaveResult],
        lang: str = "de",
        parent: QWidget | None = None,
        *,
        ask_unsaved: Callable[[QWidget], str] = ask_unsaved_box,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("centreEditor")
        self.draft = draft
        self._save = save
        self.lang = lang
        self.ask_unsaved = ask_unsaved
        self.last_result: SaveResult | None = None
        self._switching = False

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.tree_label = QLabel()
        self.tree_label.setObjectName("sectionLabel")
        self.tree = QTreeWidget()
        self.tree.setObjectName("centreItems")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree_label.setBuddy(self.tree)
        self.add_unit_button = QPushButton()
        self.add_unit_button.setObjectName("addUnit")
        self.add_concern_button = QPushButton()
        self.add_concern_button.setObjectName("addConcern")
        self.add_question_button = QPushButton()
        self.add_question_button.setObjectName("addQuestion")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeItem")
        self.add_unit_button.clicked.connect(lambda: self.add_item("unit"))
        self.add_concern_button.clicked.connect(lambda: self.add_item("concern"))
        self.add_question_button.clicked.connect(lambda: self.add_item("question"))
        self.remove_button.clicked.connect(self.remove_current)
        self._shortcuts = []
        for key, slot in (
            ("Ctrl+Shift+U", lambda: self.add_item("unit")),
            ("Ctrl+Shift+K", lambda: self.add_item("concern")),
            ("Ctrl+Shift+Q", lambda: self.add_item("question")),
            ("Ctrl+Shift+Del", self.remove_current),
            ("Ctrl+S", self.save),
            ("F7", self.validate),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        self.forms: dict[str, ItemForm] = {
            "centre": CentreForm(),
            "unit": UnitForm(),
            "concern": ConcernForm(),
            "question": QuestionForm(),
        }
        self.group_page = QLabel()
        self.group_page.setObjectName("hint")
        self.group_page.setWordWrap(True)
        self.group_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.group_page)
        for form in self.forms.values():
            self.stack.addWidget(form)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("editorScroll")
        self.scroll.setWidget(self.stack)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("sectionLabel")
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(110)
        self.problems_label.setBuddy(self.problems)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.validate_button = QPushButton()
        self.validate_button.setObjectName("validate")
        self.validate_button.clicked.connect(self.validate)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        for button in (self.validate_button, self.save_button, self.close_button):
            button.setAutoDefault(False)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.tree_label)
        left_lay.addWidget(self.tree, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_unit_button)
        add_row.addWidget(self.add_concern_button)
        left_lay.addLayout(add_row)
        add_row2 = QHBoxLayout()
        add_row2.addWidget(self.add_question_button)
        add_row2.addWidget(self.remove_button)
        left_lay.addLayout(add_row2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 770])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(split, 1)
        lay.addWidget(self.problems_label)
        lay.addWidget(self.problems)
        lay.addLayout(buttons)
        self.problems_label.hide()
        self.problems.hide()

        self.retranslate()
        self._fill_tree()
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.setCurrentItem(self._find("centre", ""))
        self.resize(1180, 800)
        self.tree.setFocus()

    # ------------------------------------------------------------------ text

    def retranslate(self) -> None:
        name = self.draft.doc["name"].get(self.lang) or self.draft.doc["name"]["de"]
        self.setWindowTitle(self.tr("Edit centre — {name}").format(name=name))
        self.heading.setText(self.tr("Edit centre: {name}").format(name=name))
        self.tree_label.setText(self.tr("Ite&ms of the centre"))
        self.tree.setAccessibleName(self.tr("Units, concerns and questions of the centre"))
        self.add_unit_button.setText(self.tr("Add unit"))
        self.add_unit_button.setToolTip(self.tr("Add a unit (Ctrl+Shift+U)"))
        self.add_unit_button.setAccessibleName(self.tr("Add a unit"))
        self.add_concern_button.setText(self.tr("Add concern"))
        self.add_concern_button.setToolTip(self.tr("Add a concern (Ctrl+Shift+K)"))
        self.add_concern_button.setAccessibleName(self.tr("Add a concern"))
        self.add_question_button.setText(self.tr("Add question"))
        self.add_question_button.setToolTip(self.tr("Add a clarifying question (Ctrl+Shift+Q)"))
        self.add_question_button.setAccessibleName(self.tr("Add a clarifying question"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen unit, concern or question (Ctrl+Shift+Del)"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen item"))
        self.problems_label.setText(self.tr("&Problems (Enter goes to the field)"))
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.validate_button.setText(self.tr("&Validate"))
        self.validate_button.setToolTip(self.tr("Check the whole centre without saving (F7)"))
        self.validate_button.setAccessibleName(self.tr("Validate the centre"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Check and save the centre; the desk uses it at once (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the centre"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the editor (Esc); unsaved changes are asked about"))
        self.close_button.setAccessibleName(self.tr("Close the editor"))

    def _group_title(self, kind: str) -> str:
        count = len(self.draft.items(kind))
        return {
            "unit": self.tr("Units ({n})"),
            "concern": self.tr("Concerns ({n})"),
            "question": self.tr("Clarifying questions ({n})"),
        }[kind].format(n=count)

    def _item_title(self, kind: str, item_id: str) -> str:
        if kind == "centre":
            return self.tr("Centre: name, hours, closed days")
        item = self.draft.item(kind, item_id)
        text = item.get({"unit": "name", "concern": "label", "question": "text"}[kind], {})
        return f"{text.get(self.lang) or text.get('de', '')} — {item_id}"

    # ------------------------------------------------------------------ tree

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        centre = QTreeWidgetItem([self._item_title("centre", "")])
        centre.setData(0, ItemRole, ("centre", ""))
        self.tree.addTopLevelItem(centre)
        for kind in GROUPS:
            group = QTreeWidgetItem([self._group_title(kind)])
            group.setData(0, ItemRole, ("group", kind))
            self.tree.addTopLevelItem(group)
            for item_id in self.draft.ids(kind):
                child = QTreeWidgetItem([self._item_title(kind, item_id)])
                child.setData(0, ItemRole, (kind, item_id))
                group.addChild(child)
            group.setExpanded(kind == "unit")
        self.tree.blockSignals(False)

    def _find(self, kind: str, item_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, ItemRole) == (kind, item_id):
                return top
            for j in range(top.childCount()):
                if top.child(j).data(0, ItemRole) == (kind, item_id):
                    return top.child(j)
        return None

    def _group(self, kind: str) -> QTreeWidgetItem:
        item = self._find("group", kind)
        assert item is not None
        return item

    def current_key(self) -> tuple[str, str]:
        item = self.tree.currentItem()
        return item.data(0, ItemRole) if item is not None else ("", "")

    def current_form(self) -> ItemForm | None:
        kind, _ = self.current_key()
        return self.forms.get(kind)

    def select(self, kind: str, item_id: str) -> bool:
        """Go to an item (as a click on it would); False if leaving the current one was refused."""
        item = self._find(kind, item_id)
        if item is None:
            return False
        if item.parent() is not None:
            item.parent().setExpanded(True)
        self.tree.setCurrentItem(item)
        return self.tree.currentItem() is item

    def _current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._switching:
            return
        if previous is not None:
            errors = self._commit_item(previous)
            if errors:
                self._switching = True
                self.tree.setCurrentItem(previous)
                self._switching = False
                self._show_problems(errors, self.tr("Please correct this first:"))
                self._focus_problem_field()
                return
            self._show_problems([], "")
            self.status.setText("")
        self._show(current)

    def _commit_item(self, item: QTreeWidgetItem) -> list[str]:
        kind, item_id = item.data(0, ItemRole)
        form = self.forms.get(kind)
        if form is None or form.draft is None:
            return []
        errors = form.commit()
        if form.item_id != item_id:  # a new item got its id
            item.setData(0, ItemRole, (kind, form.item_id))
        item.setText(0, self._item_title(kind, form.item_id))
        return errors

    def commit_current(self) -> list[str]:
        item = self.tree.currentItem()
        return self._commit_item(item) if item is not None else []

    def _show(self, item: QTreeWidgetItem | None) -> None:
        kind, item_id = item.data(0, ItemRole) if item is not None else ("", "")
        form = self.forms.get(kind)
        if form is None:
            self.stack.setCurrentWidget(self.group_page)
            self.group_page.setText(
                {
                    "unit": self.tr("Counters, offices and partners visitors are sent to. Choose one to edit it, or add a unit (Ctrl+Shift+U)."),
                    "concern": self.tr("What visitors come for, with the words they use and the unit responsible. Choose one to edit it, or add a concern (Ctrl+Shift+K)."),
                    "question": self.tr("Short questions that decide between units (e.g. “Do you receive citizen's benefit?”). Add one with Ctrl+Shift+Q."),
                }.get(item_id, "")
            )
            self.remove_button.setEnabled(False)
            return
        form.load(self.draft, item_id, self.lang)
        self.stack.setCurrentWidget(form)
        self.scroll.verticalScrollBar().setValue(0)
        self.remove_button.setEnabled(kind in GROUPS)

    # ------------------------------------------------------------------ add / remove

    def add_item(self, kind: str) -> None:
        errors = self.commit_current()
        if errors:
            self._show_problems(errors, self.tr("Please correct this first:"))
            return
        kind_now, id_now = self.current_key()
        if kind == "unit":
            item = self.draft.add_unit(self.tr("New unit"))
        elif kind == "concern":
            item = self.draft.add_concern(id_now if kind_now == "unit" else None, self.tr("New concern"))
        else:
            item = self.draft.add_question()
        group = self._group(kind)
        child = QTreeWidgetItem([self._item_title(kind, item["id"])])
        child.setData(0, ItemRole, (kind, item["id"]))
        group.addChild(child)
        group.setText(0, self._group_title(kind))
        self.select(kind, item["id"])
        self.status.setText(self.tr("Added; give it an id and a name, then save."))
        form = self.forms[kind]
        form.first_field().setFocus()
        form.first_field().selectAll() if hasattr(form.first_field(), "selectAll") else None

    def remove_current(self) -> None:
        kind, item_id = self.current_key()
        if kind not in GROUPS:
            return
        try:
            self.draft.remove(kind, item_id)
        except CentreEditError as exc:
            self._show_problems([edit_error_text(exc)], self.tr("Not removed:"))
            return
        item = self._find(kind, item_id)
        group = self._group(kind)
        self._switching = True
        group.removeChild(item)
        self._switching = False
        group.setText(0, self._group_title(kind))
        self.tree.setCurrentItem(group)
        self._show(group)
        self._show_problems([], "")
        self.status.setText(self.tr("Removed “{id}”; Save makes it final.").format(id=item_id))

    # ------------------------------------------------------------------ checking and saving

    def _show_problems(self, lines: list[str] | list[Problem], heading: str) -> None:
        self.problems.clear()
        for line in lines:
            if isinstance(line, Problem):
                entry = QListWidgetItem(f"⚠ {line.message}")
                entry.setData(ItemRole, (line.kind, line.item_id))
            else:
                entry = QListWidgetItem(f"⚠ {line}")
                entry.setData(ItemRole, self.current_key())
            self.problems.addItem(entry)
        self.problems.setVisible(bool(lines))
        self.problems_label.setVisible(bool(lines))
        if lines:
            self.status.setText(heading + " " + self.tr("{n} problem(s).").format(n=len(lines)))
            self.problems.setCurrentRow(0)

    def _focus_problem_field(self) -> None:
        """Scroll to the field the current form marked as wrong (or its first field) and focus it."""
        form = self.current_form()
        if form is None:
            return
        field = form.problem_field() or form.first_field()
        self.scroll.ensureWidgetVisible(field)
        field.setFocus()

    def _go_to_problem(self, entry: QListWidgetItem) -> None:
        kind, item_id = entry.data(ItemRole)
        if kind == "group":
            return
        if self.select(kind, item_id):
            self._focus_problem_field()

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text().removeprefix("⚠ ") for i in range(self.problems.count())]

    def validate(self) -> bool:
        """Check everything; list the problems. True when the centre could be saved as it is."""
        errors = self.commit_current()
        if errors:
            self._show_problems(errors, self.tr("Not valid:"))
            return False
        problems = self.draft.problems()
        if problems:
            self._show_problems(problems, self.tr("Not valid:"))
            return False
        self._show_problems([], "")
        self.status.setText(self.tr("No problems found."))
        return True

    def save(self) -> bool:
        """Validate, then store the centre as a new version; nothing is stored when anything is wrong."""
        if not self.validate():
            self.status.setText(self.tr("Not saved.") + " " + self.status.text())
            kind, item_id = self.problems.item(0).data(ItemRole) if self.problems.count() else ("", "")
            if (kind, item_id) != self.current_key() and kind in self.forms:
                self.select(kind, item_id)
            self._focus_problem_field()
            return False
        try:
            result = self._save(self.draft)
        except CentreEditError as exc:
            self._show_problems([edit_error_text(exc)], self.tr("Not saved:"))
            return False
        except CentreError as exc:
            self._show_problems([str(exc)], self.tr("Not saved:"))
            return False
        self.last_result = result
        if not result.changes:
            self.status.setText(self.tr("Nothing changed; nothing to save."))
            return True
        self.status.setText(self.tr("Saved ({n} change(s)); the desk uses the new version now.").format(n=len(result.changes)))
        self._show(self.tree.currentItem())  # new items' ids are fixed now
        self.saved.emit(result.centre)
        return True

    def reject(self) -> None:
        """Close; with unsaved changes, ask whether to save, discard or stay."""
        errors = self.commit_current()
        if errors or self.draft.dirty:
            answer = self.ask_unsaved(self)
            if answer == "cancel":
                return
            if answer == "save" and not self.save():
                return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        errors = self.commit_current()
        if errors or self.draft.dirty:
            answer = self.ask_unsaved(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()
