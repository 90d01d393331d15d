"""The portal's own invoices and payments (``portal.billing``), on a small database: what an
invoice charges and when it is due, what paying it charges and what it brings back (a suspended
service, a domain in grace), renewals across 29 February, and the replay of a refused retry.

Every date is relative to the portal's "today", frozen for the test so that no test depends on
the hour it runs at."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import AlertEvent, InvoiceStatus, ServiceStatus
from portal import billing
from portal.billing import Line, add_years, create_invoice, run_once, settle, tax_of, tld_of
from portal.errors import PortalHTTPError, install_handlers
from portal.idempotency import request_fingerprint
from portal.tables import (
    AlertOutboxRow,
    DomainRenewalRow,
    DomainRow,
    IdempotencyKeyRow,
    InvoiceRow,
    PersonRow,
    ServiceRow,
)

from .books import Books, add_client, add_domain, add_invoice, add_service, events, payments

DAY = dt.timedelta(days=1)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """The portal's today (UTC), held still for the whole test."""
    frozen = billing.today()
    monkeypatch.setattr(billing, "today", lambda: frozen)
    return frozen


@pytest.fixture
def books() -> Iterator[Books]:
    store = Books()
    yield store
    store.dispose()


@pytest.fixture
def db(books: Books) -> Iterator[Session]:
    with books.sessions() as session:
        yield session


def next_leap_year(after: int) -> int:
    year = after + 1
    while not calendar.isleap(year):
        year += 1
    return year


# ---- small rules ------------------------------------------------------------------------------


def test_iva_is_21_percent_rounded_to_the_cent() -> None:
    assert tax_of(Decimal("100.00")) == Decimal("21.00")
    assert tax_of(Decimal("45000.00")) == Decimal("9450.00")
    assert tax_of(Decimal("0.10")) == Decimal("0.02")  # 0.021
    assert tax_of(Decimal("33.33")) == Decimal("7.00")  # 6.9993


def test_a_year_later_is_the_same_day_except_29_february() -> None:
    leap = next_leap_year(billing.today().year)
    assert add_years(dt.date(leap - 1, 3, 15), 1) == dt.date(leap, 3, 15)
    assert add_years(dt.date(leap, 2, 29), 1) == dt.date(leap + 1, 2, 28)
    assert add_years(dt.date(leap, 2, 29), 4) == dt.date(leap + 4, 2, 29)
    assert add_years(dt.date(leap, 2, 29), 2) == dt.date(leap + 2, 2, 28)


@pytest.mark.parametrize(
    ("name", "ending"),
    [
        ("gimenezdiseno.com.ar", "com.ar"),  # the longest known ending first
        ("tienda.ar", "ar"),
        ("www.lauragimenez.com", "com"),
        ("Estudio.NET", "net"),
        ("laura.dev", None),
        ("ar", None),  # an ending alone is not a name
        ("com", None),
        ("com.ar", None),  # nor is a second-level one: it is not a name under "ar"
        ("COM.AR", None),
        ("", None),
    ],
)
def test_the_price_list_ending_of_a_domain_name(name: str, ending: str | None) -> None:
    assert tld_of(name) == ending


# ---- new invoices -----------------------------------------------------------------------------


def test_a_new_invoice_is_unpaid_taxed_numbered_and_due_in_ten_days(
    db: Session, today: dt.date
) -> None:
    client = add_client(db)
    service = add_service(db, client)
    invoice = create_invoice(
        db,
        client,
        [Line("Upgrade", Decimal("45000.00"), service.id), Line("Extra", Decimal("5000.00"))],
        notes="nota",
    )
    db.commit()
    stored = db.get(InvoiceRow, invoice.id)
    assert stored is not None
    assert stored.status == InvoiceStatus.UNPAID
    assert stored.issued_on == today
    assert stored.due_on == today + 10 * DAY
    assert stored.due_on - stored.issued_on == dt.timedelta(days=billing.INVOICE_DUE_DAYS)
    assert stored.subtotal == Decimal("50000.00")
    assert stored.tax_rate == Decimal("21.00")
    assert stored.tax == Decimal("10500.00")
    assert stored.total == Decimal("60500.00")
    assert stored.amount_paid == Decimal("0")
    assert stored.currency == "ARS"
    assert stored.notes == "nota"
    assert stored.number == f"F-{24000 + stored.id:06d}"
    assert [(i.description, i.amount, i.service_id, i.taxed) for i in stored.items] == [
        ("Upgrade", Decimal("45000.00"), service.id, True),
        ("Extra", Decimal("5000.00"), None, True),
    ]
    created = db.scalars(select(AlertOutboxRow).where(AlertOutboxRow.event == "invoice_created"))
    data = [json.loads(row.data) for row in created]
    assert data == [
        {
            "number": stored.number,
            "total": "60500.00",
            "currency": "ARS",
            "due_on": stored.due_on.isoformat(),  # data is stored plain, worded when shown
        }
    ]


