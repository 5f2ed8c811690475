"""The waiting room: every call of a ticket, and each visit's call state and waiting estimate.

``call_event`` is what the display and ``welcome-desk calls --follow`` read: the
ticket, the unit, where to go, when, the slip language and how often it was
called — never a name or a concern. ``visit_call`` holds, per visit, the missed
calls, whether it is parked, the waiting-time range printed on its slip, and from
when a ticket for a closed unit is valid.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("centre_id", sa.String(64), nullable=False),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entry.id", ondelete="SET NULL"), nullable=True),
        sa.Column("ticket", sa.String(16), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("counter", sa.String(32), nullable=False),
        sa.Column("room", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("recall", sa.Integer(), nullable=False),
    )
    op.create_index("ix_call_event_centre_id", "call_event", ["centre_id", "id"])
    op.create_index("ix_call_event_entry", "call_event", ["entry_id"])
    op.create_table(
        "visit_call",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("missed_calls", sa.Integer(), nullable=False),
        sa.Column("parked", sa.Boolean(), nullable=False),
        sa.Column("wait_low", sa.Integer(), nullable=True),
        sa.Column("wait_high", sa.Integer(), nullable=True),
        sa.Column("valid_from", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("visit_call")
    op.drop_index("ix_call_event_entry", table_name="call_event")
    op.drop_index("ix_call_event_centre_id", table_name="call_event")
    op.drop_table("call_event")
