"""Accounts at a glance (``AccountSummary``): a handful of aggregate queries, for one account or
for a page of all the caller's accounts at once, so that a reseller's all-accounts view asks a few
small questions instead of one per account (or listing everything).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from api_client.models import (
    DomainStatus,
    InvoiceStatus,
    Page,
    Permission,
    ServiceStatus,
    TicketStatus,
)
from api_client.summaries import DEFAULT_EXPIRING_DAYS, SUMMARY_PAGE_MAX, AccountSummary

from ..auth import DB, AccountContext, CurrentCaller, permissions_of, require
from ..billing import today
from ..paging import Keyset
from ..routing import PortalRoute
from ..tables import ClientRow, DomainRow, InvoiceRow, MembershipRow, ServiceRow, TicketRow

router = APIRouter(route_class=PortalRoute, tags=["dashboard"])

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
    return summaries_of(db, [(ctx.client, ctx.permissions)], expiring_within)[0]


BY_ACCOUNT = Keyset(ClientRow.id, ClientRow.id, int)


@router.get("/summaries", response_model=Page[AccountSummary])
def account_summaries(
    caller: CurrentCaller,
    db: DB,
    expiring_within: Annotated[int, Query(ge=0, le=3650)] = DEFAULT_EXPIRING_DAYS,
    limit: Annotated[int, Query(ge=1, le=SUMMARY_PAGE_MAX)] = SUMMARY_PAGE_MAX,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[AccountSummary]:
    """The summary of every account the caller is a member of, ``limit`` accounts a page (newest
    account first), each computed as ``/accounts/{id}/summary`` computes it: a reseller's
    all-accounts view in a few requests, the portal answering a page with one query per figure
    instead of one request per account. Accounts where the caller lacks ``products`` are left
    out of ``items`` (their page may hold fewer)."""
    query = (
        select(ClientRow, MembershipRow)
        .join(MembershipRow, MembershipRow.client_id == ClientRow.id)
        .where(MembershipRow.person_id == caller.person.id)
    )
    found, next_cursor = BY_ACCOUNT.page(
        list(db.execute(BY_ACCOUNT.apply(query, cursor, limit)).all()),
        limit,
        lambda row: (row[0].id, row[0].id),
    )
    visible = [
        (client, permissions)
        for client, membership in found
        if Permission.PRODUCTS in (permissions := permissions_of(membership))
    ]
    return Page[AccountSummary](
        items=summaries_of(db, visible, expiring_within), next_cursor=next_cursor
    )


def summaries_of(
    db: Session,
    accounts: Sequence[tuple[ClientRow, frozenset[Permission]]],
    expiring_within: int,
) -> list[AccountSummary]:
    """The summaries of ``accounts`` (each with the caller's permissions there), in that order:
    one grouped query per figure for all of them."""
    if not accounts:
        return []
    on = today()
    ids = [client.id for client, _ in accounts]

    def having(permission: Permission) -> list[int]:
        return [client.id for client, permissions in accounts if permission in permissions]

    by_status: dict[int, dict[ServiceStatus, int]] = defaultdict(dict)
    for client_id, status, count in db.execute(
        select(ServiceRow.client_id, ServiceRow.status, func.count())
        .where(ServiceRow.client_id.in_(ids))
        .group_by(ServiceRow.client_id, ServiceRow.status)
    ):
        if status in ServiceStatus._value2member_map_:
            by_status[client_id][ServiceStatus(status)] = int(count)
    names: dict[int, set[str]] = defaultdict(set)
    for client_id, name in db.execute(
        select(ServiceRow.client_id, ServiceRow.domain).where(
            ServiceRow.client_id.in_(ids), ServiceRow.domain != ""
        )
    ):
        names[client_id].add(name)

    invoices: dict[int, tuple[int, Decimal, int]] = {}
    billed = having(Permission.INVOICES)
    if billed:
        for client_id, count, balance, overdue in db.execute(
            select(
                InvoiceRow.client_id,
                func.count(),
                func.coalesce(func.sum(InvoiceRow.total - InvoiceRow.amount_paid), 0),
                func.coalesce(func.sum(case((InvoiceRow.due_on < on, 1), else_=0)), 0),
            )
            .where(InvoiceRow.client_id.in_(billed), InvoiceRow.status == InvoiceStatus.UNPAID)
            .group_by(InvoiceRow.client_id)
        ):
            invoices[client_id] = (
                int(count),
                Decimal(balance or 0).quantize(Decimal("0.01")),
                int(overdue or 0),
            )

    expiring: dict[int, int] = defaultdict(int)
    named = having(Permission.DOMAINS)
    if named:
        limit = on + dt.timedelta(days=expiring_within)
        for client_id, name, status, expiry in db.execute(
            select(
                DomainRow.client_id, DomainRow.name, DomainRow.status, DomainRow.expiry_date
            ).where(DomainRow.client_id.in_(named))
        ):
            if status == DomainStatus.ACTIVE and expiry <= limit:
                expiring[client_id] += 1
            names[client_id].add(name)

    tickets: dict[int, int] = {}
    supported = having(Permission.TICKETS)
    if supported:
        tickets = {
            client_id: int(count)
            for client_id, count in db.execute(
                select(TicketRow.client_id, func.count())
                .where(TicketRow.client_id.in_(supported), TicketRow.status != TicketStatus.CLOSED)
                .group_by(TicketRow.client_id)
            )
        }

    zero = (0, Decimal("0.00"), 0)
    out = []
    for client, permissions in accounts:
        cid = client.id
        billing = invoices.get(cid, zero) if Permission.INVOICES in permissions else None
        out.append(
            AccountSummary(
                account_id=cid,
                currency=client.currency,
                services_by_status=by_status.get(cid, {}),
                balance_due=billing[1] if billing else None,
                unpaid_invoices=billing[0] if billing else None,
                overdue_invoices=billing[2] if billing else None,
                domains_expiring=expiring.get(cid, 0)
                if Permission.DOMAINS in permissions
                else None,
                open_tickets=tickets.get(cid, 0) if Permission.TICKETS in permissions else None,
                domains=sorted(names.get(cid, set())),
            )
        )
    return out
