"""Database engine and sessions. SQLite file by default; any SQLAlchemy URL (PostgreSQL) works.

The schema comes from the migrations (``portal.schema``): a :class:`Database` serves only a
database already at this code's revision."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from .fanout import Wakeups, session_info
from .schema import check_schema, migrate
from .settings import PortalSettings

MEMORY_URLS = {"sqlite://", "sqlite:///:memory:"}

# A pooled connection idle for longer than this is pinged before it is handed out. One in use
# more often is trusted: a database restarted meanwhile fails the next statement, and SQLAlchemy
# then discards every connection of the pool. (A ping at every checkout was one more round trip
# per request.)
IDLE_PING_SECONDS = 10.0
WROTE_KEY = "clientdesk.wrote"  # Session.info: written since the last commit
FINISHED_KEY = "clientdesk.finished"  # Session.info: ended by finish()


def make_engine(
    url: str,
    *,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_timeout: float = 30.0,
    prepared_statements: bool = True,
) -> Engine:
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    elif not prepared_statements:
        # behind pgbouncer < 1.21 in transaction mode, which cannot carry them
        kwargs["connect_args"] = {"prepare_threshold": None}
    if url not in MEMORY_URLS:
        kwargs.update(pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name != "sqlite":
        _ping_when_idle(engine)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in url:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

    return engine


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < IDLE_PING_SECONDS:
            return
        try:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT 1")
            finally:
                cursor.close()
        except Exception as error:  # the driver's own error for a connection that is gone
            # the pool throws this connection away and hands out another (or a new one)
            raise exc.DisconnectionError() from error


def _track_writes(sessions: sessionmaker[Session]) -> None:
    """Mark a session that wrote since its last commit (:data:`WROTE_KEY`), for :func:`finish`."""

    def wrote(session: Session, *_args: Any) -> None:
        session.info[WROTE_KEY] = True

    def committed(session: Session, *_args: Any) -> None:
        session.info.pop(WROTE_KEY, None)

    def executed(state: ORMExecuteState) -> None:
        if not state.is_select:
            state.session.info[WROTE_KEY] = True

    event.listen(sessions, "after_flush", wrote)
    event.listen(sessions, "do_orm_execute", executed)
    event.listen(sessions, "after_commit", committed)

    def rolled_back(session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:
            committed(session)

    event.listen(sessions, "after_soft_rollback", rolled_back)


def finish(session: Session) -> None:
    """Close a request's session. One that wrote nothing since its last commit ends its
    transaction with COMMIT, not ROLLBACK: the same for a read, but psycopg forgets its prepared
    statements at every ROLLBACK, so with a rollback at the end of every request none would ever
    be reused. One that wrote and did not commit is rolled back, as always."""
    try:
        if (
            session.in_transaction()
            and not session.info.get(WROTE_KEY)
            and not (session.new or session.dirty or session.deleted)
        ):
            session.commit()
    finally:
        session.close()
        session.info[FINISHED_KEY] = True


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
            prepared_statements=settings.db_prepared_statements,
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
        _track_writes(self.sessions)

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
