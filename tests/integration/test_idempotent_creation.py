"""Every POST that creates something honours an ``Idempotency-Key``: the same request sent twice
with one key (the first answer was lost on the way back) creates one row and gets the first
answer again, marked ``Idempotent-Replayed``; another key is another change; the same key with
another body is refused (409 ``idempotency_key_reused``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.models import InvoiceStatus, ServiceStatus
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL
from portal.server import BackgroundPortal
from portal.tables import (
    ChatMessageRow,
    ChatRow,
    ClientRow,
    ContactRow,
    DepartmentRow,
    IncidentRow,
    IncidentUpdateRow,
    InvitationRow,
    InvoiceRow,
    PaymentMethodRow,
    QuoteRow,
    ServiceRow,
    TicketMessageRow,
    TicketRow,
)

ACCOUNT = 1


@dataclass
class Ids:
    department: int
    ticket: int
    chat: int  # an open chat of the account, taken by the staff agent
    incident: int


@dataclass(frozen=True)
class Case:
    """A POST: who sends it, where, a body (and another one that makes a second row) and the
    table whose rows it adds."""

    who: str  # "customer" or "staff"
    path: Callable[[Ids], str]
    body: Callable[[Ids], dict[str, Any]]
    other: Callable[[Ids], dict[str, Any]]
    table: Any


def _card(number: str) -> dict[str, Any]:
    return {"number": number, "exp_month": 12, "exp_year": 2099, "holder_name": "LAURA GIMENEZ"}


CASES = {
    "ticket": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/tickets",
        lambda ids: {"department_id": ids.department, "subject": "Caído", "message": "No anda"},
        lambda ids: {"department_id": ids.department, "subject": "Otro", "message": "Tampoco"},
        TicketRow,
    ),
    "ticket reply": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/tickets/{ids.ticket}/replies",
        lambda ids: {"message": "Sigue igual"},
        lambda ids: {"message": "Ahora anda"},
        TicketMessageRow,
    ),
    "staff reply": Case(
        "staff",
        lambda ids: f"/staff/tickets/{ids.ticket}/replies",
        lambda ids: {"message": "Ya lo revisamos"},
        lambda ids: {"message": "Quedó resuelto"},
        TicketMessageRow,
    ),
    "contact": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/contacts",
        lambda ids: {"first_name": "Ana", "email": "ana.idem@example.com"},
        lambda ids: {"first_name": "Beto", "email": "beto.idem@example.com"},
        ContactRow,
    ),
    "invitation": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/users",
        lambda ids: {"email": "nueva.idem@example.com", "permissions": ["tickets"]},
        lambda ids: {"email": "otra.idem@example.com", "permissions": ["invoices"]},
        InvitationRow,
    ),
    "card": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/payment-methods",
        lambda ids: _card("5555555555554444"),
        lambda ids: _card("4111111111111111"),
        PaymentMethodRow,
    ),
    "chat": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/chats",
        lambda ids: {"subject": "Consulta", "message": "Hola"},
        lambda ids: {"subject": "Otra consulta"},
        ChatRow,
    ),
    "chat message": Case(
        "customer",
        lambda ids: f"/accounts/{ACCOUNT}/chats/{ids.chat}/messages",
        lambda ids: {"body": "¿Siguen ahí?"},
        lambda ids: {"body": "Gracias"},
        ChatMessageRow,
    ),
    "staff chat message": Case(
        "staff",
        lambda ids: f"/staff/chats/{ids.chat}/messages",
        lambda ids: {"body": "Sí, te leo"},
        lambda ids: {"body": "Listo"},
        ChatMessageRow,
    ),
    "incident": Case(
        "staff",
        lambda ids: "/staff/incidents",
        lambda ids: {"title": "Correo lento", "impact": "Minor", "message": "Revisando"},
        lambda ids: {"title": "Web caída", "impact": "Major", "message": "Revisando"},
        IncidentRow,
    ),
    "incident update": Case(
        "staff",
        lambda ids: f"/staff/incidents/{ids.incident}/updates",
        lambda ids: {"status": "Identified", "message": "Encontramos la causa"},
        lambda ids: {"status": "Monitoring", "message": "Aplicamos el arreglo"},
        IncidentUpdateRow,
    ),
    "staff quote": Case(
        "staff",
        lambda ids: f"/staff/accounts/{ACCOUNT}/quotes",
        lambda ids: {
            "subject": "Migración",
            "items": [{"description": "Hora", "unit_price": "10"}],
        },
        lambda ids: {"subject": "Diseño", "items": [{"description": "Logo", "unit_price": "20"}]},
        QuoteRow,
    ),
}


def _headers(portal: BackgroundPortal, email: str) -> dict[str, str]:
    answer = httpx.post(
        f"{portal.url}/api/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.fixture
def http(portal: BackgroundPortal) -> Iterator[dict[str, httpx.Client]]:
    with (
        httpx.Client(
            base_url=f"{portal.url}/api/v1", headers=_headers(portal, DEMO_EMAIL)
        ) as customer,
        httpx.Client(
            base_url=f"{portal.url}/api/v1", headers=_headers(portal, STAFF_EMAIL)
        ) as staff,
    ):
        yield {"customer": customer, "staff": staff}


@pytest.fixture
def ids(portal: BackgroundPortal, http: dict[str, httpx.Client]) -> Ids:
    chat = http["customer"].post(f"/accounts/{ACCOUNT}/chats", json={"subject": "Abierto"})
    assert chat.status_code == 201
    taken = http["staff"].post(f"/staff/chats/{chat.json()['id']}/take")
    assert taken.status_code == 200
    incident = http["staff"].post(
        "/staff/incidents", json={"title": "Demora", "impact": "Minor", "message": "Mirando"}
    )
    assert incident.status_code == 201
    with portal.app.state.database.sessions() as db:
        department = db.scalar(select(DepartmentRow.id).order_by(DepartmentRow.id))
        ticket = db.scalar(
            select(TicketRow.id).where(TicketRow.client_id == ACCOUNT).order_by(TicketRow.id)
        )
    assert department is not None and ticket is not None
    return Ids(department, ticket, chat.json()["id"], incident.json()["id"])


def _rows(portal: BackgroundPortal, table: Any) -> int:
    db: Session
    with portal.app.state.database.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.parametrize("name", list(CASES))
def test_the_same_key_twice_creates_one_row_and_replays_the_first_answer(
    portal: BackgroundPortal, http: dict[str, httpx.Client], ids: Ids, name: str
) -> None:
    case = CASES[name]
    client = http[case.who]
    key = {"Idempotency-Key": str(uuid.uuid4())}
    before = _rows(portal, case.table)

    first = client.post(case.path(ids), json=case.body(ids), headers=key)  # answer "lost"
    assert first.status_code in (200, 201), first.text
    created = _rows(portal, case.table)
    assert created > before

    again = client.post(case.path(ids), json=case.body(ids), headers=key)

    assert again.status_code == first.status_code
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert _rows(portal, case.table) == created, "nothing was created the second time"

    other = client.post(
        case.path(ids), json=case.other(ids), headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert other.status_code == first.status_code, "another key is another change"
    assert _rows(portal, case.table) > created

    reused = client.post(case.path(ids), json=case.other(ids), headers=key)
    assert reused.status_code == 409
    assert reused.json()["code"] == "idempotency_key_reused"


def test_a_refused_request_stores_nothing_and_its_key_is_judged_again(
    portal: BackgroundPortal, http: dict[str, httpx.Client], ids: Ids
) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    path = f"/accounts/{ACCOUNT}/tickets"
    bad = {"department_id": 999_999, "subject": "Caído", "message": "No anda"}
    refused = http["customer"].post(path, json=bad, headers=key)
    assert refused.status_code == 422
    again = http["customer"].post(path, json=bad, headers=key)
    assert again.status_code == 422
    assert "Idempotent-Replayed" not in again.headers


def test_without_a_key_each_request_is_a_new_ticket(
    portal: BackgroundPortal, http: dict[str, httpx.Client], ids: Ids
) -> None:
    """The key is optional for tickets (the desktop always sends one)."""
    before = _rows(portal, TicketRow)
    body = {"department_id": ids.department, "subject": "Sin clave", "message": "Hola"}
    for _ in range(2):
        answer = http["customer"].post(f"/accounts/{ACCOUNT}/tickets", json=body)
        assert answer.status_code == 201
    assert _rows(portal, TicketRow) == before + 2


def test_replies_with_one_key_on_two_tickets_are_refused(
    portal: BackgroundPortal, http: dict[str, httpx.Client], ids: Ids
) -> None:
    """A key belongs to one request: the same key on another path is refused, not replayed."""
    key = {"Idempotency-Key": str(uuid.uuid4())}
    opened = http["customer"].post(
        f"/accounts/{ACCOUNT}/tickets",
        json={"department_id": ids.department, "subject": "Nuevo", "message": "Hola"},
    )
    first = http["customer"].post(
        f"/accounts/{ACCOUNT}/tickets/{ids.ticket}/replies", json={"message": "Uno"}, headers=key
    )
    assert first.status_code == 201
    other = http["customer"].post(
        f"/accounts/{ACCOUNT}/tickets/{opened.json()['id']}/replies",
        json={"message": "Uno"},
        headers=key,
    )
    assert other.status_code == 409
    assert other.json()["code"] == "idempotency_key_reused"


def test_an_owner_change_sent_twice_with_one_key_opens_one_ticket(
    portal: BackgroundPortal, http: dict[str, httpx.Client]
) -> None:
    with portal.app.state.database.sessions() as db:  # both accounts up to date, as the seed asks
        for invoice in db.scalars(
            select(InvoiceRow).where(InvoiceRow.status == InvoiceStatus.UNPAID.value)
        ):
            invoice.status = InvoiceStatus.PAID.value
        service = db.scalars(
            select(ServiceRow).where(
                ServiceRow.client_id == ACCOUNT, ServiceRow.status == ServiceStatus.ACTIVE.value
            )
        ).first()
        target = db.scalars(select(ClientRow).where(ClientRow.id != ACCOUNT)).first()
        assert service is not None and target is not None
        db.commit()
        service_id, target_email = service.id, target.email
    before = _rows(portal, TicketRow)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"target_email": target_email, "message": "Lo compró mi socio"}
    path = f"/accounts/{ACCOUNT}/services/{service_id}/owner-change"
    first = http["customer"].post(path, json=body, headers=key)
    again = http["customer"].post(path, json=body, headers=key)
    assert first.status_code == 201, first.text
    assert (again.status_code, again.json()) == (201, first.json())
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert _rows(portal, TicketRow) == before + 1
