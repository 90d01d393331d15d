"""Round trips: what the desktop asks a real portal for when it opens an account, counted where
the portal receives it (an ASGI middleware in front of the test's portal), with each request's
arrival and end, its method, path and query, and the TCP connection it came on."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import pytest
from fastapi import FastAPI
from pytestqt.qtbot import QtBot

from portal.server import BackgroundPortal

from .conftest import Desktop
from .test_client_area import sign_in
from .test_reseller import idle

ACCOUNT = "/api/v1/accounts/1"
OVERVIEW = f"{ACCOUNT}/overview"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass
class Seen:
    method: str
    path: str
    query: str
    peer: tuple[str, int]  # the client's address and port: one per TCP connection
    started: float
    ended: float | None = None
    status: int = 0


class Counter:
    """Every HTTP request the portal receives, in the order they arrive."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app
        self.seen: list[Seen] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        seen = Seen(
            scope["method"],
            scope["path"],
            scope["query_string"].decode(),
            tuple(scope["client"]),
            time.monotonic(),
        )
        with self._lock:
            self.seen.append(seen)

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen.status = int(message["status"])
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                seen.ended = time.monotonic()

        await self.app(scope, receive, sending)

    def since(self, index: int) -> list[Seen]:
        with self._lock:
            return list(self.seen[index:])

    def index_of(self, method: str, path: str) -> int:
        with self._lock:
            return next(i for i, s in enumerate(self.seen) if (s.method, s.path) == (method, path))


def long_poll(request: Seen) -> bool:
    """The events feed waiting for what has not happened yet (``?wait=``): no data of the
    screen is in it, so it is no round trip the screen waits for."""
    wait = parse_qs(request.query).get("wait", ["0"])[0]
    return request.path.endswith("/events") and float(wait) > 0


def depth(requests: list[Seen]) -> int:
    """The longest chain of requests each sent after the one before it had been answered: the
    round trips one after the other (requests in flight together count once). The events
    feed's long poll is left out (``long_poll``)."""
    requests = [r for r in requests if not long_poll(r)]
    chain: dict[int, int] = {}
    for i, request in enumerate(requests):
        before = [
            chain[j]
            for j, earlier in enumerate(requests[:i])
            if earlier.ended is not None and earlier.ended <= request.started
        ]
        chain[i] = 1 + max(before, default=0)
    return max(chain.values(), default=0)


@dataclass
class CountedPortal:
    server: BackgroundPortal
    counter: Counter

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture
def counted(portal_app: FastAPI) -> Iterator[CountedPortal]:
    counter = Counter(portal_app)
    server = BackgroundPortal(counter)  # type: ignore[arg-type]
    server.app = portal_app
    server.start()
    yield CountedPortal(server, counter)
    server.stop()


def open_and_settle(desktop: Desktop, qtbot: QtBot, counted: CountedPortal) -> list[Seen]:
    """Sign in and wait until the first screen is filled and nothing is in flight any more;
    the requests after the sign-in's own ``POST /auth/login``."""
    sign_in(desktop, qtbot, counted.url)
    window, tab = desktop.window, desktop.window.dashboard_tab
    idle(
        desktop,
        lambda: (
            window.services_tab.model.rowCount() == 6
            and tab.counts["active_services"].text() != "—"
            and tab.months
            and tab.attention_model.rowCount() > 0
        ),
    )
    login = counted.counter.index_of("POST", "/api/v1/auth/login")
    return counted.counter.since(login + 1)


def test_opening_an_account_takes_two_round_trips_after_the_sign_in(
    desktop: Desktop, qtbot: QtBot, counted: CountedPortal
) -> None:
    after = open_and_settle(desktop, qtbot, counted)
    described = [f"{s.method} {s.path} {s.status}" for s in after]
    assert depth(after) <= 2, described
    # who the person is, then the account's first screen in one answer (and, perhaps already,
    # the events feed waiting for what happens next)
    screen = [(s.method, s.path, s.status) for s in after if not long_poll(s)]
    assert screen == [("GET", "/api/v1/me", 200), ("GET", OVERVIEW, 200)], described
    assert len(after) <= 3, described
