"""Every client call that creates something or costs money sends an ``Idempotency-Key``: the
one given (kept by the app across a person's Retry) or a new one, kept across the transport's
own replay after refreshing an expired access token."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from api_client import PortalClient, errors
from api_client.models import (
    BillingCycle,
    CancellationType,
    CardCreate,
    ContactCreate,
    IncidentChange,
    IncidentCreate,
    IncidentImpact,
    IncidentStatus,
    Permission,
    QuoteCreate,
    QuoteLineCreate,
)
from api_client.transport import Tokens

Call = Callable[[PortalClient, str | None], Awaitable[Any]]

CALLS: dict[str, Call] = {
    "ticket": lambda c, k: c.for_account(1).tickets.open(
        department_id=1, subject="s", message="m", idempotency_key=k
    ),
    "ticket reply": lambda c, k: c.for_account(1).tickets.reply(5, "m", idempotency_key=k),
    "staff reply": lambda c, k: c.staff.reply(5, "m", idempotency_key=k),
    "contact": lambda c, k: c.for_account(1).contacts.add(
        ContactCreate(first_name="A", email="a@example.com"), idempotency_key=k
    ),
    "invitation": lambda c, k: c.for_account(1).users.invite(
        "b@example.com", [Permission.TICKETS], idempotency_key=k
    ),
    "card": lambda c, k: c.for_account(1).payment_methods.add(
        CardCreate(number="4111111111111111", exp_month=1, exp_year=2099), idempotency_key=k
    ),
    "chat": lambda c, k: c.for_account(1).chats.open("s", "m", idempotency_key=k),
    "chat message": lambda c, k: c.for_account(1).chats.send(3, "m", idempotency_key=k),
    "staff chat message": lambda c, k: c.staff.chats.send(3, "m", idempotency_key=k),
    "incident": lambda c, k: c.staff.post_incident(
        IncidentCreate(title="t", impact=IncidentImpact.MINOR, message="m"), idempotency_key=k
    ),
    "incident update": lambda c, k: c.staff.update_incident(
        2, IncidentChange(status=IncidentStatus.RESOLVED, message="m"), idempotency_key=k
    ),
    "staff quote": lambda c, k: c.staff.make_quote(
        1,
        QuoteCreate(subject="s", items=[QuoteLineCreate(description="d", unit_price=Decimal(1))]),
        idempotency_key=k,
    ),
    "order": lambda c, k: c.for_account(1).orders.product(
        4, BillingCycle.ANNUALLY, idempotency_key=k
    ),
    "domain renewal": lambda c, k: c.for_account(1).domains.renew(2, 1, idempotency_key=k),
    "payment": lambda c, k: c.for_account(1).billing.pay(7, 1, idempotency_key=k),
    "quote acceptance": lambda c, k: c.for_account(1).quotes.accept(8, idempotency_key=k),
    "upgrade": lambda c, k: c.for_account(1).service_actions.upgrade(9, 4, idempotency_key=k),
    "cancellation": lambda c, k: c.for_account(1).service_actions.cancel(
        9, CancellationType.IMMEDIATE, "pw", idempotency_key=k
    ),
}


def _client(handle: Callable[[httpx.Request], httpx.Response]) -> PortalClient:
    client = PortalClient("https://portal.example.com", http_transport=httpx.MockTransport(handle))
    client._t.set_tokens(Tokens("access-1", "refresh-1", expires_at=1e18))
    return client


@pytest.mark.parametrize("name", list(CALLS))
async def test_each_change_sends_the_key_given_or_a_new_one(name: str) -> None:
    keys: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers.get("Idempotency-Key"))
        return httpx.Response(503, json={"detail": "busy", "code": "x"})  # the answer is moot

    async with _client(handle) as client:
        for key in ("kept-by-the-app", None, None):
            with pytest.raises(errors.ServerError):
                await CALLS[name](client, key)
    assert keys[0] == "kept-by-the-app"
    assert keys[1] and keys[2] and keys[1] != keys[2], "without one, a new key per call"
    assert len(keys) == 3, "a change is never sent again by the transport on its own"


async def test_the_key_survives_the_replay_after_a_token_refresh() -> None:
    seen: list[tuple[str, str | None]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        seen.append((path, request.headers.get("Idempotency-Key")))
        if path.endswith("/auth/refresh"):
            return httpx.Response(
                200, json={"access_token": "access-2", "refresh_token": "r2", "expires_in": 900}
            )
        if request.headers["Authorization"] == "Bearer access-1":
            return httpx.Response(401, json={"detail": "expired", "code": "token_expired"})
        message = {"id": 1, "author_name": "L", "from_staff": False, "body": "m"}
        return httpx.Response(
            201, json={**message, "created_at": dt.datetime.now(dt.UTC).isoformat()}
        )

    async with _client(handle) as client:
        await client.for_account(1).chats.send(3, "m")
    posts = [key for path, key in seen if path.endswith("/messages")]
    assert len(posts) == 2 and posts[0] and posts[0] == posts[1]
