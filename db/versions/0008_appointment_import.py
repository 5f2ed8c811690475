"""Appointments from outside: the booking's own id and code on an entry, and the team lead's decision list.

``entry.external_id`` is the id the online booking system gives a booking (a
re-import updates or cancels by it, never duplicates); ``entry.booking_code``
is what the visitor shows at reception to check in. ``import_decision`` keeps
every imported row the app could not place (unknown service, full slot,
outside hours, unreadable) until a team lead decides: nothing is dropped.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entry") as batch:
        batch.add_column(sa.Column("external_id", sa.String(128), nullable=True))
        batch.add_column(sa.Column("booking_code", sa.String(32), nullable=True))
    op.create_index("ix_entry_external", "entry", ["centre_id", "external_id"], unique=True)
    op.create_index("ix_entry_booking_code", "entry", ["centre_id", "booking_code"])
    op.create_table(
        "import_decision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("centre_id", sa.String(64), nullable=False),
        sa.Column("external_id", sa.String(128), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("service", sa.String(300), nullable=False),
        sa.Column("at", sa.DateTime, nullable=True),
        sa.Column("detail", sa.String(500), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.Column("decision", sa.String(32), nullable=True),
    )
    op.create_index("ix_import_decision_open", "import_decision", ["centre_id", "decided_at"])
    op.create_index("ix_import_decision_key", "import_decision", ["centre_id", "external_id", "fingerprint"])


def downgrade() -> None:
    op.drop_table("import_decision")
    op.drop_index("ix_entry_booking_code", table_name="entry")
    op.drop_index("ix_entry_external", table_name="entry")
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("booking_code")
        batch.drop_column("external_id")
