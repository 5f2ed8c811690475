"""Where bundled data and user data live.

Bundled data (centres, fonts, phrases, translations) and the Alembic migrations
sit at the top of the repository as ``resources/`` and ``db/``; an installed
package carries them as ``welcome_desk._resources`` and ``welcome_desk._migrations``
and a PyInstaller bundle puts them under the same names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "welcome-desk"
APP_AUTHOR = "welcome-desk"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "bundled data not found; looked in: " + ", ".join(str(c) for c in candidates)
    )


def _roots() -> list[Path]:
    roots = [_PACKAGE_DIR]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.insert(0, Path(frozen_root) / "welcome_desk")
    return roots


def resources_dir() -> Path:
    """The folder with bundled centres, fonts, phrases and translations."""
    candidates = [root / "_resources" for root in _roots()]
    candidates.append(_PACKAGE_DIR.parent / "resources")
    return _first_existing(*candidates)


def migrations_dir() -> Path:
    """The Alembic script folder."""
    candidates = [root / "_migrations" for root in _roots()]
    candidates.append(_PACKAGE_DIR.parent / "db")
    return _first_existing(*candidates)


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data folder (database, kept slips, backups); created on demand."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return path


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    """Per-user folder of the application log (no personal data goes there)."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
