"""Waking waiters on commit: in the same process on SQLite, across processes through PostgreSQL's
LISTEN/NOTIFY (here two Database objects with a listener each, as two processes have)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from portal.db import Database
from portal.fanout import Listener, notify

from ...clock import needs_real_clock

SOON = 10.0  # long enough for a busy machine; the waits end as soon as the wake arrives


@pytest.fixture
def database(empty_database_url: str) -> Iterator[Database]:
    """One process's database, listening as the portal's start-up makes it on PostgreSQL."""
    database = Database(empty_database_url)
    listener = None
    if empty_database_url.startswith("postgresql"):
        listener = Listener(empty_database_url, database.wakeups)
        listener.start()
    yield database
    if listener is not None:
        listener.stop()
    database.dispose()


def write_and_notify(database: Database, topic: str, commit: bool = True) -> None:
    with database.sessions() as db:
        notify(db, topic)
        if commit:
            db.commit()
        else:
            db.rollback()


async def test_a_commit_wakes_the_waiters_of_its_topic_only(database: Database) -> None:
    wakeups = database.wakeups
    with wakeups.watch("events:1") as mine, wakeups.watch("events:2") as other:
        await asyncio.to_thread(write_and_notify, database, "events:1")
        assert await mine.wait(SOON)
        assert not await other.wait(0.05)
    assert wakeups.watching() == 0


async def test_a_wake_before_the_wait_is_not_lost(database: Database) -> None:
    with database.wakeups.watch("chat:7") as watch:
        write_and_notify(database, "chat:7")  # between the waiter's read and its wait
        assert await watch.wait(SOON)


async def test_a_rolled_back_change_wakes_nobody(database: Database) -> None:
    if database.engine.dialect.name == "postgresql":
        pytest.skip("PostgreSQL drops the notify of a rolled-back transaction by itself")
    with database.wakeups.watch("events:1") as watch:
        await asyncio.to_thread(write_and_notify, database, "events:1", False)
        assert not await watch.wait(0.05)


@pytest.fixture
def two_processes(empty_database_url: str) -> Iterator[tuple[Database, Database, Listener]]:
    if not empty_database_url.startswith("postgresql"):
        pytest.skip("LISTEN/NOTIFY needs PostgreSQL (CLIENTDESK_TEST_DATABASE_URL)")
    writer, reader = Database(empty_database_url), Database(empty_database_url)
    listener = Listener(empty_database_url, reader.wakeups)
    listener.start()
    assert listener.listening
    yield writer, reader, listener
    listener.stop()
    writer.dispose()
    reader.dispose()


async def test_a_notify_reaches_another_process(
    two_processes: tuple[Database, Database, Listener],
) -> None:
    writer, reader, _listener = two_processes
    with reader.wakeups.watch("events:3") as watch:
        await asyncio.to_thread(write_and_notify, writer, "events:3")
        assert await watch.wait(SOON)


@needs_real_clock
async def test_a_lost_listener_reconnects_and_wakes_everyone(
    two_processes: tuple[Database, Database, Listener],
) -> None:
    writer, reader, _listener = two_processes
    with reader.wakeups.watch("chat:9") as watch:
        with writer.sessions() as db:  # the listener's connection is cut, as by a restart
            db.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
                )
            )
        assert await watch.wait(SOON)  # woken to read again: a notify may have been missed
        await asyncio.to_thread(write_and_notify, writer, "chat:9")
        assert await watch.wait(SOON)  # the notify, or the wake of the reconnection before it
