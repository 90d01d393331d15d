"""Paying an invoice with a saved card, the invoice as PDF, and quotes ("presupuestos").

Paying is idempotent twice over: the ``Idempotency-Key`` replays the first answer, and the
invoice moves from Unpaid to Paid in one conditional UPDATE, so even two different keys racing
for one invoice charge it once.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from api_client.models import (
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentResult,
    PayRequest,
    Permission,
    Quote,
    QuoteDetail,
    QuoteItem,
    QuoteStage,
)

from ..audit import record
from ..auth import DB, AccountContext, RowId, require
from ..billing import Line, create_invoice, run_once, settle, today
from ..errors import FieldError, PortalHTTPError, not_found
from ..idempotency import IdempotencyKey
from ..pdf import InvoiceDocument, invoice_pdf
from ..routing import PortalRoute
from ..tables import InvoiceRow, PaymentMethodRow, PaymentRow, QuoteRow, utcnow
from .invoices import invoice_summary

router = APIRouter(route_class=PortalRoute, tags=["billing"])

Invoices = Annotated[AccountContext, Depends(require(Permission.INVOICES))]
Quotes = Annotated[AccountContext, Depends(require(Permission.QUOTES))]
InvoiceId = RowId
QuoteId = RowId

ACCEPTABLE_STAGES = (QuoteStage.DELIVERED.value, QuoteStage.ON_HOLD.value)


def _invoice(db: Session, ctx: AccountContext, invoice_id: int) -> InvoiceRow:
    row = db.scalar(
        select(InvoiceRow)
        .options(selectinload(InvoiceRow.items))
        .where(InvoiceRow.id == invoice_id)
    )
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such invoice")
    return row


def _not_payable(status: str) -> PortalHTTPError:
    return PortalHTTPError(
        409, "invoice_not_payable", f"An invoice in status {status} cannot be paid"
    )


@router.post("/accounts/{account_id}/invoices/{invoice_id}/pay", response_model=PaymentResult)
def pay_invoice(
    body: PayRequest,
    ctx: Invoices,
    db: DB,
    request: Request,
    invoice_id: InvoiceId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Charge the invoice's balance to a saved card of this account.

    Needs an ``Idempotency-Key`` (400 ``idempotency_key_required``); the same key never charges
    twice. 409 ``invoice_not_payable`` (not Unpaid), 409 ``payment_method_expired``;
    422 ``payment_method_id``: ``unknown_payment_method``.
    """

    def change() -> PaymentResult:
        invoice = _invoice(db, ctx, invoice_id)
        method = db.get(PaymentMethodRow, body.payment_method_id)
        if method is None or method.client_id != ctx.client.id:
            raise FieldError.one(
                "payment_method_id",
                "unknown_payment_method",
                "This payment method does not belong to the account",
            )
        if invoice.status != InvoiceStatus.UNPAID:
            raise _not_payable(invoice.status)
        on = today()
        if (method.exp_year, method.exp_month) < (on.year, on.month):
            raise PortalHTTPError(409, "payment_method_expired", "This card has expired")
        payment = settle(db, invoice, method.id, ctx.person.id)
        if payment is None:  # another payment won the race
            db.refresh(invoice)
            raise _not_payable(invoice.status)
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "invoice_paid",
            f"{invoice.number}: {payment.currency} {payment.amount} with card {method.id}",
        )
        db.flush()
        return PaymentResult(
            payment=Payment.model_validate(payment, from_attributes=True),
            invoice=Invoice.model_validate(invoice_summary(invoice, on)),
        )

    return run_once(db, request, ctx.person.id, idempotency_key, body, change)


@router.get("/accounts/{account_id}/invoices/{invoice_id}/payments", response_model=list[Payment])
def list_payments(ctx: Invoices, db: DB, invoice_id: InvoiceId) -> list[Payment]:
    invoice = _invoice(db, ctx, invoice_id)
    rows = db.scalars(
        select(PaymentRow).where(PaymentRow.invoice_id == invoice.id).order_by(PaymentRow.id)
    )
    return [Payment.model_validate(r, from_attributes=True) for r in rows]


@router.get(
    "/accounts/{account_id}/invoices/{invoice_id}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "The invoice as PDF"}},
)
def invoice_pdf_download(ctx: Invoices, db: DB, invoice_id: InvoiceId) -> Response:
    invoice = _invoice(db, ctx, invoice_id)
    client = ctx.client
    summary = invoice_summary(invoice, today())
    bill_to = [
        client.company or f"{client.first_name} {client.last_name}",
        f"{client.first_name} {client.last_name}",
        client.address1,
        ", ".join(p for p in (client.city, client.state, client.postcode) if p),
        f"CUIT/CUIL {client.tax_id}" if client.tax_id else "",
    ]
    document = InvoiceDocument(
        number=invoice.number,
        status=invoice.status,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        paid_on=invoice.paid_on,
        currency=invoice.currency,
        items=[(item.description, item.amount) for item in invoice.items],
        subtotal=invoice.subtotal,
        tax_rate=invoice.tax_rate,
        tax=invoice.tax,
        credit=invoice.credit,
        total=invoice.total,
        balance=summary["balance"],  # type: ignore[arg-type]
        bill_to=[line for line in bill_to if line],
        language=client.language,
    )
    return Response(
        invoice_pdf(document),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{invoice.number}.pdf"'},
    )


