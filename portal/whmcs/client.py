"""An async client of WHMCS's admin API (``<url>/includes/api.php``), smoothing WHMCS's ways.

* One form-encoded POST per action with ``identifier``, ``secret``, optional ``accesskey`` and
  ``responsetype=json`` (WHMCS reference: api/authentication, api/access-control).
* Errors arrive as HTTP 200 with ``result: error`` (some actions say ``status``); a denied
  action can be a 403. Matched on ``result``, never on the text, which varies by version.
* Answers are normalised: flattened keys (``invoices[invoice][0][id]``) become nested values,
  lists under ``<plural>.<singular>`` come out as Python lists however empty ones are written
  (missing, ``""``, ``{}``, ``[]``), and :func:`all_rows` pages through everything (``limitnum``
  defaults to 25: it is always passed).
* https only, except on loopback; at most ``max_in_flight`` calls at once (WHMCS documents no
  rate limits: the portal throttles itself).

It imports no portal module, so it can be used and tested on its own.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

import httpx

from api_client.tls import ssl_context

log = logging.getLogger("clientdesk.portal.whmcs")

Answer = dict[str, Any]
Params = Mapping[str, str | int | bool | None]

DEFAULT_PAGE = 100  # rows asked per call when paging (WHMCS's own default is 25)
_KEY_PART = re.compile(r"\[([^\[\]]*)\]")


class WhmcsError(Exception):
    """WHMCS answered ``result: error``. ``message`` is WHMCS's text, for logs only."""

    def __init__(self, action: str, message: str) -> None:
        super().__init__(f"{action}: {message}")
        self.action = action
        self.message = message


class WhmcsCredentialsRefused(WhmcsError):
    """The portal's credential (identifier/secret, access key or IP) was refused: the host's
    configuration is wrong, not the customer's request."""


class WhmcsActionDenied(WhmcsError):
    """HTTP 403: the credential's API role does not allow this action."""


class WhmcsUnavailable(WhmcsError):
    """WHMCS could not be reached, timed out, or answered something that is not its JSON.
    ``sent``: the request may have reached WHMCS (a write may have been made)."""

    def __init__(self, action: str, message: str, *, sent: bool = True) -> None:
        super().__init__(action, message)
        self.sent = sent


