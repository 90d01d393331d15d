"""Disabled people, shared attempt limits, job claims, refresh grace, delivery statuses

Revision ID: 0002
Revises: 0001
Created: 2026-12-02 05:10:10.783420
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "failed_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("failed_attempts_pkey")),
    )
    with op.batch_alter_table("failed_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_failed_attempts_at"), ["at"], unique=False)
        batch_op.create_index("ix_failed_attempts_key_at", ["key", "at"], unique=False)

    op.create_table(
        "job_claims",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("job_claims_pkey")),
    )
    with op.batch_alter_table("alert_deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("provider_id", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("provider_status", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("provider_status_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.create_index(
            batch_op.f("ix_alert_deliveries_provider_id"), ["provider_id"], unique=False
        )

    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_idempotency_keys_created_at"), ["created_at"], unique=False
        )

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("used_refresh_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("successor_sealed", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("used_refresh_tokens", schema=None) as batch_op:
        batch_op.drop_column("successor_sealed")
        batch_op.drop_column("retired_at")

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("disabled_at")

    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_keys_created_at"))

    with op.batch_alter_table("alert_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_deliveries_provider_id"))
        batch_op.drop_column("provider_status_at")
        batch_op.drop_column("provider_status")
        batch_op.drop_column("provider_id")

    op.drop_table("job_claims")
    with op.batch_alter_table("failed_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_failed_attempts_key_at")
        batch_op.drop_index(batch_op.f("ix_failed_attempts_at"))

    op.drop_table("failed_attempts")