def _acceptable(row: QuoteRow, on: dt.date) -> bool:
    return row.stage in ACCEPTABLE_STAGES and row.valid_until >= on


def quote_summary(row: QuoteRow, on: dt.date) -> dict[str, object]:
    return {
        "id": row.id,
        "number": row.number,
        "subject": row.subject,
        "stage": row.stage,
        "created_on": row.created_on,
        "valid_until": row.valid_until,
        "currency": row.currency,
        "total": row.total,
        "acceptable": _acceptable(row, on),
    }


def quote_detail(row: QuoteRow) -> QuoteDetail:
    return QuoteDetail.model_validate(
        {
            **quote_summary(row, today()),
            "items": [QuoteItem.model_validate(i, from_attributes=True) for i in row.items],
            "subtotal": row.subtotal,
            "tax_rate": row.tax_rate,
            "tax": row.tax,
            "notes": row.notes,
            "invoice_id": row.invoice_id,
        }
    )


def _quote(db: Session, ctx: AccountContext, quote_id: int) -> QuoteRow:
    row = db.scalar(
        select(QuoteRow).options(selectinload(QuoteRow.items)).where(QuoteRow.id == quote_id)
    )
    if row is None or row.client_id != ctx.client.id or row.stage == QuoteStage.DRAFT:
        raise not_found("No such quote")
    return row


@router.get("/accounts/{account_id}/quotes", response_model=list[Quote])
def list_quotes(ctx: Quotes, db: DB) -> list[Quote]:
    """The account's quotes, newest first (drafts are the staff's, not shown)."""
    rows = db.scalars(
        select(QuoteRow)
        .where(QuoteRow.client_id == ctx.client.id, QuoteRow.stage != QuoteStage.DRAFT.value)
        .order_by(QuoteRow.created_on.desc(), QuoteRow.id.desc())
    )
    on = today()
    return [Quote.model_validate(quote_summary(r, on)) for r in rows]


@router.get("/accounts/{account_id}/quotes/{quote_id}", response_model=QuoteDetail)
def get_quote(ctx: Quotes, db: DB, quote_id: QuoteId) -> QuoteDetail:
    return quote_detail(_quote(db, ctx, quote_id))


@router.post("/accounts/{account_id}/quotes/{quote_id}/accept", response_model=QuoteDetail)
def accept_quote(
    ctx: Quotes,
    db: DB,
    request: Request,
    quote_id: QuoteId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Accept the quote: it becomes Accepted and an invoice of its items is created
    (``invoice_id`` in the answer). Needs an ``Idempotency-Key``. 409 ``quote_expired`` (past
    its validity), 409 ``quote_not_acceptable`` (Accepted, Lost or Dead)."""

    def change() -> QuoteDetail:
        row = _quote(db, ctx, quote_id)
        if row.stage not in ACCEPTABLE_STAGES:
            raise PortalHTTPError(
                409, "quote_not_acceptable", f"A quote in stage {row.stage} cannot be accepted"
            )
        if row.valid_until < today():
            raise PortalHTTPError(409, "quote_expired", "This quote is no longer valid")
        invoice = create_invoice(
            db,
            ctx.client,
            [
                Line(
                    f"{item.description}" + (f" x {item.quantity}" if item.quantity != 1 else ""),
                    item.amount,
                )
                for item in row.items
            ],
            notes=f"Presupuesto {row.number} aceptado",
        )
        row.stage = QuoteStage.ACCEPTED.value
        row.accepted_at = utcnow()
        row.invoice_id = invoice.id
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "quote_accepted",
            f"{row.number}: invoice {invoice.number}",
        )
        db.flush()
        return quote_detail(row)

    return run_once(db, request, ctx.person.id, idempotency_key, None, change)


@router.post("/accounts/{account_id}/quotes/{quote_id}/decline", response_model=QuoteDetail)
def decline_quote(ctx: Quotes, db: DB, quote_id: QuoteId) -> QuoteDetail:
    """Decline the quote: it becomes Lost and can no longer be accepted. It costs nothing and
    asking again answers the same (no ``Idempotency-Key``). 409 ``quote_not_declinable`` when it
    was accepted or withdrawn (Dead)."""
    row = _quote(db, ctx, quote_id)
    if row.stage == QuoteStage.LOST.value:
        return quote_detail(row)
    if row.stage not in ACCEPTABLE_STAGES:
        raise PortalHTTPError(
            409, "quote_not_declinable", f"A quote in stage {row.stage} cannot be declined"
        )
    row.stage = QuoteStage.LOST.value
    record(db, ctx.client.id, ctx.person.id, "quote_declined", row.number)
    db.commit()
    return quote_detail(row)
