"""A faulty network between the app and the portal: every request reaches the portal, and the
answers chosen are lost on the way back (a timeout after the portal did the work)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx
import pytest

import app.client_area
from api_client import PortalClient, RetryPolicy

FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01)
TIMED_OUT = "The portal did not answer in time. Check your connection and retry."


@dataclass(frozen=True)
class Sent:
    method: str
    path: str  # under /api/v1
    idempotency_key: str | None


class Faults(httpx.AsyncBaseTransport):
    """Loses the answers to the requests in ``lose``: ``(method, path)`` pairs, or bare paths
    for any method; holds back the answers to those in ``held`` until their event is set."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.lose: set[str | tuple[str, str]] = set()
        self.sent: list[Sent] = []
        self.held: dict[str | tuple[str, str], asyncio.Event] = {}

    def hold(self, what: str | tuple[str, str]) -> asyncio.Event:
        """The answers to ``what`` wait (the portal has already answered) until the returned
        event is set."""
        self.held[what] = event = asyncio.Event()
        return event

    def paths(self, method: str | None = None) -> list[str]:
        return [s.path for s in self.sent if method is None or s.method == method]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        path = request.url.path.removeprefix("/api/v1")
        self.sent.append(Sent(request.method, path, request.headers.get("Idempotency-Key")))
        held = self.held.get(path) or self.held.get((request.method, path))
        if held is not None:
            await held.wait()
        if path in self.lose or (request.method, path) in self.lose:
            await response.aread()
            await response.aclose()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def route_through(monkeypatch: pytest.MonkeyPatch, faults: Faults) -> None:
    """Every client the app makes from now on goes through ``faults``."""
    real = PortalClient

    def client(url: str) -> PortalClient:
        return real(url, retry=FAST, http_transport=faults)

    monkeypatch.setattr(app.client_area, "PortalClient", client)
