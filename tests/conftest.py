"""Shared fixtures: a real portal (SQLite file, or the PostgreSQL database named by
CLIENTDESK_TEST_DATABASE_URL) filled with the demo data, served on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

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
