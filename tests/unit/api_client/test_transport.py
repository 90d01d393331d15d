"""Transport edge cases with a mock HTTP transport: retries, timeouts, URL policy, headers."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import Callable

import httpx
import pytest

from api_client import PortalClient, RetryPolicy, errors, normalize_base_url, transport
from api_client.transport import ReconnectPolicy, Tokens

FAST = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.01)


def client_with(handler: httpx.MockTransport, **kwargs: object) -> PortalClient:
    client = PortalClient("https://portal.example.com", retry=FAST, http_transport=handler)
    client._t.set_tokens(Tokens("access-secret", "refresh-secret", expires_at=1e18))
    return client


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://portal.example.com/", "https://portal.example.com"),
        ("portal.example.com", "https://portal.example.com"),
        ("http://127.0.0.1:8780", "http://127.0.0.1:8780"),
        ("http://localhost:9000/base/", "http://localhost:9000/base"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_accepted_urls(url: str, expected: str) -> None:
    assert normalize_base_url(url) == expected


@pytest.mark.parametrize(
    "url", ["http://portal.example.com", "http://10.0.0.5:80", "http://192.168.1.2"]
)
def test_plain_http_refused_off_loopback(url: str) -> None:
    with pytest.raises(errors.InsecureURLError):
        normalize_base_url(url)


@pytest.mark.parametrize("url", ["ftp://x.example", "https://", "https://host:port"])
def test_garbage_urls(url: str) -> None:
    with pytest.raises(errors.InvalidURLError):
        normalize_base_url(url)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the transport waits between attempts (recorded; nothing really waits)."""
    delays: list[float] = []
    real_sleep = asyncio.sleep

    async def record(delay: float) -> None:
        delays.append(delay)
        await real_sleep(0)

    monkeypatch.setattr(transport.asyncio, "sleep", record)
    return delays


async def test_get_retries_503_then_succeeds_waiting_as_retry_after_asks(
    sleeps: list[float],
) -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            return httpx.Response(
                503,
                headers={"Retry-After": str(len(calls))},  # 1 s, then 2 s
                json={"detail": "busy", "code": "x"},
            )
        return httpx.Response(200, json={"status": "ok", "version": "1"})

    policy = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=8.0)
    client = PortalClient(
        "https://portal.example.com", retry=policy, http_transport=httpx.MockTransport(handle)
    )
    async with client:
        assert (await client.health()).status == "ok"
    assert len(calls) == 3
    assert sleeps == [1.0, 2.0], "each retry waits what the portal's Retry-After says"


async def test_retry_after_is_capped_and_without_it_the_backoff_grows(
    sleeps: list[float],
) -> None:
    answers = [
        httpx.Response(503, headers={"Retry-After": "3600"}),  # capped at max_delay
        httpx.Response(502),  # no header: backoff of attempt 1
        httpx.Response(504, headers={"Retry-After": "soon"}),  # unreadable: backoff of attempt 2
        httpx.Response(200, json={"status": "ok", "version": "1"}),
    ]

    def handle(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    policy = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=4.0)
    client = PortalClient(
        "https://portal.example.com", retry=policy, http_transport=httpx.MockTransport(handle)
    )
    async with client:
        await client.health()
    assert len(sleeps) == 3
    assert sleeps[0] == 4.0
    assert 0.5 <= sleeps[1] <= 1.0  # 0.5 * 2**1, with jitter down to half
    assert 1.0 <= sleeps[2] <= 2.0  # 0.5 * 2**2


async def test_binary_downloads_retry_and_refresh_like_every_request(
    sleeps: list[float],
) -> None:
    """``get_bytes`` (invoice PDFs, attachments) goes through the one policy: a 503 is retried,
    a 401 trades the refresh token once and replays with the new access token."""
    seen: list[tuple[str, str | None]] = []
    answers = iter(
        [
            httpx.Response(503),
            httpx.Response(401, json={"detail": "expired", "code": "token_expired"}),
            httpx.Response(200, content=b"%PDF-1.4 ..."),
        ]
    )

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("Authorization")))
        if request.url.path.endswith("/auth/refresh"):
            return httpx.Response(
                200,
                json={
                    "access_token": "new-access",
                    "refresh_token": "new-refresh",
                    "expires_in": 900,
                },
            )
        return next(answers)

    client = client_with(httpx.MockTransport(handle))
    async with client:
        data = await client.for_account(1).billing.invoice_pdf(7)
    assert data == b"%PDF-1.4 ..."
    pdf = "/api/v1/accounts/1/invoices/7/pdf"
    assert seen == [
        (pdf, "Bearer access-secret"),
        (pdf, "Bearer access-secret"),
        ("/api/v1/auth/refresh", None),
        (pdf, "Bearer new-access"),
    ]
    assert len(sleeps) == 1


async def test_get_gives_up_after_max_retries() -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(502)

    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.ServerError):
            await client.health()
    assert len(calls) == 1 + FAST.max_retries


async def test_get_retries_timeouts() -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json={"status": "ok", "version": "1"})

    async with client_with(httpx.MockTransport(handle)) as client:
        await client.health()
    assert len(calls) == 2


async def test_post_is_never_retried_and_4xx_never_retried() -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.method == "POST":
            return httpx.Response(503)
        return httpx.Response(404, json={"detail": "No such account", "code": "not_found"})

    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.ServerError):
            await client._t.request("POST", "/accounts/1/invoices/1/pay", costs_money=True)
        with pytest.raises(errors.NotFoundError) as caught:
            await client.for_account(1).details.get()
    assert len(calls) == 2
    assert caught.value.code == "not_found"
    assert calls[0].headers["Idempotency-Key"]


