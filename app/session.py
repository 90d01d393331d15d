"""Sessions: ``Connection`` is a signed-in person on one portal; ``AccountSession`` is one client
account opened on it, with its cached data and its signals. Switching account swaps the
``AccountSession``; views bind to whichever is current."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from api_client import AccountClient, PortalClient, errors
from api_client.models import (
    AccountAccess,
    AccountDetails,
    AccountUpdate,
    Invoice,
    InvoiceFilter,
    Me,
    Page,
    Permission,
    Service,
)
from api_client.overview import OVERVIEW_INVOICES, AccountOverview

from .errors import describe, field_messages, unreachable
from .local_cache import Cached, LocalCache
from .messages import MessageBridge
from .paging import PagedList, SavedFirstPage
from .tasks import TaskRunner

log = logging.getLogger("clientdesk.session")

INVOICE_PAGE_SIZE = 50

PartT = TypeVar("PartT", bound=QObject)
T = TypeVar("T")


class Connection:
    """A person signed in to a portal: the client, who they are, and the accounts they reach."""

    def __init__(
        self,
        client: PortalClient,
        me: Me,
        *,
        demo: bool = False,
        cache: LocalCache | None = None,
        confirmed: bool = True,
    ) -> None:
        self.client = client
        self.me = me
        self.demo = demo
        # what this person's views last saw on this portal (None: nothing is kept)
        self.cache = cache
        # set once the portal accepted the sign-in; until then (a restart shown from the cache)
        # the views show what they saw last, their reads wait and changes fail unsent
        self.confirmed = asyncio.Event()
        if confirmed:
            self.confirmed.set()

    @property
    def portal_url(self) -> str:
        return self.client.base_url

    @property
    def accounts(self) -> list[AccountAccess]:
        return self.me.accounts

    def access(self, account_id: int) -> AccountAccess | None:
        return next((a for a in self.me.accounts if a.id == account_id), None)


class AccountSession(QObject):
    """One client account: details, services and invoices, loaded on demand and cached."""

    details_loaded = Signal(object)  # AccountDetails
    details_failed = Signal(str)
    details_saved = Signal(object)  # AccountDetails
    details_save_failed = Signal(str, dict)  # message, {field: text}
    services_loaded = Signal(list)  # list[Service]
    services_failed = Signal(str)
    invoice_loaded = Signal(object)  # InvoiceDetail
    invoice_failed = Signal(str)
    # the oldest saved answer a view still shows because the portal has not replaced it yet
    # (a UTC datetime), or None when everything shown is fresh
    staleness_changed = Signal(object)
    answered = Signal(str)  # the portal's own answer to a cached load (its key) is shown

    def __init__(
        self,
        client: AccountClient,
        access: AccountAccess,
        messages: MessageBridge,
        parent: QObject | None = None,
        *,
        portal: PortalClient | None = None,
        data_folder: Path | None = None,
        cache: LocalCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        # the signed-in person's own resources (security, sessions, staff), not the account's
        self.portal = portal
        # the user's data folder (drafts live there); None: nothing is kept on disk
        self.data_folder = data_folder
        self.access = access
        self.messages = messages
        self.runner = TaskRunner(messages, self)
        self.cache = cache
        self._stale: dict[str, dt.datetime] = {}
        self.details: AccountDetails | None = None
        self.services: list[Service] = []
        self.invoices: PagedList[Invoice] = PagedList(self.runner, "invoices", self)
        self.invoice_filter: InvoiceFilter | None = None
        self._parts: dict[type[QObject], QObject] = {}
        # the account's first screen asked in one request (``open``); each view takes its part
        # of it once, later loads ask for their own
        self._overview: asyncio.Future[AccountOverview | None] | None = None
        self._taken: set[str] = set()

    @property
    def account_id(self) -> int:
        return self.access.id

    def can(self, permission: Permission) -> bool:
        return permission in self.access.permissions

    def part(self, kind: type[PartT]) -> PartT:
        """The view-model of one area of this account (``app.domains.Domains``, ...), made on
        first use with this session and dropped with it; each holds that area's data and signals.
        """
        found = self._parts.get(kind)
        if found is None:
            found = kind(self)
            self._parts[kind] = found
        return found  # type: ignore[return-value]

    # ---- the local cache ------------------------------------------------------------------

    @property
    def stale_since(self) -> dt.datetime | None:
        return min(self._stale.values(), default=None)

    def _set_stale(self, key: str, saved_at: dt.datetime | None) -> None:
        before = self.stale_since
        if saved_at is None:
            self._stale.pop(key, None)
        else:
            self._stale[key] = saved_at
        if self.stale_since != before:
            self.staleness_changed.emit(self.stale_since)

    def cached(self, key: str, kind: Any) -> Cached[Any] | None:
        return self.cache.get(self.account_id, key, kind) if self.cache is not None else None

    def keep(self, key: str, value: Any, kind: Any) -> None:
        if self.cache is not None:
            self.cache.put(self.account_id, key, value, kind)

    def show_cached(self, key: str, kind: Any, show: Callable[[Any], None]) -> bool:
        """Show what ``key`` saw last, marked stale when it is not fresh; False if nothing."""
        hit = self.cached(key, kind)
        if hit is None:
            return False
        self._set_stale(key, None if hit.fresh else hit.saved_at)
        show(hit.value)
        return True

    def mark_fresh(self, key: str) -> None:
        """The portal answered ``key``: what it shows is fresh."""
        self._set_stale(key, None)

    def saved_page(self, key: str, kind: Any) -> SavedFirstPage:
        """The first page of a paged list, kept under ``key`` (for ``PagedList.reset``)."""
        return _SavedPage(self, key, kind)

    def load_cached(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        kind: Any,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        key: str | None = None,
    ) -> asyncio.Task[T]:
        """Stale-while-revalidate: show the answer kept under ``key`` (default ``name``) at
        once, then ask the portal, keep its answer and show it. When the portal cannot be
        reached, what was shown stays, marked with its age; other failures go to
        ``on_failure``."""
        key = key or name
        shown = self.show_cached(key, kind, on_success)

        def arrived(value: T) -> None:
            self.keep(key, value, kind)
            self.mark_fresh(key)
            on_success(value)
            self.answered.emit(key)

        def failed(exc: BaseException) -> None:
            if shown and unreachable(exc):
                log.info("%s: the portal is unreachable; the saved answer stays", name)
                return
            on_failure(exc)

        return self.runner.run(name, coro, arrived, failed)

    # ---- the first screen in one request --------------------------------------------------

    def open(self) -> None:
        """Ask for the account's first screen in one request (before the views bind and load,
        so that they take their parts from it instead of sending fifteen requests)."""
        if self._overview is None and self.can(Permission.PRODUCTS):
            self._overview = self.runner.run(
                "overview", self.client.overview.get(), None, lambda _exc: None
            )

    async def from_overview(
        self,
        name: str,
        part: Callable[[AccountOverview], T | None],
        fetch: Callable[[], Awaitable[T]],
    ) -> T:
        """``name``'s part of the first screen the first time it is asked for; afterwards (or
        when the portal does not serve the overview, or the part is left out) ``fetch()``.
        A failed overview fails the parts waiting for it the same way (a portal that cannot be
        reached is not asked fifteen more times); a part asked for later asks on its own."""
        overview = self._overview
        failed = (
            overview is not None
            and overview.done()
            and (overview.cancelled() or overview.exception() is not None)
        )
        if overview is None or failed or name in self._taken:
            # a part first asked for after the overview failed (a Retry, a tab shown later)
            # asks the portal itself instead of repeating the old failure
            return await fetch()
        self._taken.add(name)
        answer = await asyncio.shield(overview)
        found = part(answer) if answer is not None else None
        return found if found is not None else await fetch()

    # ---- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything this account shows; a load still in flight is cancelled."""
        if self.can(Permission.PROFILE):
            self.load_details()
        if self.can(Permission.PRODUCTS):
            self.load_services()
        if self.can(Permission.INVOICES):
            self.filter_invoices(self.invoice_filter)

    def load_details(self) -> None:
        self.load_cached(
            "details",
            self.from_overview("details", lambda o: o.details, self.client.details.get),
            AccountDetails,
            self._details_arrived,
            lambda exc: self.details_failed.emit(describe(exc)),
        )

    def _details_arrived(self, details: AccountDetails) -> None:
        self.details = details
        self.details_loaded.emit(details)

    def load_services(self) -> None:
        self.load_cached(
            "services",
            self.from_overview("services", lambda o: o.services, self.client.services.list),
            list[Service],
            self._services_arrived,
            lambda exc: self.services_failed.emit(describe(exc)),
        )

    def _services_arrived(self, services: list[Service]) -> None:
        self.services = services
        self.services_loaded.emit(services)

    def filter_invoices(self, status: InvoiceFilter | None) -> None:
        self.invoice_filter = status

        def load(cursor: str | None) -> Any:
            return self._invoice_page(status, cursor)

        key = f"invoices:{status.value if status is not None else 'all'}"
        self.invoices.reset(load, self.saved_page(key, Page[Invoice]))

    async def _invoice_page(
        self, status: InvoiceFilter | None, cursor: str | None
    ) -> Page[Invoice]:
        def fetch() -> Awaitable[Page[Invoice]]:
            return self.client.invoices.list(status=status, cursor=cursor, limit=INVOICE_PAGE_SIZE)

        if status is None and cursor is None and INVOICE_PAGE_SIZE == OVERVIEW_INVOICES:
            return await self.from_overview("invoices", lambda o: o.invoices, fetch)
        return await fetch()

    def load_invoice(self, invoice_id: int) -> None:
        self.runner.run(
            "invoice-detail",
            self.client.invoices.get(invoice_id),
            self.invoice_loaded.emit,
            lambda exc: self.invoice_failed.emit(describe(exc)),
        )

    # ---- changes --------------------------------------------------------------------------

    def save_details(self, values: dict[str, str]) -> None:
        """Send the fields that differ from what the portal holds."""
        current = self.details
        changed = {
            name: value
            for name, value in values.items()
            if current is None or getattr(current, name, None) != value
        }
        if not changed:
            if current is not None:
                self.details_saved.emit(current)
            return
        change = AccountUpdate.model_construct(_fields_set=set(changed), **changed)
        self.runner.run(
            "save-details", self.client.details.update(change), self._saved, self._save_failed
        )

    def _saved(self, details: AccountDetails) -> None:
        self.details = details
        self.details_loaded.emit(details)
        self.details_saved.emit(details)

    def _save_failed(self, exc: BaseException) -> None:
        fields = field_messages(exc) if isinstance(exc, errors.ValidationFailedError) else {}
        self.details_save_failed.emit(describe(exc), fields)

    async def close(self) -> None:
        await self.runner.drain()


class _SavedPage:
    def __init__(self, session: AccountSession, key: str, kind: Any) -> None:
        self._session = session
        self._key = key
        self._kind = kind

    def load(self) -> Page[Any] | None:
        found: list[Page[Any]] = []
        self._session.show_cached(self._key, self._kind, found.append)
        return found[0] if found else None

    def keep(self, page: Page[Any]) -> None:
        self._session.keep(self._key, page, self._kind)

    def fresh(self) -> None:
        self._session.mark_fresh(self._key)
