"""When writing fails: a busy database, a full disk, a read-only folder or file.

Each time the person gets a clear message, nothing half-written is left and
the database stays consistent (the next booking continues the ticket numbers).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from welcome_desk.core.backup import list_backups, make_backup
from welcome_desk.core.booking import BookingError, BookingService
from welcome_desk.core.database import DatabaseError, open_database
from welcome_desk.core.daylog import day_entries
from welcome_desk.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only


@contextmanager
def read_only(path: Path):
    """``path`` (file or folder) unwritable, even for root (``chattr +i`` then); skip if impossible."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    mode = path.stat().st_mode & 0o777
    if os.geteuid() == 0:
        try:
            subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            pytest.skip("running as root without chattr +i: cannot make anything read-only")
        undo = lambda: subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)  # noqa: E731
    else:
        os.chmod(path, 0o500 if path.is_dir() else 0o400)
        undo = lambda: os.chmod(path, mode)  # noqa: E731
    try:
        yield path
    finally:
        undo()


def _service(db, workspace):
    return BookingService(db, workspace.centre, clock=workspace.clock)


# ------------------------------------------------------------------ busy


def test_a_long_lock_is_waited_out_and_the_booking_made(workspace):
    db = open_database(workspace.db.url, busy_timeout_ms=100)
    other = sqlite3.connect(workspace.db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock for 0.5 s
    timer = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        entry = _service(db, workspace).log_walk_in("jobcenter")
    finally:
        timer.join()
        other.close()
        db.dispose()
    assert entry.ticket == "J-001"


def test_a_lock_that_never_ends_gives_a_clear_message_and_saves_nothing(workspace):
    db = open_database(workspace.db.url, busy_timeout_ms=50)
    other = sqlite3.connect(workspace.db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        with pytest.raises(BookingError) as caught:
            _service(db, workspace).log_walk_in("jobcenter", query_text="Aufenthalt")
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()
    assert time.monotonic() - started < 10  # bounded
    assert caught.value.code == "db_busy"
    assert "busy" in str(caught.value) and "nothing was saved" in str(caught.value)
    assert day_entries(workspace.db, workspace.centre, workspace.clock().date()) == []
    assert workspace.booking.log_walk_in("jobcenter").ticket == "J-001"


# ------------------------------------------------------------------ full disk


def test_full_disk_refuses_the_booking_cleanly(workspace):
    first = workspace.booking.log_walk_in("jobcenter")
    db = open_database(workspace.db.url)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection, _record):  # the disk has room for a few pages more
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    db.engine.dispose()
    service = _service(db, workspace)
    made = []
    with pytest.raises(BookingError) as caught:
        for i in range(200):
            made.append(service.log_walk_in("jobcenter", query_text=f"{i} " + "x" * 490))
    db.dispose()
    assert caught.value.code == "db_full"
    assert "full" in str(caught.value) and "nothing was saved" in str(caught.value)
    con = sqlite3.connect(workspace.db.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = con.execute("SELECT id FROM entry ORDER BY id").fetchall()
        counter = con.execute("SELECT last_number FROM day_counter WHERE unit_id='jobcenter'").fetchone()[0]
        events = con.execute("SELECT count(*) FROM status_event").fetchone()[0]
    finally:
        con.close()
    assert [r[0] for r in rows] == [first.id] + [e.id for e in made]  # every confirmed one, nothing else
    assert counter == len(rows) == events  # no half-counted ticket, no orphan event
    assert workspace.booking.log_walk_in("jobcenter").ticket == f"J-{len(rows) + 1:03d}"


def test_full_disk_during_backup_leaves_no_partial_file(workspace, monkeypatch):
    import welcome_desk.core.migrations as migrations

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrations.os, "replace", no_space)
    with pytest.raises(DatabaseError, match="backup could not be written"):
        make_backup(workspace.db, workspace.clock())
    folder = workspace.db.path.parent / "backups"
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
    assert all("-manual-" not in p.name for p in list_backups(workspace.db))


# ------------------------------------------------------------------ read-only


def test_read_only_data_folder_is_refused_with_a_clear_message(tmp_path, fixed_now):
    folder = tmp_path / "data"
    folder.mkdir()
    url = f"sqlite:///{folder / 'welcome-desk.sqlite'}"
    open_workspace(url, clock=lambda: fixed_now).close()
    before = {p.name: p.read_bytes() for p in folder.glob("*.sqlite")}
    with read_only(folder):
        with pytest.raises(DatabaseError) as caught:
            open_workspace(url, clock=lambda: fixed_now)
    assert caught.value.code == "readonly"
    assert "read-only" in str(caught.value) and str(folder) in str(caught.value)
    assert {p.name: p.read_bytes() for p in folder.glob("*.sqlite")} == before


def test_read_only_database_file_is_refused(tmp_path, fixed_now):
    url = f"sqlite:///{tmp_path / 'welcome-desk.sqlite'}"
    open_workspace(url, clock=lambda: fixed_now).close()
    with read_only(tmp_path / "welcome-desk.sqlite"):
        with pytest.raises(DatabaseError, match="read-only") as caught:
            open_workspace(url, clock=lambda: fixed_now)
    assert caught.value.code == "readonly"


def test_database_made_read_only_while_running_refuses_bookings(workspace):
    """The file turns read-only under a running app: each booking is refused, nothing half-written."""
    workspace.booking.log_walk_in("jobcenter")
    workspace.db.dispose()
    with read_only(workspace.db.path):
        with pytest.raises(BookingError) as caught:
            workspace.booking.log_walk_in("jobcenter", query_text="Arbeit")
    assert caught.value.code in ("db_readonly", "db_unavailable")
    assert [e.ticket for e in day_entries(workspace.db, workspace.centre, workspace.clock().date())] == ["J-001"]


def test_slip_into_a_read_only_folder_fails_cleanly(workspace, tmp_path):
    from welcome_desk.slips.compose import compose_slip
    from welcome_desk.slips.render import write_slip

    entry = workspace.booking.log_walk_in("jobcenter")
    folder = tmp_path / "slips"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(OSError):
            write_slip(compose_slip(workspace.centre, entry, workspace.clock()), folder / "slip.pdf", "en")
    assert list(folder.iterdir()) == []


def test_cli_slip_into_a_read_only_folder_says_so(workspace, tmp_path, capsys):
    from welcome_desk.cli import main

    entry = workspace.booking.log_walk_in("jobcenter")
    workspace.close()
    folder = tmp_path / "out"
    folder.mkdir()
    with read_only(folder):
        code = main(["--db", workspace.db.url, "slip", str(entry.id), "-o", str(folder / "s.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("welcome-desk: cannot write") and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_backup_into_a_read_only_folder_fails_cleanly(workspace):
    folder = workspace.db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    existing = sorted(folder.iterdir())
    with read_only(folder):
        with pytest.raises(DatabaseError, match="backup could not be written"):
            make_backup(workspace.db, workspace.clock())
    assert sorted(folder.iterdir()) == existing
