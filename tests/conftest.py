"""Shared fixtures: a real portal (SQLite file, or the PostgreSQL database named by
CLIENTDESK_TEST_DATABASE_URL) filled with the demo data, served on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine

from portal.app import create_app
from portal.server import BackgroundPortal, prepare_demo
from portal.tables import Base

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = os.environ.get("CLIENTDESK_TEST_DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp_path / 'portal.sqlite3'}"
    engine = create_engine(url)
    Base.metadata.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture
def portal_app(database_url: str) -> Iterator[FastAPI]:
    app = create_app(database_url)
    prepare_demo(app)
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
