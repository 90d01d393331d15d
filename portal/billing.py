"""Invoices made by the portal itself (upgrades, renewals, orders, accepted quotes) and payments.

An invoice made here is numbered from its row id (``F-0NNNNN``, the demo data's series), so two
requests at the same moment can never pick the same number.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api_client.models import AlertEvent, InvoiceStatus, ServiceStatus

from .alerts import raise_event
from .errors import FieldError, PortalHTTPError
from .idempotency import idempotent
from .tables import (
    ClientRow,
    DomainRenewalRow,
    DomainRow,
    IdempotencyKeyRow,
    InvoiceItemRow,
    InvoiceRow,
    PaymentRow,
    ServiceRow,
    utcnow,
)

IVA = Decimal("21.00")
CENT = Decimal("0.01")
INVOICE_DUE_DAYS = 10
NUMBER_BASE = 24000


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def tax_of(amount: Decimal, rate: Decimal = IVA) -> Decimal:
    return (amount * rate / 100).quantize(CENT)


@dataclass(frozen=True)
class Line:
    description: str
    amount: Decimal
    service_id: int | None = None


def create_invoice(
    db: Session, client: ClientRow, lines: list[Line], notes: str = ""
) -> InvoiceRow:
    """An Unpaid invoice of these lines, taxed at IVA, due in ten days (not committed)."""
    issued = today()
    subtotal = sum((line.amount for line in lines), Decimal("0"))
    tax = tax_of(subtotal)
    invoice = InvoiceRow(
        client_id=client.id,
        number=f"tmp-{uuid.uuid4().hex[:24]}",
        issued_on=issued,
        due_on=issued + dt.timedelta(days=INVOICE_DUE_DAYS),
        status=InvoiceStatus.UNPAID.value,
        currency=client.currency,
        subtotal=subtotal,
        tax_rate=IVA,
        tax=tax,
        total=subtotal + tax,
        amount_paid=Decimal("0"),
        notes=notes,
    )
    invoice.items = [
        InvoiceItemRow(
            description=line.description[:300],
            amount=line.amount,
            taxed=True,
            service_id=line.service_id,
        )
        for line in lines
    ]
    db.add(invoice)
    db.flush()
    invoice.number = f"F-{NUMBER_BASE + invoice.id:06d}"
    db.flush()
    raise_event(
        db,
        client.id,
        AlertEvent.INVOICE_CREATED,
        {
            "number": invoice.number,
            "total": invoice.total,
            "currency": invoice.currency,
            "due_on": invoice.due_on.isoformat(),  # shown in the reader's format
        },
    )
    return invoice


def settle(
    db: Session, invoice: InvoiceRow, payment_method_id: int | None, person_id: int | None
) -> PaymentRow | None:
    """Mark an Unpaid invoice Paid and record the charge; None when it was no longer Unpaid.

    The status change is one conditional UPDATE, so two payments racing for one invoice cannot
    both succeed, on SQLite or PostgreSQL.
    """
    balance = invoice.total - invoice.amount_paid
    paid_on = today()
    done = db.execute(
        update(InvoiceRow)
        .where(InvoiceRow.id == invoice.id, InvoiceRow.status == InvoiceStatus.UNPAID.value)
        .values(status=InvoiceStatus.PAID.value, paid_on=paid_on, amount_paid=invoice.total)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        return None
    db.refresh(invoice)
    payment = PaymentRow(
        client_id=invoice.client_id,
        invoice_id=invoice.id,
        payment_method_id=payment_method_id,
        person_id=person_id,
        amount=balance,
        currency=invoice.currency,
        transaction_id=f"TX-{secrets.token_hex(10).upper()}",
        created_at=utcnow(),
    )
    db.add(payment)
    db.flush()
    raise_event(
        db,
        invoice.client_id,
        AlertEvent.INVOICE_PAID,
        {"number": invoice.number, "total": invoice.total, "currency": invoice.currency},
    )
    _apply_domain_renewals(db, invoice)
    _reactivate_services(db, invoice)
    db.flush()
    return payment


def _reactivate_services(db: Session, invoice: InvoiceRow) -> None:
    """A Suspended service on the paid invoice is Active again once no overdue invoice of the
    account still bills it (seed: "cuando pago una factura pendiente")."""
    service_ids = {item.service_id for item in invoice.items if item.service_id is not None}
    for service_id in sorted(service_ids):
        service = db.get(ServiceRow, service_id)
        if service is None or service.status != ServiceStatus.SUSPENDED:
            continue
        still_overdue = db.scalar(
            select(InvoiceRow.id)
            .join(InvoiceItemRow, InvoiceItemRow.invoice_id == InvoiceRow.id)
            .where(
                InvoiceRow.client_id == invoice.client_id,
                InvoiceRow.status == InvoiceStatus.UNPAID.value,
                InvoiceRow.due_on < today(),
                InvoiceItemRow.service_id == service_id,
            )
            .limit(1)
        )
        if still_overdue is not None:
            continue
        service.status = ServiceStatus.ACTIVE.value
        raise_event(
            db,
            invoice.client_id,
            AlertEvent.SERVICE_REACTIVATED,
            {"product": service.product, "domain": service.domain},
        )


def _apply_domain_renewals(db: Session, invoice: InvoiceRow) -> None:
    """A paid renewal moves the domain's expiry date on by its years (and revives it)."""
    renewals = db.scalars(
        select(DomainRenewalRow).where(
            DomainRenewalRow.invoice_id == invoice.id, DomainRenewalRow.applied.is_(False)
        )
    )
    for renewal in renewals:
        domain = db.get(DomainRow, renewal.domain_id)
        if domain is None:
            continue
        domain.expiry_date = add_years(domain.expiry_date, renewal.years)
        if domain.status in ("Grace", "Expired"):
            domain.status = "Active"
        renewal.applied = True


