"""Waking the long polls and chat sockets of every portal process when something they wait for is
written, without each of them asking the database over and over.

A change that writes an account event or a chat message calls :func:`notify` in its own
transaction. On PostgreSQL that is ``pg_notify``, delivered at commit to every process, where one
dedicated LISTEN connection per process (:class:`Listener`; not through pgbouncer in transaction
mode, which drops notifies) wakes that process's waiters; they then read from the database. On
SQLite, which serves one process, the commit itself wakes the waiters. A waiter also wakes by
itself now and then (a safety net for a notify lost with a listener's connection; a listener that
reconnects wakes everyone, too).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, make_url, text
from sqlalchemy.orm import Session

log = logging.getLogger("clientdesk.portal.fanout")

CHANNEL = "clientdesk"
WAKEUPS_KEY = "clientdesk.wakeups"  # where a session finds its process's Wakeups (Session.info)


def events_topic(client_id: int) -> str:
    return f"events:{client_id}"


def chat_topic(chat_id: int) -> str:
    return f"chat:{chat_id}"


class Watch:
    """A waiter registered before it reads, so a wake between its read and its wait is kept."""

    def __init__(self, owner: Wakeups, topic: str) -> None:
        self._owner = owner
        self.topic = topic
        self._woken = threading.Event()
        self._future: asyncio.Future[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _wake(self) -> None:
        self._woken.set()
        loop, future = self._loop, self._future
        if loop is not None and future is not None and not loop.is_closed():
            loop.call_soon_threadsafe(_resolve, future)

    async def wait(self, seconds: float) -> bool:
        """Until woken (True) or ``seconds`` pass (False); each call waits for a new wake."""
        self._loop = asyncio.get_running_loop()
        self._future = self._loop.create_future()
        if self._woken.is_set():
            self._woken.clear()
            return True
        try:
            await asyncio.wait_for(asyncio.shield(self._future), seconds)
        except TimeoutError:
            return False
        finally:
            self._future = None
        self._woken.clear()
        return True


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Wakeups:
    """The waiters of one process, by topic; safe to wake from any thread."""

    def __init__(self) -> None:
        self._watches: dict[str, set[Watch]] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def watch(self, topic: str) -> Iterator[Watch]:
        handle = Watch(self, topic)
        with self._lock:
            self._watches.setdefault(topic, set()).add(handle)
        try:
            yield handle
        finally:
            with self._lock:
                watches = self._watches.get(topic)
                if watches is not None:
                    watches.discard(handle)
                    if not watches:
                        del self._watches[topic]

    def wake(self, topic: str) -> None:
        with self._lock:
            watches = list(self._watches.get(topic, ()))
        for handle in watches:
            handle._wake()

    def wake_all(self) -> None:
        with self._lock:
            watches = [h for handles in self._watches.values() for h in handles]
        for handle in watches:
            handle._wake()

    def watching(self) -> int:
        with self._lock:
            return sum(len(handles) for handles in self._watches.values())


def notify(db: Session, topic: str) -> None:
    """Wake, once this transaction commits, whoever waits for ``topic`` in any process."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_notify(:channel, :topic)"), {"channel": CHANNEL, "topic": topic})
        return
    wakeups: Wakeups | None = db.info.get(WAKEUPS_KEY)
    if wakeups is not None:
        event.listen(db, "after_commit", lambda _session: wakeups.wake(topic), once=True)


class Listener:
    """One dedicated PostgreSQL connection per process, LISTENing on :data:`CHANNEL` in a thread
    and waking this process's waiters. Reconnects with backoff after a lost connection, and
    wakes every waiter then (a notify may have been missed meanwhile)."""

    def __init__(self, url: str, wakeups: Wakeups) -> None:
        self._dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._wakeups = wakeups
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="clientdesk-listen", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        self._listening.wait(timeout)  # the first LISTEN is in place before serving begins

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5.0)

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def _run(self) -> None:
        import psycopg

        backoff = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    self._wakeups.wake_all()  # whatever was written while not listening
                    backoff = 0.5
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=1.0):
                            self._wakeups.wake(notice.payload)
            except Exception as exc:  # psycopg.Error, OSError: the connection is gone
                self._listening.clear()
                log.warning("LISTEN connection lost (%s); reconnecting", type(exc).__name__)
                self._wakeups.wake_all()
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 10.0)


def session_info(wakeups: Wakeups) -> dict[str, Any]:
    """What a session factory carries so that :func:`notify` finds its process's waiters."""
    return {WAKEUPS_KEY: wakeups}
