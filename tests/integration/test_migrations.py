"""The migrations own the schema: they make exactly the models' tables, upgrade a database made at
the baseline without losing its data, and the portal refuses a schema older than its code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from portal.app import create_app
from portal.db import make_engine, upgrade_database
from portal.passwords import hash_password
from portal.schema import BASELINE, SchemaError, _config, head_revision
from portal.server import BackgroundPortal, sqlite_url, upgrade_demo_database
from portal.tables import Base, PersonRow

PASSWORD = "una clave larga de prueba"


def at_revision(url: str, revision: str) -> None:
    """Take the test's own database back to ``revision`` (as an older portal left it)."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(_config(connection), revision)
    finally:
        engine.dispose()


def test_the_migrations_make_exactly_the_models_schema(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
    finally:
        engine.dispose()
    assert differences == []


def test_a_baseline_database_with_data_is_upgraded_intact(empty_database_url: str) -> None:
    at_revision(empty_database_url, "base")
    engine = make_engine(empty_database_url)
    created = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), BASELINE)
            connection.execute(
                text(
                    "INSERT INTO people (id, email, name, password_hash, is_staff, created_at) "
                    "VALUES (7, 'ana@example.com', 'Ana Paz', :hash, false, :at)"
                ),
                {"hash": hash_password(PASSWORD), "at": created},
            )
            connection.execute(
                text(
                    "INSERT INTO clients (id, first_name, last_name, company, email, phone, "
                    "address1, address2, city, state, postcode, country, tax_id, language, "
                    "currency, created_at) VALUES (3, 'Ana', 'Paz', 'Paz SRL', "
                    "'ana@example.com', '', '', '', 'Rosario', '', '', 'AR', '', 'es', 'ARS', :at)"
                ),
                {"at": created},
            )
            connection.execute(
                text(
                    "INSERT INTO memberships (person_id, client_id, is_owner, permissions) "
                    "VALUES (7, 3, true, '')"
                )
            )
    finally:
        engine.dispose()

    with pytest.raises(SchemaError, match="clientdesk-portal migrate"):
        create_app(empty_database_url)

    before, now = upgrade_database(empty_database_url)
    assert (before, now) == (BASELINE, head_revision())

    app = create_app(empty_database_url)
    with app.state.database.sessions() as db:
        person = db.scalars(select(PersonRow)).one()
        assert (person.email, person.name, person.disabled_at) == (
            "ana@example.com",
            "Ana Paz",
            None,
        )
        assert abs(person.created_at - created) < dt.timedelta(seconds=1)
    server = BackgroundPortal(app)
    server.start()
    try:
        login = httpx.post(
            f"{server.url}/api/v1/auth/login",
            json={"email": "ana@example.com", "password": PASSWORD},
        )
        assert login.status_code == 200, login.text
        me = httpx.get(
            f"{server.url}/api/v1/me",
            headers={"Authorization": f"Bearer {login.json()['access_token']}"},
        )
        assert [account["company"] for account in me.json()["accounts"]] == ["Paz SRL"]
    finally:
        server.stop()
        app.state.database.dispose()


def test_a_database_made_before_the_migrations_is_adopted(empty_database_url: str) -> None:
    at_revision(empty_database_url, BASELINE)
    engine = make_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE alembic_version"))
    finally:
        engine.dispose()
    with pytest.raises(SchemaError, match="older than its migrations"):
        create_app(empty_database_url)
    assert upgrade_database(empty_database_url) == (None, head_revision())
    create_app(empty_database_url).state.database.dispose()


def test_a_database_of_a_newer_portal_is_refused(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(SchemaError, match="newer portal"):
        create_app(empty_database_url)


def test_an_empty_database_is_refused_until_migrated(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "new.sqlite3")
    with pytest.raises(SchemaError, match=r"empty\. Run `clientdesk-portal migrate`"):
        create_app(url)
    upgrade_database(url)
    assert upgrade_database(url) == (head_revision(), head_revision())  # twice: nothing to do


def test_the_demo_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    url = sqlite_url(path)
    upgrade_database(url)
    at_revision(url, BASELINE)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO people (email, name, password_hash, is_staff, created_at) "
                    "VALUES ('laura@example.com', 'Laura', 'x', false, CURRENT_TIMESTAMP)"
                )
            )
    finally:
        engine.dispose()
    upgrade_demo_database(path)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT email FROM people")).scalars().all() == [
                "laura@example.com"
            ]
            assert "disabled_at" in {c["name"] for c in inspect(connection).get_columns("people")}
    finally:
        engine.dispose()
    assert not path.with_name("demo.sqlite3.old").exists()


def test_a_demo_database_too_old_to_upgrade_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:  # as a pre-release app left it: a table, no version
            connection.execute(text("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)"))
    finally:
        engine.dispose()
    upgrade_demo_database(path)
    assert path.with_name("demo.sqlite3.old").exists()
    create_app(sqlite_url(path)).state.database.dispose()
