"""Opening the database: engine set-up, SQLite pragmas, sessions for reads and writes.

SQLite runs in WAL mode with foreign keys and a busy timeout. Write
transactions start with ``BEGIN IMMEDIATE`` so two desks writing at once queue
up on the lock instead of failing half-way with "database is locked"; the rare
busy answer SQLite gives without waiting (WAL recovery, a checkpoint) is
retried a few times before anything reaches a person. Every other failure of a
write (full disk, read-only file, I/O error) becomes a :class:`DatabaseError`
with a plain message after the transaction rolled back: nothing half-written.

``synchronous = FULL``: with WAL, NORMAL already survives a crash of the app,
but a power cut could lose the last confirmed bookings; FULL syncs the WAL at
every commit and costs about 0.4 ms per booking on a local ext4 disk (1.2 → 1.5 ms;
``tests/bench_durability.py``).
The same code runs on PostgreSQL with another URL.
"""

from __future__ import annotations

import os
import random
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from welcome_desk.core.paths import user_data_dir

BUSY_TIMEOUT_MS = 15_000
# Starting a write transaction is retried when SQLite answers "busy" at once;
# a wait that already lasted the busy timeout is not repeated for long.
BEGIN_ATTEMPTS = 6
BEGIN_RETRY_WINDOW_S = 20.0
DB_ENV_VAR = "WELCOME_DESK_DB"


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message says why, for a person.

    ``code`` names the kind of failure for the UI's own wording: ``busy``,
    ``full``, ``readonly``, ``io``, ``corrupt``, ``newer``, ``unavailable`` or
    ``database`` (anything else).
    """

    def __init__(self, message: str, code: str = "database") -> None:
        super().__init__(mask_secrets(message))
        self.code = code


# ``scheme://user:password@host``: the password part, wherever a URL is quoted in a text.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@'\"]*:)(?P<secret>[^\s@'\"]*)@")
MASK = "***"


def mask_secrets(text: str) -> str:
    """``text`` with the password of every connection URL in it replaced by ``***``.

    The one masking function for messages, :class:`DatabaseError` texts and log lines.
    """
    return _URL_PASSWORD.sub(lambda m: f"{m.group('head')}{MASK}@", text)


def mask_url(url: str) -> str:
    """A connection URL safe to show or log: its password (if any) replaced by ``***``."""
    return mask_secrets(url)


def explain(exc: BaseException, where: object) -> DatabaseError:
    """A person-readable :class:`DatabaseError` for a driver error on ``where``."""
    text = str(getattr(exc, "orig", None) or exc)
    # The first line only: a server's DETAIL lines may quote the row, i.e. a visitor's data.
    text = (text.strip().splitlines() or [""])[0][:200]
    low = text.lower()
    if "locked" in low or "busy" in low:
        return DatabaseError(
            f"{where} is busy (another desk or program is writing) — nothing was saved; please try again", "busy"
        )
    if "disk is full" in low or "database or disk is full" in low or "no space" in low:
        return DatabaseError(f"the disk holding {where} is full — nothing was saved", "full")
    if "readonly" in low or "read-only" in low:
        return DatabaseError(f"{where} is read-only — Welcome Desk needs to write to it; nothing was saved", "readonly")
    if "file is not a database" in low or "malformed" in low:
        return DatabaseError(
            f"{where} is not a readable Welcome Desk database (damaged or another file). It was not changed.", "corrupt"
        )
    if "i/o error" in low:
        return DatabaseError(f"reading or writing {where} failed (disk I/O error) — nothing was saved", "io")
    if "unable to open" in low:
        return DatabaseError(f"cannot open {where}: check that the folder exists and is writable", "unavailable")
    return DatabaseError(f"cannot use the database {where}: {text}")


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def default_url() -> str:
    return f"sqlite:///{user_data_dir() / 'welcome-desk.sqlite'}"


def resolve_url(cli_url: str | None = None) -> str:
    """``--db`` wins over ``WELCOME_DESK_DB``, which wins over the per-user default."""
    return cli_url or os.environ.get(DB_ENV_VAR) or default_url()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def safe_location(url: str) -> str:
    """Where the data is, safe to show: the file, or the server URL without credentials."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    parsed = make_url(url)
    return parsed._replace(username=None, password=None).render_as_string(hide_password=True)


