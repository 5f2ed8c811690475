"""The centre read from the database file before SQLAlchemy loads (the window's quick start)."""

from __future__ import annotations

import pytest

from welcome_desk.core.quick_centre import peek_centre

pytestmark = pytest.mark.sqlite_only


def test_the_active_centre_is_read_as_the_workspace_has_it(workspace, tmp_db_url):
    centre = peek_centre(tmp_db_url)
    assert centre is not None
    assert centre.id == workspace.centre.id
    assert centre.document == workspace.centre.document
    assert peek_centre(tmp_db_url, workspace.centre.id).id == workspace.centre.id
    assert peek_centre(tmp_db_url, "no-such-centre") is None


def test_anything_unusual_means_the_ordinary_path(tmp_path):
    assert peek_centre(f"sqlite:///{tmp_path / 'missing.sqlite'}") is None
    assert peek_centre("postgresql+psycopg://desk@db/welcome") is None
    assert peek_centre("sqlite://") is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    before = junk.read_bytes()
    assert peek_centre(f"sqlite:///{junk}") is None
    assert junk.read_bytes() == before  # looked at, never changed


def test_a_workspace_takes_a_router_only_for_the_same_centre(workspace, tmp_db_url):
    from welcome_desk.core.centre import load_bundled_centre
    from welcome_desk.core.routing import Router

    router = Router(peek_centre(tmp_db_url))
    assert workspace.adopt_router(router)
    assert workspace.router is router
    other = load_bundled_centre(workspace.centre.id)
    changed = dict(other.document, name={"de": "Anders", "en": "Other"})
    from welcome_desk.core.centre import build_centre

    assert not workspace.adopt_router(Router(build_centre(changed, schema=False)))
    assert workspace.router is router


def test_a_bundled_centre_the_app_ships_newer_is_left_to_the_ordinary_open(workspace, tmp_db_url):
    import json
    import sqlite3

    con = sqlite3.connect(workspace.db.path)
    try:
        (document,) = con.execute("SELECT document FROM centre WHERE id = ?", (workspace.centre.id,)).fetchone()
        older = dict(json.loads(document), name={"de": "Altes Zentrum", "en": "Old centre"})
        with con:
            con.execute("UPDATE centre SET document = ? WHERE id = ?", (json.dumps(older), workspace.centre.id))
    finally:
        con.close()
    assert peek_centre(tmp_db_url) is None  # the ordinary open refreshes it first
