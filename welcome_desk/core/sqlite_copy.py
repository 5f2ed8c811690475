"""Whole-or-nothing copies of a live SQLite file (backups, the copy before an upgrade).

A copy is written under a hidden ``.<name>.*.part`` name, locked (``flock``)
while it is being written, and renamed when complete. A copy cut short by a
crash or a kill leaves a ``.part`` nobody holds the lock of: the next copy
(and every start) removes those at once — they hold personal data and may be
large — while a copy another desk is writing right now is left alone.
A copy that would not fit on the disk is refused before it starts.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from welcome_desk.core.files import sync_folder

try:  # POSIX; elsewhere only old leftovers are removed
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PART_GLOB = ".*.part"
STALE_PART_S = 3600  # without file locks: a .part this old is a copy that was cut short
# A copy needs about the database's size (plus its WAL); keep this much more free for the desks themselves.
SPACE_MARGIN = 1.1
SPACE_RESERVE = 16 * 1024 * 1024


class NoRoom(OSError):
    """The copy would not fit on the disk (errno ENOSPC); nothing was written."""


def needed_bytes(source: Path) -> int:
    size = 0
    for file in (source, Path(f"{source}-wal")):
        try:
            size += file.stat().st_size
        except OSError:
            pass
    return int(size * SPACE_MARGIN) + SPACE_RESERVE


def check_room(source: Path, folder: Path) -> None:
    """Raise :class:`NoRoom` when ``folder``'s disk has less free space than a copy of ``source`` needs."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return
    need = needed_bytes(source)
    if free < need:
        raise NoRoom(28, f"not enough free disk space for a copy ({free // 2**20} MB free, about {need // 2**20} MB needed)")


def remove_orphan_parts(folder: Path) -> int:
    """Remove copies cut short (no writer holds them); returns how many."""
    if not folder.is_dir():
        return 0
    removed = 0
    for part in folder.glob(PART_GLOB):
        if _orphan(part):
            for leftover in (part, *(Path(f"{part}{s}") for s in ("-journal", "-wal", "-shm"))):
                try:
                    leftover.unlink()
                    removed += leftover == part
                except OSError:
                    pass
    return removed


def _orphan(part: Path) -> bool:
    if fcntl is None:
        try:
            return part.stat().st_mtime < time.time() - STALE_PART_S
        except OSError:
            return False
    try:
        fd = os.open(part, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a desk is writing it now
    else:
        return True
    finally:
        os.close(fd)  # also releases the probe's lock


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (safe while in use).

    The copy is written under a temporary name and renamed when complete, so
    ``target`` is either a whole backup or absent; a failed copy leaves nothing.
    It runs in one step: on a WAL database that holds only a read snapshot, so
    desks keep booking meanwhile (a copy in steps would restart from the
    beginning after each of their writes). The GIL is released while copying.
    Raises :class:`NoRoom` before writing anything when the disk is too full.
    """
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_orphan_parts(folder)
    check_room(source, folder)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)  # mode 0600
    tmp = Path(tmp_name)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # held until the rename: "being written", not an orphan
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            try:
                leftover.unlink()
            except OSError:
                pass
        raise
    finally:
        os.close(fd)
    sync_folder(folder)
    return target
