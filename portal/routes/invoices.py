"""Invoices: paginated list (newest first) with a status filter, and detail."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import extract, func, select

from api_client.models import (
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceStatus,
    Page,
    Permission,
    Spending,
    SpendingMonth,
)

from ..auth import DB, AccountContext, RowId, require
from ..backends import backend_of
from ..backends.sql import invoice_summary, today
from ..routing import PortalRoute
from ..tables import InvoiceRow

__all__ = ["invoice_summary", "router", "today"]  # the other billing routes build on these

router = APIRouter(route_class=PortalRoute, tags=["invoices"])

Invoices = Annotated[AccountContext, Depends(require(Permission.INVOICES))]


@router.get("/accounts/{account_id}/invoices", response_model=Page[Invoice])
def list_invoices(
    ctx: Invoices,
    db: DB,
    request: Request,
    status: InvoiceFilter | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Invoice]:
    return backend_of(request).billing.list_invoices(db, ctx, status, limit, cursor)


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
def get_invoice(ctx: Invoices, db: DB, invoice_id: RowId, request: Request) -> InvoiceDetail:
    return backend_of(request).billing.get_invoice(db, ctx, invoice_id)
