"""Suggested vocabulary: words reception used for a concern routing did not find first.

Only the word per centre and concern, how often, and the first and last day (for the
retention period) — nothing about the visit or who typed it.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vocab_suggestion",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("centre_id", sa.String(64), nullable=False),
        sa.Column("concern_id", sa.String(64), nullable=False),
        sa.Column("word", sa.String(60), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.UniqueConstraint("centre_id", "concern_id", "word", name="uq_vocab_suggestion"),
    )
    op.create_index("ix_vocab_suggestion_last_day", "vocab_suggestion", ["last_day"])


def downgrade() -> None:
    op.drop_index("ix_vocab_suggestion_last_day", table_name="vocab_suggestion")
    op.drop_table("vocab_suggestion")
