"""Kept slips: written once per entry, language and paper; a reprint gives the same file."""

from __future__ import annotations

from welcome_desk.slips.store import ensure_slip, slip_path


def test_slip_is_kept_and_reprinted_unchanged(workspace):
    entry = workspace.booking.log_walk_in("immigration-office", "residence-law", language="ar")
    path = ensure_slip(workspace.db, workspace.centre, entry, "ar", "A5", workspace.clock())
    assert path == slip_path(workspace.db, entry, "ar", "A5")
    assert path.read_bytes().startswith(b"%PDF")
    before = (path.stat().st_mtime_ns, path.read_bytes())
    again = ensure_slip(workspace.db, workspace.centre, entry, "ar", "A5", workspace.clock())
    assert again == path and (path.stat().st_mtime_ns, path.read_bytes()) == before
    receipt = ensure_slip(workspace.db, workspace.centre, entry, "ar", "receipt80", workspace.clock())
    assert receipt != path and receipt.is_file()
