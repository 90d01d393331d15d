"""Invoices: keyset-paginated list (newest first) with a status filter, and detail."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from api_client.models import (
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceItem,
    InvoiceStatus,
    Page,
    Permission,
)

from ..auth import DB, AccountContext, RowId, require
from ..errors import not_found
from ..paging import Keyset
from ..tables import InvoiceRow

router = APIRouter(tags=["invoices"])

Invoices = Annotated[AccountContext, Depends(require(Permission.INVOICES))]


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


NEWEST_FIRST = Keyset(InvoiceRow.issued_on, InvoiceRow.id, dt.date.fromisoformat)


def invoice_summary(row: InvoiceRow, on: dt.date) -> dict[str, object]:
    return {
        "id": row.id,
        "number": row.number,
        "issued_on": row.issued_on,
        "due_on": row.due_on,
        "paid_on": row.paid_on,
        "status": row.status,
        "overdue": row.status == InvoiceStatus.UNPAID and row.due_on < on,
        "currency": row.currency,
        "total": row.total,
        "balance": row.total - row.amount_paid
        if row.status not in (InvoiceStatus.CANCELLED, InvoiceStatus.REFUNDED)
        else 0,
    }


def _filtered(query: Select[InvoiceRow], status: InvoiceFilter | None) -> Select[InvoiceRow]:
    if status is None:
        return query
    if status is InvoiceFilter.OVERDUE:
        return query.where(InvoiceRow.status == InvoiceStatus.UNPAID, InvoiceRow.due_on < today())
    return query.where(InvoiceRow.status == status.value)


@router.get("/accounts/{account_id}/invoices", response_model=Page[Invoice])
def list_invoices(
    ctx: Invoices,
    db: DB,
    status: InvoiceFilter | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Invoice]:
    query = _filtered(select(InvoiceRow).where(InvoiceRow.client_id == ctx.client.id), status)
    rows, next_cursor = NEWEST_FIRST.page(
        list(db.scalars(NEWEST_FIRST.apply(query, cursor, limit))),
        limit,
        lambda row: (row.issued_on, row.id),
    )
    on = today()
    items = [Invoice.model_validate(invoice_summary(row, on)) for row in rows]
    return Page[Invoice](items=items, next_cursor=next_cursor)


@router.get("/accounts/{account_id}/invoices/{invoice_id}", response_model=InvoiceDetail)
def get_invoice(ctx: Invoices, db: DB, invoice_id: RowId) -> InvoiceDetail:
    row = db.scalar(
        select(InvoiceRow)
        .options(selectinload(InvoiceRow.items))
        .where(InvoiceRow.id == invoice_id)
    )
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such invoice")
    return InvoiceDetail.model_validate(
        {
            **invoice_summary(row, today()),
            "items": [InvoiceItem.model_validate(item, from_attributes=True) for item in row.items],
            "subtotal": row.subtotal,
            "tax_rate": row.tax_rate,
            "tax": row.tax,
            "credit": row.credit,
            "notes": row.notes,
        }
    )
