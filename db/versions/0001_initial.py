"""Initial schema: centres, entries (visits), status events, ticket counters.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "centre",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("centre_id", sa.String(64), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("concern_id", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("ticket_number", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_at", sa.DateTime(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("staff", sa.String(64), nullable=False),
        sa.Column("query_text", sa.String(500), nullable=True),
        sa.Column("visitor_name", sa.String(200), nullable=True),
        sa.Column("visitor_contact", sa.String(200), nullable=True),
        sa.Column("note", sa.String(2000), nullable=True),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.Column(
            "referred_from_id",
            sa.Integer(),
            sa.ForeignKey("entry.id", name="fk_entry_referred_from", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.UniqueConstraint("centre_id", "unit_id", "day", "ticket_number", name="uq_entry_ticket"),
    )
    op.create_index("ix_entry_centre_day", "entry", ["centre_id", "day"])
    op.create_index("ix_entry_slot", "entry", ["centre_id", "unit_id", "at"])
    op.create_table(
        "status_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "entry_id",
            sa.Integer(),
            sa.ForeignKey("entry.id", name="fk_status_event_entry", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(64), nullable=False),
    )
    op.create_index("ix_status_event_entry_id", "status_event", ["entry_id"])
    op.create_table(
        "day_counter",
        sa.Column("centre_id", sa.String(64), primary_key=True),
        sa.Column("unit_id", sa.String(64), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("last_number", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("day_counter")
    op.drop_index("ix_status_event_entry_id", table_name="status_event")
    op.drop_table("status_event")
    op.drop_index("ix_entry_slot", table_name="entry")
    op.drop_index("ix_entry_centre_day", table_name="entry")
    op.drop_table("entry")
    op.drop_table("centre")
