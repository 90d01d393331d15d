"""WHMCS's events reach the customer: the real hook file (``deploy/whmcs/clientdesk_events.php``,
run by php-cli as in test_whmcs_hooks.py) posts to a real portal served on its WHMCS backend
against the fake WHMCS; the portal checks the signature, reads what the alert says from WHMCS,
and writes the alert to the outbox, which the alert worker delivers once to an SMTP receiver."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from api_client import PortalClient
from portal.alert_worker import AlertDelivery, SmtpSettings, deliver_pending
from portal.app import create_app
from portal.server import BackgroundPortal
from portal.tables import (
    AlertDeliveryRow,
    AlertOutboxRow,
    AlertPreferenceRow,
    ClientRow,
    WhmcsEventRow,
)
from portal.whmcs.events import SIGNATURE_HEADER, TIMESTAMP_HEADER, signature
from tests.integration.alert_receivers import SmtpReceiver
from tests.integration.test_whmcs_backend import whmcs_settings
from tests.integration.test_whmcs_hooks import PHP, run_hooks
from tests.whmcs_fake import FakeWhmcs
from tests.whmcs_fake.fake import RESELLER_EMAIL, RESELLER_PASSWORD

SECRET = "un-secreto-largo-compartido-con-el-portal"

pytestmark = pytest.mark.skipif(PHP is None, reason="php-cli is not installed")


@pytest.fixture
def fake() -> Iterator[FakeWhmcs]:
    with FakeWhmcs() as server:
        yield server


def _served(app: FastAPI) -> Iterator[BackgroundPortal]:
    server = BackgroundPortal(app)
    server.start()
    yield server
    server.stop()
    app.state.database.dispose()


@pytest.fixture
def portal(fake: FakeWhmcs, empty_database_url: str) -> Iterator[BackgroundPortal]:
    settings = whmcs_settings(fake, whmcs_events_secret=SECRET)
    yield from _served(create_app(empty_database_url, settings=settings))


@pytest.fixture
def smtp() -> Iterator[SmtpReceiver]:
    receiver = SmtpReceiver().start()
    yield receiver
    receiver.stop()


def events_url(portal: BackgroundPortal) -> str:
    return f"{portal.url}/api/v1/whmcs/events"


def outbox(portal: BackgroundPortal) -> list[tuple[int, str, dict[str, str]]]:
    with portal.app.state.database.sessions() as db:
        return [
            (row.client_id, row.event, json.loads(row.data))
            for row in db.scalars(select(AlertOutboxRow).order_by(AlertOutboxRow.id))
        ]


def count(portal: BackgroundPortal, table: Any) -> int:
    with portal.app.state.database.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(table)) or 0)


def deliver(portal: BackgroundPortal, smtp: SmtpReceiver) -> int:
    settings = AlertDelivery(
        smtp=SmtpSettings(
            host="127.0.0.1", port=smtp.port, sender="avisos@latinhost.test", security="none"
        )
    )
    with portal.app.state.database.sessions() as db:
        return deliver_pending(db, settings=settings)


def post(
    portal: BackgroundPortal,
    event: dict[str, Any],
    *,
    secret: str = SECRET,
    at: int | None = None,
) -> httpx.Response:
    """What the hook file posts, signed here (the hook file makes a new id at every call)."""
    body = json.dumps(event).encode()
    timestamp = str(int(time.time()) if at is None else at)
    return httpx.post(
        events_url(portal),
        content=body,
        headers={
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: "sha256=" + signature(secret, timestamp, body),
        },
    )


def invoice_paid(invoice_id: int = 2) -> dict[str, Any]:
    return {
        "id": uuid.uuid4().hex,
        "event": "invoice_paid",
        "whmcs_hook": "InvoicePaid",
        "data": {"invoice_id": invoice_id},
    }


# the fake's installation: client 1 (Lucía, owned by user 1) with invoices 1 and 2, services 1
# and 2 and ticket 1; client 2 (Martín) with invoice 3
CALLS: list[dict[str, Any]] = [
    {"hook": "ClientAdd", "vars": {"client_id": 1, "user_id": 1, "password": "NuevaClave1"}},
    {"hook": "UserChangePassword", "vars": {"userid": 1, "password": "OtraClave2"}},
    {
        "hook": "ClientEdit",
        "vars": {"userid": 1, "city": "Rosario", "olddata": {"city": "Córdoba"}},
    },
    {"hook": "InvoiceCreated", "vars": {"invoiceid": 1}},
    {"hook": "InvoiceCancelled", "vars": {"invoiceid": 3}},
    {"hook": "InvoicePaid", "vars": {"invoiceid": 2}},
    {"hook": "AfterModuleSuspend", "vars": {"params": {"serviceid": 1, "userid": 1}}},
    {"hook": "AfterModuleUnsuspend", "vars": {"params": {"serviceid": 1, "userid": 1}}},
    {"hook": "AfterModuleTerminate", "vars": {"params": {"serviceid": 2, "userid": 1}}},
    {"hook": "QuoteCreated", "vars": {"quoteid": 1, "status": "Delivered"}},
    {"hook": "DomainDelete", "vars": {"userid": 1, "domainid": 999}},
    {"hook": "TicketAdminReply", "vars": {"ticketid": 1, "replyid": 2, "message": "texto"}},
]


def test_the_hook_files_events_land_in_the_outbox_of_the_right_accounts(
    tmp_path: Path, portal: BackgroundPortal
) -> None:
    done = run_hooks(tmp_path, events_url(portal), CALLS, secret=SECRET)
    assert done.stderr == ""  # every post accepted
    found = outbox(portal)
    assert [(client, event) for client, event, _ in found] == [
        (1, "client_added"),
        (1, "password_changed"),
        (1, "client_details_edited"),
        (1, "invoice_created"),
        (2, "invoice_cancelled"),
        (1, "invoice_paid"),
        (1, "service_suspended"),
        (1, "service_reactivated"),
        (1, "service_terminated"),
        (1, "quote_available"),
        (1, "domain_deleted"),
        (1, "ticket_answered"),
    ]
    data = {event: values for _, event, values in found}
    assert data["client_added"]["name"] == "Lucía Pereyra"
    assert data["password_changed"]["name"] == "Lucía Pereyra"
    assert data["client_details_edited"]["fields"] == "city"
    # read from WHMCS (GetInvoice, GetClientsProducts, GetTicket), not carried by the post
    assert (data["invoice_paid"]["total"], data["invoice_paid"]["number"]) == ("1500.00", "2")
    assert data["invoice_created"]["number"] == "A-0001"
    assert data["service_suspended"]["product"] == "Hosting Plus"
    assert data["service_terminated"]["product"] == "Correo Pro"
    assert data["ticket_answered"]["subject"] == "No llegan los correos"
    assert data["quote_available"]["subject"] == "Migración a VPS"
    assert data["domain_deleted"]["domain"] == "#999"  # gone from WHMCS: named by its id
    everything = json.dumps(found, ensure_ascii=False)
    for secret in ("NuevaClave1", "OtraClave2", "texto", "margen bajo"):
        assert secret not in everything
    # the accounts the alerts hang on: mirrors of WHMCS's clients, with their e-mail
    with portal.app.state.database.sessions() as db:
        mirrors = {row.id: row.email for row in db.scalars(select(ClientRow))}
    assert mirrors == {1: "lucia@estudio-pereyra.com.ar", 2: "martin@gimenez-diseno.com.ar"}
    assert count(portal, WhmcsEventRow) == len(CALLS)


def test_an_invoice_paid_in_whmcs_is_e_mailed_once(
    tmp_path: Path, portal: BackgroundPortal, smtp: SmtpReceiver
) -> None:
    done = run_hooks(tmp_path, events_url(portal), [CALLS[5]], secret=SECRET)
    assert done.stderr == ""
    assert deliver(portal, smtp) == 1
    assert deliver(portal, smtp) == 0, "nothing is sent twice"
    (message,) = smtp.messages
    assert message["Subject"] == "Recibimos tu pago"
    assert smtp.envelopes[0][1] == ["lucia@estudio-pereyra.com.ar"]
    plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert plain.startswith("Registramos el pago de la factura 2 por")
    assert "1.500,00" in plain


def test_a_repeated_delivery_alerts_once(portal: BackgroundPortal, smtp: SmtpReceiver) -> None:
    event = invoice_paid()
    first = post(portal, event)
    assert first.status_code == 200, first.text
    assert first.json() == {"id": event["id"], "duplicate": False, "alerts": 1}
    # WHMCS's retry (a new timestamp) and a replay of the very same post (same timestamp)
    again = post(portal, event, at=int(time.time()) + 1)
    assert again.json() == {"id": event["id"], "duplicate": True, "alerts": 0}
    assert len(outbox(portal)) == 1
    assert deliver(portal, smtp) == 1
    assert len(smtp.messages) == 1


async def test_whmcs_post_reaches_the_desktop_waiting_on_its_events_feed(
    portal: BackgroundPortal,
) -> None:
    async with PortalClient(portal.url) as client:
        await client.auth.login(RESELLER_EMAIL, RESELLER_PASSWORD)
        feed = client.for_account(1).alerts
        assert (await feed.events()).events == []
        waiting = asyncio.ensure_future(feed.events(wait=20))
        answer = await asyncio.to_thread(post, portal, invoice_paid())
        assert answer.status_code == 200
        (event,) = (await asyncio.wait_for(waiting, 25)).events
    assert event.event == "invoice_paid"
    assert event.title == "Recibimos tu pago"
    assert "1.500,00" in event.text


def test_a_wrong_signature_or_a_stale_time_is_refused_and_writes_nothing(
    portal: BackgroundPortal,
) -> None:
    wrong = post(portal, invoice_paid(), secret="otro secreto")
    assert (wrong.status_code, wrong.json()["code"]) == (403, "bad_signature")
    stale = post(portal, invoice_paid(), at=int(time.time()) - 301)
    assert (stale.status_code, stale.json()["code"]) == (403, "stale_event")
    unsigned = httpx.post(events_url(portal), content=json.dumps(invoice_paid()).encode())
    assert (unsigned.status_code, unsigned.json()["code"]) == (403, "bad_signature")
    assert outbox(portal) == []
    assert count(portal, WhmcsEventRow) == 0
    assert count(portal, ClientRow) == 0


def test_what_whmcs_does_not_know_alerts_nobody(portal: BackgroundPortal) -> None:
    unknown = post(portal, invoice_paid(invoice_id=4040))
    assert (unknown.status_code, unknown.json()["code"]) == (422, "unknown_subject")
    assert outbox(portal) == [] and count(portal, WhmcsEventRow) == 0


def test_the_accounts_alert_choices_are_respected(portal: BackgroundPortal) -> None:
    assert post(portal, invoice_paid()).status_code == 200  # the account's mirror is written
    with portal.app.state.database.sessions() as db:
        db.add(
            AlertPreferenceRow(
                client_id=1, event="invoice_paid", email=False, whatsapp=False, desktop=True
            )
        )
        db.commit()
    assert post(portal, invoice_paid()).status_code == 200
    with portal.app.state.database.sessions() as db:
        channels = [
            [
                d.channel
                for d in db.scalars(
                    select(AlertDeliveryRow).where(AlertDeliveryRow.outbox_id == o.id)
                )
            ]
            for o in db.scalars(select(AlertOutboxRow).order_by(AlertOutboxRow.id))
        ]
    assert channels == [["email"], []]


def test_without_the_secret_the_route_is_not_there(
    fake: FakeWhmcs, empty_database_url: str
) -> None:
    app = create_app(empty_database_url, settings=whmcs_settings(fake))
    for served in _served(app):
        answer = post(served, invoice_paid())
        assert answer.status_code == 404
