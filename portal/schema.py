"""The portal's database schema is owned by its Alembic migrations (``portal/migrations``).

``migrate`` upgrades a database to this code's revision (``clientdesk-portal migrate``);
``check_schema`` refuses to serve a database whose schema is not the code's, naming the command
that mends it. Nothing else creates tables.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"  # the schema as it stood when the migrations began
VERSION_TABLE = "alembic_version"
MIGRATE_COMMAND = "clientdesk-portal migrate"
_LOCK_ID = 0x636C6465  # PostgreSQL advisory lock held while migrating ("clde")


class SchemaError(RuntimeError):
    """The database cannot be served by this code as it is; the message says what to do."""


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the portal ships at least its baseline migration"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _portal_tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {VERSION_TABLE}


def check_schema(engine: Engine) -> None:
    """Raise :class:`SchemaError` unless the database is at this code's revision."""
    head = head_revision()
    with engine.connect() as connection:
        current = current_revision(connection)
        if current == head:
            return
        if current is None:
            if _portal_tables(connection):
                raise SchemaError(
                    "This database was made by a portal older than its migrations. "
                    f"Back it up, then run `{MIGRATE_COMMAND}` to bring it up to date."
                )
            raise SchemaError(f"The database is empty. Run `{MIGRATE_COMMAND}` to create it.")
    known = {script.revision for script in _scripts().walk_revisions()}
    if current not in known:
        raise SchemaError(
            f"The database is at revision {current}, made by a newer portal than this one "
            f"(which knows up to {head}). Run the newer portal, or restore a backup."
        )
    raise SchemaError(
        f"The database schema is at revision {current}, older than this portal's {head}. "
        f"Back it up, then run `{MIGRATE_COMMAND}`."
    )


def _columns(connection: Connection) -> dict[str, set[str]]:
    found = inspect(connection)
    return {
        table: {column["name"] for column in found.get_columns(table)}
        for table in found.get_table_names()
        if table != VERSION_TABLE
    }


def _baseline_columns() -> dict[str, set[str]]:
    """The tables and columns of the baseline revision, built in a scratch database."""
    scratch = create_engine("sqlite://")
    try:
        with scratch.begin() as connection:
            command.upgrade(_config(connection), BASELINE)
            return _columns(connection)
    finally:
        scratch.dispose()


def _adopt(connection: Connection) -> None:
    """A database made before the migrations: if it holds the baseline's tables and columns,
    record it as being at the baseline, so the later revisions apply on top of it."""
    found = _columns(connection)
    missing = [
        f"{table}.{column}" if table in found else table
        for table, columns in sorted(_baseline_columns().items())
        for column in (sorted(columns - found[table]) if table in found else [""])
    ]
    if missing:
        raise SchemaError(
            "This database was made by an old portal whose schema cannot be upgraded in place "
            f"(missing: {', '.join(missing[:8])}{' …' if len(missing) > 8 else ''}). "
            f"Restore its data into a new database made with `{MIGRATE_COMMAND}`."
        )
    command.stamp(_config(connection), BASELINE)


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Upgrade the database to this code's revision; returns (revision before, revision now).

    Safe to run twice at once: on PostgreSQL the second waits for the first, then has nothing
    left to do; SQLite serves one process."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
        before = current_revision(connection)
        if before is None and _portal_tables(connection):
            _adopt(connection)
        command.upgrade(_config(connection), "head")
        return before, current_revision(connection) or ""
