"""Invoices: paginated list (newest first) with a status filter, and detail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from api_client.models import Invoice, InvoiceDetail, InvoiceFilter, Page, Permission

from ..auth import DB, AccountContext, RowId, require
from ..backends import backend_of
from ..backends.sql import invoice_summary, today

__all__ = ["invoice_summary", "router", "today"]  # the other billing routes build on these

router = APIRouter(tags=["invoices"])

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


@router.get("/accounts/{account_id}/invoices/{invoice_id}", response_model=InvoiceDetail)
def get_invoice(ctx: Invoices, db: DB, invoice_id: RowId, request: Request) -> InvoiceDetail:
    return backend_of(request).billing.get_invoice(db, ctx, invoice_id)
