"""One account at a glance, for people who reach many accounts (resellers): what needs attention
(balance due, overdue invoices, services by status, domains expiring soon, open tickets) in one
small answer per account."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from .models import Page, ServiceStatus, WireModel
from .transport import Transport

DEFAULT_EXPIRING_DAYS = 30
SUMMARY_PAGE_MAX = 100  # accounts per page of ``GET /summaries``


class AccountSummary(WireModel):
    """A part the caller may not see on this account (no ``invoices``, ``domains`` or
    ``tickets`` permission there) is ``None``, not zero."""

    account_id: int
    currency: str
    services_by_status: dict[ServiceStatus, int] = Field(
        description="Count of the account's services per status (statuses with none left out)"
    )
    balance_due: Decimal | None = Field(description="What the Unpaid invoices still ask for")
    unpaid_invoices: int | None
    overdue_invoices: int | None = Field(description="Unpaid invoices past their due date")
    domains_expiring: int | None = Field(
        description="Active domains expiring within ``expiring_within`` days (expired included)"
    )
    open_tickets: int | None = Field(description="Tickets that are not Closed")
    domains: list[str] = Field(
        description="Names of the account's domains and of the domains its services run on"
    )


class SummaryAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._path = f"/accounts/{account_id}/summary"

    async def get(self, *, expiring_within: int = DEFAULT_EXPIRING_DAYS) -> AccountSummary:
        return await self._t.request(
            "GET",
            self._path,
            params={"expiring_within": expiring_within},
            model=AccountSummary,
        )


class SummariesAPI:
    """Every account the signed-in person is a member of, summarised by the portal a page at a
    time (``GET /summaries``)."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def list(
        self,
        *,
        expiring_within: int = DEFAULT_EXPIRING_DAYS,
        limit: int = SUMMARY_PAGE_MAX,
        cursor: str | None = None,
    ) -> Page[AccountSummary]:
        params = {"expiring_within": expiring_within, "limit": limit, "cursor": cursor}
        return await self._t.request("GET", "/summaries", params=params, model=Page[AccountSummary])