# messages seen for a refused credential (WHMCS-API.md); the API says nothing more specific
_CREDENTIAL_MESSAGES = ("authentication failed", "invalid ip", "invalid or missing credentials")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def api_url(base_url: str) -> str:
    """``<base>/includes/api.php``; refuses a plain-http address that is not loopback."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"not a WHMCS address: {base_url!r} (e.g. https://billing.example.com)")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            "WHMCS must be reached over https (plain http only on loopback): the API carries "
            "the credential and every customer's data"
        )
    return base_url.strip().rstrip("/") + "/includes/api.php"


def unflatten(answer: Mapping[str, Any]) -> Answer:
    """``{"a[b][0][c]": 1}`` as ``{"a": {"b": [{"c": 1}]}}``; keys without brackets unchanged.
    Dictionaries whose keys are all 0..n-1 become lists."""
    nested: Answer = {}
    for key, value in answer.items():
        head, _, rest = key.partition("[")
        parts = [head, *_KEY_PART.findall("[" + rest)] if rest else [key]
        target = nested
        for part in parts[:-1]:
            inner = target.get(part)
            if not isinstance(inner, dict):
                inner = {}
                target[part] = inner
            target = inner
        target[parts[-1]] = value
    return _lists(nested)  # type: ignore[no-any-return]


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        converted = {key: _lists(inner) for key, inner in value.items()}
        keys = list(converted)
        if (
            keys
            and all(k.isdigit() for k in keys)
            and sorted(map(int, keys)) == list(range(len(keys)))
        ):
            return [converted[str(n)] for n in range(len(keys))]
        return converted
    if isinstance(value, list):
        return [_lists(inner) for inner in value]
    return value


def rows(answer: Mapping[str, Any], plural: str, singular: str | None = None) -> list[Answer]:
    """The rows of a list answer: ``answer[plural][singular]`` (or ``answer[plural]`` for the
    flat lists of GetUsers and GetPayMethods). An empty list may be missing, ``""``, ``{}`` or
    ``[]``; a list of one may be a lone object."""
    found: Any = answer.get(plural)
    if singular is not None and isinstance(found, dict):
        found = found.get(singular)
    if not found:
        return []
    if isinstance(found, dict):
        return [found]
    if isinstance(found, list):
        return [row for row in found if isinstance(row, dict)]
    return []


# ---- WHMCS's loose values -----------------------------------------------------------------------


def to_int(value: Any, default: int = 0) -> int:
    """``"12"``, ``12``, ``""`` or None (default)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def to_bool(value: Any) -> bool:
    """Flags as booleans, ``"1"``/``"0"``, ``"true"``/``"false"``, ``"on"`` or ``""``."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "on", "yes")


def to_money(value: Any) -> Decimal:
    """``"12.95"`` (never a float); ``""`` is 0."""
    try:
        return Decimal(str(value).strip() or "0")
    except InvalidOperation:
        return Decimal(0)


def to_date(value: Any) -> dt.date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS``; ``0000-00-00`` (WHMCS's empty date) is None."""
    text = str(value or "").strip()[:10]
    if not text or text.startswith("0000"):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def to_datetime(value: Any) -> dt.datetime | None:
    """``YYYY-MM-DD HH:MM:SS`` (WHMCS's server time, taken as UTC); empty is None."""
    text = str(value or "").strip()
    if not text or text.startswith("0000"):
        return None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        day = to_date(text)
        return dt.datetime.combine(day, dt.time(), dt.UTC) if day else None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _form(params: Params) -> dict[str, str]:
    form: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            continue
        form[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return form


class WhmcsClient:
    """One WHMCS installation reached with one API credential. Use it on one event loop, opened
    with ``async with`` (or closed with :meth:`aclose`)."""

    def __init__(
        self,
        base_url: str,
        identifier: str,
        secret: str,
        access_key: str | None = None,
        *,
        timeout: float = 20.0,
        max_in_flight: int = 4,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = api_url(base_url)
        self._credentials = {"identifier": identifier, "secret": secret, "responsetype": "json"}
        if access_key:
            self._credentials["accesskey"] = access_key
        # the host's WHMCS may sit behind the company's own CA: the system's trust store
        # (api_client.tls, with certifi's list as its fallback), as the desktop does
        self._http = httpx.AsyncClient(
            timeout=timeout, transport=transport, follow_redirects=False, verify=ssl_context()
        )
        self._in_flight = asyncio.Semaphore(max_in_flight)

    async def __aenter__(self) -> WhmcsClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, action: str, params: Params | None = None) -> Answer:
        """One action; the answer unflattened, without ``result``. Raises :class:`WhmcsError`
        (or a subclass) when WHMCS says the call failed."""
        form = {**_form(params or {}), "action": action, **self._credentials}
        async with self._in_flight:
            try:
                response = await self._http.post(self.url, data=form)
            except httpx.HTTPError as exc:
                # a connection never made carried nothing to WHMCS
                sent = not isinstance(
                    exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
                )
                raise WhmcsUnavailable(action, f"{type(exc).__name__}: {exc}", sent=sent) from exc
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise WhmcsUnavailable(action, f"HTTP {response.status_code}, not a JSON object")
        outcome = str(body.get("result", body.get("status", ""))).lower()
        message = str(body.get("message", ""))
        if response.status_code == 403:
            if message.lower().startswith(_CREDENTIAL_MESSAGES):
                raise WhmcsCredentialsRefused(action, message)
            raise WhmcsActionDenied(action, message or "Access Denied")
        if response.status_code >= 500:
            raise WhmcsUnavailable(action, f"HTTP {response.status_code}: {message}")
        if outcome != "success":
            if message.lower().startswith(_CREDENTIAL_MESSAGES):
                raise WhmcsCredentialsRefused(action, message)
            raise WhmcsError(action, message or f"result {outcome!r}")
        if "warning" in body:
            log.warning("WHMCS %s: %s", action, body["warning"])
        answer = unflatten(body)
        answer.pop("result", None)
        return answer

    async def all_rows(
        self,
        action: str,
        plural: str,
        singular: str | None,
        params: Params | None = None,
        *,
        page_size: int = DEFAULT_PAGE,
    ) -> list[Answer]:
        """Every row of a list action, paged with ``limitstart``/``limitnum`` until
        ``totalresults`` are read (or a page comes back short)."""
        found: list[Answer] = []
        while True:
            answer = await self.call(
                action, {**(params or {}), "limitstart": len(found), "limitnum": page_size}
            )
            batch = rows(answer, plural, singular)
            found.extend(batch)
            total = to_int(answer.get("totalresults"), len(found))
            if len(batch) < page_size or len(found) >= total:
                return found
