"""What a feature part of the desk window may use: the narrow context instead of the window.

Feature parts (review, centre menu, roles, restore, demo data) get a
:class:`DeskContext` and register their own menu actions. They never import
``main_window`` and never touch the window's members, so the window can change
its layout without breaking them and there is no import circle between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from welcome_desk.core.actor import Actor
    from welcome_desk.core.settings import Settings
    from welcome_desk.core.workspace import Workspace
    from welcome_desk.ui.messages import Messages


class DeskEvents(QObject):
    """What a feature part tells the desk; the window and the reception controller listen."""

    # The centre in use changed (edited, imported, switched): its Centre, or None for "reload the stored one".
    centreChanged = Signal(object)  # noqa: N815
    # Visits were added or erased behind the desk's back (demo data, a purge): refresh today's log.
    visitsChanged = Signal()  # noqa: N815


@dataclass(frozen=True)
class DeskContext:
    """Exactly what the feature parts need from the desk, and nothing else."""

    workspace: Workspace
    parent: QWidget  # parent of the part's dialogs and actions (window-wide shortcuts)
    events: DeskEvents
    messages: Messages
    run_dialog: Callable[[QDialog], int]
    language: Callable[[], str]  # the interface language now
    actor: Callable[[], Actor]  # who acts now (the desk's person, the role now)
    show_status: Callable[[str, int], None]  # a line in the status bar for some milliseconds
    return_focus: Callable[[], None]  # back to the intake field, ready for the next visitor
    require_team_lead: Callable[[str], bool]  # sign in as team lead (asks the password); the core still decides
    settings: Callable[[], Settings]  # this desk's settings now
    store_settings: Callable[[Settings], None]  # remember changed settings at this desk
    # the team-lead password typed for a grave step (an export with personal data), checked by the
    # core's export use case: the actor to make it as, or None when not confirmed
    confirm_personal: Callable[[str], Actor | None]

    def centre_changed(self, centre: object = None) -> None:
        self.events.centreChanged.emit(centre)

    def visits_changed(self) -> None:
        self.events.visitsChanged.emit()
