"""The events WHMCS's hook file posted, by id (a retried or replayed post alerts once)

Revision ID: 0003
Revises: 0002
Created: 2026-12-02 19:45:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "whmcs_events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("whmcs_hook", sa.String(length=40), nullable=False),
        sa.Column("alerts", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("whmcs_events_pkey")),
    )
    with op.batch_alter_table("whmcs_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_whmcs_events_received_at"), ["received_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("whmcs_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_whmcs_events_received_at"))
    op.drop_table("whmcs_events")
