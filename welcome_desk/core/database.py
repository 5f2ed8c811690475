"""Opening the database: engine set-up, SQLite pragmas, sessions for reads and writes.

SQLite runs in WAL mode with foreign keys and a busy timeout. Write
transactions start with ``BEGIN IMMEDIATE`` so two desks writing at once queue
up on the lock instead of failing half-way with "database is locked".
The same code runs on PostgreSQL with another URL.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from welcome_desk.core.paths import user_data_dir

BUSY_TIMEOUT_MS = 15_000
DB_ENV_VAR = "WELCOME_DESK_DB"


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message says why, for a person."""


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


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
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
        """A session for queries; never commits."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, create_dirs: bool = True) -> Database:
    """Create the engine for ``url`` (no schema changes: see :mod:`.migrations`)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {url!r}") from None
    path = sqlite_path(url)
    if path is not None and create_dirs:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DatabaseError(f"cannot create the data folder {path.parent}: {exc.strerror}") from None
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseError(f"cannot use database URL {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    write_engine = engine.execution_options(sqlite_immediate=True)
    return Database(
        url=url,
        engine=engine,
        _read=sessionmaker(engine, expire_on_commit=False),
        _write=sessionmaker(write_engine, expire_on_commit=False),
    )
