"""WHMCS's events, posted by the hook file ``deploy/whmcs/clientdesk_events.php``: checked,
recorded once by their id, and raised as the portal's alerts (e-mail, WhatsApp, the desktop's
events feed), as the account chose.

Routed only on a backend that has hook events (WHMCS) and with
``CLIENTDESK_WHMCS_EVENTS_SECRET`` set: the route takes no sign-in, its signature is its
authentication, and the event's id is its idempotency key.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from api_client.models import WhmcsEventReceipt

from ..alerts import raise_event
from ..backends import HookEventsBackend
from ..db import Database
from ..errors import PortalHTTPError
from ..settings import PortalSettings
from ..tables import WhmcsEventRow, utcnow
from ..whmcs.events import (
    NOT_AN_EVENT,
    NOT_CONFIGURED,
    EventRefused,
    HookEvent,
    verify_event,
)

router = APIRouter(tags=["webhooks"])
log = logging.getLogger("clientdesk.portal.whmcs.events")

# an event's id is kept this long; a post older than five minutes is refused by its timestamp
KEPT = dt.timedelta(days=1)


def _refused(exc: EventRefused) -> PortalHTTPError:
    if exc.code == NOT_AN_EVENT:
        return PortalHTTPError(422, exc.code, f"The body is not an event: {exc.reason}")
    if exc.code == NOT_CONFIGURED:
        return PortalHTTPError(
            503, exc.code, "The portal has no CLIENTDESK_WHMCS_EVENTS_SECRET: no event is taken"
        )
    return PortalHTTPError(403, exc.code, f"The event is refused: {exc.reason}")


@router.post("/whmcs/events", response_model=WhmcsEventReceipt)
async def whmcs_event(
    request: Request,
    x_clientdesk_timestamp: Annotated[str | None, Header(max_length=20)] = None,
    x_clientdesk_signature: Annotated[str | None, Header(max_length=200)] = None,
) -> WhmcsEventReceipt:
    """One event of WHMCS's hook file. Signed: ``X-Clientdesk-Signature`` is ``sha256=`` and
    the HMAC-SHA256 of ``"<X-Clientdesk-Timestamp>.<body>"`` with the
    ``whmcs_events_secret`` setting, else 403 ``bad_signature``; a timestamp more than five
    minutes off: 403 ``stale_event``; a body that is no event: 422 ``bad_event``; an event
    naming what WHMCS does not know: 422
    ``unknown_subject``; WHMCS not answering: 503 ``backend_unavailable`` (post it again).

    The same event id posted again answers ``duplicate: true`` and alerts nobody again."""
    settings: PortalSettings = request.app.state.settings
    body = await request.body()
    try:
        event = verify_event(
            settings.whmcs_events_secret.get_secret_value(),
            x_clientdesk_timestamp,
            x_clientdesk_signature,
            body,
        )
    except EventRefused as exc:
        log.warning("a WHMCS event was refused: %s", exc.reason)
        raise _refused(exc) from exc
    hooks: HookEventsBackend = request.app.state.backend.hook_events
    database: Database = request.app.state.database
    return await run_in_threadpool(_take, database, hooks, event)


def _take(database: Database, hooks: HookEventsBackend, event: HookEvent) -> WhmcsEventReceipt:
    with database.sessions() as db:
        if db.get(WhmcsEventRow, event.id) is not None:
            return WhmcsEventReceipt(id=event.id, duplicate=True, alerts=0)
        # the pool's connection goes back while WHMCS answers (seconds, at worst)
        db.rollback()
        # read from WHMCS before anything is written: WHMCS not answering leaves no trace, and
        # the hook's post can be made again
        alerts = hooks.alerts(event)
        db.execute(delete(WhmcsEventRow).where(WhmcsEventRow.received_at < utcnow() - KEPT))
        db.add(
            WhmcsEventRow(
                id=event.id,
                event=event.event.value,
                whmcs_hook=event.whmcs_hook,
                alerts=len(alerts),
                received_at=utcnow(),
            )
        )
        for alert in alerts:
            hooks.mirror(db, alert.client_id)
            raise_event(db, alert.client_id, event.event, alert.data)
        try:
            db.commit()
        except IntegrityError:  # the same event, taken at the same moment by another process
            db.rollback()
            if db.get(WhmcsEventRow, event.id) is None:
                raise
            return WhmcsEventReceipt(id=event.id, duplicate=True, alerts=0)
    log.info("WHMCS %s (%s): %d alerts", event.whmcs_hook, event.event.value, len(alerts))
    return WhmcsEventReceipt(id=event.id, duplicate=False, alerts=len(alerts))
