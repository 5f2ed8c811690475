"""The two small dialogs of calling: this desk's counter, and the team lead's no-show rule."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from welcome_desk.core.calls import MAX_NO_SHOW_AFTER
from welcome_desk.core.settings import MAX_COUNTER, clean_counter
from welcome_desk.ui.wrapped_label import WrappedLabel


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CounterDialog(QDialog):
    """Which counter this desk is: every call made here carries it ("A-017 → Schalter 3, Raum B 0.12").

    Blank means the room alone. ``counter`` holds the cleaned value once accepted.
    """

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterDialog")
        self.counter: str | None = None
        self.setWindowTitle(self.tr("Counter at this desk"))
        self.setAccessibleName(self.windowTitle())
        intro = WrappedLabel()
        intro.setText(
            self.tr("The waiting-room display calls visitors to this counter, e.g. 3 becomes "
                    "\u201cA-017 \u2192 Schalter 3, Raum B 0.12\u201d. Leave it empty to show the room alone.")
        )
        self.field = QLineEdit(current)
        self.field.setObjectName("counterField")
        self.field.setAccessibleName(self.tr("Counter at this desk"))
        self.field.setAccessibleDescription(
            self.tr("A short name or number, at most {limit} characters; empty shows the room alone").format(limit=MAX_COUNTER)
        )
        self.field.setToolTip(self.field.accessibleDescription())
        self.field.selectAll()
        label = QLabel(self.tr("&Counter"))
        label.setBuddy(self.field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = _buttons(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setAccessibleDescription(self.tr("Calls from this desk carry this counter from now on"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Keep the counter as it was"))
        form = QFormLayout()
        form.addRow(label, self.field)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            self.counter = clean_counter(self.field.text())
        except ValueError:
            length = len(" ".join(self.field.text().split()))
            text = self.tr("The counter is too long ({length} characters, at most {limit}). Please shorten it.").format(
                length=length, limit=MAX_COUNTER
            )
            self.problem.setText(text)
            self.problem.setAccessibleName(text)
            self.problem.show()
            self.field.setFocus()
            return  # nothing lost: the text stays in the field
        super().accept()


class NoShowRuleDialog(QDialog):
    """The team lead's rule: after how many missed calls a parked visitor becomes a no-show (every desk)."""

    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noShowRuleDialog")
        self.missed_calls: int | None = None
        self.setWindowTitle(self.tr("Missed calls before a no-show"))
        self.setAccessibleName(self.windowTitle())
        intro = WrappedLabel()
        intro.setText(
            self.tr("A called visitor who does not come is parked and can be called again. After this many "
                    "missed calls the visit becomes a no-show. The rule applies at every desk at once.")
        )
        self.spin = QSpinBox()
        self.spin.setObjectName("noShowAfter")
        self.spin.setRange(1, MAX_NO_SHOW_AFTER)
        self.spin.setValue(max(1, min(MAX_NO_SHOW_AFTER, current)))
        self.spin.setAccessibleName(self.tr("Missed calls before a no-show"))
        self.spin.setAccessibleDescription(self.tr("From 1 to {most}").format(most=MAX_NO_SHOW_AFTER))
        self.spin.setToolTip(self.spin.accessibleDescription())
        self.spin.lineEdit().setAccessibleName(self.spin.accessibleName())  # the spin box's own field is read too
        self.spin.lineEdit().setAccessibleDescription(self.spin.accessibleDescription())
        label = QLabel(self.tr("&Missed calls"))
        label.setBuddy(self.spin)
        self.buttons = _buttons(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setAccessibleDescription(self.tr("Save the rule for the whole centre (recorded in the audit log)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Keep the rule as it is"))
        form = QFormLayout()
        form.addRow(label, self.spin)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def accept(self) -> None:
        self.missed_calls = self.spin.value()
        super().accept()
