"""Alerts: which events notify by e-mail / WhatsApp / desktop, the alerts raised and how each was
delivered, the desktop's events feed, and the WhatsApp Cloud API's webhook."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from api_client.models import (
    AccountEvent,
    AccountEvents,
    AlertChannels,
    AlertDeliveryStatus,
    AlertEvent,
    AlertPreferences,
    AlertPreferencesUpdate,
    DeliveryChannel,
    DeliveryStatus,
    Page,
    Permission,
    SentAlert,
)

from ..alerts import E164, WHATSAPP, Channels, channels_for, render, whatsapp_phone
from ..audit import record
from ..auth import DB, MAX_ROW_ID, AccountContext, require
from ..errors import FieldError, PortalHTTPError
from ..fanout import events_topic
from ..paging import Keyset, aware_datetime
from ..routing import PortalRoute
from ..settings import PortalSettings
from ..tables import AlertDeliveryRow, AlertOutboxRow, AlertPreferenceRow, AlertProfileRow, utcnow
from ..whatsapp import customer_wrote, moves_forward, read_notification, signed_by
from ..wording import language_of

router = APIRouter(route_class=PortalRoute, tags=["alerts"])
log = logging.getLogger("clientdesk.portal.alerts")

Profile = Annotated[AccountContext, Depends(require(Permission.PROFILE))]

MAX_WAIT_S = 30.0
FEED_LIMIT = 100


def preferences(db: DB, client_id: int) -> AlertPreferences:
    return AlertPreferences(
        whatsapp_phone=whatsapp_phone(db, client_id),
        events=[
            AlertChannels(event=event, email=c.email, whatsapp=c.whatsapp, desktop=c.desktop)
            for event, c in channels_for(db, client_id).items()
        ],
    )


@router.get("/accounts/{account_id}/alerts", response_model=AlertPreferences)
def get_alerts(ctx: Profile, db: DB) -> AlertPreferences:
    """Every event of the seed's list with its channels (e-mail and desktop unless chosen)."""
    return preferences(db, ctx.client.id)


@router.put("/accounts/{account_id}/alerts", response_model=AlertPreferences)
def update_alerts(body: AlertPreferencesUpdate, ctx: Profile, db: DB) -> AlertPreferences:
    """Change the WhatsApp number and/or some events' channels (events not sent keep theirs).

    Errors (422): ``phone_not_e164`` on ``whatsapp_phone`` (must look like +5491155550000, or be
    empty); ``phone_required`` on ``whatsapp_phone`` (an event notifies by WhatsApp and there
    is no number); ``duplicate_event`` on ``events.N.event`` (an event listed twice).
    """
    listed: set[str] = set()
    for index, item in enumerate(body.events):
        if item.event in listed:
            raise FieldError.one(
                f"events.{index}.event", "duplicate_event", "This event is listed twice"
            )
        listed.add(item.event)
    client_id = ctx.client.id
    phone = whatsapp_phone(db, client_id)
    if body.whatsapp_phone is not None:
        candidate = body.whatsapp_phone.replace(" ", "").replace("-", "")
        if candidate and not E164.match(candidate):
            raise FieldError.one(
                "whatsapp_phone", "phone_not_e164", "Use the international format, e.g. +549..."
            )
        phone = candidate
    current = channels_for(db, client_id)
    for item in body.events:
        current[item.event] = Channels(item.email, item.whatsapp, item.desktop)
    if not phone and any(c.whatsapp for c in current.values()):
        raise FieldError.one(
            "whatsapp_phone", "phone_required", "A WhatsApp number is needed for WhatsApp alerts"
        )
    profile = db.get(AlertProfileRow, client_id)
    if profile is None:
        profile = AlertProfileRow(client_id=client_id, whatsapp_phone=phone)
        db.add(profile)
    profile.whatsapp_phone = phone
    stored = {
        row.event: row
        for row in db.scalars(
            select(AlertPreferenceRow).where(AlertPreferenceRow.client_id == client_id)
        )
    }
    for item in body.events:
        row = stored.get(item.event.value)
        if row is None:
            row = AlertPreferenceRow(client_id=client_id, event=item.event.value)
            db.add(row)
        row.email, row.whatsapp, row.desktop = item.email, item.whatsapp, item.desktop
    changed = ", ".join(item.event.value for item in body.events)
    record(db, client_id, ctx.person.id, "alerts_updated", f"phone={bool(phone)}; {changed}")
    db.commit()
    return preferences(db, client_id)


