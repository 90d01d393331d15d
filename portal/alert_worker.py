"""Delivers the alerts outbox: e-mail over SMTP, WhatsApp through the WhatsApp Cloud API.

Each ``alert_deliveries`` row (one event, one channel) is delivered at most once by a worker:

1. it is claimed with a conditional UPDATE (only if nobody holds it), committed;
2. the message is sent;
3. the delivery is marked delivered, and an e-mail is added to the account's e-mails received,
   in one transaction.

A failure leaves the row pending with ``attempts`` + 1 and ``next_attempt_at`` pushed back
exponentially (never given up: nothing is lost). Two workers cannot send the same row at the same
time (the claim). A crash between sending and step 3 leaves the claim to expire and the message
is sent again: a receiver without idempotency can then see it twice, the only such window.

WhatsApp: outside the customer's 24-hour window the alert is the event's approved template
(``WhatsAppSettings.template_for``), inside it plain text; the id the Cloud API gives the message
is kept in ``provider_id``, and the webhook (:mod:`portal.routes.alerts`) records its statuses.

The desktop channel is the events feed (``GET /accounts/{id}/events``), which needs no delivery.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import logging
import smtplib
import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any, Literal

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from api_client.models import AlertEvent
from api_client.tls import ssl_context

from .alerts import (
    EMAIL,
    WHATSAPP,
    account_language,
    category_of,
    data_names,
    email_recipients,
    render,
    template_parameters,
    whatsapp_phone,
)
from .mailbox import as_html, record_email
from .settings import PortalSettings
from .tables import AlertDeliveryRow, AlertOutboxRow, utcnow
from .whatsapp import (
    DEFAULT_LANGUAGE,
    TEMPLATE_PREFIX,
    WhatsAppTemplate,
    template_message,
    text_message,
    window_open,
)
from .wording import language_of, readable

log = logging.getLogger("clientdesk.portal.alerts")


SmtpSecurity = Literal["starttls", "tls", "none"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the SMTP server. ``security``: ``starttls`` (port 587: the session is
    upgraded before anything is sent, and a server that does not offer STARTTLS is refused),
    ``tls`` (implicit TLS, port 465) or ``none`` (a relay on loopback only). The server's
    certificate is always verified, against the system's CAs or ``ca_file``."""

    host: str = "127.0.0.1"
    port: int = 587
    sender: str = "LatinHost <avisos@latinhost.com.ar>"
    username: str = ""
    password: str = field(default="", repr=False)
    security: SmtpSecurity = "starttls"
    ca_file: str | None = None
    timeout_s: float = 10.0

    def __post_init__(self) -> None:
        if self.security not in ("starttls", "tls", "none"):
            raise ValueError(f"unknown SMTP security {self.security!r}")
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError("SMTP without TLS is allowed only for a relay on loopback")

    def tls_context(self) -> ssl.SSLContext:
        """Verifies the server's certificate and name (``ca_file``: a CA bundle of its own)."""
        return ssl.create_default_context(cafile=self.ca_file)


@dataclass(frozen=True)
class WhatsAppSettings:
    """The Cloud API's phone number and token, and the approved template of each event:
    ``templates`` names some (event value -> template); the others are ``clientdesk_<event>``
    in ``template_language`` with the default parameters."""

    base_url: str = "https://graph.facebook.com/v19.0"
    phone_number_id: str = ""
    token: str = field(default="", repr=False)
    timeout_s: float = 10.0
    templates: Mapping[str, WhatsAppTemplate] = field(default_factory=dict)
    template_language: str = DEFAULT_LANGUAGE

    def __post_init__(self) -> None:
        for event, template in self.templates.items():
            unknown = set(template.parameters) - data_names(AlertEvent(event))
            if unknown:
                raise ValueError(
                    f"the WhatsApp template of {event} names data the event does not have: "
                    f"{', '.join(sorted(unknown))} (it has: "
                    f"{', '.join(sorted(data_names(AlertEvent(event))))})"
                )

    def template_for(self, event: AlertEvent) -> WhatsAppTemplate:
        chosen = self.templates.get(event.value)
        if chosen is not None:
            return chosen
        return WhatsAppTemplate(
            name=f"{TEMPLATE_PREFIX}{event.value}",
            language=self.template_language,
            parameters=template_parameters(event),
        )


