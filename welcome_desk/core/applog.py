"""The application log file: rotating, owner-only, and free of personal data.

Log calls name what happened (an entry id, a file name, an exception type),
never a visitor's name, contact, typed concern or note. Exception messages are
where personal text could still slip in (a renderer quoting the line it could
not lay out, a driver quoting a value), so the :class:`PrivacyFilter` keeps
the stack and the exception type but withholds the message, except for the
app's own error types whose messages it writes itself. SQLAlchemy is told
never to put statement parameters into its errors (``hide_parameters``).

Nothing happens at import: :func:`configure_logging` is called by the GUI at start.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

LOG_NAME = "welcome-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
WITHHELD = "<message withheld: may contain personal data>"


def _safe_types() -> tuple[type[BaseException], ...]:
    """Exceptions whose messages the app writes itself from non-personal facts."""
    from welcome_desk.core.centre import CentreError
    from welcome_desk.core.database import DatabaseError

    return (DatabaseError, CentreError, OSError)


def describe(exc: BaseException) -> str:
    """An exception as it may appear in the log: type, and the message only for the app's own errors."""
    if isinstance(exc, _safe_types()):
        return f"{exc.__class__.__name__}: {exc}"
    return f"{exc.__class__.__name__} ({WITHHELD})"


def _stack(exc: BaseException) -> str:
    """Like ``traceback.format_exception``, with every message replaced by :func:`describe`."""
    parts: list[str] = []
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    for index, item in enumerate(reversed(chain)):
        if index:
            parts.append("\nThe above exception led to the following:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        parts.append(describe(item) + "\n")
    return "".join(parts).rstrip("\n")


class PrivacyFilter(logging.Filter):
    """Withholds exception messages (in ``exc_info`` and in the arguments) that could quote personal text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _stack(record.exc_info[1])
            record.exc_info = None
        if isinstance(record.args, tuple):
            record.args = tuple(describe(a) if isinstance(a, BaseException) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: describe(v) if isinstance(v, BaseException) else v for k, v in record.args.items()}
        from welcome_desk.core.database import mask_secrets

        record.msg, record.args = mask_secrets(record.getMessage()), None  # no connection password in a line
        if record.exc_text:
            record.exc_text = mask_secrets(record.exc_text)
        return True


def configure_logging(folder: Path, level: int = logging.INFO) -> logging.Handler:
    """Add the rotating log file in ``folder`` (made owner-only) to the root logger; returns its handler.

    Pass the handler to :func:`remove_logging` to undo (tests). Raises OSError
    when the folder cannot be made; callers carry on without a log file then.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_NAME
    if os.name == "posix":
        fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PrivacyFilter())
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)  # never SQL with its parameters
    return handler


def remove_logging(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotated files are created owner-only too."""

    def _open(self):  # type: ignore[no-untyped-def]
        if os.name == "posix":
            fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
            os.close(fd)
        return super()._open()