def _event(row: AlertOutboxRow, language: str) -> AccountEvent:
    event = AlertEvent(row.event)
    data = json.loads(row.data or "{}")
    title, text = render(event, data, language)
    return AccountEvent(
        id=row.id, event=event, title=title, text=text, data=data, created_at=row.created_at
    )


@router.get("/accounts/{account_id}/events", response_model=AccountEvents)
async def account_events(
    ctx: Profile,
    db: DB,
    request: Request,
    after: Annotated[int, Query(ge=0, le=MAX_ROW_ID)] = 0,
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_S)] = 0,
) -> AccountEvents:
    """Events of the account meant for the desktop, oldest first, with an id above ``after``.

    With ``wait`` (seconds, up to 30) and nothing new yet, the answer waits until an event
    arrives or the time is up (long poll). Pass the answer's ``last_id`` as the next ``after``.
    """
    database = request.app.state.database
    safety = request.app.state.settings.wake_safety_seconds
    client_id = ctx.client.id
    language = language_of(ctx.client.language)
    db.close()  # give the connection back while waiting; each poll takes one briefly

    def fetch() -> list[AccountEvent]:
        with database.sessions() as db:
            rows = db.scalars(
                select(AlertOutboxRow)
                .where(
                    AlertOutboxRow.client_id == client_id,
                    AlertOutboxRow.desktop.is_(True),
                    AlertOutboxRow.id > after,
                )
                .order_by(AlertOutboxRow.id)
                .limit(FEED_LIMIT)
            )
            return [_event(row, language) for row in rows]

    deadline = time.monotonic() + wait
    # watching before the first read: an event committed between the read and the wait wakes it
    with database.wakeups.watch(events_topic(client_id)) as watch:
        events = await run_in_threadpool(fetch)
        gone = asyncio.ensure_future(_disconnected(request))
        try:
            while not events and time.monotonic() < deadline and not gone.done():
                # woken by the commit of an event (any process) or the caller leaving, else
                # read again as a safety net
                woken = asyncio.ensure_future(
                    watch.wait(min(safety, max(0.0, deadline - time.monotonic())))
                )
                await asyncio.wait({woken, gone}, return_when=asyncio.FIRST_COMPLETED)
                woken.cancel()
                if not gone.done():
                    events = await run_in_threadpool(fetch)
        finally:
            gone.cancel()
    return AccountEvents(events=events, last_id=events[-1].id if events else after)


def last_event_id(db: Session, client_id: int) -> int:
    """The id the events feed's catch-up walks to (0 when the account has no desktop event):
    a desktop that starts waiting after it skips what happened before it opened."""
    found = db.scalar(
        select(func.max(AlertOutboxRow.id)).where(
            AlertOutboxRow.client_id == client_id, AlertOutboxRow.desktop.is_(True)
        )
    )
    return int(found or 0)


