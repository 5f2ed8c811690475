"""The team-lead role in the window: sign-in, password, retention, audit log, screen lock.

:class:`RoleControls` gives the main window its "Team lead" menu, the role
shown in the status bar and :meth:`RoleControls.require_team_lead`, the one
check every team-lead function passes. The dialogs only call the core
(:mod:`welcome_desk.core.roles`, :mod:`welcome_desk.core.retention`,
:mod:`welcome_desk.core.audit`); passwords never leave the dialogs except into
those calls.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QStandardItem, QStandardItemModel
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
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.core import audit, retention, roles
from welcome_desk.core.retention import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS
from welcome_desk.core.roles import RoleError, RoleSession
from welcome_desk.core.settings import LOCK_MINUTES
from welcome_desk.ui.help_dialogs import LOCK_KEY, TEAM_LEAD_KEY
from welcome_desk.ui.lock_screen import ScreenLock

if TYPE_CHECKING:
    from welcome_desk.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


def role_error_text(exc: RoleError) -> str:
    """The person-facing text of a password problem, in the interface language."""
    p = exc.params
    texts = {
        "blank": lambda: _tr("Please enter a password."),
        "too_short": lambda: _tr("The password needs at least {minimum} characters.").format(
            minimum=p.get("minimum", roles.MIN_PASSWORD_LENGTH)
        ),
        "too_long": lambda: _tr("The password may have at most {maximum} characters.").format(
            maximum=p.get("maximum", roles.MAX_PASSWORD_LENGTH)
        ),
        "wrong_password": lambda: _tr("The current password is not right."),
        "no_password": lambda: _tr("No team-lead password is set yet."),
        "wait": lambda: _tr("Too many wrong attempts. Please wait {seconds} s before the next try.").format(
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
    label.setStyleSheet("QLabel#problem { color: #9b1c1c; font-weight: 700; }")
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

    def __init__(self, session: RoleSession, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signed_in = False
        self.setWindowTitle(_tr("Sign in as team lead"))
        self.setAccessibleName(self.windowTitle())
        heading = _heading(_tr("Sign in as team lead"))
        if what:
            explain = _tr("“{what}” needs the team-lead role. Please enter the team-lead password.").format(what=what)
        else:
            explain = _tr("Please enter the team-lead password.")
        self.explain = QLabel(explain)
        self.explain.setWordWrap(True)
        self.staff = QLineEdit(session.desk_staff)
        self.staff.setMaxLength(64)
        self.staff.setAccessibleName(_tr("Your initials for the audit log"))
        self.staff.setPlaceholderText(_tr("optional"))
        self.password = _password_field(_tr("Team-lead password"))
        form = QFormLayout()
        staff_label = QLabel(_tr("Your &initials:"))
        staff_label.setBuddy(self.staff)
        password_label = QLabel(_tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow(staff_label, self.staff)
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("Sign in"))
        self.ok_button.setAccessibleName(_tr("Sign in as team lead"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
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
            ok = self.session.sign_in(self.password.text(), self.staff.text())
        except RoleError as exc:
            _show_problem(self.problem, role_error_text(exc))
            return False
        self.password.clear()
        if ok:
            self.signed_in = True
            self.accept()
            return True
        _show_problem(self.problem, _tr("The password is not right."))
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
                _tr("Too many wrong attempts. Please wait {seconds} s before the next try.").format(seconds=seconds),
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            _show_problem(self.problem, _tr("You can try again now."))
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
        title = _tr("Change team-lead password") if self.changing else _tr("Set team-lead password")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if self.changing:
            explain = _tr("Enter the current password, then the new one twice.")
        else:
            explain = _tr(
                "No team-lead password is set yet. Team-lead functions (exports with personal data, "
                "centre editing, retention, erasing, restore) need one. Set it now and keep it safe."
            )
            if what:
                explain = _tr("“{what}” needs the team-lead role.").format(what=what) + " " + explain
        self.explain = QLabel(explain)
        self.explain.setWordWrap(True)
        self.old = _password_field(_tr("Current team-lead password"))
        self.new = _password_field(_tr("New team-lead password"))
        self.repeat = _password_field(_tr("New team-lead password again"))
        self.rule = QLabel(_tr("At least {minimum} characters; a few words make a good password.").format(minimum=roles.MIN_PASSWORD_LENGTH))
        self.rule.setObjectName("hint")
        self.rule.setWordWrap(True)
        self.new.setAccessibleDescription(self.rule.text())
        form = QFormLayout()
        if self.changing:
            old_label = QLabel(_tr("&Current password:"))
            old_label.setBuddy(self.old)
            form.addRow(old_label, self.old)
        else:
            self.old.hide()
        new_label = QLabel(_tr("&New password:"))
        new_label.setBuddy(self.new)
        repeat_label = QLabel(_tr("&Repeat:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(new_label, self.new)
        form.addRow(repeat_label, self.repeat)
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_tr("Save password"))
        save.setAccessibleName(_tr("Save password"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
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
            _show_problem(self.problem, _tr("The two new passwords differ. Please type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        try:
            roles.check_new_password(new)
            # The current password counts as an attempt: guessing it here is slowed down like a sign-in.
            if self.changing and not self.session.attempt(self.old.text(), what="password change"):
                left = self.session.wait_remaining()
                if left > 0:
                    raise RoleError("wait", "wait", seconds=int(left + 0.999))
                raise RoleError("wrong_password", "the current team-lead password is not right")
            roles.set_team_lead_password(
                self.session.db,
                self.session.clock(),
                self.session.audit_staff(),
                new,
                self.old.text() if self.changing else None,
                role=self.session.role,
            )
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
        self.setWindowTitle(_tr("Retention of personal data"))
        self.setAccessibleName(self.windowTitle())
        explain = QLabel(
            _tr(
                "The visitor's name and contact, the concern as typed and notes are erased automatically "
                "when an entry is older than this period. Tickets, units, concerns, times and statuses stay "
                "for the statistics."
            )
        )
        explain.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.days.setValue(self.current)
        self.days.setSuffix(_tr(" days"))
        self.days.setAccessibleName(_tr("Retention period in days"))
        days_label = QLabel(_tr("Keep personal data for:"))
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
        self.due.setStyleSheet("QLabel#dueNow { font-weight: 700; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_tr("Save"))
        self.save_button.setAccessibleName(_tr("Save the retention period"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))
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
            text = _tr("Entries with personal data: {count}; the oldest is from {day}.").format(
                count=held.entries, day=held.oldest_day.strftime("%d.%m.%Y")
            )
        else:
            text = _tr("No entry holds personal data at the moment.")
        self.held.setText(text)
        self.held.setAccessibleName(text)
        self.due_count = retention.count_past(self.db, self.session.clock(), self.days.value())
        if self.due_count:
            due = _tr("Saving erases the personal data of older entries now: {count}.").format(count=self.due_count)
        else:
            due = _tr("Saving erases nothing now.")
        self.due.setText(due)
        self.due.setAccessibleName(due)

    def save(self) -> None:
        days = self.days.value()
        staff = self.session.audit_staff()
        now = self.session.clock()
        if days != self.current:
            retention.set_retention_days(self.db, now, staff, days, self.session.role)
            self.saved_days = days
        if retention.count_past(self.db, now, days):
            self.erased = retention.purge_now(self.db, now, staff, self.session.role, days)
        self.accept()


# --------------------------------------------------------------------------- audit log


class AuditLogDialog(QDialog):
    """The newest audit records, read-only, filterable by action."""

    LIMIT = 500

    def __init__(self, session: RoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = session.db
        self.setWindowTitle(_tr("Audit log"))
        self.setAccessibleName(self.windowTitle())
        self.action = QComboBox()
        self.action.setAccessibleName(_tr("Show only this action"))
        self.action.addItem(_tr("All actions"), None)
        for name in audit.ACTIONS:
            self.action.addItem(name, name)
        action_label = QLabel(_tr("&Show:"))
        action_label.setBuddy(self.action)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(action_label)
        top.addWidget(self.action)
        top.addStretch(1)
        top.addWidget(self.count)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([_tr("When"), _tr("Who"), _tr("Role"), _tr("Action"), _tr("What")])
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
        self.table.setAccessibleName(_tr("Audit records, newest first"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_tr("Close"))
        close.setAccessibleName(_tr("Close"))
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
        return {roles.TEAM_LEAD: _tr("team lead"), roles.RECEPTION: _tr("reception"), roles.SYSTEM: _tr("automatic")}.get(role, role)

    def reload(self) -> None:
        records = audit.recent(self.db, self.LIMIT, self.action.currentData())
        self.model.removeRows(0, self.model.rowCount())
        for r in records:
            cells = [r.at.strftime("%d.%m.%Y %H:%M:%S"), r.staff or "–", self.role_name(r.role), r.action, r.detail]
            items = [QStandardItem(text) for text in cells]
            items[4].setToolTip(r.detail)
            self.model.appendRow(items)
        self.count.setText(_tr("{count} records").format(count=len(records)))


# --------------------------------------------------------------------------- the window's controls


class RoleControls(QObject):
    """Team-lead menu, role indicator, screen lock and the team-lead check for a :class:`MainWindow`.

    Uses the window's ``ws``, ``settings``, ``run_dialog``, ``messages``,
    ``statusBar()``, ``focus_intake()`` and ``_store()``.
    """

    roleChanged = Signal(str)  # noqa: N815 - "reception" or "team_lead"; team-lead windows close on "reception"

    def __init__(self, window: MainWindow, session: RoleSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.role_label = QLabel()
        self.role_label.setObjectName("roleIndicator")
        self._build_actions()
        self.lock = ScreenLock(window, self._idle_minutes(), lambda: window.ws.centre.name.get(window.lang))
        self.lock.idle.connect(self._on_idle)
        self.lock.locked.connect(self._on_locked)
        self.lock.unlocked.connect(self._on_unlocked)

    # -- building

    def _build_actions(self) -> None:
        w = self.window
        self.sign_action = QAction(w)
        self.sign_action.setShortcut(QKeySequence(TEAM_LEAD_KEY))
        self.sign_action.triggered.connect(self.toggle_sign_in)
        self.password_action = QAction(w)
        self.password_action.triggered.connect(self.change_password)
        self.retention_action = QAction(w)
        self.retention_action.triggered.connect(self.edit_retention)
        self.purge_action = QAction(w)
        self.purge_action.triggered.connect(self.purge_now)
        self.audit_action = QAction(w)
        self.audit_action.triggered.connect(self.show_audit_log)
        self.lock_action = QAction(w)
        self.lock_action.setShortcut(QKeySequence(LOCK_KEY))
        self.lock_action.triggered.connect(self.lock_now)
        self.lock_group = QActionGroup(w)
        self.lock_group.setExclusive(True)
        self.lock_minutes_actions: dict[int, QAction] = {}
        current = w.settings.lock_minutes
        for minutes in sorted(set(LOCK_MINUTES) | {current}):
            action = QAction(w)
            action.setCheckable(True)
            action.setChecked(minutes == current)
            action.triggered.connect(lambda _=False, m=minutes: self.set_lock_minutes(m))
            self.lock_group.addAction(action)
            self.lock_minutes_actions[minutes] = action
        for action in (self.sign_action, self.lock_action):
            w.addAction(action)

    def build_menu(self, bar: QMenuBar) -> QMenu:
        self.menu = bar.addMenu("")
        self.menu.addAction(self.sign_action)
        self.menu.addAction(self.password_action)
        self.menu.addSeparator()
        self.menu.addAction(self.retention_action)
        self.menu.addAction(self.purge_action)
        self.menu.addAction(self.audit_action)
        self.menu.addSeparator()
        self.menu.addAction(self.lock_action)
        self.lock_menu = self.menu.addMenu("")
        for action in self.lock_minutes_actions.values():
            self.lock_menu.addAction(action)
        self.menu.aboutToShow.connect(self._update_password_action)  # "Set" or "Change" password
        return self.menu

    def retranslate(self) -> None:
        lead = self.session.is_team_lead
        self.sign_action.setText(_tr("Sign &out of team lead") if lead else _tr("&Sign in as team lead…"))
        self.sign_action.setToolTip(
            (_tr("Back to the reception role ({key})") if lead else _tr("Team-lead functions need the password ({key})")).format(
                key=QKeySequence(TEAM_LEAD_KEY).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._update_password_action(ask=False)
        self.retention_action.setText(_tr("&Retention of personal data…"))
        self.purge_action.setText(_tr("&Erase personal data now…"))
        self.audit_action.setText(_tr("&Audit log…"))
        self.lock_action.setText(_tr("&Lock screen"))
        self.lock_action.setToolTip(_tr("Cover the window until someone presses Enter; signs out the team lead"))
        if hasattr(self, "menu"):
            self.menu.setTitle(_tr("&Team lead"))
            self.lock_menu.setTitle(_tr("Lock &after inactivity (this desk)"))
        for minutes, action in self.lock_minutes_actions.items():
            action.setText(_tr("Never") if minutes == 0 else _tr("After {minutes} minutes").format(minutes=minutes))
        if lead:
            who = f" ({self.session.staff})" if self.session.staff else ""
            text = _tr("Role: Team lead{who}").format(who=who)
            self.role_label.setStyleSheet("QLabel#roleIndicator { font-weight: 700; color: #1c2733; }")
        else:
            text = _tr("Role: Reception")
            self.role_label.setStyleSheet("")
        self.role_label.setText(text)
        self.role_label.setAccessibleName(text)
        if hasattr(self, "lock"):
            self.lock.retranslate()

    def _update_password_action(self, ask: bool = True) -> None:
        """"Set" before a password exists, "Change" after; asks the database only when the menu opens."""
        if ask:
            self._has_password = self.session.has_password()
        has = getattr(self, "_has_password", True)
        self.password_action.setText(_tr("&Change team-lead password…") if has else _tr("Set team-lead &password…"))

    # -- the check every team-lead function passes

    def require_team_lead(self, what: str) -> bool:
        """True when the team lead is signed in, or signs in (or sets the first password) now."""
        if self.session.is_team_lead:
            return True
        if self.lock.is_locked():
            return False
        if not self.session.has_password():
            dialog = PasswordDialog(self.session, what, self.window)
            self.window.run_dialog(dialog)
            new, ok = dialog.new_password, dialog.done_ok
            dialog.deleteLater()
            if ok:
                self.session.sign_in(new)
                dialog.new_password = ""
        else:
            dialog = SignInDialog(self.session, what, self.window)
            self.window.run_dialog(dialog)
            dialog.deleteLater()
        self._role_changed()
        return self.session.is_team_lead

    # -- menu actions

    def toggle_sign_in(self) -> None:
        if self.session.is_team_lead:
            self.sign_out()
        else:
            self.require_team_lead("")
        self.window.focus_intake()

    def sign_out(self, reason: str = "") -> None:
        if self.session.sign_out(reason):
            self._role_changed()
            self.window.statusBar().showMessage(_tr("Signed out of team lead."), 5000)

    def change_password(self) -> None:
        dialog = PasswordDialog(self.session, "", self.window)
        self.window.run_dialog(dialog)
        ok, new = dialog.done_ok, dialog.new_password
        dialog.new_password = ""
        dialog.deleteLater()
        if ok:
            if not self.session.is_team_lead:
                self.session.sign_in(new)
                self._role_changed()
            self.window.statusBar().showMessage(_tr("The team-lead password is saved."), 6000)
        self.window.focus_intake()

    def edit_retention(self) -> None:
        if not self.require_team_lead(_tr("Retention of personal data")):
            return
        dialog = RetentionDialog(self.session, self.window)
        self.window.run_dialog(dialog)
        if dialog.saved_days is not None or dialog.erased:
            self.window.statusBar().showMessage(
                _tr("Personal data is kept for {days} days; entries erased now: {count}.").format(
                    days=retention.retention_days(self.session.db), count=dialog.erased
                ),
                8000,
            )
            self.window.refresh_log()
        dialog.deleteLater()
        self.window.focus_intake()

    def purge_now(self) -> int | None:
        if not self.require_team_lead(_tr("Erase personal data now")):
            return None
        db, now = self.session.db, self.session.clock()
        days = retention.retention_days(db)
        due = retention.count_past(db, now, days)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Erase personal data now"),
            _tr("Erase the personal data of entries older than {days} days now? Entries affected: {count}.").format(count=due, days=days),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(_tr("Names, contacts, typed concerns and notes are erased for good; the statistics stay."))
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("Erase"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(box.windowTitle())
        self.window.run_dialog(box)
        erase = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        if not erase:
            self.window.focus_intake()
            return None
        count = retention.purge_now(db, now, self.session.audit_staff(), self.session.role, days)
        self.window.statusBar().showMessage(_tr("Personal data erased; entries affected: {count}.").format(count=count), 8000)
        self.window.refresh_log()
        self.window.focus_intake()
        return count

    def show_audit_log(self) -> None:
        if not self.require_team_lead(_tr("Audit log")):
            return
        dialog = AuditLogDialog(self.session, self.window)
        self.window.run_dialog(dialog)
        dialog.deleteLater()
        self.window.focus_intake()

    def set_lock_minutes(self, minutes: int) -> None:
        """Shorter is always allowed; longer or off needs the team lead (it is a privacy setting)."""
        current = self.window.settings.lock_minutes
        longer = minutes == 0 or (current != 0 and minutes > current)
        if longer and not self.require_team_lead(_tr("Lock the screen later or never")):
            self.lock_minutes_actions[current].setChecked(True)
            return
        self.lock_minutes_actions[minutes].setChecked(True)
        self.window._store(replace(self.window.settings, lock_minutes=minutes))
        self.lock.set_minutes(self._idle_minutes())

    def lock_now(self) -> None:
        self.lock.lock()

    # -- daily work

    def new_day(self) -> int:
        """The automatic purge for a window that stays open over night."""
        return retention.purge_automatically(self.session.db, self.session.clock())

    # -- lock and role changes

    def _idle_minutes(self) -> float:
        return self.window.settings.lock_minutes or LOCK_MINUTES_WHEN_OFF

    def _on_idle(self) -> None:
        if self.window.settings.lock_minutes:
            self.lock.lock()
        else:
            self.sign_out("inactive")
            self.lock.watcher.start()

    def _on_locked(self) -> None:
        if self.session.sign_out("screen locked"):
            self.lock.set_note(_tr("The team lead was signed out."))
            self._role_changed()

    def _on_unlocked(self) -> None:
        self.window.focus_intake()

    def _role_changed(self) -> None:
        self.retranslate()
        self.roleChanged.emit(self.session.role)


LOCK_MINUTES_WHEN_OFF = 5  # an idle team lead is signed out even when this desk never locks
