"""Audit records say at which desk and through which front-end (window, command line).

The actor of every audit record is name + role + desk + channel (see
``welcome_desk.core.actor.Actor``); older records get empty values.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("desk", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("channel", sa.String(16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("channel")
        batch.drop_column("desk")
