"""WhatsApp as the Cloud API requires it: an alert outside the customer's 24-hour window is an
approved template (name, language and parameters per event, from the settings), plain text only
once the customer wrote in the last 24 hours (learnt from the webhook); the message id the API
gives is kept, and the signed webhook's statuses (sent, delivered, read, failed) update it and show
in the account's alert history. The receiver checks every message against the documented shape."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import select

from api_client import PortalClient
from api_client.models import (
    AccountUpdate,
    AlertChannelsUpdate,
    AlertEvent,
    AlertPreferencesUpdate,
    DeliveryChannel,
    DeliveryStatus,
)
from portal.alert_worker import AlertDelivery, WhatsAppSettings, deliver_pending
from portal.app import create_app
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.tables import AlertDeliveryRow, utcnow
from portal.whatsapp import WhatsAppTemplate, signature

from .alert_receivers import WhatsAppReceiver

TOKEN = "test-whatsapp-token"
PHONE_ID = "1234567890"
APP_SECRET = "the-meta-app-secret"
VERIFY_TOKEN = "a-verify-token-of-the-host"
PHONE = "+5491155550000"
EDITED = AlertEvent.CLIENT_DETAILS_EDITED


@pytest.fixture
def whatsapp() -> Iterator[WhatsAppReceiver]:
    receiver = WhatsAppReceiver(token=TOKEN).start()
    yield receiver
    receiver.stop()


@pytest.fixture
def hooked(database_url: str) -> Iterator[BackgroundPortal]:
    """A portal that has the Meta app's secret and the verify token (no delivery worker: the
    tests deliver when they choose)."""
    settings = PortalSettings(
        whatsapp_app_secret=SecretStr(APP_SECRET), whatsapp_verify_token=SecretStr(VERIFY_TOKEN)
    )
    app: FastAPI = create_app(database_url, settings=settings)
    server = BackgroundPortal(app)
    server.start()
    yield server
    server.stop()
    app.state.database.dispose()


def delivery_settings(
    receiver: WhatsAppReceiver, templates: dict[str, WhatsAppTemplate] | None = None
) -> AlertDelivery:
    return AlertDelivery(
        whatsapp=WhatsAppSettings(
            base_url=receiver.base_url,
            phone_number_id=PHONE_ID,
            token=TOKEN,
            templates=templates or {},
        )
    )


async def edit_with_whatsapp(portal: BackgroundPortal, city: str) -> None:
    async with PortalClient(portal.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        account = client.for_account(1)
        await account.alerts.update(
            AlertPreferencesUpdate(
                whatsapp_phone=PHONE,
                events=[
                    AlertChannelsUpdate(event=EDITED, email=False, whatsapp=True, desktop=True)
                ],
            )
        )
        await account.details.update(AccountUpdate(city=city))


def deliver(portal: BackgroundPortal, settings: AlertDelivery) -> int:
    with portal.app.state.database.sessions() as db:
        return deliver_pending(db, settings=settings)


def whatsapp_rows(portal: BackgroundPortal) -> list[AlertDeliveryRow]:
    with portal.app.state.database.sessions() as db:
        return list(
            db.scalars(select(AlertDeliveryRow).where(AlertDeliveryRow.channel == "whatsapp"))
        )


def unix(moment: dt.datetime) -> str:
    return str(int(moment.timestamp()))


def notification(value: dict[str, Any]) -> dict[str, Any]:
    """A webhook notification of the ``messages`` field, as Meta posts it."""
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "15550783881",
                                "phone_number_id": PHONE_ID,
                            },
                            **value,
                        },
                    }
                ],
            }
        ],
    }


def customer_message(at: dt.datetime) -> dict[str, Any]:
    return notification(
        {
            "contacts": [{"profile": {"name": "Laura"}, "wa_id": PHONE[1:]}],
            "messages": [
                {
                    "from": PHONE[1:],
                    "id": "wamid.from-the-customer",
                    "timestamp": unix(at),
                    "type": "text",
                    "text": {"body": "Hola, ¿me avisan cuando esté la factura?"},
                }
            ],
        }
    )


def status(message_id: str, state: str, at: dt.datetime, **extra: Any) -> dict[str, Any]:
    return notification(
        {
            "statuses": [
                {
                    "id": message_id,
                    "status": state,
                    "timestamp": unix(at),
                    "recipient_id": PHONE[1:],
                    **extra,
                }
            ]
        }
    )


def post(
    portal: BackgroundPortal,
    payload: dict[str, Any],
    secret: str = APP_SECRET,
    *,
    signed: bool = True,
) -> httpx.Response:
    body = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json"}
    if signed:
        headers["X-Hub-Signature-256"] = signature(secret, body)
    return httpx.post(f"{portal.url}/api/v1/webhooks/whatsapp", content=body, headers=headers)


async def test_outside_the_window_the_alert_is_the_events_template_and_its_id_is_kept(
    hooked: BackgroundPortal, whatsapp: WhatsAppReceiver
) -> None:
    await edit_with_whatsapp(hooked, "Tandil")
    assert deliver(hooked, delivery_settings(whatsapp)) == 1
    assert whatsapp.rejected == []
    (call,) = whatsapp.accepted
    assert call.body["type"] == "template" and "text" not in call.body
    template = call.body["template"]
    assert template["name"] == "clientdesk_client_details_edited"
    assert template["language"] == {"code": "es_AR"}
    (body,) = template["components"]
    assert body["type"] == "body"
    account, fields = (p["text"] for p in body["parameters"])  # {{1}} account, {{2}} fields
    assert "Giménez" in account and fields == "ciudad", "the field's name in Spanish"
    (row,) = whatsapp_rows(hooked)
    assert row.provider_id == whatsapp.ids[0] and row.provider_id.startswith("wamid.")
    assert row.delivered_at is not None and row.provider_status == ""


async def test_a_template_named_in_the_settings_is_used_with_its_language_and_order(
    hooked: BackgroundPortal, whatsapp: WhatsAppReceiver
) -> None:
    ours = WhatsAppTemplate(name="datos_actualizados", language="es", parameters=["fields"])
    await edit_with_whatsapp(hooked, "Azul")
    assert deliver(hooked, delivery_settings(whatsapp, {EDITED.value: ours})) == 1
    (call,) = whatsapp.accepted
    template = call.body["template"]
    assert (template["name"], template["language"]["code"]) == ("datos_actualizados", "es")
    (parameter,) = template["components"][0]["parameters"]
    assert parameter["text"] == "ciudad"


def test_a_template_that_names_data_the_event_lacks_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match=r"invoice_paid.*due_on"):
        WhatsAppSettings(
            templates={"invoice_paid": WhatsAppTemplate(name="pago", parameters=["due_on"])}
        )
    with pytest.raises(ValueError, match="no alert event"):
        PortalSettings(whatsapp_templates={"invoice_payed": {"name": "pago"}})  # type: ignore[dict-item]


async def test_inside_the_window_the_alert_is_plain_text_and_an_old_message_opens_none(
    hooked: BackgroundPortal, whatsapp: WhatsAppReceiver
) -> None:
    now = utcnow()
    # the customer wrote 25 hours ago: the window has closed
    assert post(hooked, customer_message(now - dt.timedelta(hours=25))).status_code == 200
    await edit_with_whatsapp(hooked, "Olavarría")
    assert deliver(hooked, delivery_settings(whatsapp)) == 1
    assert whatsapp.accepted[-1].body["type"] == "template"

    # the customer writes again: for the next 24 hours the alerts are plain text
    assert post(hooked, customer_message(now - dt.timedelta(hours=1))).status_code == 200
    await edit_with_whatsapp(hooked, "Junín")
    assert deliver(hooked, delivery_settings(whatsapp)) == 1
    assert whatsapp.rejected == []
    call = whatsapp.accepted[-1]
    assert call.body["type"] == "text" and "template" not in call.body
    assert call.body["text"]["body"].startswith("*Se modificaron tus datos*\n")
    assert call.body["text"]["body"].endswith(": ciudad.")
    assert [row.provider_id for row in whatsapp_rows(hooked)] == whatsapp.ids


async def test_signed_statuses_update_the_delivery_and_the_history_shows_them(
    hooked: BackgroundPortal, whatsapp: WhatsAppReceiver
) -> None:
    await edit_with_whatsapp(hooked, "Pergamino")
    assert deliver(hooked, delivery_settings(whatsapp)) == 1
    (wamid,) = whatsapp.ids
    now = utcnow().replace(microsecond=0)
    sent_at, delivered_at, read_at = (now - dt.timedelta(minutes=m) for m in (3, 2, 1))

    assert post(hooked, status(wamid, "sent", sent_at)).status_code == 200
    (row,) = whatsapp_rows(hooked)
    assert (row.provider_status, row.provider_status_at) == ("sent", sent_at)
    for state, at in (("delivered", delivered_at), ("read", read_at)):
        assert post(hooked, status(wamid, state, at)).status_code == 200
    # a late or repeated notification does not take the status back
    assert post(hooked, status(wamid, "delivered", delivered_at)).status_code == 200
    (row,) = whatsapp_rows(hooked)
    assert (row.provider_status, row.provider_status_at) == ("read", read_at)

    # signed with another secret, or not signed: refused, nothing changes
    forged = post(hooked, status(wamid, "failed", now), secret="not-the-app-secret")
    assert forged.status_code == 403 and forged.json()["code"] == "bad_signature"
    assert post(hooked, status(wamid, "failed", now), signed=False).status_code == 403
    (row,) = whatsapp_rows(hooked)
    assert row.provider_status == "read"

    async with PortalClient(hooked.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        history = await client.for_account(1).alerts.history(limit=1)
    (alert,) = history.items
    assert alert.event == EDITED and alert.title == "Se modificaron tus datos"
    (delivery,) = alert.deliveries
    assert (delivery.channel, delivery.status) == (DeliveryChannel.WHATSAPP, DeliveryStatus.READ)
    assert delivery.status_at == read_at


async def test_a_failed_status_shows_as_failed_with_its_reason_kept(
    hooked: BackgroundPortal, whatsapp: WhatsAppReceiver
) -> None:
    await edit_with_whatsapp(hooked, "Necochea")
    assert deliver(hooked, delivery_settings(whatsapp)) == 1
    (wamid,) = whatsapp.ids
    error = {"code": 131026, "title": "Message undeliverable"}
    failed = status(wamid, "failed", utcnow(), errors=[error])
    assert post(hooked, failed).status_code == 200
    (row,) = whatsapp_rows(hooked)
    assert row.provider_status == "failed"
    assert "131026 Message undeliverable" in row.last_error
    async with PortalClient(hooked.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        (alert,) = (await client.for_account(1).alerts.history(limit=1)).items
    assert [d.status for d in alert.deliveries] == [DeliveryStatus.FAILED]


def test_the_verification_handshake_answers_the_challenge_only_with_the_token(
    hooked: BackgroundPortal, portal: BackgroundPortal
) -> None:
    url = "/api/v1/webhooks/whatsapp"
    query = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    answer = httpx.get(f"{hooked.url}{url}", params=query)
    assert answer.status_code == 200 and answer.text == "1158201444"
    wrong = httpx.get(f"{hooked.url}{url}", params={**query, "hub.verify_token": "guess"})
    assert wrong.status_code == 403
    # a portal without the settings refuses the handshake and every notification
    assert httpx.get(f"{portal.url}{url}", params=query).status_code == 403
    assert post(portal, status("wamid.x", "read", utcnow()), secret="").status_code == 403


def test_a_signed_body_that_is_not_json_is_a_bad_request(hooked: BackgroundPortal) -> None:
    body = b"not json"
    answer = httpx.post(
        f"{hooked.url}/api/v1/webhooks/whatsapp",
        content=body,
        headers={"X-Hub-Signature-256": signature(APP_SECRET, body)},
    )
    assert answer.status_code == 400 and answer.json()["code"] == "bad_notification"


async def test_the_history_pages_newest_first_with_each_channels_status(
    hooked: BackgroundPortal, whatsapp: WhatsAppReceiver
) -> None:
    await edit_with_whatsapp(hooked, "Chivilcoy")  # WhatsApp only (e-mail turned off)
    async with PortalClient(hooked.url) as client:
        await client.auth.login(DEMO_EMAIL, DEMO_PASSWORD)
        alerts = client.for_account(1).alerts
        await alerts.update(
            AlertPreferencesUpdate(
                events=[AlertChannelsUpdate(event=EDITED, email=True, whatsapp=True, desktop=True)]
            )
        )
        await client.for_account(1).details.update(AccountUpdate(city="Luján"))
        # WhatsApp is delivered; the e-mail has no SMTP server configured: still pending
        assert deliver(hooked, delivery_settings(whatsapp)) == 2
        first = await alerts.history(limit=1)
        newest = first.items[0]
        assert first.next_cursor is not None
        statuses = {d.channel: d.status for d in newest.deliveries}
        assert statuses == {
            DeliveryChannel.EMAIL: DeliveryStatus.PENDING,
            DeliveryChannel.WHATSAPP: DeliveryStatus.SENT,
        }
        second = await alerts.history(limit=1, cursor=first.next_cursor)
        older = second.items[0]
        assert older.id < newest.id and older.data["fields"] == "city"
        assert [d.channel for d in older.deliveries] == [DeliveryChannel.WHATSAPP]
