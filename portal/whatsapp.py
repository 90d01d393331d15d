"""The WhatsApp Cloud API as the portal speaks it: the messages it sends, the webhook it receives.

Business-initiated messages: outside the 24-hour customer service window (opened each time the
customer writes to the business) WhatsApp delivers only an approved **template**; inside it, plain
text. Each alert event has a template, ``clientdesk_<event>`` in ``es_AR`` by default, whose body
parameters ``{{1}}``, ``{{2}}``, ... are the event's data in a set order (its text's placeholders,
see :func:`portal.alerts.template_parameters`); a host registers them in Meta's WhatsApp Manager,
or names its own in ``whatsapp_templates``. ``python -m portal.whatsapp`` prints the default ones.

The webhook (``/api/v1/webhooks/whatsapp``) receives the statuses of what was sent (sent,
delivered, read, failed) and the customers' messages, which open the window. Each notification
is signed: ``X-Hub-Signature-256`` is ``sha256=`` and the HMAC-SHA256 of the raw body with the
Meta app's secret.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import threading
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from api_client.models import AlertEvent

DEFAULT_LANGUAGE = "es_AR"
TEMPLATE_PREFIX = "clientdesk_"
WINDOW = dt.timedelta(hours=24)  # the customer service window
STATUSES = ("sent", "delivered", "read", "failed")
# A status never goes back (a late "delivered" after "read" changes nothing); failed ends it.
_RANK = {"": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}
MAX_PARAMETER = 1024  # characters


def _known_event(value: str) -> str:
    if value not in {event.value for event in AlertEvent}:
        known = ", ".join(event.value for event in AlertEvent)
        raise ValueError(f"no alert event {value!r}; the events are: {known}")
    return value


TemplateEvent = Annotated[str, AfterValidator(_known_event)]


class WhatsAppTemplate(BaseModel):
    """An approved message template: its name and language in WhatsApp Manager, and which data of
    the event fill its body's ``{{1}}``, ``{{2}}``, ... in that order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(min_length=1, max_length=512, pattern=r"^[a-z0-9_]+$")]
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")] = DEFAULT_LANGUAGE
    parameters: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        default_factory=list
    )


def digits(phone: str) -> str:
    """A number as WhatsApp writes it (``wa_id``, ``to``): country code and number, digits only."""
    return re.sub(r"\D", "", phone)


def parameter_text(value: str) -> str:
    """A template parameter as the API takes it: one line, no tab, no run of spaces, not empty."""
    text = " ".join(value.split())[:MAX_PARAMETER]
    return text or "-"


def text_message(phone: str, body: str) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": digits(phone),
        "type": "text",
        "text": {"preview_url": False, "body": body[:4096]},
    }


def template_message(
    phone: str, template: WhatsAppTemplate, data: Mapping[str, str]
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": template.name,
        "language": {"code": template.language},
    }
    if template.parameters:
        body["components"] = [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": parameter_text(str(data.get(name, "")))}
                    for name in template.parameters
                ],
            }
        ]
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": digits(phone),
        "type": "template",
        "template": body,
    }


def signature(secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` header Meta sends with ``body``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signed_by(secret: str, body: bytes, header: str | None) -> bool:
    if not secret or not header:
        return False
    given = header.strip().encode("utf-8", "surrogateescape")  # any bytes: compared, not read
    return hmac.compare_digest(signature(secret, body).encode(), given)


# ---- what a webhook notification says ---------------------------------------------------------


@dataclass(frozen=True)
class StatusUpdate:
    message_id: str
    status: str  # sent | delivered | read | failed
    at: dt.datetime
    error: str = ""


@dataclass(frozen=True)
class Inbound:
    phone: str  # digits
    at: dt.datetime


def _when(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(int(str(value)), dt.UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def read_notification(payload: object) -> tuple[list[StatusUpdate], list[Inbound]]:
    """The statuses and the customers' messages of a webhook notification (what is not
    understood is left out: Meta sends other fields to the same URL)."""
    statuses: list[StatusUpdate] = []
    inbound: list[Inbound] = []
    if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
        return statuses, inbound
    for entry in _dicts(payload.get("entry")):
        for change in _dicts(entry.get("changes")):
            value = change.get("value")
            if change.get("field") != "messages" or not isinstance(value, dict):
                continue
            for status in _dicts(value.get("statuses")):
                at = _when(status.get("timestamp"))
                message_id, state = status.get("id"), status.get("status")
                if isinstance(message_id, str) and state in STATUSES and at is not None:
                    errors = _dicts(status.get("errors"))
                    error = ""
                    if errors:
                        first = errors[0]
                        error = f"{first.get('code', '')} {first.get('title', '')}".strip()
                    statuses.append(StatusUpdate(message_id, str(state), at, error[:400]))
            for message in _dicts(value.get("messages")):
                at = _when(message.get("timestamp"))
                sender = message.get("from")
                if isinstance(sender, str) and digits(sender) and at is not None:
                    inbound.append(Inbound(digits(sender), at))
    return statuses, inbound


def moves_forward(current: str, new: str) -> bool:
    return _RANK.get(new, 0) > _RANK.get(current, 0)


# ---- the customer service window --------------------------------------------------------------
#
# When each customer last wrote, per database. Kept in this process's memory: the portal's schema
# has no column for it yet (a migration adding one is due). Where it is not known — another
# process received the message, or the process restarted — the alert goes as a template, which
# WhatsApp always delivers: the window only allows the plainer text message.

_windows: weakref.WeakKeyDictionary[Engine, dict[str, dt.datetime]] = weakref.WeakKeyDictionary()
_windows_lock = threading.Lock()


def _engine(db: Session) -> Engine:
    bind = db.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def customer_wrote(db: Session, phone: str, at: dt.datetime, now: dt.datetime) -> None:
    """Note that ``phone`` wrote to the business at ``at`` (from the webhook)."""
    with _windows_lock:
        known = _windows.setdefault(_engine(db), {})
        for number, when in list(known.items()):
            if now - when >= WINDOW:
                del known[number]
        key = digits(phone)
        if now - at < WINDOW and at > known.get(key, dt.datetime.min.replace(tzinfo=dt.UTC)):
            known[key] = at


def customer_wrote_at(db: Session, phone: str) -> dt.datetime | None:
    with _windows_lock:
        return _windows.get(_engine(db), {}).get(digits(phone))


def window_open(db: Session, phone: str, now: dt.datetime) -> bool:
    """Whether ``phone`` wrote in the last 24 hours, so a plain text message may be sent."""
    wrote = customer_wrote_at(db, phone)
    return wrote is not None and dt.timedelta(0) <= now - wrote < WINDOW


if __name__ == "__main__":  # the default templates, to create in WhatsApp Manager
    from .alerts import template_body, template_parameters

    for event in AlertEvent:
        parameters = ", ".join(
            f"{{{{{n}}}}} = {name}" for n, name in enumerate(template_parameters(event), 1)
        )
        print(f"{TEMPLATE_PREFIX}{event.value} ({DEFAULT_LANGUAGE}, utility)")
        print(f"  {template_body(event)}")
        print(f"  {parameters}\n")
