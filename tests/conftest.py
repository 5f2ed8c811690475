"""Shared fixtures: a fresh database per test, a fixed clock, Qt offscreen.

Set ``WELCOME_DESK_TEST_PG`` to a PostgreSQL URL with the right to create
databases (e.g. ``postgresql+psycopg://postgres:postgres@127.0.0.1/postgres``)
to run the suite against PostgreSQL: every test then gets a database of its
own, dropped afterwards. Tests about SQLite files are marked ``sqlite_only``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from pathlib import Path

import pytest

# GUI tests run headless; set before any Qt import.
# The offscreen screen is the smallest a desk has, 1280×800 (Qt's own default is 800×800): what fits
# in the tests fits at the desk (tests/ui/test_fit_screen.py). A plain "offscreen" gets the same screen.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('screen_1280x800.json')}"
# Keep tests away from the real per-user data and settings folders.
_SANDBOX = tempfile.mkdtemp(prefix="welcome-desk-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_STATE_HOME"] = os.path.join(_SANDBOX, "state")  # the application log
os.environ.pop("WELCOME_DESK_DB", None)

FIXED_NOW = dt.datetime(2026, 11, 23, 9, 5)  # a Monday, the centre is open
PG_ADMIN_URL = os.environ.get("WELCOME_DESK_TEST_PG", "")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about SQLite files; skipped when testing on PostgreSQL")


def pytest_collection_modifyitems(config, items):
    if not PG_ADMIN_URL:
        return
    skip = pytest.mark.skip(reason="SQLite-specific (tests run on PostgreSQL)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def fixed_now() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture
def tmp_db_url(tmp_path):
    if not PG_ADMIN_URL:
        yield f"sqlite:///{tmp_path / 'welcome-desk.sqlite'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"wd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def workspace(tmp_db_url, fixed_now):
    from welcome_desk.core.workspace import open_workspace

    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    yield ws
    ws.close()


from testvalues import TEAM_LEAD_PASSWORD  # noqa: E402  (shared with tests that need it by name)


@pytest.fixture
def team_lead(workspace, fixed_now):
    """A role session already signed in as team lead (for tests of team-lead functions)."""
    from welcome_desk.core.roles import RoleSession, set_team_lead_password

    set_team_lead_password(workspace.db, fixed_now, "lead", TEAM_LEAD_PASSWORD)
    session = RoleSession(workspace.db, workspace.clock, "lead")
    assert session.sign_in(TEAM_LEAD_PASSWORD)
    return session


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    """New password hashes in tests use scrypt n=2**14 instead of 2**17 (0.05 s instead of 0.5 s each).

    Only the cost changes; tests/core/test_team_lead.py checks the real default.
    """
    from welcome_desk.core import passwords

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**14)
