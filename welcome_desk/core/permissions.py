"""The one permission table: which role may make which change.

Every use case names its :class:`Permission` and calls :func:`require` before
it touches anything; the window and the command line never decide this
themselves, so they cannot disagree. Reception is everyone at the desk; the
team lead is reception plus the powers below marked ``TEAM_LEAD``; ``SYSTEM``
is the app's own automatic work.
"""

from __future__ import annotations

from enum import StrEnum

from welcome_desk.core.actor import RECEPTION, SYSTEM, TEAM_LEAD, Actor


class Permission(StrEnum):
    # the visit flow: every desk
    WALK_IN = "walk_in"
    BOOK = "book"
    CHANGE_STATUS = "change_status"
    CALL = "call"
    REFER = "refer"
    REBOOK = "rebook"
    CANCEL = "cancel"
    CHECK_IN = "check_in"
    SUGGEST_VOCABULARY = "suggest_vocabulary"  # words routing missed, offered to the team lead
    EXPORT = "export"  # day lists, logs and reports without personal data
    CENTRE_EXPORT = "centre_export"  # the centre file (units, rooms, hours: nothing personal)
    BACKUP = "backup"
    SIGN_IN = "sign_in"
    FIRST_PASSWORD = "first_password"  # the very first team-lead password, while none is set
    # the team lead's powers
    EXPORT_PERSONAL = "export_personal"
    # Visitors' names in search results (find --names, the Find dialog's name column). The team
    # lead only: reception serves the visitor in front of it and finds the visit *by* the name it
    # was told (the match is enough); a list of names by date or by two letters is a disclosure of
    # everyone who came, which data minimisation (GDPR Art. 5(1)(c)) keeps to the role that answers
    # for the data. Every search that shows names is audited (how many, never the names or the text).
    SHOW_NAMES = "show_names"
    REPORT = "report"
    CENTRE_IMPORT = "centre_import"
    CENTRE_EDIT = "centre_edit"
    CENTRE_USE = "centre_use"
    RETENTION = "retention"
    PURGE = "purge"
    RESTORE = "restore"
    DEMO = "demo"
    IMPORT_APPOINTMENTS = "import_appointments"
    PASSWORD_CHANGE = "password_change"
    PASSWORD_RECOVER = "password_recover"
    AUDIT_READ = "audit_read"
    SETTINGS = "settings"  # centre-wide rules (no-show after N calls, ...)
    LOCK_LATER = "lock_later"  # a desk's screen lock later than it is, or never (names stay on screen longer)
    AUTO_PURGE = "auto_purge"  # the retention purge the app runs by itself


_DESK = frozenset({RECEPTION, TEAM_LEAD})
_LEAD = frozenset({TEAM_LEAD})

TABLE: dict[Permission, frozenset[str]] = {
    Permission.WALK_IN: _DESK,
    Permission.BOOK: _DESK,
    Permission.CHANGE_STATUS: _DESK,
    Permission.CALL: _DESK,
    Permission.REFER: _DESK,
    Permission.REBOOK: _DESK,
    Permission.CANCEL: _DESK,
    Permission.CHECK_IN: _DESK,
    Permission.SUGGEST_VOCABULARY: _DESK,
    Permission.EXPORT: _DESK,
    Permission.CENTRE_EXPORT: _DESK,
    Permission.BACKUP: _DESK | {SYSTEM},
    Permission.SIGN_IN: _DESK,
    Permission.FIRST_PASSWORD: _DESK,
    Permission.EXPORT_PERSONAL: _LEAD,
    Permission.SHOW_NAMES: _LEAD,
    Permission.REPORT: _LEAD,
    Permission.CENTRE_IMPORT: _LEAD,
    Permission.CENTRE_EDIT: _LEAD,
    Permission.CENTRE_USE: _LEAD,
    Permission.RETENTION: _LEAD,
    Permission.PURGE: _LEAD,
    Permission.RESTORE: _LEAD,
    Permission.DEMO: _LEAD,
    Permission.IMPORT_APPOINTMENTS: _LEAD,
    Permission.PASSWORD_CHANGE: _LEAD,
    Permission.PASSWORD_RECOVER: _DESK,  # needs the recovery key instead of the password
    Permission.AUDIT_READ: _LEAD,
    Permission.SETTINGS: _LEAD,
    Permission.LOCK_LATER: _LEAD,
    Permission.AUTO_PURGE: frozenset({SYSTEM, TEAM_LEAD}),
}


class PermissionDenied(PermissionError):
    """The actor's role may not do this; ``str()`` is one line for a person."""

    def __init__(self, actor: Actor, permission: Permission) -> None:
        super().__init__(f"{permission.value.replace('_', ' ')} needs the team-lead role (signed in: {actor.role})")
        self.actor = actor
        self.permission = permission


def allowed(actor: Actor, permission: Permission) -> bool:
    return actor.role in TABLE[permission]


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may do ``permission``."""
    if not allowed(actor, permission):
        raise PermissionDenied(actor, permission)
