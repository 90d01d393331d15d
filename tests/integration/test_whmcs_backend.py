"""The portal on its WHMCS backend against the fake WHMCS, through the desktop's own API client:
sign-in (ValidateLogin, GetUsers, GetUserPermissions), the accounts a WHMCS user reaches, and
account details, services and invoices read from WHMCS, pinned to those accounts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from fastapi import FastAPI
from pydantic import ValidationError

from api_client import PortalClient, errors
from api_client.models import AccountUpdate, InvoiceFilter, InvoiceStatus, ServiceStatus
from portal.admin import create_staff
from portal.app import create_app
from portal.server import BackgroundPortal
from portal.settings import PortalSettings
from portal.whmcs.backend import SERVED
from tests.integration.served import ROOT, free_port, stop, wait_until_up
from tests.whmcs_fake import FakeWhmcs
from tests.whmcs_fake.fake import (
    OTHER_EMAIL,
    PASSWORD,
    RESELLER_EMAIL,
    RESELLER_PASSWORD,
    TWO_FACTOR_EMAIL,
)

OWN, REACHED, STRANGER = 1, 2, 3  # the reseller owns 1, reaches 2; 3 is another client's


def whmcs_settings(fake: FakeWhmcs, **more: object) -> PortalSettings:
    return PortalSettings(
        backend="whmcs",
        whmcs_url=fake.base_url,
        whmcs_identifier=fake.identifier,
        whmcs_secret=fake.secret,  # type: ignore[arg-type]
        whmcs_cache_seconds=0,
        **more,  # type: ignore[arg-type]
    )


@pytest.fixture
def fake() -> Iterator[FakeWhmcs]:
    with FakeWhmcs() as server:
        yield server


@pytest.fixture
def whmcs_app(fake: FakeWhmcs, empty_database_url: str) -> Iterator[FastAPI]:
    app = create_app(empty_database_url, settings=whmcs_settings(fake))
    yield app
    app.state.database.dispose()


@pytest.fixture
def whmcs_portal(whmcs_app: FastAPI) -> Iterator[BackgroundPortal]:
    server = BackgroundPortal(whmcs_app)
    server.start()
    yield server
    server.stop()


async def signed_in(portal: BackgroundPortal, email: str, password: str) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, password)
    return client


def raw(
    portal: BackgroundPortal,
    client: PortalClient,
    path: str,
    method: str = "GET",
    body: object = None,
) -> httpx.Response:
    """``/api/v1<path>`` with the client's token: every byte the portal answers."""
    assert client.tokens is not None
    return httpx.request(
        method,
        f"{portal.url}/api/v1{path}",
        headers={"Authorization": f"Bearer {client.tokens.access_token}"},
        json=body,
    )


# ---- settings ---------------------------------------------------------------------------------


def test_the_whmcs_backend_needs_its_settings_and_https() -> None:
    with pytest.raises(ValidationError, match="CLIENTDESK_WHMCS_SECRET"):
        PortalSettings(backend="whmcs", whmcs_url="https://b.example.com", whmcs_identifier="i")
    with pytest.raises(ValidationError, match="https"):
        PortalSettings(
            backend="whmcs",
            whmcs_url="http://billing.example.com",
            whmcs_identifier="i",
            whmcs_secret="s",  # type: ignore[arg-type]
        )
    assert PortalSettings().backend == "sql"


# ---- sign-in ----------------------------------------------------------------------------------


