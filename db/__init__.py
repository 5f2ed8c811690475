"""Alembic migrations (shipped in the package as ``welcome_desk._migrations``)."""
