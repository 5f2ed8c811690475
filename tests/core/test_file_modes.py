"""On POSIX the database, its -wal/-shm, backups, slips and their folders are their owner's alone."""

from __future__ import annotations

import os
import stat

import pytest

from welcome_desk.core.backup import make_backup
from welcome_desk.core.workspace import open_workspace

pytestmark = [pytest.mark.sqlite_only, pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")]


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # what we make must not rely on a stricter umask
    yield
    os.umask(old)


def test_everything_written_is_owner_only(tmp_path, fixed_now, usual_umask):
    data = tmp_path / "new" / "data"
    url = f"sqlite:///{data / 'welcome-desk.sqlite'}"
    ws = open_workspace(url, clock=lambda: fixed_now)
    try:
        entry = ws.booking.log_walk_in("jobcenter", query_text="Arbeitserlaubnis", visitor_name="Amina")
        db = ws.db.path
        assert db.parent == data and mode(data) == 0o700
        for file in (db, data / "welcome-desk.sqlite-wal", data / "welcome-desk.sqlite-shm"):
            assert file.exists(), file
            assert mode(file) == 0o600, (file, oct(mode(file)))
        backup = make_backup(ws.db, fixed_now)
        assert mode(backup.parent) == 0o700 and mode(backup) == 0o600
        assert all(mode(p) == 0o600 for p in backup.parent.iterdir())

        from welcome_desk.slips.store import ensure_slip, slips_folder

        pdf = ensure_slip(ws.db, ws.centre, entry, "en", "A5", fixed_now)
        assert mode(pdf) == 0o600
        assert mode(pdf.parent) == 0o700 and mode(slips_folder(ws.db)) == 0o700
    finally:
        ws.close()


def test_an_existing_readable_database_is_made_private_at_start(tmp_path, fixed_now, usual_umask):
    url = f"sqlite:///{tmp_path / 'welcome-desk.sqlite'}"
    open_workspace(url, clock=lambda: fixed_now).close()
    path = tmp_path / "welcome-desk.sqlite"
    os.chmod(path, 0o644)
    ws = open_workspace(url, clock=lambda: fixed_now)
    try:
        ws.booking.log_walk_in("jobcenter")
        assert mode(path) == 0o600
        assert mode(tmp_path / "welcome-desk.sqlite-wal") == 0o600
    finally:
        ws.close()