@dataclass(frozen=True)
class AlertDelivery:
    """Where alerts go. ``create_app(alert_delivery=...)`` runs the worker in the background."""

    smtp: SmtpSettings | None = None
    whatsapp: WhatsAppSettings | None = None
    interval_s: float = 5.0
    backoff_initial_s: float = 30.0
    backoff_max_s: float = 3600.0
    claim_s: float = 120.0

    @classmethod
    def from_settings(cls, settings: PortalSettings) -> AlertDelivery | None:
        """E-mail when ``smtp_host`` is set, WhatsApp when ``whatsapp_phone_number_id`` is;
        None (no worker) when neither is."""
        smtp = None
        if settings.smtp_host:
            smtp = SmtpSettings(
                host=settings.smtp_host,
                port=settings.smtp_port,
                sender=settings.smtp_from,
                username=settings.smtp_user,
                password=settings.smtp_password.get_secret_value(),
                security=settings.smtp_security,
                ca_file=str(settings.smtp_ca_file) if settings.smtp_ca_file else None,
            )
        whatsapp = None
        if settings.whatsapp_phone_number_id:
            whatsapp = WhatsAppSettings(
                base_url=settings.whatsapp_base_url,
                phone_number_id=settings.whatsapp_phone_number_id,
                token=settings.whatsapp_token.get_secret_value(),
                templates=dict(settings.whatsapp_templates),
                template_language=settings.whatsapp_template_language,
            )
        if smtp is None and whatsapp is None:
            return None
        return cls(smtp=smtp, whatsapp=whatsapp)


class DeliveryError(Exception):
    """A channel refused or failed: the delivery is retried later."""


def send_email(settings: SmtpSettings, to: list[str], subject: str, text: str, html: str) -> None:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    try:
        if settings.security == "tls":
            connection: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                timeout=settings.timeout_s,
                context=settings.tls_context(),
            )
        else:
            connection = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
        with connection as smtp:
            if settings.security == "starttls":
                smtp.starttls(context=settings.tls_context())  # refused if not offered
            if settings.username:
                smtp.login(settings.username, settings.password)
            smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:  # ssl.SSLError is an OSError
        raise DeliveryError(f"SMTP: {type(exc).__name__}: {exc}") from exc


def send_whatsapp(settings: WhatsAppSettings, message: Mapping[str, Any]) -> str:
    """POST one message (:func:`portal.whatsapp.text_message` or ``template_message``); returns
    the id WhatsApp gave it (``wamid...``), which its status notifications carry."""
    url = f"{settings.base_url.rstrip('/')}/{settings.phone_number_id}/messages"
    try:
        response = httpx.post(
            url,
            json=dict(message),
            headers={"Authorization": f"Bearer {settings.token}"},
            timeout=settings.timeout_s,
            verify=ssl_context(),  # the system's trust store, as the WHMCS client and the desktop
        )
    except httpx.HTTPError as exc:
        raise DeliveryError(f"WhatsApp: {type(exc).__name__}") from exc
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if response.status_code >= 300:
        error = answer.get("error") if isinstance(answer, dict) else None
        detail = ""
        if isinstance(error, dict):
            detail = f" ({error.get('code', '')}: {error.get('message', '')})"
        raise DeliveryError(f"WhatsApp: HTTP {response.status_code}{detail}")
    messages = answer.get("messages") if isinstance(answer, dict) else None
    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
        return str(messages[0].get("id", ""))[:200]
    log.warning("WhatsApp accepted a message without giving its id")
    return ""


def _due(db: Session, now: dt.datetime, limit: int) -> list[int]:
    return list(
        db.scalars(
            select(AlertDeliveryRow.id)
            .where(
                AlertDeliveryRow.delivered_at.is_(None),
                AlertDeliveryRow.next_attempt_at <= now,
                or_(
                    AlertDeliveryRow.claimed_until.is_(None),
                    AlertDeliveryRow.claimed_until < now,
                ),
            )
            .order_by(AlertDeliveryRow.next_attempt_at, AlertDeliveryRow.id)
            .limit(limit)
        )
    )


def _claim(db: Session, delivery_id: int, now: dt.datetime, until: dt.datetime) -> bool:
    result = db.execute(
        update(AlertDeliveryRow)
        .where(
            AlertDeliveryRow.id == delivery_id,
            AlertDeliveryRow.delivered_at.is_(None),
            or_(AlertDeliveryRow.claimed_until.is_(None), AlertDeliveryRow.claimed_until < now),
        )
        .values(claimed_until=until)
        .execution_options(synchronize_session=False)
    )
    db.commit()
    return bool(getattr(result, "rowcount", 0) == 1)


