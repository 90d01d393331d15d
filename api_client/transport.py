"""The one place where HTTP happens: URL policy, tokens, retries, timeouts and error mapping."""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import logging
import platform
import random
import re
import socket
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TypeVar, overload
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from . import errors
from .models import TokenPair
from .tls import ssl_context

log = logging.getLogger("clientdesk.api")

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({502, 503, 504})
# a refresh whose answer was lost is sent again this many times (the portal's grace window
# answers the previous refresh token with the same new pair)
REFRESH_RETRIES = 1
API_PREFIX = "/api/v1"


def normalize_base_url(url: str) -> str:
    """Check a portal URL and return it without a trailing slash.

    HTTPS is required, except for a portal on this machine (loopback), which may use plain HTTP.
    """
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.InvalidURLError(f"Not a portal address: {url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise errors.InvalidURLError(f"Not a portal address: {url!r}") from exc
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise errors.InsecureURLError(
            f"Plain http:// is only accepted for this machine, not for {parts.hostname!r}"
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    expires_at: float  # time.monotonic() deadline of the access token

    @classmethod
    def from_pair(cls, pair: TokenPair) -> Tokens:
        return cls(pair.access_token, pair.refresh_token, time.monotonic() + pair.expires_in)


TokensListener = Callable[[Tokens | None], None]


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    initial_delay: float = 0.25
    max_delay: float = 8.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        return backoff(attempt, self.initial_delay, self.max_delay)


@dataclass(frozen=True)
class ReconnectPolicy:
    """When a long-lived connection (the chat's WebSocket) that dropped is opened again: with
    no end, after the same backoff as a retried request."""

    initial_delay: float = 0.5
    max_delay: float = 15.0

    def delay(self, attempt: int) -> float:
        return backoff(attempt, self.initial_delay, self.max_delay)


def backoff(attempt: int, initial: float, cap: float) -> float:
    """Doubling from ``initial`` up to ``cap``, with jitter down to half: clients that lost the
    portal together (a restart) do not come back at the same instant."""
    base: float = min(initial * 2 ** min(attempt, 32), cap)  # a day offline: no overflow
    return base * (0.5 + random.random() / 2)


_SYSTEM_NAMES = {"Darwin": "macOS"}
# what device_user_agent writes: "Clientdesk/0.1.0 (Linux 6.1.0; desk-1)"
_DEVICE_AGENT = re.compile(
    r"^Clientdesk/(?P<version>[^ ]+) \((?P<system>[^;]*); (?P<host>[^)]*)\)$"
)


def _header_safe(text: str) -> str:
    """Printable ASCII without the agent's own separators (a header value must be ASCII)."""
    return "".join(c if " " <= c <= "~" and c not in ";()" else "-" for c in text).strip()


@functools.cache
def device_user_agent() -> str:
    """This program's User-Agent: its version, the system and the computer's name, so that the
    portal's list of sessions says which device each one is (as e-mail and bank sites do)."""
    try:
        program = version("clientdesk")
    except PackageNotFoundError:
        program = "0.0.0+source"
    system = _SYSTEM_NAMES.get(platform.system(), platform.system()) or "unknown"
    host = socket.gethostname().split(".")[0][:40]
    return f"Clientdesk/{_header_safe(program)} ({_header_safe(f'{system} {platform.release()}')}; {_header_safe(host)})"


def describe_device(user_agent: str) -> str:
    """The device a session's User-Agent names, for people: "Clientdesk 0.1.0 · Linux 6.1.0 ·
    desk-1" for this program, any other agent as it came ("" when there is none)."""
    found = _DEVICE_AGENT.match(user_agent)
    if found is None:
        return user_agent
    return " · ".join(
        part for part in (f"Clientdesk {found['version']}", found["system"], found["host"]) if part
    )


class Transport:
    """Sends requests to one portal for one signed-in person.

    Holds the tokens; refreshes an expired access token once and replays the request; retries GETs
    on timeouts and 502/503/504 with backoff (honouring ``Retry-After``); never retries a 4xx.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool = True,
        user_agent: str | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.retry = retry or RetryPolicy()
        self._http_options: dict[str, Any] = {
            "base_url": self.base_url + API_PREFIX,
            "timeout": httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            "transport": http_transport,
            "headers": {
                "User-Agent": user_agent or device_user_agent(),
                "Accept": "application/json",
            },
            "follow_redirects": False,
        }
        self._verify = verify
        self._http_client: httpx.AsyncClient | None = None
        self._closed = False
        self._tokens: Tokens | None = None
        self._refresh_lock = asyncio.Lock()
        self._listeners: list[TokensListener] = []
        self._reach_listeners: list[Callable[[bool], None]] = []
        # cleared by ``hold``: reads wait for the next sign-in, changes fail without being sent
        self._signed_in = asyncio.Event()
        self._signed_in.set()

    # ---- tokens ---------------------------------------------------------------------------

    @property
    def tokens(self) -> Tokens | None:
        return self._tokens

    def set_tokens(self, tokens: Tokens | None) -> None:
        self._tokens = tokens
        if tokens is not None:
            self._signed_in.set()
        for listener in list(self._listeners):
            listener(tokens)

    def hold(self) -> None:
        """Until the next sign-in: authenticated reads wait for it, changes raise
        ``NotSentError`` at once (nothing that costs money waits in a queue)."""
        self._signed_in.clear()

    def add_reachability_listener(self, listener: Callable[[bool], None]) -> None:
        """Called with True when the portal answered (any status), False when a request gave up
        because it could not be reached (after its retries)."""
        self._reach_listeners.append(listener)

    def _reached(self, reached: bool) -> None:
        for listener in list(self._reach_listeners):
            listener(reached)

    async def _wait_for_sign_in(self, method: str) -> None:
        if self._signed_in.is_set():
            return
        if method != "GET":
            raise errors.NotSentError("Not signed in yet: nothing was sent")
        await self._signed_in.wait()

    def add_tokens_listener(self, listener: TokensListener) -> None:
        """Called with the new tokens on every sign-in and rotation, with None on sign-out."""
        self._listeners.append(listener)

    async def refresh(self) -> Tokens:
        """Trade the refresh token for a new pair (the old refresh token stops working).

        Only the portal ending the session (a 401) drops the tokens; a timeout or a broken
        connection keeps them, so the same refresh token can be sent again."""
        current = self._tokens
        if current is None:
            raise errors.UnauthorizedError(401, "Not signed in", "not_signed_in")
        async with self._refresh_lock:
            if self._tokens is not current and self._tokens is not None:
                return self._tokens  # another request refreshed while we waited
            try:
                pair = await self.trade_refresh_token(current.refresh_token)
            except errors.UnauthorizedError:
                self.set_tokens(None)
                raise
            tokens = Tokens.from_pair(pair)
            self.set_tokens(tokens)
            return tokens

    async def trade_refresh_token(self, refresh_token: str) -> TokenPair:
        """``POST /auth/refresh``, sent once more when its answer is lost (a timeout, a broken
        connection, 502/503/504): the portal may have rotated the token already, and for a
        short while it gives the previous token that same new pair again."""
        attempt = 0
        while True:
            try:
                return await self.request(
                    "POST",
                    "/auth/refresh",
                    json={"refresh_token": refresh_token},
                    model=TokenPair,
                    auth=False,
                )
            except (errors.ConnectionFailedError, errors.ServerError) as exc:
                retryable = not isinstance(exc, errors.ServerError) or (
                    exc.status_code in RETRYABLE_STATUS
                )
                if not retryable or attempt >= min(REFRESH_RETRIES, self.retry.max_retries):
                    raise
                log.info("refresh answer lost (%s): sending it again", type(exc).__name__)
                await asyncio.sleep(self.retry.delay(attempt, None))
                attempt += 1

    # ---- requests -------------------------------------------------------------------------

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        model: type[T],
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        idempotency_key: str | None = None,
        costs_money: bool = False,
    ) -> T: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        model: None = None,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        idempotency_key: str | None = None,
        costs_money: bool = False,
    ) -> None: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        model: type[T] | None = None,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        idempotency_key: str | None = None,
        costs_money: bool = False,
    ) -> T | None:
        """Send one request and parse the answer into ``model`` (None: no body expected).

        ``costs_money`` marks a change that must never happen twice: it carries an
        ``Idempotency-Key`` (the one given, or a new one) so a replay is recognised by the portal.
        """
        headers: dict[str, str] = {}
        if costs_money or idempotency_key:
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        if isinstance(json, BaseModel):
            json = json.model_dump(mode="json", exclude_unset=True)
        clean_params = {k: v for k, v in (params or {}).items() if v is not None}

        response = await self._send(
            method, path, json=json, params=clean_params, headers=headers, auth=auth
        )
        if model is None or response.status_code == 204:
            return None
        try:
            return TypeAdapter(model).validate_json(response.content)
        except ValidationError as exc:
            raise errors.ServerError(
                response.status_code,
                f"The portal sent an answer this version cannot read: {exc}",
            ) from exc

    async def get_bytes(self, path: str) -> bytes:
        """Fetch a binary document (for example an invoice PDF), under the same token refresh
        and retries as every other request."""
        response = await self._send("GET", path, headers={}, auth=True)
        return response.content

    async def _send(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str],
        auth: bool,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        """The one policy every request goes through: waits for a sign-in, refreshes an expired
        access token once and replays, retries GETs on timeouts and 502/503/504, maps errors.
        Returns a successful response (any status below 400)."""
        if auth:
            await self._wait_for_sign_in(method)
        refreshed = False
        attempt = 0
        while True:
            if auth:
                tokens = self._tokens
                if tokens is None:
                    raise errors.UnauthorizedError(401, "Not signed in", "not_signed_in")
                if tokens.expires_at - time.monotonic() < 5 and not refreshed:
                    tokens = await self.refresh()
                    refreshed = True
                headers["Authorization"] = f"Bearer {tokens.access_token}"
            started = time.perf_counter()
            try:
                response = await self._http.request(
                    method, path, json=json, params=params, headers=headers
                )
            except httpx.TimeoutException as exc:
                log.info("%s %s timed out (attempt %d)", method, path, attempt + 1)
                if method == "GET" and attempt < self.retry.max_retries:
                    await asyncio.sleep(self.retry.delay(attempt, None))
                    attempt += 1
                    continue
                self._reached(False)
                raise errors.RequestTimeoutError(
                    f"The portal did not answer in time: {exc}"
                ) from exc
            except httpx.TransportError as exc:
                log.info(
                    "%s %s failed: %s (attempt %d)", method, path, type(exc).__name__, attempt + 1
                )
                if method == "GET" and attempt < self.retry.max_retries:
                    await asyncio.sleep(self.retry.delay(attempt, None))
                    attempt += 1
                    continue
                self._reached(False)
                raise errors.ConnectionFailedError(f"Cannot reach the portal: {exc}") from exc
            self._reached(True)

            elapsed_ms = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %d (%.0f ms)", method, path, response.status_code, elapsed_ms)

            status = response.status_code
            if status in RETRYABLE_STATUS and method == "GET" and attempt < self.retry.max_retries:
                await asyncio.sleep(self.retry.delay(attempt, _retry_after(response)))
                attempt += 1
                continue
            if status == 401 and auth and not refreshed and self._tokens is not None:
                await self.refresh()
                refreshed = True
                continue
            if status >= 400:
                raise _error_from(response)
            return response

    @property
    def _http(self) -> httpx.AsyncClient:
        """Made on the first request, not with the transport: building its TLS context (the
        system's certificates, see ``tls``) takes tens of milliseconds, which a window shown from the local
        cache need not wait for. Made on the loop that uses it, too."""
        if self._http_client is None:
            if self._closed:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            verify = ssl_context() if self._verify else False
            self._http_client = httpx.AsyncClient(**self._http_options, verify=verify)
        return self._http_client

    async def aclose(self) -> None:
        self._closed = True
        if self._http_client is not None:
            await self._http_client.aclose()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _error_from(response: httpx.Response) -> errors.APIStatusError:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    detail = body.get("detail") if isinstance(body, dict) else None
    code = str(body.get("code", "")) if isinstance(body, dict) else ""

    if status == 422:
        fields: dict[str, list[tuple[str, str]]] = {}
        items = detail if isinstance(detail, list) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            loc = [part for part in item.get("loc", []) if part not in ("body", "query", "path")]
            name = ".".join(str(part) for part in loc) or "__all__"
            fields.setdefault(name, []).append(
                (str(item.get("type", "")), str(item.get("msg", "")))
            )
        return errors.ValidationFailedError("Some fields are not valid", fields)
    if status == 429:
        return errors.RateLimitedError(
            str(detail or "Too many requests"), _retry_after(response), code or "rate_limited"
        )
    message = detail if isinstance(detail, str) else response.reason_phrase
    return errors.error_class_for(status)(status, message, code)