def test_invoice_numbers_follow_the_row_ids_and_long_descriptions_are_cut(db: Session) -> None:
    client = add_client(db)
    first = create_invoice(db, client, [Line("x" * 400, Decimal("10.00"))])
    second = create_invoice(db, client, [Line("y", Decimal("10.00"))])
    assert first.number == f"F-0{24000 + first.id}"
    assert second.number == f"F-0{24000 + second.id}"
    assert first.items[0].description == "x" * 300


# ---- paying -----------------------------------------------------------------------------------


def test_paying_a_partly_paid_invoice_charges_only_its_balance(db: Session, today: dt.date) -> None:
    client = add_client(db)
    invoice = add_invoice(db, client, "1000.00", paid="250.00", due_on=today + 5 * DAY)
    payment = settle(db, invoice, None, None)
    db.commit()
    assert payment is not None
    assert payment.amount == Decimal("750.00")
    assert payment.currency == "ARS"
    assert payment.invoice_id == invoice.id and payment.client_id == client.id
    # the invoice object the caller holds says Paid too (the route answers from it)
    assert invoice.status == InvoiceStatus.PAID
    assert invoice.amount_paid == Decimal("1000.00")
    assert invoice.paid_on == today
    assert [p.id for p in payments(db, invoice)] == [payment.id]
    assert payment.transaction_id.startswith("TX-")
    assert events(db, client) == [AlertEvent.INVOICE_PAID.value]


def test_an_invoice_is_charged_once(db: Session, today: dt.date) -> None:
    client = add_client(db)
    invoice = add_invoice(db, client, "1000.00", due_on=today)
    other = add_invoice(db, client, "500.00", due_on=today)
    assert settle(db, invoice, None, None) is not None
    assert settle(db, invoice, None, None) is None, "already paid: nothing charged"
    db.commit()
    assert len(payments(db, invoice)) == 1
    assert db.get(InvoiceRow, other.id).status == InvoiceStatus.UNPAID  # type: ignore[union-attr]
    assert payments(db, other) == []
    cancelled = add_invoice(db, client, "10.00", due_on=today, status=InvoiceStatus.CANCELLED)
    assert settle(db, cancelled, None, None) is None
    assert db.get(InvoiceRow, cancelled.id).status == InvoiceStatus.CANCELLED  # type: ignore[union-attr]


def test_paying_brings_a_suspended_service_back(db: Session, today: dt.date) -> None:
    client = add_client(db)
    suspended = add_service(db, client, ServiceStatus.SUSPENDED)
    invoice = add_invoice(db, client, "45000.00", due_on=today - 20 * DAY, services=(suspended,))
    # an unpaid invoice of the service not yet overdue (due today) does not keep it suspended
    add_invoice(db, client, "45000.00", due_on=today, services=(suspended,))
    # nor does another service's overdue invoice
    other = add_service(db, client, ServiceStatus.SUSPENDED)
    add_invoice(db, client, "100.00", due_on=today - 40 * DAY, services=(other,))
    settle(db, invoice, None, None)
    db.commit()
    assert db.get(ServiceRow, suspended.id).status == ServiceStatus.ACTIVE  # type: ignore[union-attr]
    assert db.get(ServiceRow, other.id).status == ServiceStatus.SUSPENDED  # type: ignore[union-attr]
    reactivated = db.scalars(
        select(AlertOutboxRow).where(AlertOutboxRow.event == "service_reactivated")
    ).all()
    assert [json.loads(r.data) for r in reactivated] == [
        {"product": suspended.product, "domain": suspended.domain}
    ]


