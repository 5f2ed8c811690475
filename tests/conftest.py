"""Shared fixtures: a fresh database per test, a fixed clock, Qt offscreen."""

from __future__ import annotations

import datetime as dt
import os

import pytest

# GUI tests run headless; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXED_NOW = dt.datetime(2026, 11, 23, 9, 5)  # a Monday, the centre is open


@pytest.fixture
def fixed_now() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture
def tmp_db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'welcome-desk.sqlite'}"


@pytest.fixture
def workspace(tmp_db_url, fixed_now):
    from welcome_desk.core.workspace import open_workspace

    ws = open_workspace(tmp_db_url, clock=lambda: fixed_now)
    yield ws
    ws.close()
