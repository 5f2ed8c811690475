"""Ctrl+Z at the desk: take back the last status change made here (a wrong "done", a wrong no-show).

A feature part: it hears every status this desk sets (the log's menu, the queue's
buttons and menu, calling the next visitor, parking and re-calling), keeps the last one, and undoes it
through the core use case :func:`~welcome_desk.core.undo.undo_status_change`
(permission checked, audited). What happened is said in the status line; a
refusal (another desk changed the visit since) is said there too, not in a box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from welcome_desk.core.storage import UNAVAILABLE
from welcome_desk.core.entries import EntryView
from welcome_desk.core.permissions import PermissionDenied
from welcome_desk.core.undo import UndoRefused, undo_status_change
from welcome_desk.ui.desk_context import DeskContext
from welcome_desk.ui.models import status_label

UNDO_KEY = "Ctrl+Z"


class UndoPart(QObject):
    def __init__(self, ctx: DeskContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.last: EntryView | None = None  # the entry as the last status change left it
        self.call = ""  # "park" or "recall" when that change was one of calling (its call state goes back too)
        self.action = QAction(ctx.parent)
        self.action.setShortcut(QKeySequence(UNDO_KEY))
        self.action.triggered.connect(self.undo)
        self.action.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("MainWindow", "&Undo last status change"))
        self.action.setToolTip(QCoreApplication.translate("MainWindow", "Take back the last status change made at this desk (Ctrl+Z)"))

    def remember(self, entry: EntryView, call: str = "") -> None:
        """A status was set at this desk: it is what Ctrl+Z takes back (``call``: a park or a re-call)."""
        self.last = entry
        self.call = call
        self.action.setEnabled(True)

    def undo(self) -> EntryView | None:
        entry = self.last
        if entry is None:
            self.ctx.show_status(QCoreApplication.translate("MainWindow", "Nothing to undo."), 5000)
            return None
        ws = self.ctx.workspace
        try:
            restored = undo_status_change(ws.db, self.ctx.actor(), ws.clock, ws.centre.id, entry.id, entry.status, self.call)
        except UndoRefused as exc:
            self._forget()
            self.ctx.show_status(self._refusal(exc, entry), 10_000)
            return None
        except (PermissionDenied, *UNAVAILABLE) as exc:
            self.ctx.show_status(QCoreApplication.translate("MainWindow", "Not undone: {reason}").format(reason=exc), 10_000)
            return None
        self._forget()
        self.ctx.visits_changed()
        self.ctx.show_status(
            QCoreApplication.translate("MainWindow", "Undone: {ticket} is '{status}' again (was '{undone}').").format(
                ticket=restored.ticket, status=status_label(restored.status), undone=status_label(entry.status)
            ),
            10_000,
        )
        return restored

    def _forget(self) -> None:
        self.last = None
        self.call = ""
        self.action.setEnabled(False)

    @staticmethod
    def _refusal(exc: UndoRefused, entry: EntryView) -> str:
        if exc.code == "changed_since":
            return QCoreApplication.translate("MainWindow", "Not undone: {ticket} has changed since (another desk?).").format(ticket=entry.ticket)
        if exc.code == "not_undoable":
            return QCoreApplication.translate("MainWindow", "A cancellation cannot be undone; book or rebook instead.")
        return QCoreApplication.translate("MainWindow", "Nothing to undo for {ticket}.").format(ticket=entry.ticket)
