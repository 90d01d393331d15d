"""Invoices: keyset-paginated list (newest first) with a status filter, and detail."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import selectinload

from api_client.models import (
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceItem,
    InvoiceStatus,
    Page,
    Permission,
    Spending,
    SpendingMonth,
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


def first_of_month(on: dt.date, back: int = 0) -> dt.date:
    """The first day of ``on``'s month, ``back`` months earlier."""
    index = on.year * 12 + on.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


@router.get("/accounts/{account_id}/spending", response_model=Spending)
def spending(ctx: Invoices, db: DB, months: Annotated[int, Query(ge=1, le=36)] = 12) -> Spending:
    """Paid invoices' totals by month (of the day paid) and currency, for the ``months`` months
    ending with the current one: what the dashboard's chart draws, in one small answer however
    many invoices the account has. Needs ``invoices``."""
    since = first_of_month(today(), months - 1)
    day = func.coalesce(InvoiceRow.paid_on, InvoiceRow.issued_on)
    year, month = extract("year", day), extract("month", day)
    rows = db.execute(
        select(year, month, InvoiceRow.currency, func.sum(InvoiceRow.total))
        .where(
            InvoiceRow.client_id == ctx.client.id,
            InvoiceRow.status == InvoiceStatus.PAID.value,
            day >= since,
        )
        .group_by(year, month, InvoiceRow.currency)
        .order_by(year, month, InvoiceRow.currency)
    ).all()
    return Spending(
        since=since,
        months=[
            SpendingMonth(
                month=dt.date(int(y), int(m), 1),
                currency=currency,
                amount=Decimal(total).quantize(Decimal("0.01")),
            )
            for y, m, currency, total in rows
        ],
    )


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