async def _disconnected(request: Request) -> None:
    """Returns when the caller closes its connection (a long poll then stops at once)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


# ---- the alerts raised and their deliveries ---------------------------------------------------

NEWEST_FIRST = Keyset(AlertOutboxRow.created_at, AlertOutboxRow.id, aware_datetime)


def delivery_status(row: AlertDeliveryRow) -> AlertDeliveryStatus:
    """One delivery as the customer sees it: what WhatsApp last said of it, else our side."""
    status, at = DeliveryStatus.PENDING, None
    if row.provider_status in {s.value for s in DeliveryStatus}:
        status, at = DeliveryStatus(row.provider_status), row.provider_status_at
    elif row.delivered_at is not None:
        status, at = DeliveryStatus.SENT, row.delivered_at
    elif row.attempts:
        status = DeliveryStatus.RETRYING
    return AlertDeliveryStatus(
        channel=DeliveryChannel(row.channel), status=status, status_at=at, attempts=row.attempts
    )


@router.get("/accounts/{account_id}/alerts/history", response_model=Page[SentAlert])
def alert_history(
    ctx: Profile,
    db: DB,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[SentAlert]:
    """The alerts raised for the account, newest first (keyset-paged), each with the status of
    its e-mail and WhatsApp deliveries: pending, retrying, sent, and from WhatsApp's
    notifications delivered, read or failed. Errors: 422 ``invalid_cursor`` on ``cursor``."""
    query = (
        select(AlertOutboxRow)
        .where(AlertOutboxRow.client_id == ctx.client.id)
        .options(selectinload(AlertOutboxRow.deliveries))
    )
    rows, next_cursor = NEWEST_FIRST.page(
        list(db.scalars(NEWEST_FIRST.apply(query, cursor, limit))),
        limit,
        lambda row: (row.created_at, row.id),
    )
    items = []
    for row in rows:
        event = AlertEvent(row.event)
        data = json.loads(row.data or "{}")
        items.append(
            SentAlert(
                id=row.id,
                event=event,
                title=render(event, data, ctx.client.language)[0],
                data=data,
                created_at=row.created_at,
                deliveries=[delivery_status(d) for d in row.deliveries],
            )
        )
    return Page[SentAlert](items=items, next_cursor=next_cursor)


# ---- the WhatsApp Cloud API's webhook ---------------------------------------------------------


def _settings(request: Request) -> PortalSettings:
    settings: PortalSettings = request.app.state.settings
    return settings


@router.get("/webhooks/whatsapp", response_class=PlainTextResponse, tags=["webhooks"])
def whatsapp_verification(
    request: Request,
    mode: Annotated[str, Query(alias="hub.mode", max_length=40)] = "",
    token: Annotated[str, Query(alias="hub.verify_token", max_length=500)] = "",
    challenge: Annotated[str, Query(alias="hub.challenge", max_length=500)] = "",
) -> PlainTextResponse:
    """Meta's verification of the callback URL: with ``hub.mode=subscribe`` and the
    ``whatsapp_verify_token`` setting as ``hub.verify_token``, the answer is ``hub.challenge``.
    Anything else: 403 ``webhook_refused``."""
    expected = _settings(request).whatsapp_verify_token.get_secret_value()
    if mode != "subscribe" or not expected or not _same(token, expected):
        raise PortalHTTPError(403, "webhook_refused", "Wrong verify token")
    return PlainTextResponse(challenge)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


@router.post("/webhooks/whatsapp", tags=["webhooks"], response_model=dict[str, str])
async def whatsapp_notification(
    request: Request,
    x_hub_signature_256: Annotated[str | None, Header(max_length=200)] = None,
) -> dict[str, str]:
    """The Cloud API's notifications (the ``messages`` field): statuses of the alerts sent
    (sent, delivered, read, failed) and the customers' own messages, which open the 24-hour
    window for plain text. Signed: ``X-Hub-Signature-256`` must be ``sha256=`` and the
    HMAC-SHA256 of the raw body with the ``whatsapp_app_secret`` setting, else 403
    ``bad_signature``; a body that is not JSON: 400 ``bad_notification``."""
    body = await request.body()
    secret = _settings(request).whatsapp_app_secret.get_secret_value()
    if not signed_by(secret, body, x_hub_signature_256):
        raise PortalHTTPError(403, "bad_signature", "The notification is not signed by Meta")
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise PortalHTTPError(400, "bad_notification", "The notification is not JSON") from exc
    statuses, inbound = read_notification(payload)
    database = request.app.state.database

    def store() -> None:
        with database.sessions() as db:
            now = utcnow()
            for message in inbound:
                customer_wrote(db, message.phone, message.at, now)
            for update in statuses:
                row = db.scalars(
                    select(AlertDeliveryRow).where(
                        AlertDeliveryRow.provider_id == update.message_id,
                        AlertDeliveryRow.channel == WHATSAPP,
                    )
                ).first()
                if row is None or not moves_forward(row.provider_status, update.status):
                    continue  # not an alert of ours, or older news than what we know
                row.provider_status = update.status
                row.provider_status_at = update.at
                if update.error:
                    row.last_error = f"WhatsApp: {update.status}: {update.error}"[:500]
                    log.info("alert delivery %d: WhatsApp %s", row.id, row.last_error)
            db.commit()

    if statuses or inbound:
        await run_in_threadpool(store)
    return {"status": "ok"}
