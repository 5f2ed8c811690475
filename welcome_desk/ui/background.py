"""Run slow core work (backups, backup checks) in a worker thread and hear back in the GUI thread.

The work itself is plain core code that needs no Qt; only the hand-back of its
result goes through a signal, which Qt delivers in the thread of the receiver.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:  # in the worker thread
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked is gone (closed meanwhile): nobody to tell
            log.debug("background result dropped: receiver gone")


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> QObject:
    """Start ``work`` in ``pool`` (default: the global pool); the callbacks run in ``parent``'s thread.

    Returns the signal carrier; keep ``parent`` alive (or the returned object) until it reports.
    """
    signals = _Signals(parent)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    (pool or QThreadPool.globalInstance()).start(_Job(work, signals))
    return signals


def wait_for_background_work(timeout_ms: int = 60_000) -> bool:
    """At exit: let a running backup finish rather than cut it off (a cut copy leaves no file anyway)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
