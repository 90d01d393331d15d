"""Events posted by the WHMCS hook file (``deploy/whmcs/clientdesk_events.php``): checking them.

The hook signs each body with HMAC-SHA256 over ``"<timestamp>.<body>"`` with a secret shared
with the portal, and sends ``X-Clientdesk-Timestamp`` and ``X-Clientdesk-Signature:
sha256=<hex>``. :func:`verify_event` refuses a wrong or missing signature and a timestamp more
than :data:`TOLERANCE_SECONDS` away from the portal's clock (a replayed old event), and returns
the event. :mod:`portal.routes.whmcs_events` receives them and raises the portal's alerts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any

from api_client.models import AlertEvent

TIMESTAMP_HEADER = "X-Clientdesk-Timestamp"
SIGNATURE_HEADER = "X-Clientdesk-Signature"
TOLERANCE_SECONDS = 300


# EventRefused.code: why, as the route answers it
NOT_CONFIGURED = "events_not_configured"
BAD_SIGNATURE = "bad_signature"
STALE = "stale_event"
NOT_AN_EVENT = "bad_event"

MAX_ID_LENGTH = 64


class EventRefused(Exception):
    """The event is not from the hook file, or too old: ``reason`` says which, for the log;
    ``code`` is one of the constants above."""

    def __init__(self, reason: str, code: str = BAD_SIGNATURE) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class HookEvent:
    id: str
    event: AlertEvent
    whmcs_hook: str
    data: dict[str, Any]
    occurred_at: str = ""


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """What the hook file's ``clientdesk_events_sign`` computes (hex)."""
    message = timestamp.encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify_event(
    secret: str,
    timestamp: str | None,
    signature_header: str | None,
    body: bytes,
    *,
    now: float | None = None,
) -> HookEvent:
    if not secret:
        raise EventRefused("no events secret is set: every event is refused", NOT_CONFIGURED)
    if not timestamp or not timestamp.isdigit():
        raise EventRefused("no timestamp")
    scheme, _, digest = (signature_header or "").partition("=")
    if scheme != "sha256" or not digest:
        raise EventRefused("no signature")
    # the signature first, in constant time: the timestamp is only believed once it is signed
    if not hmac.compare_digest(digest.lower(), signature(secret, timestamp, body)):
        raise EventRefused("wrong signature")
    if abs((time.time() if now is None else now) - int(timestamp)) > TOLERANCE_SECONDS:
        raise EventRefused("the timestamp is too far from the portal's clock", STALE)
    try:
        parsed = json.loads(body)
        event = HookEvent(
            id=str(parsed["id"]),
            event=AlertEvent(parsed["event"]),
            whmcs_hook=str(parsed.get("whmcs_hook", ""))[:40],
            data=dict(parsed.get("data") or {}),
            occurred_at=str(parsed.get("occurred_at", "")),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise EventRefused(f"not an event: {type(exc).__name__}", NOT_AN_EVENT) from exc
    if not event.id or len(event.id) > MAX_ID_LENGTH:
        raise EventRefused("not an event: its id is empty or too long", NOT_AN_EVENT)
    return event
