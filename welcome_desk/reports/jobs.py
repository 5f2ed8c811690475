"""Progress, cancelling and all-or-nothing output files for long report work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable


class Cancelled(Exception):
    """The person stopped the work; no output file was left behind."""


@dataclass
class Job:
    """What a long operation reports to, and asks whether to stop.

    ``progress(done, total)`` is called now and then (``total`` may change as
    the work learns its size); ``cancelled()`` returning True stops the work
    with :class:`Cancelled` at the next step.
    """

    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def step(self, done: int, total: int) -> None:
        """Report progress, then stop if asked to."""
        if self.progress is not None:
            self.progress(done, total)
        self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()


def as_job(job: Job | None) -> Job:
    return job if job is not None else Job()


def atomic_output(path: Path):
    """A temporary path beside ``path``; renamed to ``path`` only if the block succeeds.

    The one definition is :func:`welcome_desk.core.files.atomic_write` (never a
    database, folder, device or symlink; temp file removed on any failure,
    :class:`Cancelled` included); the caller checked ``--force`` or asked first.
    """
    from welcome_desk.core.files import atomic_write

    return atomic_write(path, force=True)


class ReportError(Exception):
    """A report or export cannot be made; the message says why, for a person."""
