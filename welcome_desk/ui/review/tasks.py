"""Work off the GUI thread: exports, reports and figures run in a thread pool.

A :class:`Task` wraps a function that takes a :class:`~welcome_desk.reports.jobs.Job`;
its progress and outcome come back to the GUI thread as Qt signals (queued
connections), and :meth:`Task.cancel` makes the job raise ``Cancelled`` at its next step.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from welcome_desk.reports.jobs import Cancelled, Job

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    done = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Task(QRunnable):
    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until `finished`
        self.fn = fn
        self.signals = TaskSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        job = Job(progress=self.signals.progress.emit, cancelled=self._stop.is_set)
        try:
            result = self.fn(job)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the person by the owner; never lost silently
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        self.signals.finished.emit()


class _Relay(QObject):
    """Lives in the GUI thread, so the task's signals reach the callbacks there (queued)."""

    def __init__(self, runner: TaskRunner, task: Task, callbacks: dict[str, Callable | None]) -> None:
        super().__init__(runner)
        self.runner, self.task, self.callbacks = runner, task, callbacks
        task.signals.progress.connect(self.progress)
        task.signals.done.connect(self.done)
        task.signals.failed.connect(self.failed)
        task.signals.cancelled.connect(self.cancelled)
        task.signals.finished.connect(self.finished)

    def _call(self, name: str, *args: Any) -> None:
        callback = self.callbacks.get(name)
        if callback is not None:
            callback(*args)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self._call("progress", done, total)

    @Slot(object)
    def done(self, result: Any) -> None:
        self._call("done", result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._call("failed", exc)

    @Slot()
    def cancelled(self) -> None:
        self._call("cancelled")

    @Slot()
    def finished(self) -> None:
        self.runner._finished(self)


class TaskRunner(QObject):
    """Starts tasks on its own pool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def start(
        self,
        fn: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(fn)
        relay = _Relay(self, task, {"done": on_done, "failed": on_failed, "cancelled": on_cancelled,
                                    "progress": on_progress})
        self._relays.add(relay)
        self.pool.start(task)
        return task

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def busy(self) -> bool:
        return bool(self._relays)

    def cancel_all(self) -> None:
        for relay in list(self._relays):
            relay.task.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
