"""How many requests a process works on at once, so that a burst queues instead of failing.

A request handled by FastAPI's sync dependencies and endpoint takes a database connection at its
first query and keeps it across several hops through the worker threads. With more requests in
flight than connections, the ones holding a connection wait for a thread while the threads are
taken by requests waiting for a connection: every request then waits out the pool's timeout (the
plain-text 500s seen at 100 in flight). Admitting at most as many requests as the pool has
connections breaks that circle: the others wait here, in the event loop, holding nothing; one
that waits longer than ``queue_timeout`` gets a JSON 503 with ``Retry-After``.

Long polls (which give their connection back while they wait) and WebSockets are not counted:
they take a connection only inside one thread hop at a time, from the pool's overflow.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import BUSY, BUSY_RETRY_AFTER_S


def _waits(scope: Scope) -> bool:
    """A long poll: ``GET .../events?wait=N`` with N > 0."""
    if not scope["path"].endswith("/events"):
        return False
    query = scope.get("query_string", b"").decode("latin-1")
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if name == "wait":
            try:
                return float(value) > 0
            except ValueError:
                return False
    return False


class Admission:
    def __init__(self, app: ASGIApp, limit: int, queue_timeout: float) -> None:
        self.app = app
        self.limit = limit
        self.queue_timeout = queue_timeout
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _waits(scope):
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # made on the server's loop
            self._slots = asyncio.Semaphore(self.limit)
        try:
            await asyncio.wait_for(self._slots.acquire(), self.queue_timeout)
        except TimeoutError:
            await _busy(send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self._slots.release()


async def _busy(send: Send) -> None:
    body = json.dumps(BUSY).encode()
    headers: list[Any] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", str(BUSY_RETRY_AFTER_S).encode()),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body})