def test_a_service_stays_suspended_while_another_overdue_invoice_bills_it(
    db: Session, today: dt.date
) -> None:
    client = add_client(db)
    suspended = add_service(db, client, ServiceStatus.SUSPENDED)
    paid_now = add_invoice(db, client, "100.00", due_on=today - 40 * DAY, services=(suspended,))
    add_invoice(db, client, "100.00", due_on=today - DAY, services=(suspended,))
    settle(db, paid_now, None, None)
    db.commit()
    assert db.get(ServiceRow, suspended.id).status == ServiceStatus.SUSPENDED  # type: ignore[union-attr]
    assert "service_reactivated" not in events(db, client)


def test_paying_never_revives_a_cancelled_service_nor_alerts_for_an_active_one(
    db: Session, today: dt.date
) -> None:
    client = add_client(db)
    cancelled = add_service(db, client, ServiceStatus.CANCELLED)
    terminated = add_service(db, client, ServiceStatus.TERMINATED)
    active = add_service(db, client, ServiceStatus.ACTIVE)
    invoice = add_invoice(
        db, client, "300.00", due_on=today - DAY, services=(cancelled, terminated, active)
    )
    settle(db, invoice, None, None)
    db.commit()
    assert db.get(ServiceRow, cancelled.id).status == ServiceStatus.CANCELLED  # type: ignore[union-attr]
    assert db.get(ServiceRow, terminated.id).status == ServiceStatus.TERMINATED  # type: ignore[union-attr]
    assert db.get(ServiceRow, active.id).status == ServiceStatus.ACTIVE  # type: ignore[union-attr]
    assert events(db, client) == ["invoice_paid"]


def renewal(db: Session, domain: DomainRow, invoice: InvoiceRow, years: int) -> DomainRenewalRow:
    row = DomainRenewalRow(domain_id=domain.id, invoice_id=invoice.id, years=years)
    db.add(row)
    db.flush()
    return row


def test_paying_a_renewal_moves_the_expiry_and_revives_a_domain_in_grace(
    db: Session, today: dt.date
) -> None:
    client = add_client(db)
    grace = add_domain(db, client, "Grace", today - 10 * DAY)
    expired = add_domain(db, client, "Expired", today - 50 * DAY)
    active = add_domain(db, client, "Active", today + 20 * DAY)
    redemption = add_domain(db, client, "Redemption", today - 40 * DAY)
    invoice = add_invoice(db, client, "40000.00", due_on=today)
    for domain, years in ((grace, 1), (expired, 2), (active, 3), (redemption, 1)):
        renewal(db, domain, invoice, years)
    # a renewal on another, unpaid invoice waits for that one
    later = add_domain(db, client, "Active", today + 5 * DAY)
    waiting = renewal(db, later, add_invoice(db, client, "9500.00", due_on=today), 1)
    settle(db, invoice, None, None)
    db.commit()

    def state(domain: DomainRow) -> tuple[str, dt.date]:
        row = db.get(DomainRow, domain.id)
        assert row is not None
        return row.status, row.expiry_date

    assert state(grace) == ("Active", add_years(today - 10 * DAY, 1))
    assert state(expired) == ("Active", add_years(today - 50 * DAY, 2))
    assert state(active) == ("Active", add_years(today + 20 * DAY, 3))
    # restoring a domain in redemption is staff work: its date moves, its status does not
    assert state(redemption) == ("Redemption", add_years(today - 40 * DAY, 1))
    assert state(later) == ("Active", today + 5 * DAY)
    assert db.get(DomainRenewalRow, waiting.id).applied is False  # type: ignore[union-attr]
    applied = db.scalars(select(DomainRenewalRow).where(DomainRenewalRow.invoice_id == invoice.id))
    assert all(r.applied for r in applied)


