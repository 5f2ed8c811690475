"""The team-lead dialogs: sign in, set or change the password, retention, the audit log.

They only call the core (:mod:`welcome_desk.core.roles`, :mod:`welcome_desk.core.retention`,
:mod:`welcome_desk.core.audit`); a password never leaves a dialog except into those calls
and is cleared from its field after each try. Imported when first needed, not at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import audit, retention, roles
from welcome_desk.core.retention import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS
from welcome_desk.core.roles import RoleError, RoleSession
from welcome_desk.ui.locale_format import format_short_date, format_short_datetime

if TYPE_CHECKING:
    from welcome_desk.core.actor import Actor



def role_error_text(exc: RoleError) -> str:
    """The person-facing text of a password problem, in the interface language."""
    p = exc.params
    texts = {
        "blank": lambda: QCoreApplication.translate("Roles", "Please enter a password."),
        "too_short": lambda: QCoreApplication.translate("Roles", "The password needs at least {minimum} characters.").format(
            minimum=p.get("minimum", roles.MIN_PASSWORD_LENGTH)
        ),
        "too_long": lambda: QCoreApplication.translate("Roles", "The password may have at most {maximum} characters.").format(
            maximum=p.get("maximum", roles.MAX_PASSWORD_LENGTH)
        ),
        "wrong_password": lambda: QCoreApplication.translate("Roles", "The current password is not right."),
        "no_password": lambda: QCoreApplication.translate("Roles", "No team-lead password is set yet."),
        "wait": lambda: QCoreApplication.translate("Roles", "Too many wrong attempts. Please wait {seconds} s before the next try.").format(
            seconds=p.get("seconds", "?")
        ),
    }
    make = texts.get(exc.code)
    return make() if make else str(exc)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("dialogHeading")
    label.setWordWrap(True)
    return label


def _problem_label() -> QLabel:
    """Where a dialog says what went wrong; read out by screen readers, not colour alone."""
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.hide()
    return label


def _show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(roles.MAX_PASSWORD_LENGTH)
    field.setAccessibleName(name)
    field.setMinimumWidth(280)
    return field


# --------------------------------------------------------------------------- sign in


class SignInDialog(QDialog):
    """The team-lead password, with what it is needed for; shows the wait after repeated failures."""

    def __init__(
        self, session: RoleSession, what: str, parent: QWidget | None = None, *,
        confirm: Callable[[str, str], Actor] | None = None,
    ) -> None:
        """``confirm``: instead of signing in, hand the password and initials to this core use case
        (a grave step's own check); :attr:`confirmed` is then the actor it returned."""
        super().__init__(parent)
        self.session = session
        self.signed_in = False
        self._confirm = confirm
        self.confirmed: Actor | None = None
        self.setWindowTitle(QCoreApplication.translate("Roles", "Sign in as team lead"))
        self.setAccessibleName(self.windowTitle())
        heading = _heading(QCoreApplication.translate("Roles", "Sign in as team lead"))
        if what:
            explain = QCoreApplication.translate("Roles", "“{what}” needs the team-lead role. Please enter the team-lead password.").format(what=what)
        else:
            explain = QCoreApplication.translate("Roles", "Please enter the team-lead password.")
        self.explain = QLabel(explain)
        self.explain.setWordWrap(True)
        self.staff = QLineEdit(session.desk_staff)
        self.staff.setMaxLength(64)
        self.staff.setAccessibleName(QCoreApplication.translate("Roles", "Your initials for the audit log"))
        self.staff.setPlaceholderText(QCoreApplication.translate("Roles", "optional"))
        self.password = _password_field(QCoreApplication.translate("Roles", "Team-lead password"))
        form = QFormLayout()
        staff_label = QLabel(QCoreApplication.translate("Roles", "Your &initials:"))
        staff_label.setBuddy(self.staff)
        password_label = QLabel(QCoreApplication.translate("Roles", "&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow(staff_label, self.staff)
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("Roles", "Sign in"))
        self.ok_button.setAccessibleName(QCoreApplication.translate("Roles", "Sign in as team lead"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("Roles", "Cancel"))
        cancel.setAccessibleName(QCoreApplication.translate("Roles", "Cancel"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(heading)
        lay.addWidget(self.explain)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_wait)
        self.password.setFocus()
        self._show_wait()

    def try_sign_in(self) -> bool:
        if self.session.wait_remaining() > 0:
            self._show_wait()
            return False
        try:
            if self._confirm is not None:  # a grave step's own check, in the core
                self.confirmed = self._confirm(self.password.text(), self.staff.text())
                ok = True
            else:
                ok = self.session.sign_in(self.password.text(), self.staff.text())
        except RoleError as exc:
            if exc.code == "wrong_password":
                ok = False
            else:
                _show_problem(self.problem, role_error_text(exc))
                return False
        self.password.clear()
        if ok:
            self.signed_in = True
            self.accept()
            return True
        _show_problem(self.problem, QCoreApplication.translate("Roles", "The password is not right."))
        self._show_wait()
        self.password.setFocus()
        return False

    def _show_wait(self) -> None:
        left = self.session.wait_remaining()
        waiting = left > 0
        self.ok_button.setEnabled(not waiting)
        self.password.setEnabled(not waiting)
        if waiting:
            seconds = int(left + 0.999)
            _show_problem(
                self.problem,
                QCoreApplication.translate("Roles", "Too many wrong attempts. Please wait {seconds} s before the next try.").format(seconds=seconds),
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            _show_problem(self.problem, QCoreApplication.translate("Roles", "You can try again now."))
            self.password.setFocus()


# --------------------------------------------------------------------------- set or change the password


class PasswordDialog(QDialog):
    """Set the first team-lead password or change it (the current one is asked for then)."""

    def __init__(self, session: RoleSession, what: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.changing = session.has_password()
        self.new_password = ""
        self.done_ok = False
        self.recovery_key: str | None = None  # issued with the first password: shown once by the caller
        title = QCoreApplication.translate("Roles", "Change team-lead password") if self.changing else QCoreApplication.translate("Roles", "Set team-lead password")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if self.changing:
            explain = QCoreApplication.translate("Roles", "Enter the current password, then the new one twice.")
        else:
            explain = QCoreApplication.translate("Roles", 
                "No team-lead password is set yet. Team-lead functions (exports with personal data, "
                "centre editing, retention, erasing, restore) need one. Set it now and keep it safe."
            )
            if what:
                explain = QCoreApplication.translate("Roles", "“{what}” needs the team-lead role.").format(what=what) + " " + explain
        self.explain = QLabel(explain)
        self.explain.setWordWrap(True)
        self.old = _password_field(QCoreApplication.translate("Roles", "Current team-lead password"))
        self.new = _password_field(QCoreApplication.translate("Roles", "New team-lead password"))
        self.repeat = _password_field(QCoreApplication.translate("Roles", "New team-lead password again"))
        self.rule = QLabel(QCoreApplication.translate("Roles", "At least {minimum} characters; a few words make a good password.").format(minimum=roles.MIN_PASSWORD_LENGTH))
        self.rule.setObjectName("hint")
        self.rule.setWordWrap(True)
        self.new.setAccessibleDescription(self.rule.text())
        form = QFormLayout()
        if self.changing:
            old_label = QLabel(QCoreApplication.translate("Roles", "&Current password:"))
            old_label.setBuddy(self.old)
            form.addRow(old_label, self.old)
        else:
            self.old.hide()
        new_label = QLabel(QCoreApplication.translate("Roles", "&New password:"))
        new_label.setBuddy(self.new)
        repeat_label = QLabel(QCoreApplication.translate("Roles", "&Repeat:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(new_label, self.new)
        form.addRow(repeat_label, self.repeat)
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("Roles", "Save password"))
        save.setAccessibleName(QCoreApplication.translate("Roles", "Save password"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("Roles", "Cancel"))
        cancel.setAccessibleName(QCoreApplication.translate("Roles", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(_heading(title))
        lay.addWidget(self.explain)
        lay.addLayout(form)
        lay.addWidget(self.rule)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        (self.old if self.changing else self.new).setFocus()

    def save(self) -> bool:
        new = self.new.text()
        if new != self.repeat.text():
            _show_problem(self.problem, QCoreApplication.translate("Roles", "The two new passwords differ. Please type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        try:
            roles.check_new_password(new)
            # The current password counts as an attempt: guessing it here is slowed down like a sign-in.
            self.recovery_key = self.session.set_password(new, self.old.text() if self.changing else None)
        except RoleError as exc:
            _show_problem(self.problem, role_error_text(exc))
            (self.old if exc.code in ("wrong_password", "wait") else self.new).setFocus()
            return False
        finally:
            self.old.clear()
            self.repeat.clear()
        self.new.clear()
        self.new_password = new
        self.done_ok = True
        self.accept()
        return True


# --------------------------------------------------------------------------- retention


class RetentionDialog(QDialog):
    """How long personal data is kept: the period, what the database holds, what saving would erase."""

    def __init__(self, session: RoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.saved_days: int | None = None
        self.erased = 0
        self.current = retention.retention_days(self.db)
        self.setWindowTitle(QCoreApplication.translate("Roles", "Retention of personal data"))
        self.setAccessibleName(self.windowTitle())
        explain = QLabel(
            QCoreApplication.translate("Roles", 
                "The visitor's name and contact, the concern as typed and notes are erased automatically "
                "when an entry is older than this period. Tickets, units, concerns, times and statuses stay "
                "for the statistics."
            )
        )
        explain.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.days.setValue(self.current)
        self.days.setSuffix(QCoreApplication.translate("Roles", " days"))
        self.days.setAccessibleName(QCoreApplication.translate("Roles", "Retention period in days"))
        days_label = QLabel(QCoreApplication.translate("Roles", "Keep personal data for:"))
        days_label.setBuddy(self.days)
        row = QHBoxLayout()
        row.addWidget(days_label)
        row.addWidget(self.days)
        row.addStretch(1)
        self.held = QLabel()
        self.held.setWordWrap(True)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.due.setObjectName("dueNow")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("Roles", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("Roles", "Save the retention period"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("Roles", "Cancel"))
        cancel.setAccessibleName(QCoreApplication.translate("Roles", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(_heading(self.windowTitle()))
        lay.addWidget(explain)
        lay.addLayout(row)
        lay.addWidget(self.held)
        lay.addWidget(self.due)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.days.valueChanged.connect(self._update)
        self._update()
        self.days.setFocus()
        self.days.selectAll()

    def _update(self) -> None:
        held = retention.summary(self.db)
        if held.entries and held.oldest_day is not None:
            text = QCoreApplication.translate("Roles", "Entries with personal data: {count}; the oldest is from {day}.").format(
                count=held.entries, day=format_short_date(held.oldest_day)
            )
        else:
            text = QCoreApplication.translate("Roles", "No entry holds personal data at the moment.")
        self.held.setText(text)
        self.held.setAccessibleName(text)
        self.due_count = retention.count_past(self.db, self.session.clock(), self.days.value())
        if self.due_count:
            due = QCoreApplication.translate("Roles", "Saving erases the personal data of older entries now: {count}.").format(count=self.due_count)
        else:
            due = QCoreApplication.translate("Roles", "Saving erases nothing now.")
        self.due.setText(due)
        self.due.setAccessibleName(due)

    def save(self) -> None:
        days = self.days.value()
        from welcome_desk.core import admin

        changed, self.erased = admin.retention_now(self.db, self.session.actor, self.session.clock, days)
        if changed:
            self.saved_days = days
        self.accept()


# --------------------------------------------------------------------------- audit log


class AuditLogDialog(QDialog):
    """The newest audit records, read-only, filterable by action."""

    LIMIT = 500

    def __init__(self, session: RoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(QCoreApplication.translate("Roles", "Audit log"))
        self.setAccessibleName(self.windowTitle())
        self.action = QComboBox()
        self.action.setAccessibleName(QCoreApplication.translate("Roles", "Show only this action"))
        self.action.addItem(QCoreApplication.translate("Roles", "All actions"), None)
        for name in audit.ACTIONS:
            self.action.addItem(name, name)
        action_label = QLabel(QCoreApplication.translate("Roles", "&Show:"))
        action_label.setBuddy(self.action)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(action_label)
        top.addWidget(self.action)
        top.addStretch(1)
        top.addWidget(self.count)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([QCoreApplication.translate("Roles", "When"), QCoreApplication.translate("Roles", "Who"), QCoreApplication.translate("Roles", "Role"), QCoreApplication.translate("Roles", "Action"), QCoreApplication.translate("Roles", "What")])
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(QCoreApplication.translate("Roles", "Audit records, newest first"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("Roles", "Close"))
        close.setAccessibleName(QCoreApplication.translate("Roles", "Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(900, 520)
        self.action.currentIndexChanged.connect(self.reload)
        self.reload()
        self.table.setFocus()

    def role_name(self, role: str) -> str:
        return {roles.TEAM_LEAD: QCoreApplication.translate("Roles", "team lead"), roles.RECEPTION: QCoreApplication.translate("Roles", "reception"), roles.SYSTEM: QCoreApplication.translate("Roles", "automatic")}.get(role, role)

    def reload(self) -> None:
        from welcome_desk.core import admin

        session = self.session  # the core checks the role (AUDIT_READ) on every read
        records = admin.audit_log(session.db, session.actor, session.clock, self.LIMIT, self.action.currentData())
        self.model.removeRows(0, self.model.rowCount())
        for r in records:
            cells = [format_short_datetime(r.at, seconds=True), r.staff or "–", self.role_name(r.role), r.action, r.detail]
            items = [QStandardItem(text) for text in cells]
            items[4].setToolTip(r.detail)
            self.model.appendRow(items)
        self.count.setText(QCoreApplication.translate("Roles", "{count} records").format(count=len(records)))


# --------------------------------------------------------------------------- the window's controls
