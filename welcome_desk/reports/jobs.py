"""Progress, cancelling and all-or-nothing output files for long report work."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator


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


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed to ``path`` only if the block succeeds.

    On any exception (including :class:`Cancelled`) the temporary file is
    removed and ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class ReportError(Exception):
    """A report or export cannot be made; the message says why, for a person."""