# Yearly registration/renewal price of a domain by its ending, per currency.
TLD_PRICES: dict[str, dict[str, Decimal]] = {
    "com.ar": {"ARS": Decimal("9500.00"), "USD": Decimal("12.00")},
    "ar": {"ARS": Decimal("9500.00"), "USD": Decimal("12.00")},
    "com": {"ARS": Decimal("21000.00"), "USD": Decimal("18.00")},
    "net": {"ARS": Decimal("24000.00"), "USD": Decimal("20.00")},
    "org": {"ARS": Decimal("22000.00"), "USD": Decimal("19.00")},
    "io": {"ARS": Decimal("55000.00"), "USD": Decimal("48.00")},
}


def tld_of(name: str) -> str | None:
    """The longest known ending of a domain name (``com.ar`` before ``ar``), or None.

    An ending alone is not a domain name: ``com.ar`` has no ending to sell (it is not ``ar``'s).
    """
    labels = name.lower().split(".")
    for size in (2, 1):
        ending = ".".join(labels[-size:])
        if ending in TLD_PRICES:
            return ending if len(labels) > size else None
    return None


def run_once(
    db: Session,
    request: Request,
    person_id: int,
    key: str | None,
    body: Any,
    change: Callable[[], Any],
    *,
    status_code: int = 200,
    required: bool = True,
    claim_first: bool = False,
    redo: Callable[[dt.datetime], Any] | None = None,
) -> Response:
    """:func:`portal.idempotency.idempotent` (key required by default), and one more case: when
    ``change`` is refused (already paid, domain taken...) because a request with the same key
    committed that very change a moment earlier, the answer is the replay of that request
    (with ``claim_first`` that cannot happen: the key was claimed before the change ran)."""
    try:
        return idempotent(
            db,
            request,
            person_id,
            key,
            body,
            change,
            status_code=status_code,
            required=required,
            claim_first=claim_first,
            redo=redo,
        )
    except (PortalHTTPError, FieldError):
        if key is None or claim_first:
            raise
        db.rollback()
        stored = db.scalar(
            select(IdempotencyKeyRow.id).where(
                IdempotencyKeyRow.person_id == person_id, IdempotencyKeyRow.key == key
            )
        )
        if stored is None:
            raise
        return idempotent(
            db,
            request,
            person_id,
            key,
            body,
            change,
            status_code=status_code,
            required=required,
            claim_first=claim_first,
        )
