"""Alerts: which events notify by e-mail / WhatsApp / desktop, and the desktop's events feed."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select

from api_client.models import (
    AccountEvent,
    AccountEvents,
    AlertChannels,
    AlertEvent,
    AlertPreferences,
    AlertPreferencesUpdate,
    Permission,
)

from ..alerts import E164, Channels, channels_for, render, whatsapp_phone
from ..audit import record
from ..auth import DB, MAX_ROW_ID, AccountContext, require
from ..errors import FieldError
from ..tables import AlertOutboxRow, AlertPreferenceRow, AlertProfileRow

router = APIRouter(tags=["alerts"])

Profile = Annotated[AccountContext, Depends(require(Permission.PROFILE))]

MAX_WAIT_S = 30.0
POLL_S = 0.25
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


def _event(row: AlertOutboxRow) -> AccountEvent:
    event = AlertEvent(row.event)
    data = json.loads(row.data or "{}")
    title, text = render(event, data)
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
    client_id = ctx.client.id
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
            return [_event(row) for row in rows]

    deadline = time.monotonic() + wait
    events = await run_in_threadpool(fetch)
    while not events and time.monotonic() < deadline:
        if await request.is_disconnected():
            break
        await asyncio.sleep(min(POLL_S, max(0.0, deadline - time.monotonic())))
        events = await run_in_threadpool(fetch)
    return AccountEvents(events=events, last_id=events[-1].id if events else after)
