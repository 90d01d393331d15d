"""Alembic's environment for the portal: runs on the connection ``portal.schema`` hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from portal.tables import Base


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying a table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("The portal's migrations run on a live database: clientdesk-portal migrate")
run_migrations(context.config.attributes["connection"])
