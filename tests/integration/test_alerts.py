"""Alerts end to end: preferences, the outbox written with the change, delivery by e-mail (a real
SMTP server on loopback) and WhatsApp (a real HTTP receiver), retries, and the events feed."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from api_client import PortalClient, errors
from api_client.models import (
    AccountUpdate,
    AlertChannelsUpdate,
    AlertEvent,
    AlertPreferencesUpdate,
    ContactCreate,
    EmailCategory,
    Permission,
)
from portal.alert_worker import AlertDelivery, SmtpSettings, WhatsAppSettings, deliver_pending
from portal.app import create_app
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL, STAFF_EMAIL
from portal.server import BackgroundPortal, prepare_demo
from portal.tables import AlertDeliveryRow, AlertOutboxRow, EmailMessageRow, TicketRow, utcnow

from .alert_receivers import SmtpReceiver, WhatsAppReceiver

TOKEN = "test-whatsapp-token"
PHONE_ID = "1234567890"


@pytest.fixture
def smtp() -> Iterator[SmtpReceiver]:
    receiver = SmtpReceiver().start()
    yield receiver
    receiver.stop()


@pytest.fixture
def whatsapp() -> Iterator[WhatsAppReceiver]:
    receiver = WhatsAppReceiver(token=TOKEN).start()
    yield receiver
    receiver.stop()


def settings_for(smtp: SmtpReceiver, whatsapp: WhatsAppReceiver) -> AlertDelivery:
    return AlertDelivery(
        smtp=SmtpSettings(
            host="127.0.0.1", port=smtp.port, sender="avisos@latinhost.test", security="none"
        ),
        whatsapp=WhatsAppSettings(
            base_url=whatsapp.base_url, phone_number_id=PHONE_ID, token=TOKEN
        ),
        interval_s=0.2,
        backoff_initial_s=60,
    )


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


EDITED = AlertEvent.CLIENT_DETAILS_EDITED


async def choose_everything(client: PortalClient) -> None:
    await client.for_account(1).alerts.update(
        AlertPreferencesUpdate(
            whatsapp_phone="+54 9 11 5555-0000",
            events=[AlertChannelsUpdate(event=EDITED, email=True, whatsapp=True, desktop=True)],
        )
    )


def deliver(portal: BackgroundPortal, settings: AlertDelivery, **kwargs: object) -> int:
    with portal.app.state.database.sessions() as db:
        return deliver_pending(db, settings=settings, **kwargs)  # type: ignore[arg-type]


async def test_preferences_default_then_change_with_checked_phone(portal: BackgroundPortal) -> None:
    async with await signed_in(portal, OTHER_EMAIL) as client:
        alerts = client.for_account(2).alerts
        prefs = await alerts.preferences()
        assert [c.event for c in prefs.events] == list(AlertEvent)
        assert prefs.whatsapp_phone == ""
        assert all(c.email and c.desktop and not c.whatsapp for c in prefs.events)
        for phone in ("11 5555 0000", "+0123456789", "+54abc"):
            with pytest.raises(errors.ValidationFailedError) as caught:
                await alerts.update(AlertPreferencesUpdate(whatsapp_phone=phone))
            assert caught.value.field_errors["whatsapp_phone"][0][0] == "phone_not_e164"
        wants_whatsapp = AlertChannelsUpdate(
            event=AlertEvent.INVOICE_PAID, email=False, whatsapp=True, desktop=False
        )
        with pytest.raises(errors.ValidationFailedError) as caught:
            await alerts.update(AlertPreferencesUpdate(events=[wants_whatsapp]))
        assert caught.value.field_errors["whatsapp_phone"][0][0] == "phone_required"
        changed = await alerts.update(
            AlertPreferencesUpdate(whatsapp_phone="+5493514221100", events=[wants_whatsapp])
        )
        assert changed.whatsapp_phone == "+5493514221100"
        paid = next(
            c for c in (await alerts.preferences()).events if c.event == wants_whatsapp.event
        )
        assert (paid.email, paid.whatsapp, paid.desktop) == (False, True, False)


async def test_an_event_listed_twice_is_a_field_error_not_a_crash(portal: BackgroundPortal) -> None:
    # found by the OpenAPI fuzz run: the second row for the same event broke a unique index
    async with await signed_in(portal, OTHER_EMAIL) as client:
        alerts = client.for_account(2).alerts
        twice = [
            AlertChannelsUpdate(
                event=AlertEvent.CLIENT_ADDED, email=True, whatsapp=False, desktop=d
            )
            for d in (True, False)
        ]
        with pytest.raises(errors.ValidationFailedError) as caught:
            await alerts.update(AlertPreferencesUpdate(events=twice))
        assert caught.value.field_errors["events.1.event"][0][0] == "duplicate_event"
        added = next(c for c in (await alerts.preferences()).events if c.event == "client_added")
        assert added.desktop, "nothing was changed"


async def test_an_edit_is_delivered_once_by_email_and_whatsapp_and_kept_in_the_emails(
    portal: BackgroundPortal, smtp: SmtpReceiver, whatsapp: WhatsAppReceiver
) -> None:
    settings = settings_for(smtp, whatsapp)
    async with await signed_in(portal) as client:
        await choose_everything(client)
        account = client.for_account(1)
        await account.contacts.add(
            ContactCreate(
                first_name="Gral", email="general@example.com", categories=[EmailCategory.GENERAL]
            )
        )
        await account.details.update(AccountUpdate(city="Rosario"))
        assert deliver(portal, settings) == 2
        assert deliver(portal, settings) == 0, "nothing is sent twice"

        assert len(smtp.messages) == 1
        message = smtp.messages[0]
        assert message["Subject"] == "Se modificaron tus datos"
        assert sorted(smtp.envelopes[0][1]) == sorted([DEMO_EMAIL, "general@example.com"])
        plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert plain.startswith("Se actualizaron los datos de la cuenta Giménez Diseño: ciudad.")
        assert message.get_body(("html",)) is not None

        assert len(whatsapp.accepted) == 1 and whatsapp.rejected == []
        call = whatsapp.accepted[0]
        assert call.path == f"/v19.0/{PHONE_ID}/messages"
        assert call.headers["Authorization"] == f"Bearer {TOKEN}"
        assert call.body["messaging_product"] == "whatsapp"
        assert call.body["to"] == "5491155550000"
        # the customer has not written lately: a business-initiated message is a template
        assert call.body["type"] == "template"
        assert call.body["template"]["name"] == "clientdesk_client_details_edited"
        (body,) = call.body["template"]["components"]
        assert body["parameters"][1]["text"] == "ciudad", "in the template's language"

        newest = (await account.emails.list(limit=1)).items[0]
        assert newest.subject == "Se modificaron tus datos"
        assert DEMO_EMAIL in newest.to


async def test_a_failed_delivery_is_retried_later_without_a_duplicate(
    portal: BackgroundPortal, smtp: SmtpReceiver, whatsapp: WhatsAppReceiver
) -> None:
    smtp.fail_first = 1
    whatsapp.fail_first = 1
    settings = settings_for(smtp, whatsapp)
    async with await signed_in(portal) as client:
        await choose_everything(client)
        await client.for_account(1).details.update(AccountUpdate(city="Mendoza"))
    now = utcnow()
    assert deliver(portal, settings, now=now) == 0
    assert (smtp.refused, len(whatsapp.calls)) == (1, 1)
    with portal.app.state.database.sessions() as db:
        pending = list(db.scalars(select(AlertDeliveryRow)))
        assert {(d.attempts, d.delivered_at) for d in pending} == {(1, None)}
        assert all(d.next_attempt_at >= now + dt.timedelta(seconds=59) for d in pending)
        assert all(d.last_error for d in pending)
        history_before = db.scalar(select(func.count()).select_from(EmailMessageRow))
    assert deliver(portal, settings, now=now) == 0, "not due yet: backing off"
    later = now + dt.timedelta(minutes=2)
    assert deliver(portal, settings, now=later) == 2
    assert deliver(portal, settings, now=later + dt.timedelta(hours=5)) == 0
    assert len(smtp.messages) == 1 and len(whatsapp.accepted) == 1
    with portal.app.state.database.sessions() as db:
        history_after = db.scalar(select(func.count()).select_from(EmailMessageRow))
        assert {(d.attempts, d.last_error) for d in db.scalars(select(AlertDeliveryRow))} == {
            (2, "")
        }
    assert history_after == history_before + 1, "the e-mail is in the history once"


async def test_the_events_feed_waits_for_the_next_event(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        alerts = client.for_account(1).alerts
        start = await alerts.events()  # whatever came before (none in the demo data)

        async def edit_soon() -> None:
            await asyncio.sleep(0.6)
            await client.for_account(1).details.update(AccountUpdate(city="Salta"))

        began = time.monotonic()
        editing = asyncio.create_task(edit_soon())
        got = await alerts.events(after=start.last_id, wait=10)
        waited = time.monotonic() - began
        await editing
        assert 0.5 < waited < 5
        assert [e.event for e in got.events] == [EDITED]
        assert got.events[0].title == "Se modificaron tus datos"
        assert "city" in got.events[0].data["fields"]
        began = time.monotonic()
        empty = await alerts.events(after=got.last_id, wait=0.5)
        assert empty.events == [] and empty.last_id == got.last_id
        assert time.monotonic() - began >= 0.45
        # a person who joins the account is welcomed (client added)
        await client.for_account(1).users.invite(OTHER_EMAIL, [Permission.TICKETS])
        joined = await alerts.events(after=got.last_id)
        assert [e.event for e in joined.events] == [AlertEvent.CLIENT_ADDED]
    async with await signed_in(portal, OTHER_EMAIL) as martin:
        with pytest.raises(errors.ForbiddenError):  # he reaches account 1 without `profile`
            await martin.for_account(1).alerts.events()


async def test_events_not_wanted_on_the_desktop_stay_off_the_feed(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        alerts = client.for_account(1).alerts
        await alerts.update(
            AlertPreferencesUpdate(
                events=[
                    AlertChannelsUpdate(event=EDITED, email=True, whatsapp=False, desktop=False)
                ]
            )
        )
        await client.for_account(1).details.update(AccountUpdate(city="Jujuy"))
        assert EDITED not in {e.event for e in (await alerts.events()).events}


@pytest.fixture
def delivering_portal(
    database_url: str, smtp: SmtpReceiver, whatsapp: WhatsAppReceiver
) -> Iterator[BackgroundPortal]:
    app: FastAPI = create_app(database_url, alert_delivery=settings_for(smtp, whatsapp))
    prepare_demo(app)
    server = BackgroundPortal(app)
    server.start()
    yield server
    server.stop()
    app.state.database.dispose()


async def test_create_app_runs_the_delivery_in_the_background(
    delivering_portal: BackgroundPortal, smtp: SmtpReceiver, whatsapp: WhatsAppReceiver
) -> None:
    async with await signed_in(delivering_portal) as client:
        await choose_everything(client)
        await client.for_account(1).details.update(AccountUpdate(city="Ushuaia"))
        for _ in range(100):
            if smtp.messages and whatsapp.accepted:
                break
            await asyncio.sleep(0.1)
    assert len(smtp.messages) == 1 and len(whatsapp.accepted) == 1


ANSWERED = AlertEvent.TICKET_ANSWERED
SUPPORT_CONTACT = "diego@gimenezdiseno.com.ar"  # the demo contact who receives support e-mails


def open_ticket_of(portal: BackgroundPortal, client_id: int) -> tuple[int, str]:
    with portal.app.state.database.sessions() as db:
        ticket = db.scalars(
            select(TicketRow)
            .where(TicketRow.client_id == client_id, TicketRow.status != "Closed")
            .order_by(TicketRow.id)
        ).first()
        assert ticket is not None
        return ticket.id, ticket.subject


async def test_a_staff_reply_is_delivered_once_to_the_support_contacts_and_by_whatsapp(
    portal: BackgroundPortal, smtp: SmtpReceiver, whatsapp: WhatsAppReceiver
) -> None:
    settings = settings_for(smtp, whatsapp)
    ticket_id, subject = open_ticket_of(portal, 1)
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        await account.alerts.update(
            AlertPreferencesUpdate(
                whatsapp_phone="+54 9 11 5555-0000",
                events=[
                    AlertChannelsUpdate(event=ANSWERED, email=True, whatsapp=True, desktop=True)
                ],
            )
        )
        await account.contacts.add(
            ContactCreate(
                first_name="Gral", email="general@example.com", categories=[EmailCategory.GENERAL]
            )
        )
        before = await account.alerts.events()
        async with await signed_in(portal, STAFF_EMAIL) as staff:
            await staff.staff.reply(ticket_id, "Ya quedó resuelto, cualquier cosa nos avisás.")

        with portal.app.state.database.sessions() as db:
            (event,) = db.scalars(
                select(AlertOutboxRow).where(
                    AlertOutboxRow.client_id == 1, AlertOutboxRow.event == ANSWERED.value
                )
            )
            assert sorted(d.channel for d in event.deliveries) == ["email", "whatsapp"]
        assert deliver(portal, settings) == 2
        assert deliver(portal, settings) == 0, "nothing is sent twice"

        (message,) = smtp.messages
        assert message["Subject"] == f"Respondimos tu ticket #{ticket_id}"
        # the account and the contacts who receive support e-mails, not the other contacts
        assert sorted(smtp.envelopes[0][1]) == sorted([DEMO_EMAIL, SUPPORT_CONTACT])
        assert subject in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        (call,) = whatsapp.accepted
        assert call.body["to"] == "5491155550000"
        assert call.body["template"]["name"] == "clientdesk_ticket_answered"
        assert call.body["template"]["language"] == {"code": "es_AR"}
        assert call.body["template"]["components"] == [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": str(ticket_id)},
                    {"type": "text", "text": subject},
                ],
            }
        ]
        newest = (await account.emails.list(limit=1)).items[0]
        assert (newest.subject, newest.category) == (message["Subject"], EmailCategory.SUPPORT)

        feed = await account.alerts.events(after=before.last_id)
        assert [e.event for e in feed.events] == [ANSWERED]
        assert feed.events[0].data == {"ticket": str(ticket_id), "subject": subject}


async def test_a_customer_reply_raises_no_ticket_answered_event(portal: BackgroundPortal) -> None:
    ticket_id, _subject = open_ticket_of(portal, 1)
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        before = await account.alerts.events()
        await account.tickets.reply(ticket_id, "Gracias, sigo con el problema.")
        after = await account.alerts.events(after=before.last_id)
        assert ANSWERED not in {e.event for e in after.events}
