"""The team-lead role in the window: menu, role indicator, screen lock, the team-lead check.

:class:`RoleControls` gives the main window its "Team lead" menu, the role
shown in the status bar and :meth:`RoleControls.require_team_lead`, the one
check every team-lead function passes. The dialogs live in
:mod:`welcome_desk.ui.roles_dialogs`, imported when first opened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMenuBar

from welcome_desk.core import retention
from welcome_desk.core.roles import RoleSession
from welcome_desk.core.settings import LOCK_MINUTES
from welcome_desk.ui.help_dialogs import LOCK_KEY, TEAM_LEAD_KEY
from welcome_desk.ui.lock_screen import ScreenLock

if TYPE_CHECKING:
    from welcome_desk.core.actor import Actor
    from welcome_desk.ui.desk_context import DeskContext



class RoleControls(QObject):
    """Team-lead menu, role indicator, screen lock and the team-lead check of the desk.

    Works through a :class:`~welcome_desk.ui.desk_context.DeskContext`; the
    screen lock covers the context's parent widget (the desk window).
    """

    roleChanged = Signal(str)  # noqa: N815 - "reception" or "team_lead"; team-lead windows close on "reception"

    def __init__(self, ctx: DeskContext, session: RoleSession) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.session = session
        self.role_label = QLabel()
        self.role_label.setObjectName("roleIndicator")
        self._build_actions()
        self.lock = ScreenLock(ctx.parent, self._idle_minutes(), lambda: ctx.workspace.centre.name.get(ctx.language()))
        self.lock.idle.connect(self._on_idle)
        self.lock.locked.connect(self._on_locked)
        self.lock.unlocked.connect(self._on_unlocked)

    # -- building

    def _build_actions(self) -> None:
        w = self.ctx.parent
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
        current = self.ctx.settings().lock_minutes
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
        self.sign_action.setText(QCoreApplication.translate("Roles", "Sign &out of team lead") if lead else QCoreApplication.translate("Roles", "&Sign in as team lead…"))
        self.sign_action.setToolTip(
            (QCoreApplication.translate("Roles", "Back to the reception role ({key})") if lead else QCoreApplication.translate("Roles", "Team-lead functions need the password ({key})")).format(
                key=QKeySequence(TEAM_LEAD_KEY).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._update_password_action(ask=False)
        self.retention_action.setText(QCoreApplication.translate("Roles", "Re&tention of personal data…"))
        self.purge_action.setText(QCoreApplication.translate("Roles", "&Erase personal data now…"))
        self.audit_action.setText(QCoreApplication.translate("Roles", "&Audit log…"))
        self.lock_action.setText(QCoreApplication.translate("Roles", "&Lock screen"))
        self.lock_action.setToolTip(QCoreApplication.translate("Roles", "Cover the window until someone presses Enter; signs out the team lead"))
        if hasattr(self, "menu"):
            self.menu.setTitle(QCoreApplication.translate("Roles", "&Team lead"))
            self.lock_menu.setTitle(QCoreApplication.translate("Roles", "Lock a&fter inactivity (this desk)"))
        for minutes, action in self.lock_minutes_actions.items():
            action.setText(QCoreApplication.translate("Roles", "Never") if minutes == 0 else QCoreApplication.translate("Roles", "After {minutes} minutes").format(minutes=minutes))
        if lead:
            who = f" ({self.session.staff})" if self.session.staff else ""
            text = QCoreApplication.translate("Roles", "Role: Team lead{who}").format(who=who)
        else:
            text = QCoreApplication.translate("Roles", "Role: Reception")
        font = self.role_label.font()
        font.setBold(lead)  # the team lead stands out by weight; colour comes from the theme
        self.role_label.setFont(font)
        self.role_label.setText(text)
        self.role_label.setAccessibleName(text)
        if hasattr(self, "lock"):
            self.lock.retranslate()

    def _update_password_action(self, ask: bool = True) -> None:
        """"Set" before a password exists, "Change" after; asks the database only when the menu opens."""
        if ask:
            self._has_password = self.session.has_password()
        has = getattr(self, "_has_password", True)
        self.password_action.setText(QCoreApplication.translate("Roles", "&Change team-lead password…") if has else QCoreApplication.translate("Roles", "Set team-lead &password…"))

    # -- the check every team-lead function passes

    def require_team_lead(self, what: str) -> bool:
        """True when the team lead is signed in, or signs in (or sets the first password) now."""
        if self.session.is_team_lead:
            return True
        if self.lock.is_locked():
            return False
        from welcome_desk.ui.roles_dialogs import PasswordDialog, SignInDialog

        if not self.session.has_password():
            dialog = PasswordDialog(self.session, what, self.ctx.parent)
            self.ctx.run_dialog(dialog)
            new, ok = dialog.new_password, dialog.done_ok
            dialog.deleteLater()
            if ok:
                self._show_recovery_key(dialog.recovery_key)
                self.session.sign_in(new)
                dialog.new_password = ""
        else:
            dialog = SignInDialog(self.session, what, self.ctx.parent)
            self.ctx.run_dialog(dialog)
            dialog.deleteLater()
        self._role_changed()
        return self.session.is_team_lead

    # -- menu actions

    def toggle_sign_in(self) -> None:
        if self.session.is_team_lead:
            self.sign_out()
        else:
            self.require_team_lead("")
        self.ctx.return_focus()

    def sign_out(self, reason: str = "") -> None:
        if self.session.sign_out(reason):
            self._role_changed()
            self.ctx.show_status(QCoreApplication.translate("Roles", "Signed out of team lead."), 5000)

    def change_password(self) -> None:
        from welcome_desk.ui.roles_dialogs import PasswordDialog

        dialog = PasswordDialog(self.session, "", self.ctx.parent)
        self.ctx.run_dialog(dialog)
        ok, new = dialog.done_ok, dialog.new_password
        dialog.new_password = ""
        dialog.deleteLater()
        if ok:
            self._show_recovery_key(dialog.recovery_key)
            if not self.session.is_team_lead:
                self.session.sign_in(new)
                self._role_changed()
            self.ctx.show_status(QCoreApplication.translate("Roles", "The team-lead password is saved."), 6000)
        self.ctx.return_focus()

    def _show_recovery_key(self, key: str | None) -> None:
        """The recovery key of a first password, shown this once (only its hash is stored)."""
        if not key:
            return
        self.ctx.messages.info(
            self.ctx.parent,
            QCoreApplication.translate("Roles", "Recovery key"),
            QCoreApplication.translate(
                "Roles",
                "Write this recovery key down and keep it in a safe place. It is shown only now and is the only "
                "way to replace a forgotten team-lead password (welcome-desk team-lead recover).",
            ),
            key,
        )

    def confirm_personal(self, what: str) -> Actor | None:
        """The team-lead password typed for an export with personal data; the actor to export as, or None.

        The rule is the core's (:func:`welcome_desk.core.exports.authorise`): the password
        is asked for this export even when a team lead is signed in, counted and audited.
        Before any password exists the first one is set here (as for every team-lead power).
        """
        if self.lock.is_locked() or (not self.session.has_password() and not self.require_team_lead(what)):
            return None
        from welcome_desk.core import exports
        from welcome_desk.ui.roles_dialogs import SignInDialog

        session = self.session

        def check(password: str, initials: str) -> Actor:
            actor = session.actor.renamed(initials) if initials.strip() else session.actor  # who types it now
            return exports.authorise(session.db, actor, session.clock, personal=True, password=lambda: password)

        dialog = SignInDialog(session, what, self.ctx.parent, confirm=check)
        self.ctx.run_dialog(dialog)
        confirmed = dialog.confirmed
        dialog.deleteLater()
        return confirmed

    def edit_retention(self) -> None:
        if not self.require_team_lead(QCoreApplication.translate("Roles", "Retention of personal data")):
            return
        from welcome_desk.ui.roles_dialogs import RetentionDialog

        dialog = RetentionDialog(self.session, self.ctx.parent)
        self.ctx.run_dialog(dialog)
        if dialog.saved_days is not None or dialog.erased:
            self.ctx.show_status(
                QCoreApplication.translate("Roles", "Personal data is kept for {days} days; entries erased now: {count}.").format(
                    days=retention.retention_days(self.session.db), count=dialog.erased
                ),
                8000,
            )
            self.ctx.visits_changed()
        dialog.deleteLater()
        self.ctx.return_focus()

    def purge_now(self) -> int | None:
        if not self.require_team_lead(QCoreApplication.translate("Roles", "Erase personal data now")):
            return None
        from PySide6.QtWidgets import QMessageBox

        db, now = self.session.db, self.session.clock()
        days = retention.retention_days(db)
        due = retention.count_past(db, now, days)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Roles", "Erase personal data now"),
            QCoreApplication.translate("Roles", "Erase the personal data of entries older than {days} days now? Entries affected: {count}.").format(count=due, days=days),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.ctx.parent,
        )
        box.setInformativeText(QCoreApplication.translate("Roles", "Names, contacts, typed concerns and notes are erased for good; the statistics stay."))
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Roles", "Erase"))
        box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("Roles", "Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(box.windowTitle())
        self.ctx.run_dialog(box)
        erase = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        if not erase:
            self.ctx.return_focus()
            return None
        from welcome_desk.core.admin import purge

        count = purge(db, self.session.actor, self.session.clock, days)
        self.ctx.show_status(QCoreApplication.translate("Roles", "Personal data erased; entries affected: {count}.").format(count=count), 8000)
        self.ctx.visits_changed()
        self.ctx.return_focus()
        return count

    def show_audit_log(self) -> None:
        if not self.require_team_lead(QCoreApplication.translate("Roles", "Audit log")):
            return
        from welcome_desk.ui.roles_dialogs import AuditLogDialog

        dialog = AuditLogDialog(self.session, self.ctx.parent)
        self.ctx.run_dialog(dialog)
        dialog.deleteLater()
        self.ctx.return_focus()

    def set_lock_minutes(self, minutes: int) -> None:
        """Shorter is always allowed; longer or off needs the team lead (it is a privacy setting)."""
        from welcome_desk.core import admin
        from welcome_desk.core.permissions import PermissionDenied

        current = self.ctx.settings().lock_minutes
        # The rule is the core's: later or never needs the team lead (signed in here), and is audited.
        allowed = not admin.lock_later(current, minutes) or self.require_team_lead(QCoreApplication.translate("Roles", "Lock the screen later or never"))
        try:
            if allowed:
                admin.change_lock_minutes(self.session.db, self.session.actor, self.session.clock, current, minutes)
        except PermissionDenied:
            allowed = False
        if not allowed:
            self.lock_minutes_actions[current].setChecked(True)
            return
        self.lock_minutes_actions[minutes].setChecked(True)
        self.ctx.store_settings(replace(self.ctx.settings(), lock_minutes=minutes))
        self.lock.set_minutes(self._idle_minutes())

    def lock_now(self) -> None:
        self.lock.lock()

    # -- daily work

    def new_day(self) -> int:
        """The automatic purge for a window that stays open over night."""
        return retention.purge_automatically(self.session.db, self.session.clock())

    # -- lock and role changes

    def _idle_minutes(self) -> float:
        return self.ctx.settings().lock_minutes or LOCK_MINUTES_WHEN_OFF

    def _on_idle(self) -> None:
        if self.ctx.settings().lock_minutes:
            self.lock.lock()
        else:
            self.sign_out("inactive")
            self.lock.watcher.start()

    def _on_locked(self) -> None:
        if self.session.sign_out("screen locked"):
            self.lock.set_note(QCoreApplication.translate("Roles", "The team lead was signed out."))
            self._role_changed()

    def _on_unlocked(self) -> None:
        self.ctx.return_focus()

    def _role_changed(self) -> None:
        self.retranslate()
        self.roleChanged.emit(self.session.role)


LOCK_MINUTES_WHEN_OFF = 5  # an idle team lead is signed out even when this desk never locks
