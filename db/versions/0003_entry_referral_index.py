"""Index on entry.referred_from_id: the log shows where a referred visitor went ("→ B-004").

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_referred_from", "entry", ["referred_from_id"])


def downgrade() -> None:
    op.drop_index("ix_entry_referred_from", table_name="entry")