async def test_timeout_on_post_is_a_typed_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("no answer", request=request)

    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.RequestTimeoutError):
            await client._t.request("POST", "/x", costs_money=True)


async def test_connection_refused_is_a_typed_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.ConnectionFailedError):
            await client.health()


async def test_idempotency_key_given_is_sent_as_is() -> None:
    keys = []

    def handle(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers.get("Idempotency-Key"))
        return httpx.Response(204)

    async with client_with(httpx.MockTransport(handle)) as client:
        await client._t.request("POST", "/pay", idempotency_key="k-1")
        await client._t.request("POST", "/pay", idempotency_key="k-1")
        await client._t.request("POST", "/other")
    assert keys == ["k-1", "k-1", None]


async def test_rate_limit_carries_retry_after() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "42"}, json={"detail": "slow down"})

    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.RateLimitedError) as caught:
            await client.me()
    assert caught.value.retry_after == 42


async def test_unreadable_answer_is_a_server_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": True})

    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.ServerError):
            await client.me()


async def test_new_server_fields_are_tolerated() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "ok", "version": "9", "added_later": [1]})

    async with client_with(httpx.MockTransport(handle)) as client:
        assert (await client.health()).version == "9"


async def test_tokens_never_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer access-secret"
        raise httpx.ConnectError("refused", request=request)

    caplog.set_level(logging.DEBUG)
    async with client_with(httpx.MockTransport(handle)) as client:
        with pytest.raises(errors.ConnectionFailedError):
            await client.me()
    assert "secret" not in caplog.text


def test_api_client_imports_no_qt() -> None:
    code = (
        "import sys, api_client, api_client.client, api_client.models;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'qasync', 'shiboken'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _pair(n: int) -> dict[str, object]:
    return {"access_token": f"access-{n}", "refresh_token": f"refresh-{n}", "expires_in": 900}


async def test_a_refresh_whose_answer_is_lost_is_sent_again_with_the_same_token(
    sleeps: list[float],
) -> None:
    sent: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/refresh"):
            sent.append(request.read().decode())
            if len(sent) == 1:  # the portal rotated, but its answer never arrived
                raise httpx.ReadTimeout("answer lost", request=request)
            return httpx.Response(200, json=_pair(2))
        return httpx.Response(200, json={"status": "ok", "version": "1"})

    seen: list[Tokens | None] = []
    async with client_with(httpx.MockTransport(handle)) as client:
        client.on_tokens_changed(seen.append)
        tokens = await client._t.refresh()
    assert len(sent) == 2 and sent[0] == sent[1], "the same refresh token both times"
    assert '"refresh-secret"' in sent[0]
    assert (tokens.access_token, tokens.refresh_token) == ("access-2", "refresh-2")
    assert [t.refresh_token if t else None for t in seen] == ["refresh-2"]


def _times_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("lost", request=request)


def _is_refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


def _gateway_times_out(request: httpx.Request) -> httpx.Response:
    return httpx.Response(504)


@pytest.mark.parametrize("failure", [_times_out, _is_refused, _gateway_times_out])
async def test_a_refresh_that_cannot_reach_the_portal_keeps_the_tokens(
    sleeps: list[float], failure: Callable[[httpx.Request], httpx.Response]
) -> None:
    attempts = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return failure(request)

    seen: list[Tokens | None] = []
    async with client_with(httpx.MockTransport(handle)) as client:
        client.on_tokens_changed(seen.append)
        with pytest.raises((errors.ConnectionFailedError, errors.ServerError)):
            await client._t.refresh()
        assert client.tokens is not None and client.tokens.refresh_token == "refresh-secret"
    assert len(attempts) == 2, "sent once more, then given up"
    assert seen == [], "nobody was told the tokens are gone"


async def test_a_refresh_the_portal_refuses_is_not_sent_again_and_drops_the_tokens() -> None:
    attempts = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(
            401, json={"detail": "The session has ended", "code": "session_ended"}
        )

    seen: list[Tokens | None] = []
    async with client_with(httpx.MockTransport(handle)) as client:
        client.on_tokens_changed(seen.append)
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client._t.refresh()
        assert client.tokens is None
    assert caught.value.code == "session_ended"
    assert len(attempts) == 1
    assert seen == [None]


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("desk-1.oficina.local", "desk-1"),
        ("Compu-de-Martín", "Compu-de-Mart-n"),
        ("a;b(c)", "a-b-c-"),
    ],
)
def test_the_user_agent_names_the_device_in_a_header_safe_way(
    monkeypatch: pytest.MonkeyPatch, host: str, shown: str
) -> None:
    monkeypatch.setattr(transport.socket, "gethostname", lambda: host)
    transport.device_user_agent.cache_clear()
    try:
        agent = transport.device_user_agent()
        agent.encode("ascii")  # a header value: ASCII only
        device = transport.describe_device(agent)
        assert device.startswith("Clientdesk ") and device.endswith(f" · {shown}")
    finally:
        transport.device_user_agent.cache_clear()
    assert transport.describe_device("Mozilla/5.0 (X11)") == "Mozilla/5.0 (X11)"
    assert transport.describe_device("") == ""


def test_reconnecting_backs_off_with_jitter_like_a_retried_request() -> None:
    policy = ReconnectPolicy(initial_delay=0.5, max_delay=15.0)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (5, 15.0), (30, 15.0), (5000, 15.0)]:
        delays = {policy.delay(attempt) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1, "jittered, so clients dropped together do not return together"
    retry = RetryPolicy(initial_delay=0.5, max_delay=15.0)
    assert all(0.5 <= retry.delay(2, None) <= 2.0 for _ in range(20))