def deliver_pending(
    db: Session,
    *,
    smtp: SmtpSettings | None = None,
    whatsapp: WhatsAppSettings | None = None,
    settings: AlertDelivery | None = None,
    now: dt.datetime | None = None,
    limit: int = 100,
) -> int:
    """Deliver what is due; returns how many deliveries succeeded. A channel without settings
    is left pending (delivered once configured)."""
    config = settings or AlertDelivery(smtp=smtp, whatsapp=whatsapp)
    smtp = smtp or config.smtp
    whatsapp = whatsapp or config.whatsapp
    now = now or utcnow()
    delivered = 0
    for delivery_id in _due(db, now, limit):
        row = db.get(AlertDeliveryRow, delivery_id)
        if row is None:
            continue
        if (row.channel == EMAIL and smtp is None) or (
            row.channel == WHATSAPP and whatsapp is None
        ):
            continue
        if not _claim(db, delivery_id, now, now + dt.timedelta(seconds=config.claim_s)):
            continue  # another worker holds it
        db.refresh(row)
        outbox = db.get(AlertOutboxRow, row.outbox_id)
        if outbox is None:
            continue
        event = AlertEvent(outbox.event)
        data = json.loads(outbox.data or "{}")
        language = account_language(db, outbox.client_id)
        title, text = render(event, data, language)
        provider_id = ""
        try:
            if row.channel == EMAIL:
                assert smtp is not None
                recipients = email_recipients(db, outbox.client_id, category_of(event))
                if not recipients:
                    raise DeliveryError("no recipient")
                footer = "Client area" if language == "en" else "Área de clientes"
                body = f"{text}\n\n--\nLatinHost - {footer}"
                html = as_html(title, body)
                send_email(smtp, recipients, title, body, html)
                record_email(
                    db,
                    outbox.client_id,
                    recipients,
                    title,
                    body,
                    body_html=html,
                    category=category_of(event),
                )
            else:
                assert whatsapp is not None
                phone = whatsapp_phone(db, outbox.client_id)
                if not phone:
                    raise DeliveryError("no WhatsApp number")
                if window_open(db, phone, now):  # the customer wrote lately: plain text
                    message = text_message(phone, f"*{title}*\n{text}")
                else:  # a business-initiated message: only an approved template
                    template = whatsapp.template_for(event)
                    message = template_message(
                        phone, template, readable(data, language_of(template.language))
                    )
                provider_id = send_whatsapp(whatsapp, message)
        except DeliveryError as exc:
            db.rollback()
            row = db.get(AlertDeliveryRow, delivery_id)
            assert row is not None
            row.attempts += 1
            wait = min(config.backoff_initial_s * 2 ** (row.attempts - 1), config.backoff_max_s)
            row.next_attempt_at = now + dt.timedelta(seconds=wait)
            row.claimed_until = None
            row.last_error = str(exc)[:500]
            db.commit()
            log.info(
                "alert %d (%s) not delivered, attempt %d: %s",
                delivery_id,
                row.channel,
                row.attempts,
                row.last_error,
            )
            continue
        row.attempts += 1
        row.delivered_at = utcnow()
        row.claimed_until = None
        row.last_error = ""
        row.provider_id = provider_id
        db.commit()
        delivered += 1
    return delivered


async def run_forever(
    sessions: Callable[[], Session], settings: AlertDelivery, stop: asyncio.Event
) -> None:
    """The background loop ``create_app`` starts when alert delivery is configured."""

    def once() -> int:
        with sessions() as db:
            return deliver_pending(db, settings=settings)

    while not stop.is_set():
        try:
            await asyncio.to_thread(once)
        except Exception:
            log.exception("alert delivery failed")
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=settings.interval_s)


@asynccontextmanager
async def delivering_alerts(
    sessions: Callable[[], Session], settings: AlertDelivery | None
) -> AsyncIterator[None]:
    """Runs :func:`run_forever` for the duration of the block when ``settings`` is given."""
    if settings is None:
        yield
        return
    stop = asyncio.Event()
    task = asyncio.create_task(run_forever(sessions, settings, stop), name="alert-delivery")
    try:
        yield
    finally:
        stop.set()
        await task
