"""Team lead ▸ Fill with demo data…: invented visits for trying out and training.

Generating tens of thousands of visits takes a while, so it runs in a worker
thread behind a progress dialog that can cancel; the window stays responsive.
Batches already written stay (the core keeps the ticket counters consistent),
and the person is told how many visits were added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.ui.locale_format import format_number
from welcome_desk.ui.review.tasks import TaskRunner

if TYPE_CHECKING:
    from welcome_desk.ui.desk_context import DeskContext



class DemoDataDialog(QDialog):
    """How many invented visits, over how many days; says plainly what it does."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        from welcome_desk.core.demo import MAX_DAYS, MAX_VISITS  # the core's limits (it checks them too)

        super().__init__(parent)
        self.setObjectName("demoDataDialog")
        self.setWindowTitle(self.tr("Fill with demo data"))
        self.setAccessibleName(self.windowTitle())
        warning = QLabel(
            self.tr(
                "Adds invented visits (no names), spread over the past days up to now, "
                "for trying out the figures, charts and reports or for training. "
                "Only an empty database or one made for demo visits takes them; it is then marked DEMO for good."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("hint")
        self.visits = QSpinBox()
        self.visits.setRange(100, MAX_VISITS)
        self.visits.setSingleStep(1000)
        self.visits.setValue(20_000)
        self.visits.setGroupSeparatorShown(True)
        self.visits.setAccessibleName(self.tr("Number of visits"))
        self.visits.setAccessibleDescription(self.tr("About this many invented visits are added"))
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(365)
        self.days.setAccessibleName(self.tr("Number of days"))
        self.days.setAccessibleDescription(self.tr("The visits are spread over this many days up to yesterday"))
        for box in (self.visits, self.days):  # the box's own text field is what takes the focus
            box.lineEdit().setAccessibleName(box.accessibleName())
            box.lineEdit().setAccessibleDescription(box.accessibleDescription())
        form = QFormLayout()
        visits_label = QLabel(self.tr("&Visits"))
        visits_label.setBuddy(self.visits)
        days_label = QLabel(self.tr("Over the last &days"))
        days_label.setBuddy(self.days)
        form.addRow(visits_label, self.visits)
        form.addRow(days_label, self.days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add demo visits"))
        ok.setAccessibleName(self.tr("Add demo visits"))
        ok.setAccessibleDescription(self.tr("Starts; a progress window can stop it"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Close without adding anything (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(warning)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def choice(self) -> tuple[int, int]:
        return self.visits.value(), self.days.value()


class DemoFiller:
    """Runs the core's demo generator off the GUI thread for the desk (see ``desk_parts.DemoPart``)."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.runner = TaskRunner(ctx.parent, threads=1)
        self.progress: QProgressDialog | None = None
        self.last_result: tuple[str, int] | None = None  # ("done" | "stopped", visits added)

    def ask_and_run(self) -> Any:
        ctx = self.ctx
        if self.runner.busy():
            ctx.show_status(QCoreApplication.translate("DemoData", "Demo data are still being added."), 6000)
            return None
        if not ctx.require_team_lead(QCoreApplication.translate("DemoData", "Fill with demo data")):
            return None
        dialog = DemoDataDialog(ctx.language(), ctx.parent)
        accepted = ctx.run_dialog(dialog)
        visits, days = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            ctx.return_focus()
            return None
        return self.run(visits, days)

    def run(self, visits: int, days: int):
        """Start adding ``visits`` over ``days``; returns the background task."""
        from welcome_desk.core.demo import Cancelled as DemoCancelled
        from welcome_desk.core.demo import NotADemoDatabase, add_demo_visits
        from welcome_desk.reports.jobs import Cancelled

        ctx = self.ctx
        ws = ctx.workspace
        actor = ctx.actor()  # the team lead: require_team_lead passed
        added = [0]

        def work(job) -> int:
            def progress(done: int, total: int) -> bool:
                added[0] = done
                if job.progress is not None:
                    job.progress(done, total)
                return not (job.cancelled and job.cancelled())

            try:
                return add_demo_visits(ws.db, ws.centre, actor, ws.clock, visits, days, progress=progress)
            except DemoCancelled as exc:
                raise Cancelled(str(exc)) from exc

        title = QCoreApplication.translate("DemoData", "Adding demo visits")
        progress = QProgressDialog(title, QCoreApplication.translate("DemoData", "Stop"), 0, 1000, ctx.parent)
        progress.setObjectName("demoProgress")
        progress.setWindowTitle(title)
        progress.setAccessibleName(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def finish(kind: str, count: int, text: str) -> None:
            if self.progress is not None:
                self.progress.reset()
                self.progress.hide()
                self.progress.deleteLater()
                self.progress = None
            self.last_result = (kind, count)  # the use case wrote the audit record
            ctx.visits_changed()  # the window refreshes its log and its DEMO mark
            ctx.show_status(text, 10_000)

        def on_progress(done: int, total: int) -> None:
            if self.progress is not None:
                self.progress.setValue(min(1000, int(1000 * done / max(1, total))))

        def on_done(count: int) -> None:
            finish("done", count, QCoreApplication.translate("DemoData", "{n} demo visits added.").format(n=format_number(count, ctx.language())))

        def on_cancelled() -> None:
            count = added[0]
            finish("stopped", count, QCoreApplication.translate("DemoData", "Stopped: {n} demo visits were added.").format(n=format_number(count, ctx.language())))

        def on_failed(exc: BaseException) -> None:
            if self.progress is not None:
                self.progress.reset()
                self.progress.hide()
            self.last_result = ("failed", added[0])
            if isinstance(exc, NotADemoDatabase):
                ctx.messages.error(ctx.parent, title, QCoreApplication.translate(
                    "DemoData", "This database holds real visits. Demo visits go only into an empty database "
                    "(start Welcome Desk with another database, e.g. --db sqlite:///demo.sqlite)."), "")
                return
            ctx.messages.error(ctx.parent, title, QCoreApplication.translate("DemoData", "Adding demo visits stopped with an error."), f"{exc.__class__.__name__}: {exc}")

        task = self.runner.start(work, on_done=on_done, on_failed=on_failed, on_cancelled=on_cancelled,
                                 on_progress=on_progress)
        progress.canceled.connect(task.cancel)
        return task
