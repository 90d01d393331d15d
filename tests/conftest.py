"""Shared fixtures: a real portal (SQLite file, or PostgreSQL when CLIENTDESK_TEST_DATABASE_URL
names a database) filled with the demo data, served on loopback.

The schema is made by the migrations and the demo data seeded once per run, into two template
databases (empty and demo); every test gets its own copy of one of them (a file copy on SQLite,
``CREATE DATABASE ... TEMPLATE`` on PostgreSQL), so no test sees another's writes and none pays
for seeding. On PostgreSQL the role needs CREATEDB; the named database itself is left alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine, make_url, text

from portal.app import create_app
from portal.db import upgrade_database
from portal.demo_time import DemoClock
from portal.server import BackgroundPortal, prepare_demo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

TEMPLATES = ("empty", "demo")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The GUI tests run last. Their package-scoped qasync loop closes when they end, and a Qt
    # event processed after that (pytest-qt processes events before every test) can reach an
    # object of that loop already freed: a segfault in the next test's set-up, seen when the
    # integration tests followed them. After them, nothing processes Qt events any more.
    items.sort(key=lambda item: "/e2e/" in item.path.as_posix())


def _seed(url: str) -> None:
    app = create_app(url)
    try:
        prepare_demo(app)
    finally:
        app.state.database.dispose()


@dataclass
class SqliteTemplates:
    folder: Path
    built_for: dt.date | None = None  # the demo data's day: a run that crosses it seeds again

    def build(self) -> None:
        self.built_for = DemoClock.at().today
        empty = self.folder / "empty.sqlite3"
        upgrade_database(f"sqlite:///{empty}")
        shutil.copyfile(empty, self.folder / "demo.sqlite3")
        _seed(f"sqlite:///{self.folder / 'demo.sqlite3'}")

    def copy(self, template: str, tmp_path: Path) -> str:
        target = tmp_path / "portal.sqlite3"
        shutil.copyfile(self.folder / f"{template}.sqlite3", target)
        return f"sqlite:///{target}"

    def blank(self, tmp_path: Path) -> str:
        return f"sqlite:///{tmp_path / 'blank.sqlite3'}"

    def discard(self, url: str) -> None:
        pass  # the copy lives in the test's tmp_path


@dataclass
class PostgresTemplates:
    url: str
    admin: Engine
    counter: itertools.count[int]
    built_for: dt.date | None = None

    @classmethod
    def for_url(cls, url: str) -> PostgresTemplates:
        admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        return cls(url, admin, itertools.count())

    def _name(self, suffix: str) -> str:
        return f"{make_url(self.url).database}_{os.getpid()}_{suffix}"

    def _url(self, name: str) -> str:
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None = None) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            from_template = f' TEMPLATE "{template}"' if template else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{from_template}'))

    def build(self) -> None:
        self.built_for = DemoClock.at().today
        empty, demo = self._name("empty"), self._name("demo")
        self._create(empty)
        upgrade_database(self._url(empty))
        self._create(demo, empty)
        _seed(self._url(demo))

    def copy(self, template: str, tmp_path: Path) -> str:
        name = self._name(f"t{next(self.counter)}")
        self._create(name, self._name(template))
        return self._url(name)

    def blank(self, tmp_path: Path) -> str:
        name = self._name(f"t{next(self.counter)}")
        self._create(name)
        return self._url(name)

    def discard(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        for template in TEMPLATES:
            self.discard(self._url(self._name(template)))
        self.admin.dispose()


@pytest.fixture(scope="session")
def database_templates(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[SqliteTemplates | PostgresTemplates]:
    url = os.environ.get("CLIENTDESK_TEST_DATABASE_URL")
    templates: SqliteTemplates | PostgresTemplates
    if url:
        templates = PostgresTemplates.for_url(url)
    else:
        templates = SqliteTemplates(tmp_path_factory.mktemp("templates"))
    templates.build()
    yield templates
    if isinstance(templates, PostgresTemplates):
        templates.close()


@pytest.fixture
def empty_database_url(
    database_templates: SqliteTemplates | PostgresTemplates, tmp_path: Path
) -> Iterator[str]:
    """A database of this test's own, at the code's schema, with no rows."""
    url = database_templates.copy("empty", tmp_path)
    yield url
    database_templates.discard(url)


@pytest.fixture
def blank_database_url(
    database_templates: SqliteTemplates | PostgresTemplates, tmp_path: Path
) -> Iterator[str]:
    """A database of this test's own with nothing in it, not even the schema."""
    url = database_templates.blank(tmp_path)
    yield url
    database_templates.discard(url)


@pytest.fixture
def database_url(
    database_templates: SqliteTemplates | PostgresTemplates, tmp_path: Path
) -> Iterator[str]:
    """A database of this test's own, filled with the demo data."""
    if database_templates.built_for != DemoClock.at().today:
        database_templates.build()
    url = database_templates.copy("demo", tmp_path)
    yield url
    database_templates.discard(url)


@pytest.fixture
def portal_app(database_url: str) -> Iterator[FastAPI]:
    app = create_app(database_url)
    yield app
    app.state.database.dispose()


@pytest.fixture
def portal(portal_app: FastAPI) -> Iterator[BackgroundPortal]:
    server = BackgroundPortal(portal_app)
    server.start()
    yield server
    server.stop()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain in memory: tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app's and Qt's translations for ``language`` and its locale, for the block only:
    the translators are removed and the default locale put back after it."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.i18n import install_translators

    previous = QLocale()
    translators = install_translators(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)
