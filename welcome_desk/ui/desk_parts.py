"""Small feature parts of the desk: the review window, restoring a backup, filling with demo data.

Each gets the narrow :class:`~welcome_desk.ui.desk_context.DeskContext`, owns its
menu action and imports its heavy window or dialog only when first used (fast start).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from welcome_desk.ui.help_dialogs import REVIEW_KEY

if TYPE_CHECKING:
    from welcome_desk.ui.demo_data import DemoFiller
    from welcome_desk.ui.desk_context import DeskContext
    from welcome_desk.ui.printing import SlipPrinter
    from welcome_desk.ui.review.window import ReviewWindow


def _place(menu: QMenu, action: QAction, before: QAction | None) -> None:
    if before is None:
        menu.addAction(action)
    else:
        menu.insertAction(before, action)


class ReviewPart:
    """Team lead ▸ Review logs and reports… (Ctrl+Shift+R): one review window, kept and refreshed."""

    def __init__(self, ctx: DeskContext, printer: SlipPrinter) -> None:
        self.ctx = ctx
        self.printer = printer  # the review prints its PDFs on the desk's printer
        printer.jobUpdated.connect(self._print_news)
        self.window: ReviewWindow | None = None
        self.action = QAction(ctx.parent)
        self.action.setShortcut(QKeySequence(REVIEW_KEY))
        self.action.triggered.connect(self.open)
        ctx.parent.addAction(self.action)  # the shortcut works everywhere in the desk window

    def add_to(self, menu: QMenu, before: QAction | None = None) -> None:
        _place(menu, self.action, before)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("MainWindow", "&Review logs and reports…"))
        self.action.setToolTip(QCoreApplication.translate("MainWindow", "Logs, figures, charts, exports and the monthly report (Ctrl+Shift+R)"))

    def open(self) -> Any:
        """The team lead's review window (logs, figures, exports, reports), after the team-lead check."""
        ctx = self.ctx
        if not ctx.require_team_lead(QCoreApplication.translate("MainWindow", "Review logs and reports")):
            return None
        from welcome_desk.ui.review.printdoc import print_pdf
        from welcome_desk.ui.review.window import ReviewWindow

        if self.window is None:
            printer = self.printer
            self.window = ReviewWindow(
                ctx.workspace,
                language=ctx.language,
                messages=ctx.messages,
                run_dialog=ctx.run_dialog,
                actor=ctx.actor,
                confirm_personal=ctx.confirm_personal,
                print_pdf=lambda parent, path, title: print_pdf(parent, path, title, printer=printer),
                parent=ctx.parent,
            )
        else:
            self.window.refresh()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _print_news(self, status) -> None:
        """Later news from the printer about a report sent from the review window (printed, stopped, dropped)."""
        if status.title and self.window is not None:
            from welcome_desk.ui.review.printdoc import print_state_text

            self.window.status.setText(print_state_text(status))


class DemoPart:
    """Team lead ▸ Fill with demo data… (the worker and its dialogs are loaded when first used)."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self._filler: DemoFiller | None = None
        self.action = QAction(ctx.parent)
        self.action.triggered.connect(self.ask_and_run)

    @property
    def filler(self) -> DemoFiller:
        if self._filler is None:
            from welcome_desk.ui.demo_data import DemoFiller

            self._filler = DemoFiller(self.ctx)
        return self._filler

    def add_to(self, menu: QMenu, before: QAction | None = None) -> None:
        _place(menu, self.action, before)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("MainWindow", "Fill with &demo data…"))
        self.action.setToolTip(QCoreApplication.translate("MainWindow", "Invented visits for trying out and training — not for a centre in service"))

    def ask_and_run(self) -> Any:
        return self.filler.ask_and_run()


class RestorePart:
    """File ▸ Restore from backup… (team lead): see :mod:`welcome_desk.ui.restore_dialog`."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.action = QAction(ctx.parent)
        self.action.triggered.connect(self.restore)

    def add_to(self, menu: QMenu, before: QAction | None = None) -> None:
        _place(menu, self.action, before)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("MainWindow", "Restore from &backup…"))

    def restore(self) -> Path | None:
        if not self.ctx.require_team_lead(QCoreApplication.translate("MainWindow", "Restore from backup")):
            return None
        from welcome_desk.ui.restore_dialog import restore_while_running

        return restore_while_running(self.ctx)
