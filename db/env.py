"""Alembic environment: runs on the connection handed over by welcome_desk.core.migrations.

Run migrations through ``welcome-desk`` (they apply at start-up) rather than the
``alembic`` command; the connection and target metadata come from the app.
"""

from alembic import context

from welcome_desk.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through welcome_desk.core.migrations.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
