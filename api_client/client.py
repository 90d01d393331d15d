"""``PortalClient``: a typed async client with one namespace per resource.

client = PortalClient("https://portal.example.com")
await client.auth.login("ana@example.com", "secret")
me = await client.me()
account = client.for_account(me.accounts[0].id)
details = await account.details.get()
async for invoice in account.invoices.iterate(status=InvoiceFilter.UNPAID):
    ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx

from .account_resources import (
    AlertsAPI,
    AuditAPI,
    ContactsAPI,
    EmailsAPI,
    PaymentMethodsAPI,
    SecurityAPI,
    UsersAPI,
)
from .client_area import (
    BillingAPI,
    ChatsAPI,
    DashboardAPI,
    DomainsAPI,
    OrdersAPI,
    PublicAPI,
    QuotesAPI,
    ServiceActionsAPI,
    StaffAPI,
    TicketsAPI,
)
from .models import (
    AccountDetails,
    AccountUpdate,
    Health,
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    LoginRequest,
    Me,
    Page,
    Service,
    ServiceDetail,
    Spending,
    TokenPair,
)
from .overview import OverviewAPI
from .summaries import SummariesAPI, SummaryAPI
from .transport import RetryPolicy, Tokens, TokensListener, Transport


class AuthAPI:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def login(self, email: str, password: str, totp_code: str | None = None) -> Tokens:
        """Sign in. With two-factor on, a missing code fails with code ``totp_required``."""
        request = LoginRequest(email=email, password=password)
        if totp_code is not None:
            request = LoginRequest(email=email, password=password, totp_code=totp_code)
        pair = await self._t.request(
            "POST",
            "/auth/login",
            json=request,
            model=TokenPair,
            auth=False,
        )
        tokens = Tokens.from_pair(pair)
        self._t.set_tokens(tokens)
        return tokens

    async def resume(self, refresh_token: str) -> Tokens:
        """Sign in again with a remembered refresh token (it rotates: store the new one)."""
        pair = await self._t.trade_refresh_token(refresh_token)
        tokens = Tokens.from_pair(pair)
        self._t.set_tokens(tokens)
        return tokens

    async def logout(self) -> None:
        """End the session on the portal (the refresh token stops working) and forget the tokens."""
        try:
            if self._t.tokens is not None:
                await self._t.request("POST", "/auth/logout")
        finally:
            self._t.set_tokens(None)


class AccountDetailsAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}"

    async def get(self) -> AccountDetails:
        return await self._t.request("GET", self._base, model=AccountDetails)

    async def update(self, change: AccountUpdate) -> AccountDetails:
        return await self._t.request("PATCH", self._base, json=change, model=AccountDetails)


class ServicesAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/services"

    async def list(self) -> list[Service]:
        return await self._t.request("GET", self._base, model=list[Service])

    async def get(self, service_id: int) -> ServiceDetail:
        return await self._t.request("GET", f"{self._base}/{service_id}", model=ServiceDetail)


class InvoicesAPI:
    def __init__(self, transport: Transport, account_id: int) -> None:
        self._t = transport
        self._base = f"/accounts/{account_id}/invoices"

    async def list(
        self,
        *,
        status: InvoiceFilter | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page[Invoice]:
        params = {"status": status.value if status else None, "limit": limit, "cursor": cursor}
        return await self._t.request("GET", self._base, params=params, model=Page[Invoice])

    async def iterate(
        self, *, status: InvoiceFilter | None = None, page_size: int = 100
    ) -> AsyncIterator[Invoice]:
        cursor: str | None = None
        while True:
            page = await self.list(status=status, limit=page_size, cursor=cursor)
            for item in page.items:
                yield item
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    async def get(self, invoice_id: int) -> InvoiceDetail:
        return await self._t.request("GET", f"{self._base}/{invoice_id}", model=InvoiceDetail)

    async def spending(self, months: int = 12) -> Spending:
        """Paid totals by month and currency, summed by the portal (one request)."""
        path = self._base.removesuffix("/invoices") + "/spending"
        return await self._t.request("GET", path, params={"months": months}, model=Spending)


class AccountClient:
    """Everything about one client account, on the same connection as its ``PortalClient``."""

    def __init__(self, transport: Transport, account_id: int) -> None:
        self.account_id = account_id
        self.details = AccountDetailsAPI(transport, account_id)
        self.services = ServicesAPI(transport, account_id)
        self.invoices = InvoicesAPI(transport, account_id)
        # account side
        self.users = UsersAPI(transport, account_id)
        self.contacts = ContactsAPI(transport, account_id)
        self.payment_methods = PaymentMethodsAPI(transport, account_id)
        self.emails = EmailsAPI(transport, account_id)
        self.alerts = AlertsAPI(transport, account_id)
        self.audit = AuditAPI(transport, account_id)
        # client area: service changes, domains, billing, quotes, support
        self.service_actions = ServiceActionsAPI(transport, account_id)
        self.domains = DomainsAPI(transport, account_id)
        self.billing = BillingAPI(transport, account_id)
        self.quotes = QuotesAPI(transport, account_id)
        self.tickets = TicketsAPI(transport, account_id)
        self.dashboard = DashboardAPI(transport, account_id)
        self.orders = OrdersAPI(transport, account_id)
        self.chats = ChatsAPI(transport, account_id)
        self.summary = SummaryAPI(transport, account_id)  # one account at a glance
        self.overview = OverviewAPI(transport, account_id)  # the first screen in one answer


class PortalClient:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool = True,
    ) -> None:
        self._t = Transport(
            base_url, timeout=timeout, retry=retry, http_transport=http_transport, verify=verify
        )
        self.auth = AuthAPI(self._t)
        self.security = SecurityAPI(self._t)
        self.public = PublicAPI(self._t)  # status page, catalog, domain availability
        self.staff = StaffAPI(self._t)
        self.summaries = SummariesAPI(self._t)  # all the person's accounts, a page at a time

    @property
    def base_url(self) -> str:
        return self._t.base_url

    @property
    def tokens(self) -> Tokens | None:
        return self._t.tokens

    def on_tokens_changed(self, listener: TokensListener) -> None:
        self._t.add_tokens_listener(listener)

    def on_reachability(self, listener: Callable[[bool], None]) -> None:
        """``listener(True)`` whenever the portal answers, ``listener(False)`` when a request
        gives up because the portal cannot be reached."""
        self._t.add_reachability_listener(listener)

    def hold_until_signed_in(self) -> None:
        """Reads wait for the next sign-in; changes fail at once with ``NotSentError``."""
        self._t.hold()

    async def health(self) -> Health:
        return await self._t.request("GET", "/health", model=Health, auth=False)

    async def me(self) -> Me:
        return await self._t.request("GET", "/me", model=Me)

    def for_account(self, account_id: int) -> AccountClient:
        return AccountClient(self._t, account_id)

    async def aclose(self) -> None:
        await self._t.aclose()

    async def __aenter__(self) -> PortalClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
