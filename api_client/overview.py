"""An account's first screen in one answer (``GET /accounts/{id}/overview``): what the window
shows when an account opens (the dashboard's counts, chart and attention list, the details, the
services, the first page of invoices, the domains, the tickets, the support departments, the
live chats, where the events feed stands and the service status), so that opening an account
costs one round trip instead of a burst of fifteen requests.

A portal whose backend does not serve it answers 501 (or, older than the route, 404 with no
code): then ``get`` returns None and the app asks for each part on its own, as before."""

from __future__ import annotations

from pydantic import Field

from . import errors
from .models import (
    AccountDetails,
    Chat,
    Dashboard,
    Department,
    Domain,
    Invoice,
    Page,
    Service,
    ServiceStatusPage,
    Spending,
    Ticket,
    WireModel,
)
from .transport import Transport

OVERVIEW_INVOICES = 50  # invoices in each of the overview's invoice pages
OVERVIEW_MONTHS = 12  # months of the overview's spending


class AccountOverview(WireModel):
    """Each part is ``None`` when the caller lacks its permission on the account (``profile``:
    details and the events feed's position; ``products``: dashboard and services; ``invoices``:
    the invoice pages and spending; ``domains``: domains; ``tickets``: tickets, departments and
    chats), as the part's own route would answer 403."""

    account_id: int
    details: AccountDetails | None = Field(description="As GET /accounts/{id}")
    dashboard: Dashboard | None = Field(description="As GET /accounts/{id}/dashboard")
    services: list[Service] | None = Field(description="As GET /accounts/{id}/services")
    invoices: Page[Invoice] | None = Field(
        description="The first page of GET /accounts/{id}/invoices (every status)"
    )
    overdue_invoices: Page[Invoice] | None = Field(
        description="The first page of GET /accounts/{id}/invoices?status=Overdue"
    )
    spending: Spending | None = Field(description="As GET /accounts/{id}/spending")
    domains: list[Domain] | None = Field(description="As GET /accounts/{id}/domains")
    tickets: list[Ticket] | None = Field(description="As GET /accounts/{id}/tickets (every status)")
    departments: list[Department] | None = Field(description="As GET /accounts/{id}/departments")
    chats: list[Chat] | None = Field(description="As GET /accounts/{id}/chats")
    events_last_id: int | None = Field(
        description="The newest desktop event's id (0: none): pass as ?after= to "
        "GET /accounts/{id}/events to wait for the next ones"
    )
    service_status: ServiceStatusPage = Field(description="As GET /status (public)")


class OverviewAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._path = f"/accounts/{account_id}/overview"

    async def get(self) -> AccountOverview | None:
        """The account's first screen, or None when this portal does not serve it (its backend
        answers 404 or 501): then ask for each part on its own."""
        try:
            return await self._t.request("GET", self._path, model=AccountOverview)
        except errors.NotFoundError as exc:
            if exc.code:
                raise  # the portal's own 404 (the account is not reachable), not a missing route
            return None  # an older portal: the route itself is unknown
        except errors.ServerError as exc:
            if exc.status_code == 501:
                return None
            raise
