"""Database engine and sessions. SQLite file by default; any SQLAlchemy URL (PostgreSQL) works.

The schema comes from the migrations (``portal.schema``): a :class:`Database` serves only a
database already at this code's revision."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .fanout import Wakeups, session_info
from .schema import check_schema, migrate
from .settings import PortalSettings

MEMORY_URLS = {"sqlite://", "sqlite:///:memory:"}


def make_engine(
    url: str, *, pool_size: int = 5, max_overflow: int = 10, pool_timeout: float = 30.0
) -> Engine:
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    if url not in MEMORY_URLS:
        kwargs.update(pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in url:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

    return engine


class Database:
    """The engine and a session factory, owned by one portal application."""

    def __init__(self, url: str, settings: PortalSettings | None = None) -> None:
        self.url = url
        settings = settings or PortalSettings()
        self.engine = make_engine(
            url,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            pool_timeout=settings.db_pool_timeout_seconds,
        )
        # one worker thread per connection: requests queue for a thread, never for a connection
        self.threads = settings.db_pool_size + settings.db_max_overflow
        try:
            if url in MEMORY_URLS:
                migrate(self.engine)  # a scratch database of this process (the OpenAPI document)
            else:
                check_schema(self.engine)
        except BaseException:
            self.engine.dispose()
            raise
        # the waiters of this process; notify() in a session's transaction wakes them
        self.wakeups = Wakeups()
        self.sessions = sessionmaker(
            self.engine, expire_on_commit=False, info=session_info(self.wakeups)
        )

    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def upgrade_database(url: str) -> tuple[str | None, str]:
    """Bring the database at ``url`` to this code's schema (``clientdesk-portal migrate``)."""
    engine = make_engine(url)
    try:
        return migrate(engine)
    finally:
        engine.dispose()
