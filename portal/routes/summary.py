"""One account at a glance (``AccountSummary``): a handful of aggregate queries, so that a
reseller's all-accounts view asks one small question per account instead of listing everything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import case, func, select

from api_client.models import DomainStatus, InvoiceStatus, Permission, ServiceStatus, TicketStatus
from api_client.summaries import DEFAULT_EXPIRING_DAYS, AccountSummary

from ..auth import DB, AccountContext, require
from ..billing import today
from ..tables import DomainRow, InvoiceRow, ServiceRow, TicketRow

router = APIRouter(tags=["dashboard"])

Products = Annotated[AccountContext, Depends(require(Permission.PRODUCTS))]


@router.get("/accounts/{account_id}/summary", response_model=AccountSummary)
def account_summary(
    ctx: Products,
    db: DB,
    expiring_within: Annotated[int, Query(ge=0, le=3650)] = DEFAULT_EXPIRING_DAYS,
) -> AccountSummary:
    """Services by status, balance due, unpaid and overdue invoices, domains expiring within
    ``expiring_within`` days and open tickets. Needs ``products``; the invoice, domain and ticket
    figures are null without ``invoices``, ``domains`` and ``tickets``."""
    client_id = ctx.client.id
    on = today()
    by_status = {
        ServiceStatus(status): int(count)
        for status, count in db.execute(
            select(ServiceRow.status, func.count())
            .where(ServiceRow.client_id == client_id)
            .group_by(ServiceRow.status)
        )
        if status in ServiceStatus._value2member_map_
    }
    names = set(
        db.scalars(
            select(ServiceRow.domain).where(
                ServiceRow.client_id == client_id, ServiceRow.domain != ""
            )
        )
    )

    balance: Decimal | None = None
    unpaid: int | None = None
    overdue: int | None = None
    if Permission.INVOICES in ctx.permissions:
        row = db.execute(
            select(
                func.count(),
                func.coalesce(func.sum(InvoiceRow.total - InvoiceRow.amount_paid), 0),
                func.coalesce(func.sum(case((InvoiceRow.due_on < on, 1), else_=0)), 0),
            ).where(InvoiceRow.client_id == client_id, InvoiceRow.status == InvoiceStatus.UNPAID)
        ).one()
        unpaid = int(row[0])
        balance = Decimal(row[1] or 0).quantize(Decimal("0.01"))
        overdue = int(row[2] or 0)

    expiring: int | None = None
    if Permission.DOMAINS in ctx.permissions:
        domains = db.execute(
            select(DomainRow.name, DomainRow.status, DomainRow.expiry_date).where(
                DomainRow.client_id == client_id
            )
        ).all()
        limit = on + dt.timedelta(days=expiring_within)
        expiring = sum(
            1
            for _name, status, expiry in domains
            if status == DomainStatus.ACTIVE and expiry <= limit
        )
        names.update(name for name, _status, _expiry in domains)

    tickets: int | None = None
    if Permission.TICKETS in ctx.permissions:
        tickets = int(
            db.scalar(
                select(func.count())
                .select_from(TicketRow)
                .where(TicketRow.client_id == client_id, TicketRow.status != TicketStatus.CLOSED)
            )
            or 0
        )

    return AccountSummary(
        account_id=client_id,
        currency=ctx.client.currency,
        services_by_status=by_status,
        balance_due=balance,
        unpaid_invoices=unpaid,
        overdue_invoices=overdue,
        domains_expiring=expiring,
        open_tickets=tickets,
        domains=sorted(names),
    )
