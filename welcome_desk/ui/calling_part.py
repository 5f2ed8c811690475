"""Calling at this desk, as a feature part: the desk's counter and the team lead's no-show rule.

* Visit ▸ Counter at this desk…: which counter this desk is ("3"); a desk setting,
  carried by every call made here (F8, Shift+F8), so the display shows
  "A-017 → Schalter 3, Raum B 0.12". Blank: the room alone.
* Team lead ▸ Missed calls before a no-show…: the centre's rule, through the core
  use case :func:`~welcome_desk.core.calls.set_no_show_after` (team lead only, audited).

It also hands what the queue sets — statuses, calls, parks and re-calls — to Ctrl+Z
(:mod:`~welcome_desk.ui.undo_part`), a park or re-call with its kind so its call state goes back too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from welcome_desk.core import calls
from welcome_desk.core.permissions import PermissionDenied
from welcome_desk.core.storage import UNAVAILABLE

if TYPE_CHECKING:
    from welcome_desk.ui.desk_context import DeskContext
    from welcome_desk.ui.queue_panel import QueuePanel
    from welcome_desk.ui.undo_part import UndoPart


class CallingPart:
    def __init__(self, ctx: DeskContext, queue_panel: QueuePanel, undo: UndoPart) -> None:
        self.ctx = ctx
        self.queue_panel = queue_panel
        queue_panel.calling.counter = lambda: ctx.settings().counter
        queue_panel.statusSet.connect(undo.remember)  # what the queue sets (call next included) …
        queue_panel.calling.callStatusSet.connect(undo.remember)  # … and its parks and re-calls, for Ctrl+Z
        self.counter_action = QAction(ctx.parent)
        self.counter_action.triggered.connect(lambda _=False: self.choose_counter())
        self.rule_action = QAction(ctx.parent)
        self.rule_action.triggered.connect(lambda _=False: self.edit_rule())

    def add_to(self, visit_menu: QMenu, team_lead_menu: QMenu, before: QAction | None = None) -> None:
        visit_menu.addAction(self.counter_action)
        if before is None:
            team_lead_menu.addAction(self.rule_action)
        else:
            team_lead_menu.insertAction(before, self.rule_action)

    def retranslate(self) -> None:
        counter = self.ctx.settings().counter
        self.counter_action.setText(
            QCoreApplication.translate("MainWindow", "C&ounter at this desk ({counter}) …").format(counter=counter)
            if counter else QCoreApplication.translate("MainWindow", "C&ounter at this desk …")
        )
        self.counter_action.setToolTip(QCoreApplication.translate("MainWindow", "The counter the display names when this desk calls"))
        self.rule_action.setText(QCoreApplication.translate("MainWindow", "&Missed calls before a no-show …"))
        self.rule_action.setToolTip(QCoreApplication.translate("MainWindow", "After how many missed calls a parked visitor becomes a no-show (every desk)"))

    def choose_counter(self) -> str | None:
        """Ask for this desk's counter and remember it; returns the new one, None when cancelled."""
        from welcome_desk.ui.calling_dialogs import CounterDialog

        ctx = self.ctx
        dialog = CounterDialog(ctx.settings().counter, ctx.parent)
        ctx.run_dialog(dialog)
        counter = dialog.counter
        dialog.deleteLater()
        if counter is not None:
            ctx.store_settings(replace(ctx.settings(), counter=counter))
            self.retranslate()
            self.queue_panel.calling.show_called()
            ctx.show_status(
                QCoreApplication.translate("MainWindow", "Calls from this desk go to counter {counter}.").format(counter=counter)
                if counter else QCoreApplication.translate("MainWindow", "Calls from this desk name the room alone."),
                6000,
            )
        ctx.return_focus()
        return counter

    def edit_rule(self) -> int | None:
        """The team lead sets after how many missed calls a visit becomes a no-show; None when not changed."""
        ctx = self.ctx
        if not ctx.require_team_lead(QCoreApplication.translate("MainWindow", "Missed calls before a no-show")):
            ctx.return_focus()
            return None
        from welcome_desk.ui.calling_dialogs import NoShowRuleDialog

        ws = ctx.workspace
        dialog = NoShowRuleDialog(calls.no_show_after(ws.db), ctx.parent)
        ctx.run_dialog(dialog)
        missed = dialog.missed_calls
        dialog.deleteLater()
        if missed is not None:
            try:
                calls.set_no_show_after(ws.db, ctx.actor(), ws.clock, missed)
            except (PermissionDenied, *UNAVAILABLE) as exc:
                ctx.show_status(QCoreApplication.translate("MainWindow", "The rule was not changed: {reason}").format(reason=exc), 10_000)
                missed = None
            else:
                ctx.show_status(
                    QCoreApplication.translate("MainWindow", "Missed calls before a no-show: {n} (every desk).").format(n=missed), 8000
                )
        ctx.return_focus()
        return missed
