"""Until a held sign-in is confirmed, reads wait for it and changes are never sent (nothing that
costs money waits in a queue); every answer and every give-up is reported for the connection
state."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from api_client import PortalClient, RetryPolicy, errors
from api_client.transport import Tokens

FAST = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001)


def test_held_reads_wait_for_the_sign_in_and_changes_fail_unsent() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, json=[])

    async def scenario() -> None:
        client = PortalClient(
            "https://portal.example.com", retry=FAST, http_transport=httpx.MockTransport(answer)
        )
        client.hold_until_signed_in()
        account = client.for_account(7)
        read = asyncio.ensure_future(account.services.list())
        with pytest.raises(errors.NotSentError):
            await account.billing.pay(1, 2, idempotency_key="k")
        await asyncio.sleep(0.01)
        assert not read.done() and sent == [], "nothing went out before the sign-in"

        client._t.set_tokens(Tokens("access", "refresh", expires_at=1e18))
        assert await read == []
        assert sent == ["GET /api/v1/accounts/7/services"], "the payment was never sent later"
        await client.aclose()

    asyncio.run(scenario())


def test_answers_and_give_ups_are_reported() -> None:
    up = [True]

    def answer(request: httpx.Request) -> httpx.Response:
        if not up[0]:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(404, json={"detail": "no"})

    async def scenario() -> list[bool]:
        heard: list[bool] = []
        client = PortalClient(
            "https://portal.example.com", retry=FAST, http_transport=httpx.MockTransport(answer)
        )
        client.on_reachability(heard.append)
        with pytest.raises(errors.NotFoundError):
            await client.health()  # an error answer is still an answer
        up[0] = False
        with pytest.raises(errors.ConnectionFailedError):
            await client.health()
        await client.aclose()
        return heard

    assert asyncio.run(scenario()) == [True, False], "one report per request, after its retries"
