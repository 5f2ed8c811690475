"""Who is at this desk: the name every status change is attributed to (remembered per desk)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from welcome_desk.core.staff import MAX_STAFF, clean_staff
from welcome_desk.ui.wrapped_label import WrappedLabel


class StaffDialog(QDialog):
    """Asks for initials or a role; empty means the computer's user name."""

    def __init__(self, current: str, system_user: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.system_user = system_user
        self.label = WrappedLabel()  # never squeezed at large text
        self.label.setWordWrap(True)
        self.field = QLineEdit(current)
        self.field.setObjectName("staffName")
        self.field.setMaxLength(MAX_STAFF)
        self.field.selectAll()
        self.label.setBuddy(self.field)
        self.hint = WrappedLabel()  # never squeezed at large text
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 14)
        lay.addWidget(self.label)
        lay.addWidget(self.field)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.resize(460, 210)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is at this desk"))
        self.label.setText(self.tr("&Who is working at this desk?"))
        self.field.setAccessibleName(self.tr("Who is working at this desk"))
        self.field.setPlaceholderText(self.system_user)
        self.hint.setText(
            self.tr(
                "Initials or a role (e.g. “Desk 2”) — no full names needed. Every status change is recorded "
                "with it. Left empty, the computer's user name ({user}) is recorded."
            ).format(user=self.system_user)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    def name(self) -> str:
        """What was typed, tidied; empty for the system user."""
        return clean_staff(self.field.text())
