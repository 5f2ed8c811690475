"""Writing output files safely: the one output-path check and the one atomic write.

Every file Welcome Desk writes for a person (log exports, reports, slips, the
centre file, settings, self-test reports) goes through :func:`atomic_write`:
the bytes go to a temporary file in the same folder, which is synced and then
renamed over the target, so the target is either the old file or the whole new
one — and a failed or cancelled write leaves no temporary file behind.

:func:`check_output_path` is what the command line and the window ask before
any work starts. Whatever ``force`` says, it never lets an output replace

* a SQLite database (the live one or any other: its header says so), its
  ``-wal``/``-shm``/``-journal`` files, or anything in the database's backups folder;
* a folder, a device, a FIFO or a socket;
* a symbolic link (the link is never followed: its target could be anything).

An existing regular file is replaced only with ``force=True`` (``--force`` on
the command line, the save dialog's confirmation in the window).
The rename replaces the directory entry itself, so a symlink planted at the
target between the check and the rename is replaced, not followed.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
TEMP_SUFFIX = ".part"


class OutputPathError(ValueError):
    """An output path that must not be written; the message says why in one line.

    ``code``: ``exists`` (needs --force), ``protected``, ``not_file``, ``symlink``, ``no_folder``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def is_sqlite_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a regular file that starts with SQLite's header (not following a symlink)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return os.read(fd, len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
    finally:
        os.close(fd)


def database_files(db_path: Path | None) -> list[Path]:
    """The live database, its side files and its backups folder: never an output."""
    if db_path is None:
        return []
    db_path = Path(db_path)
    return [db_path, *(Path(f"{db_path}{s}") for s in SIDE_FILES), db_path.parent / "backups"]


def _real(path: Path) -> Path:
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError):
        return path.absolute()


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _protected_reason(path: Path, protect: Iterable[Path]) -> str | None:
    real = _real(path)
    for item in protect:
        item_real = _real(Path(item))
        if real == item_real:
            return f"{path} is Welcome Desk's database or its journal; it is never an output"
        if item_real in real.parents:
            return f"{path} is inside the database's backups folder; it is never an output"
    name = path.name
    for suffix in SIDE_FILES:
        if name.endswith(suffix) and is_sqlite_file(path.with_name(name[: -len(suffix)])):
            return f"{path} belongs to a SQLite database; it is never an output"
    if path.parent.name == "backups" and any(
        is_sqlite_file(p) for p in path.parent.parent.glob("*.sqlite")
    ):
        return f"{path} is in a database's backups folder; it is never an output"
    return None


def check_output_path(
    path: str | os.PathLike[str], *, force: bool = False, protect: Iterable[Path] = ()
) -> Path:
    """Refuse (OutputPathError, one line) a path an output must not be written to; return it as a Path."""
    path = Path(path)
    if not path.name or str(path) in (".", ".."):
        raise OutputPathError("not_file", f"{path} is not a file name")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder_mode = os.stat(folder).st_mode
    except OSError:
        raise OutputPathError("no_folder", f"the folder {folder} does not exist") from None
    if not stat.S_ISDIR(folder_mode):
        raise OutputPathError("no_folder", f"{folder} is not a folder")
    reason = _protected_reason(path, list(protect))
    if reason:
        raise OutputPathError("protected", reason)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise OutputPathError("not_file", f"cannot look at {path}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputPathError("symlink", f"{path} is a symbolic link; give the real file name (links are not followed)")
    if not stat.S_ISREG(st.st_mode):
        raise OutputPathError("not_file", f"{path} is {_kind(st.st_mode)}, not a file; give a file name")
    if is_sqlite_file(path):
        raise OutputPathError("protected", f"{path} is a SQLite database; an output never replaces a database")
    if not force:
        raise OutputPathError("exists", f"{path} already exists; use --force to replace it")
    return path


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


@contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, force: bool = True, protect: Iterable[Path] = ()
) -> Iterator[Path]:
    """A fresh temporary path beside ``path`` (mode 0600); renamed to ``path`` only if the block succeeds.

    The target is checked before and again just before the rename (see
    :func:`check_output_path`; ``force`` defaults to True because callers
    asked the person first). On any exception — including a cancel — the
    temporary file is removed and ``path`` is left as it was.
    """
    protect = list(protect)
    target = check_output_path(path, force=force, protect=protect)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync_file(tmp)
        check_output_path(target, force=force, protect=protect)
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    sync_folder(folder)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, force: bool = True, protect: Iterable[Path] = ()) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path, force=force, protect=protect) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    return Path(path)


def write_text(path: str | os.PathLike[str], text: str, *, force: bool = True, protect: Iterable[Path] = ()) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write`)."""
    return write_bytes(path, text.encode("utf-8"), force=force, protect=protect)