def _install_sqlite_pragmas(engine: Engine, busy_timeout_ms: int, synchronous: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {synchronous}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    """An open database: one engine, plus session factories for reading and writing."""

    url: str
    engine: Engine
    _read: sessionmaker[Session]
    _write: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        return safe_location(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; never commits. Driver failures become :class:`DatabaseError`."""
        try:
            with self._read() as session:
                yield session
        except (OperationalError, SADatabaseError) as exc:
            raise explain(exc, self.location) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error.

        The write lock is taken first (``BEGIN IMMEDIATE``), retried while SQLite
        says "busy"; driver errors become :class:`DatabaseError` after the rollback,
        so a caller that got no exception knows its data is committed.
        """
        session = self._begin_write()
        try:
            yield session
            session.commit()
        except (OperationalError, SADatabaseError) as exc:
            _rollback_quietly(session)
            raise explain(exc, self.location) from exc
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            session.close()

    def _begin_write(self) -> Session:
        started = time.monotonic()
        for attempt in range(1, BEGIN_ATTEMPTS + 1):
            session = self._write()
            try:
                session.begin()
                session.connection()  # runs BEGIN IMMEDIATE now: the lock is ours or we wait here
                return session
            except (OperationalError, SADatabaseError) as exc:
                _rollback_quietly(session)
                session.close()
                waited = time.monotonic() - started
                if not _is_busy(exc) or attempt == BEGIN_ATTEMPTS or waited > BEGIN_RETRY_WINDOW_S:
                    raise explain(exc, self.location) from exc
                time.sleep(min(1.0, 0.02 * 2**attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()


def _check_writable(path: Path) -> None:
    """Refuse early, and say why, when SQLite could not write its file or its -wal/-shm beside it."""
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(
            f"the data folder {folder} is read-only — Welcome Desk needs to write there "
            f"(the database and its journal files live in it)",
            "readonly",
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseError(f"{path} is read-only — Welcome Desk needs to write to it", "readonly")


def _make_private(path: Path) -> None:
    """On POSIX the database is its owner's alone (0600); SQLite gives its -wal and -shm the same mode.

    A new file is created empty (a valid empty database) with that mode before
    SQLite touches it, so no journal file is ever created readable by others.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                if file.stat().st_mode & 0o077:
                    os.chmod(file, 0o600)
            except OSError:  # absent, or not ours to change: SQLite will say what it needs
                pass
    except OSError as exc:
        raise DatabaseError(f"cannot create {path}: {exc.strerror}", "unavailable") from None
    else:
        os.close(fd)


def _rollback_quietly(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # the connection may be gone; the transaction is over either way
        pass


def open_database(
    url: str,
    *,
    create_dirs: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    synchronous: str = "FULL",
) -> Database:
    """Create the engine for ``url`` (no schema changes: see :mod:`.migrations`)."""
    if synchronous not in ("NORMAL", "FULL"):
        raise ValueError("synchronous must be NORMAL or FULL")
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {mask_url(url)!r}") from None
    path = sqlite_path(url)
    if path is not None and create_dirs:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DatabaseError(f"cannot create the data folder {path.parent}: {exc.strerror}", "unavailable") from None
    if path is not None:
        _check_writable(path)
        _make_private(path)
    # Errors never quote statement parameters: they may be a visitor's name or concern.
    kwargs: dict = {"hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseError(f"cannot use database URL {mask_url(url)!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine, busy_timeout_ms, synchronous)
    write_engine = engine.execution_options(sqlite_immediate=True)
    return Database(
        url=url,
        engine=engine,
        _read=sessionmaker(engine, expire_on_commit=False),
        _write=sessionmaker(write_engine, expire_on_commit=False),
    )
