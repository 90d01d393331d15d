"""The money routes' rules over HTTP, against the real portal: an account's URL reaches only that
account's invoices, quotes and services (even for a person who may see both accounts), the changes
that cost money need an Idempotency-Key, a card pays through its expiry month, a quote is good
through its last valid day, an end-of-period cancellation never takes effect in the past, the
owner-change overdue check looks only at the two accounts, and every change leaves its audit row.

The portal's "today" (UTC) is held still for each test, so no test depends on the hour."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

import portal.routes.billing as portal_billing_routes
import portal.routes.service_changes as portal_service_routes
from api_client.models import InvoiceStatus, QuoteStage, ServiceStatus
from portal import billing
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal
from portal.tables import (
    AuditRow,
    ClientRow,
    InvoiceItemRow,
    InvoiceRow,
    PaymentMethodRow,
    PaymentRow,
    ProductPriceRow,
    ProductRow,
    QuoteItemRow,
    QuoteRow,
    ServiceCancellationRow,
    ServiceRow,
    TicketRow,
)

OWN, OTHER = 1, 2  # the demo's accounts: Laura may see both (she manages the other one)
DAY = dt.timedelta(days=1)
END_OF_PERIOD = "End of Billing Period"


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    frozen = billing.today()
    for module in (billing, portal_billing_routes, portal_service_routes):
        monkeypatch.setattr(module, "today", lambda: frozen)
    return frozen


@pytest.fixture
def http(portal: BackgroundPortal) -> Iterator[httpx.Client]:
    """Laura, signed in: owner of account 1, manager of account 2."""
    with httpx.Client(base_url=f"{portal.url}/api/v1") as client:
        answer = client.post("/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        answer.raise_for_status()
        client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
        yield client


def key() -> dict[str, str]:
    return {"Idempotency-Key": secrets.token_hex(8)}


def database(portal: BackgroundPortal) -> Session:
    session: Session = portal.app.state.database.sessions()
    return session


def add_card(portal: BackgroundPortal, client_id: int, month: int, year: int) -> int:
    with database(portal) as db:
        card = PaymentMethodRow(
            client_id=client_id,
            token=secrets.token_urlsafe(24),
            brand="visa",
            last4="4242",
            exp_month=month,
            exp_year=year,
            holder_name="Titular",
        )
        db.add(card)
        db.commit()
        return card.id


def unpaid_invoice(portal: BackgroundPortal, client_id: int) -> InvoiceRow:
    with database(portal) as db:
        row = db.scalar(
            select(InvoiceRow)
            .where(InvoiceRow.client_id == client_id, InvoiceRow.status == "Unpaid")
            .order_by(InvoiceRow.id)
            .limit(1)
        )
        assert row is not None
        return row


def service_of(portal: BackgroundPortal, client_id: int, status: str = "Active") -> ServiceRow:
    with database(portal) as db:
        row = db.scalar(
            select(ServiceRow)
            .where(ServiceRow.client_id == client_id, ServiceRow.status == status)
            .order_by(ServiceRow.id)
            .limit(1)
        )
        assert row is not None
        return row


def audit_details(portal: BackgroundPortal, action: str) -> list[str]:
    with database(portal) as db:
        return list(
            db.scalars(
                select(AuditRow.detail).where(AuditRow.action == action).order_by(AuditRow.id)
            )
        )


def add_quote(
    portal: BackgroundPortal,
    client_id: int,
    number: str,
    valid_until: dt.date,
    stage: QuoteStage = QuoteStage.DELIVERED,
) -> int:
    with database(portal) as db:
        items = [
            QuoteItemRow(
                description="Casilla adicional",
                quantity=3,
                unit_price=Decimal("100.00"),
                amount=Decimal("300.00"),
            ),
            QuoteItemRow(
                description="Configuración",
                quantity=1,
                unit_price=Decimal("50.00"),
                amount=Decimal("50.00"),
            ),
        ]
        quote = QuoteRow(
            client_id=client_id,
            number=number,
            subject="Casillas",
            stage=stage.value,
            created_on=valid_until - 30 * DAY,
            valid_until=valid_until,
            currency="ARS",
            subtotal=Decimal("350.00"),
            tax_rate=Decimal("21.00"),
            tax=Decimal("73.50"),
            total=Decimal("423.50"),
        )
        quote.items = items
        db.add(quote)
        db.commit()
        return quote.id


def no_overdue(portal: BackgroundPortal, today: dt.date, *client_ids: int) -> None:
    with database(portal) as db:
        db.execute(
            update(InvoiceRow)
            .where(InvoiceRow.client_id.in_(client_ids), InvoiceRow.status == "Unpaid")
            .values(due_on=today + 5 * DAY)
        )
        db.commit()


# ---- an account's URL reaches only that account's rows ---------------------------------------


def test_an_accounts_url_never_reaches_another_accounts_invoice_or_quote(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    card = add_card(portal, OWN, today.month, today.year + 2)
    theirs = unpaid_invoice(portal, OTHER)
    their_quote = add_quote(portal, OTHER, "P-9001", today + 10 * DAY)
    assert http.get(f"/accounts/{OTHER}/invoices/{theirs.id}/payments").status_code == 200
    assert http.get(f"/accounts/{OTHER}/quotes/{their_quote}").status_code == 200

    own = f"/accounts/{OWN}"
    answers = {
        "pay": http.post(
            f"{own}/invoices/{theirs.id}/pay", json={"payment_method_id": card}, headers=key()
        ),
        "payments": http.get(f"{own}/invoices/{theirs.id}/payments"),
        "pdf": http.get(f"{own}/invoices/{theirs.id}/pdf"),
        "quote": http.get(f"{own}/quotes/{their_quote}"),
        "accept": http.post(f"{own}/quotes/{their_quote}/accept", headers=key()),
    }
    assert {name: a.status_code for name, a in answers.items()} == dict.fromkeys(answers, 404)
    assert all(a.json()["code"] == "not_found" for a in answers.values())
    with database(portal) as db:
        invoice = db.get(InvoiceRow, theirs.id)
        assert invoice is not None and invoice.status == InvoiceStatus.UNPAID
        assert db.scalars(select(PaymentRow).where(PaymentRow.invoice_id == theirs.id)).all() == []
        quote = db.get(QuoteRow, their_quote)
        assert quote is not None and quote.stage == QuoteStage.DELIVERED


def test_an_accounts_url_never_reaches_another_accounts_service(
    portal: BackgroundPortal, http: httpx.Client
) -> None:
    theirs = service_of(portal, OTHER)
    with database(portal) as db:
        product = db.scalar(
            select(ProductRow.id).where(
                ProductRow.product_group == theirs.product_group,
                ProductRow.name != theirs.product,
            )
        )
    assert http.get(f"/accounts/{OTHER}/services/{theirs.id}/upgrade-options").status_code == 200
    base = f"/accounts/{OWN}/services/{theirs.id}"
    answers = {
        "options": http.get(f"{base}/upgrade-options"),
        "quote": http.get(f"{base}/upgrade-quote", params={"product_id": product}),
        "upgrade": http.post(f"{base}/upgrade", json={"product_id": product}, headers=key()),
        "cancel": http.post(
            f"{base}/cancellation",
            json={"type": "Immediate", "password": DEMO_PASSWORD},
            headers=key(),
        ),
        "cancellation": http.get(f"{base}/cancellation"),
        "owner": http.post(f"{base}/owner-change", json={"target_email": DEMO_EMAIL}),
    }
    assert {name: a.status_code for name, a in answers.items()} == dict.fromkeys(answers, 404)
    with database(portal) as db:
        service = db.get(ServiceRow, theirs.id)
        assert service is not None
        assert (service.status, service.product) == (theirs.status, theirs.product)
        assert db.scalar(select(ServiceCancellationRow.id)) is None


def test_quotes_in_draft_are_the_staffs_and_not_shown(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    draft = add_quote(portal, OWN, "P-9002", today + 10 * DAY, QuoteStage.DRAFT)
    listed = http.get(f"/accounts/{OWN}/quotes").json()
    assert "P-9002" not in [q["number"] for q in listed]
    assert listed, "the account's other quotes are listed"
    assert http.get(f"/accounts/{OWN}/quotes/{draft}").status_code == 404
    assert http.post(f"/accounts/{OWN}/quotes/{draft}/accept", headers=key()).status_code == 404


# ---- the changes that cost money need an Idempotency-Key -------------------------------------


def test_paying_accepting_and_upgrading_need_an_idempotency_key(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    card = add_card(portal, OWN, today.month, today.year + 2)
    invoice = unpaid_invoice(portal, OWN)
    quote = add_quote(portal, OWN, "P-9003", today + 10 * DAY)
    service = service_of(portal, OWN)
    with database(portal) as db:
        product = db.scalar(
            select(ProductRow.id).where(
                ProductRow.product_group == service.product_group,
                ProductRow.name != service.product,
                ProductRow.allows_automatic_change.is_(True),
            )
        )
    refused = [
        http.post(f"/accounts/{OWN}/invoices/{invoice.id}/pay", json={"payment_method_id": card}),
        http.post(f"/accounts/{OWN}/quotes/{quote}/accept"),
        http.post(f"/accounts/{OWN}/services/{service.id}/upgrade", json={"product_id": product}),
    ]
    for answer in refused:
        assert answer.status_code == 400, answer.text
        assert answer.json()["code"] == "idempotency_key_required"
    with database(portal) as db:
        assert db.get(InvoiceRow, invoice.id).status == "Unpaid"  # type: ignore[union-attr]
        assert db.get(QuoteRow, quote).stage == "Delivered"  # type: ignore[union-attr]
        assert db.get(ServiceRow, service.id).product == service.product  # type: ignore[union-attr]

    paid = http.post(
        f"/accounts/{OWN}/invoices/{invoice.id}/pay",
        json={"payment_method_id": card},
        headers=key(),
    )
    assert paid.status_code == 200
    accepted = http.post(f"/accounts/{OWN}/quotes/{quote}/accept", headers=key())
    assert accepted.status_code == 200


def test_a_card_and_a_cancellation_can_be_sent_without_a_key(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    card = http.post(
        f"/accounts/{OWN}/payment-methods",
        json={"number": "5555 5555 5555 4444", "exp_month": 12, "exp_year": today.year + 3},
    )
    assert card.status_code == 201, card.text
    service = service_of(portal, OWN)
    cancelled = http.post(
        f"/accounts/{OWN}/services/{service.id}/cancellation",
        json={"type": END_OF_PERIOD, "password": DEMO_PASSWORD},
    )
    assert cancelled.status_code == 201, cancelled.text
    with database(portal) as db:
        assert db.scalar(
            select(ServiceCancellationRow.id).where(ServiceCancellationRow.service_id == service.id)
        )


# ---- paying -----------------------------------------------------------------------------------


def test_a_card_pays_through_its_expiry_month_and_the_payment_is_audited(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    last_month = (today.replace(day=1) - DAY).replace(day=1)
    expired = add_card(portal, OWN, last_month.month, last_month.year)
    this_month = add_card(portal, OWN, today.month, today.year)
    invoice = unpaid_invoice(portal, OWN)
    pay = f"/accounts/{OWN}/invoices/{invoice.id}/pay"

    refused = http.post(pay, json={"payment_method_id": expired}, headers=key())
    assert refused.status_code == 409 and refused.json()["code"] == "payment_method_expired"
    unknown = http.post(pay, json={"payment_method_id": 987654}, headers=key())
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["type"] == "unknown_payment_method"

    paid = http.post(pay, json={"payment_method_id": this_month}, headers=key())
    assert paid.status_code == 200, paid.text
    body = paid.json()
    assert body["invoice"]["status"] == "Paid"
    assert Decimal(body["payment"]["amount"]) == invoice.total - invoice.amount_paid
    assert body["payment"]["payment_method_id"] == this_month
    assert audit_details(portal, "invoice_paid") == [
        f"{invoice.number}: ARS {body['payment']['amount']} with card {this_month}"
    ]
    listed = http.get(f"/accounts/{OWN}/invoices/{invoice.id}/payments").json()
    assert [p["id"] for p in listed] == [body["payment"]["id"]]
    # once paid, the answer is that it is paid, whatever the card: not "add a valid card"
    for card in (expired, this_month):
        again = http.post(pay, json={"payment_method_id": card}, headers=key())
        assert again.status_code == 409 and again.json()["code"] == "invoice_not_payable"


def test_a_payment_that_loses_the_race_charges_nothing_and_says_the_invoice_is_paid(
    portal: BackgroundPortal,
    http: httpx.Client,
    today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = add_card(portal, OWN, today.month, today.year + 2)
    invoice = unpaid_invoice(portal, OWN)
    real_settle = portal_billing_routes.settle

    def another_payment_first(db: Session, row: InvoiceRow, *args: Any) -> Any:
        # another request (another key) pays the invoice between our checks and our charge
        with database(portal) as other:
            other.execute(
                update(InvoiceRow)
                .where(InvoiceRow.id == row.id)
                .values(status="Paid", amount_paid=row.total, paid_on=today)
            )
            other.commit()
        return real_settle(db, row, *args)

    monkeypatch.setattr(portal_billing_routes, "settle", another_payment_first)
    answer = http.post(
        f"/accounts/{OWN}/invoices/{invoice.id}/pay",
        json={"payment_method_id": card},
        headers=key(),
    )
    assert answer.status_code == 409
    assert answer.json() == {
        "code": "invoice_not_payable",
        "detail": "An invoice in status Paid cannot be paid",
    }
    with database(portal) as db:
        assert db.scalars(select(PaymentRow).where(PaymentRow.invoice_id == invoice.id)).all() == []
    assert audit_details(portal, "invoice_paid") == []


# ---- quotes -----------------------------------------------------------------------------------


def test_a_quote_is_good_through_its_last_valid_day(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    last_day = add_quote(portal, OWN, "P-9004", today)
    gone = add_quote(portal, OWN, "P-9005", today - DAY)

    def acceptable() -> dict[str, bool]:
        return {q["number"]: q["acceptable"] for q in http.get(f"/accounts/{OWN}/quotes").json()}

    assert acceptable()["P-9004"] is True
    assert acceptable()["P-9005"] is False
    assert http.get(f"/accounts/{OWN}/quotes/{last_day}").json()["acceptable"] is True

    refused = http.post(f"/accounts/{OWN}/quotes/{gone}/accept", headers=key())
    assert refused.status_code == 409 and refused.json()["code"] == "quote_expired"
    accepted = http.post(f"/accounts/{OWN}/quotes/{last_day}/accept", headers=key())
    assert accepted.status_code == 200, accepted.text
    detail = accepted.json()
    assert detail["stage"] == "Accepted" and detail["acceptable"] is False
    assert acceptable()["P-9004"] is False, "an accepted quote cannot be accepted again"

    with database(portal) as db:
        invoice = db.get(InvoiceRow, detail["invoice_id"])
        assert invoice is not None and invoice.client_id == OWN
        assert invoice.total == Decimal("423.50")
        assert invoice.due_on == today + 10 * DAY
        assert [(i.description, i.amount) for i in invoice.items] == [
            ("Casilla adicional x 3", Decimal("300.00")),
            ("Configuración", Decimal("50.00")),
        ]
        assert invoice.notes == "Presupuesto P-9004 aceptado"
        number = invoice.number
    assert audit_details(portal, "quote_accepted") == [f"P-9004: invoice {number}"]


# ---- service changes --------------------------------------------------------------------------


def test_an_end_of_period_cancellation_never_takes_effect_in_the_past(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    overdue = service_of(portal, OWN)
    with database(portal) as db:
        db.execute(
            update(ServiceRow)
            .where(ServiceRow.id == overdue.id)
            .values(next_due_date=today - 15 * DAY)
        )
        db.commit()
    answer = http.post(
        f"/accounts/{OWN}/services/{overdue.id}/cancellation",
        json={"type": END_OF_PERIOD, "password": DEMO_PASSWORD, "reason": "Cierro"},
        headers=key(),
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["effective_on"] == today.isoformat()
    assert answer.json()["service_status"] == "Active"
    shown = http.get(f"/accounts/{OWN}/services/{overdue.id}/cancellation").json()
    assert shown["effective_on"] == today.isoformat()
    assert audit_details(portal, "service_cancellation_requested") == [
        f"service {overdue.id}: {END_OF_PERIOD}, effective {today.isoformat()}"
    ]


def test_a_cancellation_belongs_to_its_own_service(
    portal: BackgroundPortal, http: httpx.Client
) -> None:
    with database(portal) as db:
        active = list(
            db.scalars(
                select(ServiceRow.id)
                .where(ServiceRow.client_id == OWN, ServiceRow.status == "Active")
                .order_by(ServiceRow.id)
            )
        )
    leaving, staying = active[0], active[1]
    done = http.post(
        f"/accounts/{OWN}/services/{leaving}/cancellation",
        json={"type": END_OF_PERIOD, "password": DEMO_PASSWORD},
        headers=key(),
    )
    assert done.status_code == 201
    missing = http.get(f"/accounts/{OWN}/services/{staying}/cancellation")
    assert missing.status_code == 404
    # the other service can still be cancelled, here at once
    again = http.post(
        f"/accounts/{OWN}/services/{staying}/cancellation",
        json={"type": "Immediate", "password": DEMO_PASSWORD},
        headers=key(),
    )
    assert again.status_code == 201, again.text
    assert again.json()["service_status"] == "Cancelled"
    # asked once more: the answer is that it was already requested
    once_more = http.post(
        f"/accounts/{OWN}/services/{staying}/cancellation",
        json={"type": END_OF_PERIOD, "password": DEMO_PASSWORD},
        headers=key(),
    )
    assert once_more.status_code == 409
    assert once_more.json()["code"] == "cancellation_already_requested"


def test_two_cancellations_of_one_service_at_the_same_moment_one_wins(
    portal: BackgroundPortal,
    http: httpx.Client,
    today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = service_of(portal, OWN)
    person_id = http.get("/me").json()["person"]["id"]

    def another_request_commits_first() -> dt.date:
        # the other request passed the same checks and committed a moment earlier
        with database(portal) as other:
            other.add(
                ServiceCancellationRow(
                    service_id=service.id,
                    person_id=person_id,
                    type="Immediate",
                    effective_on=today,
                )
            )
            other.commit()
        monkeypatch.setattr(portal_service_routes, "today", lambda: today)
        return today

    monkeypatch.setattr(portal_service_routes, "today", another_request_commits_first)
    answer = http.post(
        f"/accounts/{OWN}/services/{service.id}/cancellation",
        json={"type": END_OF_PERIOD, "password": DEMO_PASSWORD},
    )
    assert answer.status_code == 409, answer.text
    assert answer.json()["code"] == "cancellation_already_requested"
    with database(portal) as db:
        rows = db.scalars(
            select(ServiceCancellationRow).where(ServiceCancellationRow.service_id == service.id)
        ).all()
        assert [r.type for r in rows] == ["Immediate"]


def product_named(db: Session, name: str) -> ProductRow:
    row = db.scalar(select(ProductRow).where(ProductRow.name == name))
    assert row is not None
    return row


def set_service(portal: BackgroundPortal, product: str, **values: Any) -> ServiceRow:
    with database(portal) as db:
        service = db.scalar(
            select(ServiceRow).where(ServiceRow.client_id == OWN, ServiceRow.product == product)
        )
        assert service is not None
        for name, value in values.items():
            setattr(service, name, value)
        db.commit()
        return service


def test_any_positive_difference_is_invoiced_and_the_same_price_costs_nothing(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    with database(portal) as db:
        empresa = product_named(db, "Hosting Empresa")
        price = next(
            p.price for p in empresa.prices if p.currency == "ARS" and p.billing_cycle == "Annually"
        )
    service = set_service(portal, "Hosting Pro", amount=price - Decimal("0.50"))
    base = f"/accounts/{OWN}/services/{service.id}"
    quote = http.get(f"{base}/upgrade-quote", params={"product_id": empresa.id}).json()
    assert quote["direction"] == "upgrade"
    assert Decimal(quote["difference"]) == Decimal("0.50")
    assert Decimal(quote["total_due"]) == Decimal("0.60")  # 0.50 + 0.105 of IVA, to the cent
    done = http.post(f"{base}/upgrade", json={"product_id": empresa.id}, headers=key())
    assert done.status_code == 200, done.text
    invoice_id = done.json()["invoice_id"]
    assert invoice_id is not None
    with database(portal) as db:
        invoice = db.get(InvoiceRow, invoice_id)
        assert invoice is not None and invoice.total == Decimal("0.60")
        assert invoice.due_on == today + 10 * DAY
        lines = db.scalars(select(InvoiceItemRow).where(InvoiceItemRow.invoice_id == invoice_id))
        assert [line.service_id for line in lines] == [service.id]
    assert audit_details(portal, "service_plan_changed") == [
        f"service {service.id}: Hosting Pro -> Hosting Empresa, invoice {invoice_id}"
    ]

    # back at the very same price: not an upgrade, nothing to pay, no invoice
    with database(portal) as db:
        pro = product_named(db, "Hosting Pro")
        db.execute(
            update(ProductPriceRow)
            .where(
                ProductPriceRow.product_id == pro.id,
                ProductPriceRow.currency == "ARS",
                ProductPriceRow.billing_cycle == "Annually",
            )
            .values(price=price)
        )
        db.commit()
    same = http.get(f"{base}/upgrade-quote", params={"product_id": pro.id}).json()
    assert same["direction"] == "downgrade"
    assert Decimal(same["total_due"]) == Decimal("0")
    moved = http.post(f"{base}/upgrade", json={"product_id": pro.id}, headers=key())
    assert moved.status_code == 200 and moved.json()["invoice_id"] is None


def test_upgrade_refusals_for_an_unknown_plan_or_one_without_the_services_cycle(
    portal: BackgroundPortal, http: httpx.Client
) -> None:
    service = set_service(portal, "Hosting Pro")
    base = f"/accounts/{OWN}/services/{service.id}"
    unknown = http.get(f"{base}/upgrade-quote", params={"product_id": 987654})
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["type"] == "unknown_product"
    with database(portal) as db:
        empresa = product_named(db, "Hosting Empresa")
        db.execute(
            delete(ProductPriceRow).where(
                ProductPriceRow.product_id == empresa.id,
                ProductPriceRow.billing_cycle == service.billing_cycle,
            )
        )
        db.commit()
    for answer in (
        http.get(f"{base}/upgrade-quote", params={"product_id": empresa.id}),
        http.post(f"{base}/upgrade", json={"product_id": empresa.id}, headers=key()),
    ):
        assert answer.status_code == 422
        assert answer.json()["detail"][0]["type"] == "cycle_not_offered"
    with database(portal) as db:
        assert db.get(ServiceRow, service.id).product == "Hosting Pro"  # type: ignore[union-attr]


def test_owner_change_looks_only_at_the_two_accounts_invoices(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    no_overdue(portal, today, OWN, OTHER)
    with database(portal) as db:
        # a third client, behind on payments, has nothing to do with this change
        stranger = ClientRow(first_name="Otra", last_name="Persona", email="otra@example.com")
        db.add(stranger)
        db.flush()
        db.add(
            InvoiceRow(
                client_id=stranger.id,
                number="T-OVERDUE",
                issued_on=today - 40 * DAY,
                due_on=today - 30 * DAY,
                status="Unpaid",
                currency="ARS",
                subtotal=Decimal("10.00"),
                total=Decimal("10.00"),
            )
        )
        # an invoice due today is not overdue yet
        db.execute(
            update(InvoiceRow)
            .where(InvoiceRow.id == unpaid_invoice(portal, OWN).id)
            .values(due_on=today)
        )
        db.commit()
    service = service_of(portal, OWN)
    answer = http.post(
        f"/accounts/{OWN}/services/{service.id}/owner-change",
        json={"target_email": OTHER_EMAIL.upper()},
    )
    assert answer.status_code == 201, answer.text
    ticket = answer.json()
    assert ticket["service_id"] == service.id
    with database(portal) as db:
        stored = db.get(TicketRow, ticket["id"])
        assert stored is not None and stored.client_id == OWN
        assert db.get(ServiceRow, service.id).client_id == OWN  # type: ignore[union-attr]
    assert audit_details(portal, "service_owner_change_requested") == [
        f"service {service.id} to client {OTHER}, ticket {ticket['id']}"
    ]

    # once the other account is behind on a payment, the change is refused
    with database(portal) as db:
        db.execute(
            update(InvoiceRow)
            .where(InvoiceRow.id == unpaid_invoice(portal, OTHER).id)
            .values(due_on=today - DAY)
        )
        db.commit()
    refused = http.post(
        f"/accounts/{OWN}/services/{service.id}/owner-change",
        json={"target_email": OTHER_EMAIL},
    )
    assert refused.status_code == 409 and refused.json()["code"] == "overdue_invoices"


def test_owner_change_to_an_unknown_or_the_same_client(
    portal: BackgroundPortal, http: httpx.Client, today: dt.date
) -> None:
    no_overdue(portal, today, OWN, OTHER)
    service = service_of(portal, OWN)
    url = f"/accounts/{OWN}/services/{service.id}/owner-change"
    for email, code in (
        ("nadie@example.com", "target_not_found"),
        (f"  {DEMO_EMAIL.title()}  ", "same_client"),
    ):
        answer = http.post(url, json={"target_email": email})
        assert answer.status_code == 409 and answer.json()["code"] == code
    suspended = service_of(portal, OWN, ServiceStatus.SUSPENDED.value)
    answer = http.post(
        f"/accounts/{OWN}/services/{suspended.id}/owner-change",
        json={"target_email": OTHER_EMAIL},
    )
    assert answer.status_code == 409 and answer.json()["code"] == "service_not_active"


def test_an_ending_alone_cannot_be_ordered_as_a_domain(http: httpx.Client) -> None:
    for name in ("com.ar", "ar", "com"):
        answer = http.get("/domains/availability", params={"name": name})
        assert answer.status_code == 422, (name, answer.text)
    sold = http.get("/domains/availability", params={"name": "estudio-nuevo.com.ar"})
    assert sold.status_code == 200 and sold.json()["available"] is True
