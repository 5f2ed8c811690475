"""Long work in the review window: one export or report at a time, behind a progress dialog that can cancel.

The texts keep the review window's translation context ("ReviewWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QPushButton, QWidget

from welcome_desk.ui.messages import Messages
from welcome_desk.ui.review.tasks import Task, TaskRunner

SaveFileName = Callable[[QWidget, str, str, str], tuple[str, str]]


def error_text(exc: BaseException) -> str:
    """One line for a failure: the system's words for a file problem, else the exception."""
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or exc}{where}"
    return f"{exc.__class__.__name__}: {exc}"


def export_actor(ws, actor, action: str, status: QLabel):
    """``actor`` when the core's export use case lets them make this ``action`` (an export, a report);
    else None, said in ``status`` (the core audited the refusal)."""
    from welcome_desk.core import exports

    try:
        return exports.authorise(ws.db, actor, ws.clock, personal=False, action=action)
    except exports.PermissionDenied:
        status.setText(QCoreApplication.translate("ReviewWindow", "Not written: this needs the team-lead role."))
        return None


def range_name(flt) -> str:
    """A filter's day or range as a file-name part: ``2026-11-23`` or ``2026-11-01_2026-11-30``."""
    return flt.start.isoformat() if flt.last == flt.start else f"{flt.start.isoformat()}_{flt.last.isoformat()}"


def ask_save_path(parent: QWidget, ask: SaveFileName | None, title: str, suggested: str, pattern: str) -> Path | None:
    """Ask where to write (starting in the documents folder); the suffix of ``suggested`` is added if missing."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    start = str(Path(documents) / suggested)
    name, _selected = (ask or QFileDialog.getSaveFileName)(parent, title, start, pattern)
    if not name:
        return None
    path = Path(name)
    suffix = "." + suggested.rsplit(".", 1)[-1]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ProgressWork:
    """Runs ``fn(job)`` in the background with a progress dialog; the buttons that start work wait meanwhile."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        messages: Messages,
        show_status: Callable[[str], None],
        buttons: list[QPushButton],
    ) -> None:
        self.parent = parent
        self.runner = runner
        self.messages = messages
        self.show_status = show_status
        self.buttons = buttons
        self.progress: QProgressDialog | None = None  # the dialog of the running work (its Cancel stops it)
        self.job: Task | None = None
        self.last_result: Any = None  # the last finished export or report (for tests and the status line)

    def busy(self) -> bool:
        return self.job is not None

    def run(self, title: str, fn: Callable, on_done: Callable[[Any], None]) -> Task | None:
        if self.job is not None:
            self.show_status(QCoreApplication.translate("ReviewWindow", "Please wait until the running export has finished."))
            return None
        dialog = QProgressDialog(title, QCoreApplication.translate("ReviewWindow", "Cancel"), 0, 1000, self.parent)
        dialog.setObjectName("reviewProgress")
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress = dialog
        for button in self.buttons:
            button.setEnabled(False)
        self.show_status(title)

        def progress(done: int, total: int) -> None:
            if self.progress is not None:
                self.progress.setValue(min(1000, int(1000 * done / max(1, total))))

        def finish() -> None:
            self.job = None
            if self.progress is not None:
                self.progress.reset()
                self.progress.hide()
                self.progress.deleteLater()
                self.progress = None
            for button in self.buttons:
                button.setEnabled(True)

        def done(result: Any) -> None:
            finish()
            self.last_result = result
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            self.show_status(QCoreApplication.translate("ReviewWindow", "Not finished: {error}").format(error=error_text(exc)))
            self.messages.error(self.parent, title, QCoreApplication.translate("ReviewWindow", "The work could not be finished."), error_text(exc))

        def cancelled() -> None:
            finish()
            self.show_status(QCoreApplication.translate("ReviewWindow", "Cancelled — no file was written."))

        task = self.runner.start(fn, on_done=done, on_failed=failed, on_cancelled=cancelled, on_progress=progress)
        dialog.canceled.connect(task.cancel)
        self.job = task
        return task
