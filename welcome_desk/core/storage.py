"""The database as the front-ends may see it: its errors, opening it by URL, the limits of personal fields.

The window imports this, never SQLAlchemy, the ORM models or the database
module itself (an import-linter contract in pyproject.toml says so), so how the
data is stored can change without touching the UI.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from welcome_desk.core.database import DatabaseError, open_database, resolve_url, sqlite_path
from welcome_desk.core.models import MAX_CONTACT, MAX_NAME

# What a read may raise while the database is away for a moment (a server restart, a locked file):
# the window says so in its status line and tries again later instead of showing a traceback.
UNAVAILABLE: tuple[type[Exception], ...] = (DatabaseError, SQLAlchemyError)

__all__ = ["MAX_CONTACT", "MAX_NAME", "UNAVAILABLE", "DatabaseError", "open_database", "resolve_url", "sqlite_path"]
