"""Serving the portal: on a port for ``clientdesk-portal``, or in a background thread for the demo
and for tests (127.0.0.1, a port the OS picks)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from .app import create_app
from .db import upgrade_database
from .demo import has_demo_data, seed_demo
from .schema import SchemaError

log = logging.getLogger("clientdesk.portal")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def prepare_demo(app: FastAPI) -> None:
    """Seed the demo data set if the database is empty."""
    with app.state.database.sessions() as db:
        if not has_demo_data(db):
            log.info("seeding demo data")
            seed_demo(db)


class BackgroundPortal:
    """A real portal server on loopback, running in a daemon thread with its own event loop."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.host, self.port = self._socket.getsockname()[:2]
        # forwarded headers are the app's to believe (its trusted proxies), not the server's
        config = uvicorn.Config(
            app, log_level="warning", lifespan="on", access_log=False, proxy_headers=False
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> str:
        self._thread = threading.Thread(target=self._run, name="clientdesk-portal", daemon=True)
        self._thread.start()
        if not self._started.wait(timeout):
            raise RuntimeError("The portal did not start in time")
        if self._error is not None:
            raise RuntimeError(f"The portal could not start: {self._error}") from self._error
        return self.url

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        async def serve() -> None:
            task = asyncio.create_task(self._server.serve(sockets=[self._socket]))
            # uvicorn offers a flag, not an event, for "listening"
            while not self._server.started and not task.done():  # noqa: ASYNC110
                await asyncio.sleep(0.01)
            self._started.set()
            await task

        try:
            loop.run_until_complete(serve())
        except BaseException as exc:  # reported to start()
            self._error = exc
        finally:
            self._started.set()
            loop.close()

    def stop(self, grace: float = 2.0, timeout: float = 10.0) -> None:
        """Stop serving: requests in progress get ``grace`` seconds (a long poll would hold the
        shutdown for its whole wait), then the server exits without waiting for them."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(grace)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(timeout)
        self._socket.close()


def upgrade_demo_database(database_path: Path) -> None:
    """Upgrade the demo database in place; one too old to upgrade is set aside (renamed, never
    deleted) and the demo starts afresh: it holds only demo data."""
    database_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        before, now = upgrade_database(sqlite_url(database_path))
    except SchemaError as exc:
        kept = database_path.with_name(f"{database_path.name}.old")
        log.warning("demo database set aside as %s: %s", kept, exc)
        for suffix in ("", "-wal", "-shm"):
            old = database_path.with_name(database_path.name + suffix)
            if old.exists():
                old.replace(kept.with_name(kept.name + suffix))
        before, now = upgrade_database(sqlite_url(database_path))
    if before != now:
        log.info("demo database upgraded from %s to %s", before or "nothing", now)


def start_demo_portal(database_path: Path) -> BackgroundPortal:
    """The embedded demo: the same portal, on a local SQLite file filled with demo data."""
    upgrade_demo_database(database_path)
    app = create_app(sqlite_url(database_path))
    prepare_demo(app)
    portal = BackgroundPortal(app)
    portal.start()
    return portal
