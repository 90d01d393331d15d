"""An account's first screen in one answer: the same parts, from the same backend calls and
queries, as the routes the desktop would otherwise ask one by one when an account opens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from api_client.models import InvoiceFilter, Permission
from api_client.overview import OVERVIEW_INVOICES, OVERVIEW_MONTHS, AccountOverview

from ..auth import DB, AccountContext, require
from ..backends import backend_of
from ..routing import PortalRoute
from .alerts import last_event_id
from .chat import list_chats
from .domains import list_domains
from .invoices import spending
from .ordering import dashboard
from .status import service_status

router = APIRouter(route_class=PortalRoute, tags=["dashboard"])

Products = Annotated[AccountContext, Depends(require(Permission.PRODUCTS))]


@router.get("/accounts/{account_id}/overview", response_model=AccountOverview)
def account_overview(ctx: Products, db: DB, request: Request) -> AccountOverview:
    """What the window shows when the account opens. Needs ``products`` (the dashboard's
    counts and the services); each other part is null without its own route's permission:
    ``profile`` (details, where the events feed stands), ``invoices`` (the first pages of all
    and of overdue invoices, spending by month), ``domains`` (domains), ``tickets`` (tickets,
    support departments, live chats). The service status page is public."""
    backend = backend_of(request)
    has = ctx.permissions.__contains__
    profile = has(Permission.PROFILE)
    invoices = has(Permission.INVOICES)
    tickets = has(Permission.TICKETS)
    return AccountOverview(
        account_id=ctx.client.id,
        details=backend.accounts.details(db, ctx) if profile else None,
        dashboard=dashboard(ctx, db),
        services=backend.services.list_services(db, ctx),
        invoices=(
            backend.billing.list_invoices(db, ctx, None, OVERVIEW_INVOICES, None)
            if invoices
            else None
        ),
        overdue_invoices=(
            backend.billing.list_invoices(db, ctx, InvoiceFilter.OVERDUE, OVERVIEW_INVOICES, None)
            if invoices
            else None
        ),
        spending=spending(ctx, db, OVERVIEW_MONTHS) if invoices else None,
        domains=list_domains(ctx, db) if has(Permission.DOMAINS) else None,
        tickets=backend.support.list_tickets(db, ctx, None) if tickets else None,
        departments=backend.support.list_departments(db, ctx) if tickets else None,
        chats=list_chats(ctx, db) if tickets else None,
        events_last_id=last_event_id(db, ctx.client.id) if profile else None,
        service_status=service_status(db),
    )
