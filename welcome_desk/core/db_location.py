"""Which database to open, decided without importing SQLAlchemy.

The window needs the answer before SQLAlchemy is loaded (it loads in the background
after the first paint), so the URL rules live here and :mod:`welcome_desk.core.database`
re-exports them.
"""

from __future__ import annotations

import os
from pathlib import Path

from welcome_desk.core.paths import user_data_dir

DB_ENV_VAR = "WELCOME_DESK_DB"


def default_url() -> str:
    return f"sqlite:///{user_data_dir() / 'welcome-desk.sqlite'}"


def resolve_url(cli_url: str | None = None) -> str:
    """``--db`` wins over ``WELCOME_DESK_DB``, which wins over the per-user default."""
    return cli_url or os.environ.get(DB_ENV_VAR) or default_url()


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver, no options); None for anything else."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    name = url[len(prefix):]
    if not name or name == ":memory:":
        return None
    return Path(name)