def test_a_renewal_is_applied_once(db: Session, today: dt.date) -> None:
    client = add_client(db)
    domain = add_domain(db, client, "Active", today + 30 * DAY)
    invoice = add_invoice(db, client, "9500.00", due_on=today)
    renewal(db, domain, invoice, 1)
    settle(db, invoice, None, None)
    billing._apply_domain_renewals(db, invoice)  # e.g. a payment job run twice
    db.commit()
    assert db.get(DomainRow, domain.id).expiry_date == add_years(today + 30 * DAY, 1)  # type: ignore[union-attr]


def test_a_renewal_across_29_february(db: Session, today: dt.date) -> None:
    leap = next_leap_year(today.year)
    client = add_client(db)
    one = add_domain(db, client, "Active", dt.date(leap, 2, 29))
    four = add_domain(db, client, "Active", dt.date(leap, 2, 29))
    invoice = add_invoice(db, client, "47500.00", due_on=today)
    renewal(db, one, invoice, 1)
    renewal(db, four, invoice, 4)
    settle(db, invoice, None, None)
    db.commit()
    assert db.get(DomainRow, one.id).expiry_date == dt.date(leap + 1, 2, 28)  # type: ignore[union-attr]
    assert db.get(DomainRow, four.id).expiry_date == dt.date(leap + 4, 2, 29)  # type: ignore[union-attr]


# ---- a refused retry replays what its key already did -----------------------------------------


@pytest.fixture
def app(books: Books) -> FastAPI:
    """A one-route app whose change is refused once another request with the same key has
    committed (as when a retry of "pay" arrives after the first attempt paid)."""
    with books.sessions() as db:
        db.add(PersonRow(id=1, email="a@example.com", name="A", password_hash="x"))
        db.commit()
    app = FastAPI()
    app.state.database = books
    install_handlers(app)
    app.state.runs = 0
    app.state.on_run = None

    @app.post("/pay")
    def pay(request: Request) -> Response:
        key = request.headers.get("Idempotency-Key")
        with books.sessions() as db:

            def change() -> dict[str, str]:
                app.state.runs += 1
                hook = app.state.on_run
                if callable(hook):
                    hook()
                raise PortalHTTPError(409, "invoice_not_payable", "already paid")

            return run_once(db, request, 1, key, {"card": 1}, change)

    return app


def store_answer(books: Books, key: str, person_id: int = 1) -> None:
    with books.sessions() as other:
        other.add(
            IdempotencyKeyRow(
                key=key,
                person_id=person_id,
                method_path="POST /pay",
                request_hash=request_fingerprint({"card": 1}),
                status_code=200,
                response_body='{"paid": "first attempt"}',
            )
        )
        other.commit()


def client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


async def test_a_retry_refused_because_its_first_attempt_paid_replays_that_answer(
    app: FastAPI, books: Books
) -> None:
    app.state.on_run = lambda: store_answer(books, "pay-1")
    async with client(app) as http:
        answer = await http.post("/pay", headers={"Idempotency-Key": "pay-1"})
    assert answer.status_code == 200
    assert answer.json() == {"paid": "first attempt"}
    assert answer.headers["Idempotent-Replayed"] == "true"
    assert app.state.runs == 1


async def test_a_refusal_without_a_stored_answer_stays_a_refusal_and_runs_once(
    app: FastAPI, books: Books
) -> None:
    # another person's answer under the same key is not this request's
    app.state.on_run = lambda: store_answer(books, "pay-2", person_id=2)
    with books.sessions() as db:
        db.add(PersonRow(id=2, email="b@example.com", name="B", password_hash="x"))
        db.commit()
    async with client(app) as http:
        refused = await http.post("/pay", headers={"Idempotency-Key": "pay-2"})
        assert refused.status_code == 409
        assert refused.json()["code"] == "invoice_not_payable"
        assert app.state.runs == 1, "a refused change is not run a second time"
        app.state.on_run = None
        without_key = await http.post("/pay")
    assert without_key.status_code == 400
    assert without_key.json()["code"] == "idempotency_key_required"
    assert app.state.runs == 1
