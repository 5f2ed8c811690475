"""Fixtures of the end-to-end tests: the private desktop (X, D-Bus, AT-SPI, CUPS) and the real app.

Without the Debian packages these tests skip on a developer's machine, but with
``CI=true`` (``.ci/run`` sets it) a missing piece is a failure that names the package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from desktop import Desktop, missing  # noqa: E402
from driver import DeskApp  # noqa: E402


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def desktop():
    lacking = missing()
    if lacking:
        message = "end-to-end tests need: " + "; ".join(lacking) + " (bash .ci/setup installs them)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    desk = Desktop.start()
    yield desk
    desk.stop()


@pytest.fixture
def desk_app(desktop, tmp_path):
    (Path(desktop.env["XDG_CONFIG_HOME"]) / "welcome-desk" / "settings.json").unlink(missing_ok=True)
    app = DeskApp(desktop, f"sqlite:///{tmp_path / 'desk.sqlite'}")
    yield app
    app.close()


@pytest.fixture
def started_desk(desktop, tmp_path):
    """The desk as ``welcome-desk`` starts it: the start window first, the desk moving in (issue 16)."""
    (Path(desktop.env["XDG_CONFIG_HOME"]) / "welcome-desk" / "settings.json").unlink(missing_ok=True)
    app = DeskApp(desktop, f"sqlite:///{tmp_path / 'desk.sqlite'}", staged=True)
    app.screen.wait_for("the desk moved into the start window",
                        lambda: app.screen.window("Welcome Desk —").first(role="push button", contains="Wartenummer"), timeout=60)
    yield app
    app.close()
