"""Every account-scoped endpoint: a person of another account gets 404, and a member of the
account who lacks the endpoint's permission gets 403.

Add a row to ``ENDPOINTS`` for each new endpoint: (method, path under /api/v1 with {account}
and the ids below, the permission it needs, a JSON body that would otherwise be valid or None).
Ids refer to the demo data of account 1 (Giménez Diseño).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from api_client.models import Permission
from portal.demo import DEMO_PASSWORD, OTHER_EMAIL
from portal.passwords import hash_password
from portal.server import BackgroundPortal
from portal.tables import (
    ChatRow,
    DomainRow,
    InvoiceRow,
    MembershipRow,
    PersonRow,
    QuoteRow,
    ServiceRow,
    TicketRow,
)

ACCOUNT = 1
RESTRICTED_EMAIL = "restringido@gimenezdiseno.com.ar"

P = Permission
ENDPOINTS: list[tuple[str, str, Permission, dict[str, object] | None]] = [
    # ---- the first slice: account details, services, invoices ----
    ("GET", "/accounts/{account}", P.PROFILE, None),
    ("PATCH", "/accounts/{account}", P.PROFILE, {"phone": "+54 11 4444-5555"}),
    ("GET", "/accounts/{account}/services", P.PRODUCTS, None),
    ("GET", "/accounts/{account}/services/{service}", P.PRODUCTS, None),
    ("GET", "/accounts/{account}/invoices", P.INVOICES, None),
    ("GET", "/accounts/{account}/invoices/{invoice}", P.INVOICES, None),
    ("GET", "/accounts/{account}/spending", P.INVOICES, None),
    # ---- service changes, domains, billing, quotes, tickets (helper B) ----
    ("GET", "/accounts/{account}/services/{service}/upgrade-options", P.MANAGE_PRODUCTS, None),
    (
        "GET",
        "/accounts/{account}/services/{service}/upgrade-quote?product_id=4",
        P.MANAGE_PRODUCTS,
        None,
    ),
    (
        "POST",
        "/accounts/{account}/services/{service}/upgrade",
        P.MANAGE_PRODUCTS,
        {"product_id": 4},
    ),
    (
        "POST",
        "/accounts/{account}/services/{service}/cancellation",
        P.MANAGE_PRODUCTS,
        {"type": "Immediate", "password": DEMO_PASSWORD},
    ),
    ("GET", "/accounts/{account}/services/{service}/cancellation", P.PRODUCTS, None),
    (
        "POST",
        "/accounts/{account}/services/{service}/owner-change",
        P.MANAGE_PRODUCTS,
        {"target_email": OTHER_EMAIL},
    ),
    ("GET", "/accounts/{account}/domains", P.DOMAINS, None),
    ("GET", "/accounts/{account}/domains/{domain}", P.DOMAINS, None),
    ("PATCH", "/accounts/{account}/domains/{domain}", P.MANAGE_DOMAINS, {"auto_renew": False}),
    ("DELETE", "/accounts/{account}/domains/{domain}", P.MANAGE_DOMAINS, None),
    ("POST", "/accounts/{account}/domains/{domain}/renew", P.MANAGE_DOMAINS, {"years": 1}),
    ("GET", "/accounts/{account}/domains/{domain}/nameservers", P.DOMAINS, None),
    (
        "PUT",
        "/accounts/{account}/domains/{domain}/nameservers",
        P.MANAGE_DOMAINS,
        {"nameservers": ["ns1.example.com", "ns2.example.com"]},
    ),
    ("POST", "/accounts/{account}/domains/{domain}/transfer-out", P.MANAGE_DOMAINS, None),
    ("POST", "/accounts/{account}/invoices/{invoice}/pay", P.INVOICES, {"payment_method_id": 1}),
    ("GET", "/accounts/{account}/invoices/{invoice}/payments", P.INVOICES, None),
    ("GET", "/accounts/{account}/invoices/{invoice}/pdf", P.INVOICES, None),
    ("GET", "/accounts/{account}/quotes", P.QUOTES, None),
    ("GET", "/accounts/{account}/quotes/{quote}", P.QUOTES, None),
    ("POST", "/accounts/{account}/quotes/{quote}/accept", P.QUOTES, None),
    ("POST", "/accounts/{account}/quotes/{quote}/decline", P.QUOTES, None),
    ("GET", "/accounts/{account}/departments", P.TICKETS, None),
    ("GET", "/accounts/{account}/tickets", P.TICKETS, None),
    (
        "POST",
        "/accounts/{account}/tickets",
        P.TICKETS,
        {"department_id": 1, "subject": "Hola", "message": "Consulta"},
    ),
    ("GET", "/accounts/{account}/tickets/{ticket}", P.TICKETS, None),
    ("POST", "/accounts/{account}/tickets/{ticket}/replies", P.TICKETS, {"message": "Gracias"}),
    ("POST", "/accounts/{account}/tickets/{ticket}/close", P.TICKETS, None),
    ("GET", "/accounts/{account}/tickets/{ticket}/attachments/1", P.TICKETS, None),
    ("GET", "/accounts/{account}/dashboard", P.PRODUCTS, None),
    ("GET", "/accounts/{account}/summary", P.PRODUCTS, None),  # all-accounts view
    ("GET", "/accounts/{account}/overview", P.PRODUCTS, None),  # the first screen at once
    ("POST", "/accounts/{account}/chats", P.TICKETS, {"subject": "Hola"}),
    ("GET", "/accounts/{account}/chats", P.TICKETS, None),
    ("GET", "/accounts/{account}/chats/{chat}", P.TICKETS, None),
    ("POST", "/accounts/{account}/chats/{chat}/messages", P.TICKETS, {"body": "Hola"}),
    ("POST", "/accounts/{account}/chats/{chat}/close", P.TICKETS, None),
    (
        "POST",
        "/accounts/{account}/orders",
        P.ORDERS,
        {"register_domain": "acceso-prueba.com.ar", "years": 1},
    ),
    # ---- users, contacts, e-mails received (helper A) ----
    # users: only the owner manages them; any other member gets 403 "owner_only" (whatever the
    # permission named here, which the restricted member lacks on top of not being the owner)
    ("GET", "/accounts/{account}/users", P.PROFILE, None),
    ("GET", "/accounts/{account}/users/invitations", P.PROFILE, None),
    (
        "POST",
        "/accounts/{account}/users",
        P.PROFILE,
        {"email": "nuevo@example.com", "permissions": ["profile"]},
    ),
    ("DELETE", "/accounts/{account}/users/invitations/1", P.PROFILE, None),
    ("PUT", "/accounts/{account}/users/1", P.PROFILE, {"permissions": ["profile"]}),
    ("DELETE", "/accounts/{account}/users/1", P.PROFILE, None),
    ("GET", "/accounts/{account}/contacts", P.CONTACTS, None),
    (
        "POST",
        "/accounts/{account}/contacts",
        P.CONTACTS,
        {"first_name": "Ana", "email": "ana@example.com"},
    ),
    ("GET", "/accounts/{account}/contacts/1", P.CONTACTS, None),
    ("PATCH", "/accounts/{account}/contacts/1", P.CONTACTS, {"phone": "+54 11 4444-5555"}),
    ("DELETE", "/accounts/{account}/contacts/1", P.CONTACTS, None),
    ("GET", "/accounts/{account}/emails", P.EMAILS, None),
    ("GET", "/accounts/{account}/emails/1", P.EMAILS, None),
    ("GET", "/accounts/{account}/payment-methods", P.INVOICES, None),
    (
        "POST",
        "/accounts/{account}/payment-methods",
        P.INVOICES,
        {"number": "4111111111111111", "exp_month": 12, "exp_year": 2099},
    ),
    ("POST", "/accounts/{account}/payment-methods/1/default", P.INVOICES, None),
    ("DELETE", "/accounts/{account}/payment-methods/1", P.INVOICES, None),
    ("GET", "/accounts/{account}/auto-charge", P.INVOICES, None),
    ("PUT", "/accounts/{account}/auto-charge", P.INVOICES, {"enabled": False}),
    ("GET", "/accounts/{account}/alerts", P.PROFILE, None),
    ("PUT", "/accounts/{account}/alerts", P.PROFILE, {"whatsapp_phone": "+5491155550000"}),
    ("GET", "/accounts/{account}/alerts/history", P.PROFILE, None),
    ("GET", "/accounts/{account}/events", P.PROFILE, None),
    ("GET", "/accounts/{account}/audit", P.PROFILE, None),
]


def _ids(portal: BackgroundPortal) -> dict[str, int]:
    with portal.app.state.database.sessions() as db:

        def first(table: Any) -> int:
            return int(
                db.scalar(
                    select(table.id).where(table.client_id == ACCOUNT).order_by(table.id).limit(1)
                )
            )

        return {
            "account": ACCOUNT,
            "service": first(ServiceRow),
            "domain": first(DomainRow),
            "invoice": first(InvoiceRow),
            "quote": first(QuoteRow),
            "ticket": first(TicketRow),
            "chat": first(ChatRow),
        }


@pytest.fixture
def restricted(portal: BackgroundPortal) -> None:
    """A member of account 1 with no permission at all (each test strips just the one needed
    by granting every other)."""
    with portal.app.state.database.sessions() as db:
        person = PersonRow(
            email=RESTRICTED_EMAIL, name="Sin Permisos", password_hash=hash_password(DEMO_PASSWORD)
        )
        db.add(person)
        db.flush()
        db.add(MembershipRow(person_id=person.id, client_id=ACCOUNT, permissions=""))
        db.commit()


def _token(portal: BackgroundPortal, email: str) -> str:
    answer = httpx.post(
        f"{portal.url}/api/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def _grant_all_but(portal: BackgroundPortal, permission: Permission) -> None:
    with portal.app.state.database.sessions() as db:
        person_id = db.scalar(select(PersonRow.id).where(PersonRow.email == RESTRICTED_EMAIL))
        membership = db.scalar(
            select(MembershipRow).where(
                MembershipRow.person_id == person_id, MembershipRow.client_id == ACCOUNT
            )
        )
        assert membership is not None
        membership.permissions = ",".join(p.value for p in Permission if p is not permission)
        db.commit()


def test_every_endpoint_hides_the_account_from_outsiders_and_checks_its_permission(
    portal: BackgroundPortal, restricted: None
) -> None:
    ids = _ids(portal)
    outsider = {"Authorization": f"Bearer {_token(portal, OTHER_EMAIL)}"}
    member = {"Authorization": f"Bearer {_token(portal, RESTRICTED_EMAIL)}"}
    failures = []
    with httpx.Client(base_url=f"{portal.url}/api/v1") as http:
        for method, template, permission, body in ENDPOINTS:
            path = template.format(**ids)
            headers = {"Idempotency-Key": f"access-{method}-{path}"}
            answer = http.request(method, path, json=body, headers={**outsider, **headers})
            if answer.status_code != 404:
                failures.append(f"outsider {method} {path}: {answer.status_code}")
            _grant_all_but(portal, permission)
            answer = http.request(method, path, json=body, headers={**member, **headers})
            if answer.status_code != 403:
                failures.append(f"without {permission} {method} {path}: {answer.status_code}")
    assert not failures, "\n".join(failures)