async def test_sign_in_through_validate_login_and_both_clients_listed(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        me = await client.me()
    assert me.person.email == RESELLER_EMAIL
    assert me.person.name == "Lucía Pereyra"
    assert [(a.id, a.is_owner) for a in me.accounts] == [(OWN, True), (REACHED, False)]
    assert me.accounts[0].company == "Estudio Pereyra"
    assert len(me.accounts[0].permissions) == 13  # the owner holds all
    assert sorted(me.accounts[1].permissions) == ["invoices", "products", "profile"]
    # the password went to WHMCS, checked there; GetUsers matched the e-mail exactly (its
    # search also finds "...com.ar.old", whose user reaches nothing)
    assert fake.calls_of("ValidateLogin")[0] == {
        "email": RESELLER_EMAIL,
        "password2": RESELLER_PASSWORD,
    }
    assert {"user_id": "1", "client_id": "2"} in fake.calls_of("GetUserPermissions")


async def test_a_wrong_password_is_the_usual_refusal(whmcs_portal: BackgroundPortal) -> None:
    async with PortalClient(whmcs_portal.url) as client:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client.auth.login(RESELLER_EMAIL, "wrong")
    assert caught.value.code == "invalid_credentials"


async def test_a_two_factor_whmcs_user_is_refused_clearly(whmcs_portal: BackgroundPortal) -> None:
    async with PortalClient(whmcs_portal.url) as client:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client.auth.login(TWO_FACTOR_EMAIL, PASSWORD)
    assert caught.value.code == "two_factor_unsupported"
    assert "web client area" in str(caught.value)


def test_whmcs_refusing_the_portals_credential_is_a_503_not_a_wrong_password(
    fake: FakeWhmcs, empty_database_url: str
) -> None:
    app = create_app(empty_database_url, settings=whmcs_settings(fake))
    fake.secret = "rotated-by-the-host"  # the portal still sends the old one
    server = BackgroundPortal(app)
    server.start()
    try:
        response = httpx.post(
            f"{server.url}/api/v1/auth/login",
            json={"email": RESELLER_EMAIL, "password": RESELLER_PASSWORD},
        )
    finally:
        server.stop()
        app.state.database.dispose()
    assert response.status_code == 503
    assert response.json()["code"] == "backend_unavailable"


# ---- the accounts reached, and no other -------------------------------------------------------


async def test_details_of_both_reached_clients_and_none_of_the_admin_notes(
    whmcs_portal: BackgroundPortal,
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        own = await client.for_account(OWN).details.get()
        reached = await client.for_account(REACHED).details.get()
        answer = raw(whmcs_portal, client, f"/accounts/{OWN}")
    assert (own.company, own.email, own.currency) == (
        "Estudio Pereyra",
        "lucia@estudio-pereyra.com.ar",
        "ARS",
    )
    assert reached.company == "Giménez Diseño"
    assert answer.status_code == 200
    assert "VIP" not in answer.text  # GetClientsDetails' admin notes (given twice by WHMCS)


async def test_account_details_changed_in_whmcs(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        details = client.for_account(OWN).details
        before = await details.get()
        after = await details.update(
            AccountUpdate(phone="+54 341 555-0101", city="Rosario", language="en")
        )
        with pytest.raises(errors.ValidationFailedError) as taken:
            # client 2's address: one e-mail, one client (WHMCS's own rule)
            await details.update(AccountUpdate(email="Martin@Gimenez-Diseno.com.ar"))
        unchanged = await details.update(AccountUpdate(city="Rosario"))
    assert before.city == ""
    assert (after.phone, after.city, after.language) == ("+54 341 555-0101", "Rosario", "en")
    assert "email_taken" in [t for t, _ in taken.value.field_errors["email"]]
    assert unchanged.city == "Rosario"
    sent = fake.calls_of("UpdateClient")
    assert len(sent) == 2  # the change, the refused e-mail; nothing for an unchanged city
    assert sent[0] == {
        "clientid": "1",
        "phonenumber": "+54 341 555-0101",
        "city": "Rosario",
        "language": "english",
    }
    assert fake.data.clients[0].city == "Rosario"


async def test_another_clients_ids_are_404_everywhere(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        for path in (
            f"/accounts/{STRANGER}",
            f"/accounts/{STRANGER}/services",
            f"/accounts/{STRANGER}/services/4",
            f"/accounts/{STRANGER}/invoices",
            f"/accounts/{STRANGER}/invoices/4",
            # the stranger's service and invoice through one's own account
            f"/accounts/{OWN}/services/4",
            f"/accounts/{OWN}/invoices/4",
            f"/accounts/{OWN}/invoices/999",
        ):
            assert raw(whmcs_portal, client, path).status_code == 404, path
    # no list was asked of WHMCS without the client id (it would answer every client's rows)
    assert all(c.get("clientid") == str(OWN) for c in fake.calls_of("GetClientsProducts"))
    assert all(c.get("userid") in (str(OWN),) for c in fake.calls_of("GetInvoices"))


async def test_a_permission_withdrawn_in_whmcs_is_403(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        paths = (
            f"/accounts/{REACHED}/invoices",
            f"/accounts/{REACHED}/invoices/3",
            f"/accounts/{REACHED}/services",
            f"/accounts/{REACHED}/services/3",
        )
        assert [raw(whmcs_portal, client, p).status_code for p in paths] == [200] * 4
        fake.data.users[0].clients[REACHED] = ["profile"]  # the owner took the rest away
        assert [raw(whmcs_portal, client, p).status_code for p in paths] == [403] * 4
        assert raw(whmcs_portal, client, f"/accounts/{REACHED}").status_code == 200
        fake.data.users[0].clients[REACHED] = []
        assert raw(whmcs_portal, client, f"/accounts/{REACHED}").status_code == 403
        del fake.data.users[0].clients[REACHED]  # removed from the client: not reached at all
        assert raw(whmcs_portal, client, f"/accounts/{REACHED}").status_code == 404
        assert [a.id for a in (await client.me()).accounts] == [OWN]


async def test_every_account_route_the_whmcs_backend_serves_is_walked(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    """Each account-scoped route of SERVED, as another client (404) and on a reached client
    where the person holds no permission (403): a route added later is walked too."""
    routes = sorted((m, path) for m, path in SERVED if "{account_id}" in path)
    bodies = {
        ("PATCH", "/accounts/{account_id}"): {"city": "Rosario"},
        ("POST", "/accounts/{account_id}/tickets"): {
            "department_id": 1,
            "subject": "Hola",
            "message": "Hola.",
        },
        ("POST", "/accounts/{account_id}/tickets/{ticket_id}/replies"): {"message": "Hola."},
        ("POST", "/accounts/{account_id}/services/{service_id}/owner-change"): {
            "target_email": "martin@gimenez-diseno.com.ar"
        },
    }
    # a write route added later needs its body here
    assert all(method == "GET" or (method, path) in bodies for method, path in routes)
    fake.data.users[0].clients[REACHED] = []  # reaches client 2, may do nothing there
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        for method, route in routes:
            ids = {"service_id": 4, "invoice_id": 4, "ticket_id": 2, "email_id": 3}
            for account, expected in ((STRANGER, 404), (REACHED, 403)):
                path = route.format(account_id=account, **ids)
                answer = raw(whmcs_portal, client, path, method, bodies.get((method, route)))
                assert answer.status_code == expected, (method, path)
    # nothing reached WHMCS's writes
    assert fake.calls_of("UpdateClient") == []
    assert fake.calls_of("OpenTicket") == fake.calls_of("AddTicketReply") == []


# ---- services and invoices from WHMCS ---------------------------------------------------------


async def test_services_list_and_detail(whmcs_portal: BackgroundPortal) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        services = await client.for_account(OWN).services.list()
        detail = await client.for_account(OWN).services.get(1)
        answer = raw(whmcs_portal, client, f"/accounts/{OWN}/services/1")
        free = await client.for_account(REACHED).services.list()
    assert [(s.id, s.status) for s in services] == [
        (1, ServiceStatus.ACTIVE),
        (2, ServiceStatus.SUSPENDED),
    ]
    assert services[0].amount == Decimal("12000.00")  # "12000.00" in WHMCS
    assert services[0].currency == "ARS"
    assert detail.username == "pereyra"
    assert "s3cr3t-panel-password" not in answer.text  # never past the portal
    assert [s.next_due_date for s in free if s.billing_cycle == "Free Account"] == [None]


async def test_invoice_list_newest_first_paged_and_filtered(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        invoices = client.for_account(OWN).invoices
        first = await invoices.list(limit=1)
        assert first.next_cursor is not None
        second = await invoices.list(limit=1, cursor=first.next_cursor)
        overdue = await invoices.list(status=InvoiceFilter.OVERDUE)
        assert raw(whmcs_portal, client, f"/accounts/{OWN}/invoices?cursor=x").status_code == 422
    assert [i.id for i in first.items + second.items] == [2, 1]
    assert second.next_cursor is None
    assert [i.id for i in overdue.items] == [1]
    unpaid = second.items[0]
    assert unpaid.overdue and unpaid.status is InvoiceStatus.UNPAID
    assert unpaid.balance == unpaid.total == Decimal("14520.00")
    assert first.items[0].paid_on == dt.datetime.now(dt.UTC).date() - dt.timedelta(days=2)
    assert unpaid.number == "A-0001"
    asked = fake.calls_of("GetInvoices")[0]
    assert (asked["orderby"], asked["order"], asked["limitnum"]) == ("date", "desc", "1")


async def test_invoice_detail(whmcs_portal: BackgroundPortal) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        invoice = await client.for_account(OWN).invoices.get(1)
        paid = await client.for_account(OWN).invoices.get(2)
    assert [(i.description, i.amount, i.taxed, i.service_id) for i in invoice.items] == [
        ("Hosting Plus (anual)", Decimal("12000.00"), True, 1)
    ]
    assert (invoice.subtotal, invoice.tax_rate, invoice.tax) == (
        Decimal("12000.00"),
        Decimal("21.00"),
        Decimal("2520.00"),
    )
    assert invoice.currency == "ARS"  # GetInvoice has none: the client's
    assert invoice.notes == "Gracias por su compra"
    assert paid.balance == 0 and paid.paid_on is not None


async def test_routes_the_backend_cannot_serve_yet_say_so(
    whmcs_portal: BackgroundPortal,
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        answer = raw(whmcs_portal, client, f"/accounts/{OWN}/domains")
    assert answer.status_code == 501
    assert answer.json()["code"] == "not_supported_by_backend"


async def test_the_overview_is_not_served_so_the_client_asks_part_by_part(
    whmcs_portal: BackgroundPortal,
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        answer = raw(whmcs_portal, client, f"/accounts/{OWN}/overview")
        account = client.for_account(OWN)
        assert await account.overview.get() is None  # the desktop's cue to ask each part
        assert await account.services.list()  # which this backend serves
    assert answer.status_code == 501
    assert answer.json()["code"] == "not_supported_by_backend"


async def test_tickets_list_and_thread_without_the_staffs_notes(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        support = client.for_account(OWN).tickets
        tickets = await support.list()
        thread = await support.get(1)
        answer = raw(whmcs_portal, client, f"/accounts/{OWN}/tickets/1")
        departments = raw(whmcs_portal, client, f"/accounts/{OWN}/departments").json()
        # the stranger's ticket through one's own account; client 2 without "tickets"
        assert raw(whmcs_portal, client, f"/accounts/{OWN}/tickets/2").status_code == 404
        assert raw(whmcs_portal, client, f"/accounts/{STRANGER}/tickets").status_code == 404
        assert raw(whmcs_portal, client, f"/accounts/{REACHED}/tickets").status_code == 403
        assert raw(whmcs_portal, client, f"/accounts/{REACHED}/tickets/1").status_code == 403
    assert [(t.id, t.department, t.service_id, t.status) for t in tickets] == [
        (1, "Soporte técnico", 2, "Answered")
    ]
    assert [(m.author_name, m.from_staff) for m in thread.messages] == [
        ("Lucía Pereyra", False),
        ("Soporte LatinHost", True),
    ]
    assert "casilla llena" not in answer.text  # the staff's note on the ticket
    assert [d["name"] for d in departments] == ["Soporte técnico", "Facturación"]
    # the credential's admin is only in Facturación: without ignore_dept_assignments the
    # ticket would not have been listed
    assert all(c.get("ignore_dept_assignments") == "true" for c in fake.calls_of("GetTickets"))
    assert all(c.get("clientid") == str(OWN) for c in fake.calls_of("GetTickets"))


async def test_emails_received_newest_first_and_readable(
    whmcs_portal: BackgroundPortal, fake: FakeWhmcs
) -> None:
    fake.data.users[0].clients[REACHED] = ["profile"]
    async with await signed_in(whmcs_portal, RESELLER_EMAIL, RESELLER_PASSWORD) as client:
        mail = client.for_account(OWN).emails
        first = await mail.list(limit=1)
        assert first.next_cursor is not None
        rest = await mail.list(limit=1, cursor=first.next_cursor)
        invoice_mail = await mail.get(2)
        assert raw(whmcs_portal, client, f"/accounts/{OWN}/emails/3").status_code == 404
        assert raw(whmcs_portal, client, f"/accounts/{REACHED}/emails").status_code == 403
    assert [m.subject for m in first.items + rest.items] == ["Factura A-0001", "Bienvenida"]
    assert rest.next_cursor is None
    assert invoice_mail.body_text == "Se generó la factura A-0001."
    assert "<b>A-0001</b>" in invoice_mail.body_html
    assert all(c.get("clientid") == str(OWN) for c in fake.calls_of("GetEmails"))


# ---- the command ------------------------------------------------------------------------------


def test_clientdesk_portal_serve_backend_whmcs(fake: FakeWhmcs, empty_database_url: str) -> None:
    port = free_port()
    env = {
        "PATH": "/usr/bin:/bin",
        "CLIENTDESK_DATABASE_URL": empty_database_url,
        "CLIENTDESK_PORT": str(port),
        "CLIENTDESK_WHMCS_URL": fake.base_url,
        "CLIENTDESK_WHMCS_IDENTIFIER": fake.identifier,
        "CLIENTDESK_WHMCS_SECRET": fake.secret,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "portal", "serve", "--backend", "whmcs"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/api/v1"
        wait_until_up(f"{url}/health", process)
        tokens = httpx.post(
            f"{url}/auth/login", json={"email": OTHER_EMAIL, "password": PASSWORD}
        ).json()
        me = httpx.get(
            f"{url}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
        ).json()
    finally:
        stop(process)
    assert [a["id"] for a in me["accounts"]] == [STRANGER]


async def test_a_whmcs_user_with_a_staff_members_email_is_not_that_staff_member(
    whmcs_app: FastAPI, whmcs_portal: BackgroundPortal
) -> None:
    with whmcs_app.state.database.sessions() as db:
        create_staff(db, RESELLER_EMAIL, "Staff", "Clave-del-staff-1")
    async with PortalClient(whmcs_portal.url) as client:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client.auth.login(RESELLER_EMAIL, RESELLER_PASSWORD)
    assert caught.value.code == "invalid_credentials"
