"""Staff actions on accounts that the seed's alerts announce: suspend, reactivate and terminate a
service, cancel an invoice, make a quote available, delete a domain, and carry out the End of
Billing Period cancellations that reached their date. Each raises its alert event in the same
transaction. Non-staff get 403 ``staff_only``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import (
    AlertEvent,
    CancellationsApplied,
    DomainStatus,
    Invoice,
    InvoiceStatus,
    QuoteCreate,
    QuoteDetail,
    QuoteStage,
    ServiceDetail,
    ServiceStatus,
)

from ..alerts import raise_event
from ..audit import record
from ..auth import DB, RowId
from ..billing import IVA, run_once, tax_of, today
from ..errors import PortalHTTPError, not_found
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
from ..tables import (
    ClientRow,
    DomainRow,
    InvoiceRow,
    QuoteItemRow,
    QuoteRow,
    ServiceCancellationRow,
    ServiceRow,
)
from .billing import quote_detail
from .invoices import invoice_summary
from .staff import Staff

router = APIRouter(route_class=PortalRoute, prefix="/staff", tags=["staff"])

Id = RowId
REMOVABLE_DOMAINS = (
    DomainStatus.EXPIRED,
    DomainStatus.REDEMPTION,
    DomainStatus.CANCELLED,
    DomainStatus.TRANSFERRED_AWAY,
)


def _service(db: Session, service_id: int) -> ServiceRow:
    row = db.get(ServiceRow, service_id)
    if row is None:
        raise not_found("No such service")
    return row


def _service_event(db: Session, row: ServiceRow, event: AlertEvent) -> None:
    raise_event(db, row.client_id, event, {"product": row.product, "domain": row.domain})


def _detail(row: ServiceRow) -> ServiceDetail:
    return ServiceDetail.model_validate(row, from_attributes=True)


@router.post("/services/{service_id}/suspend", response_model=ServiceDetail)
def suspend_service(staff: Staff, db: DB, service_id: Id) -> ServiceDetail:
    """Active -> Suspended. 409 ``service_not_active``."""
    row = _service(db, service_id)
    if row.status != ServiceStatus.ACTIVE:
        raise PortalHTTPError(409, "service_not_active", "Only an active service is suspended")
    row.status = ServiceStatus.SUSPENDED.value
    _service_event(db, row, AlertEvent.SERVICE_SUSPENDED)
    record(db, row.client_id, staff.person.id, "service_suspended", f"service {row.id}")
    db.commit()
    return _detail(row)


@router.post("/services/{service_id}/reactivate", response_model=ServiceDetail)
def reactivate_service(staff: Staff, db: DB, service_id: Id) -> ServiceDetail:
    """Suspended -> Active. 409 ``service_not_suspended``."""
    row = _service(db, service_id)
    if row.status != ServiceStatus.SUSPENDED:
        raise PortalHTTPError(409, "service_not_suspended", "The service is not suspended")
    row.status = ServiceStatus.ACTIVE.value
    _service_event(db, row, AlertEvent.SERVICE_REACTIVATED)
    record(db, row.client_id, staff.person.id, "service_reactivated", f"service {row.id}")
    db.commit()
    return _detail(row)


@router.post("/services/{service_id}/terminate", response_model=ServiceDetail)
def terminate_service(staff: Staff, db: DB, service_id: Id) -> ServiceDetail:
    """Any status -> Terminated (removed from the server). 409 ``service_already_terminated``."""
    row = _service(db, service_id)
    if row.status == ServiceStatus.TERMINATED:
        raise PortalHTTPError(409, "service_already_terminated", "Already terminated")
    row.status = ServiceStatus.TERMINATED.value
    row.next_due_date = None
    _service_event(db, row, AlertEvent.SERVICE_TERMINATED)
    record(db, row.client_id, staff.person.id, "service_terminated", f"service {row.id}")
    db.commit()
    return _detail(row)


@router.post("/invoices/{invoice_id}/cancel", response_model=Invoice)
def cancel_invoice(staff: Staff, db: DB, invoice_id: Id) -> Invoice:
    """Unpaid or Draft -> Cancelled ("anulada"). 409 ``invoice_not_cancellable``."""
    row = db.get(InvoiceRow, invoice_id)
    if row is None:
        raise not_found("No such invoice")
    if row.status not in (InvoiceStatus.UNPAID, InvoiceStatus.DRAFT):
        raise PortalHTTPError(
            409, "invoice_not_cancellable", f"An invoice in status {row.status} is not cancelled"
        )
    row.status = InvoiceStatus.CANCELLED.value
    raise_event(db, row.client_id, AlertEvent.INVOICE_CANCELLED, {"number": row.number})
    record(db, row.client_id, staff.person.id, "invoice_cancelled", row.number)
    db.commit()
    return Invoice.model_validate(invoice_summary(row, today()))


@router.post("/accounts/{account_id}/quotes", response_model=QuoteDetail, status_code=201)
def make_quote(
    body: QuoteCreate,
    staff: Staff,
    db: DB,
    request: Request,
    account_id: Id,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """A quote delivered to the account (stage Delivered), in the account's currency.
    Honours an ``Idempotency-Key`` (sent again with its key, one quote is made)."""

    def change() -> QuoteDetail:
        client = db.get(ClientRow, account_id)
        if client is None:
            raise not_found("No such account")
        items = [
            QuoteItemRow(
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                amount=line.unit_price * line.quantity,
            )
            for line in body.items
        ]
        subtotal = sum((item.amount for item in items), Decimal("0"))
        tax = tax_of(subtotal)
        on = today()
        quote = QuoteRow(
            client_id=client.id,
            number=f"tmp-{uuid.uuid4().hex[:24]}",
            subject=body.subject,
            stage=QuoteStage.DELIVERED.value,
            created_on=on,
            valid_until=on + dt.timedelta(days=body.valid_days),
            currency=client.currency,
            subtotal=subtotal,
            tax_rate=IVA,
            tax=tax,
            total=subtotal + tax,
            notes=body.notes,
        )
        quote.items = items
        db.add(quote)
        db.flush()
        quote.number = f"P-{1000 + quote.id}"
        raise_event(
            db,
            client.id,
            AlertEvent.QUOTE_AVAILABLE,
            {"number": quote.number, "subject": body.subject},
        )
        record(db, client.id, staff.person.id, "quote_delivered", quote.number)
        db.flush()
        return quote_detail(quote)

    return run_once(
        db, request, staff.person.id, idempotency_key, body, change, status_code=201, required=False
    )


@router.delete("/domains/{domain_id}", status_code=204)
def delete_domain(staff: Staff, db: DB, domain_id: Id) -> None:
    """Remove a domain that is no longer held (Expired, Redemption, Cancelled, Transferred Away)
    from its account. 409 ``domain_still_held``."""
    row = db.get(DomainRow, domain_id)
    if row is None:
        raise not_found("No such domain")
    if row.status not in REMOVABLE_DOMAINS:
        raise PortalHTTPError(
            409, "domain_still_held", f"A domain in status {row.status} is not deleted"
        )
    raise_event(db, row.client_id, AlertEvent.DOMAIN_DELETED, {"domain": row.name})
    record(db, row.client_id, staff.person.id, "domain_deleted", row.name)
    db.delete(row)
    db.commit()


def apply_due_cancellations(
    db: Session, on: dt.date, claim: Callable[[str], bool] = lambda _name: True
) -> list[int]:
    """Cancel the services whose End of Billing Period cancellation is due (not committed);
    ``claim`` skips a service another run of the jobs is cancelling."""
    rows = db.scalars(
        select(ServiceRow)
        .join(ServiceCancellationRow, ServiceCancellationRow.service_id == ServiceRow.id)
        .where(
            ServiceCancellationRow.effective_on <= on,
            ServiceRow.status.not_in(
                (ServiceStatus.CANCELLED.value, ServiceStatus.TERMINATED.value)
            ),
        )
        .order_by(ServiceRow.id)
    ).all()
    rows = [row for row in rows if claim(f"cancel:service:{row.id}")]
    for row in rows:
        row.status = ServiceStatus.CANCELLED.value
        row.next_due_date = None
        _service_event(db, row, AlertEvent.SERVICE_TERMINATED)
        record(db, row.client_id, None, "service_cancelled", f"service {row.id}: period ended")
    return [row.id for row in rows]


@router.post("/jobs/apply-cancellations", response_model=CancellationsApplied)
def run_due_cancellations(staff: Staff, db: DB) -> CancellationsApplied:
    """Carry out the End of Billing Period cancellations whose date has come (run daily)."""
    ids = apply_due_cancellations(db, today())
    db.commit()
    return CancellationsApplied(service_ids=ids)
