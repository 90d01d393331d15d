"""The seam between the routes and where a host's data lives: one interface per area.

The routes check the request (who, which account, which permission, the body) and ask the
backend for the data; the SQL backend (:mod:`.sql`) reads the portal's own database, the WHMCS
backend (:mod:`portal.whmcs.backend`) a host's WHMCS through its API. Both answer with the wire
models, so the desktop app cannot tell which one answered.

The interfaces are synchronous, like the routes that call them (FastAPI runs them in its worker
threads); the WHMCS backend hands its HTTP calls to the event loop from there.

Areas done so far: sign-in and the accounts a person reaches, account details, services,
invoices, support tickets and the e-mails received (the read paths), the change of account
details, and opening and answering tickets (the owner-change request is a ticket). On a backend
that names the routes it serves (``served``), every other route of ``/api/v1`` answers 501
``not_supported_by_backend``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Protocol

from fastapi import Request
from sqlalchemy.orm import Session

from api_client.models import (
    AccountAccess,
    AccountDetails,
    AccountUpdate,
    Department,
    EmailMessage,
    EmailSummary,
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    LoginRequest,
    OwnerChangeRequest,
    Page,
    Service,
    ServiceDetail,
    Ticket,
    TicketCreate,
    TicketDetail,
    TicketReply,
    TicketStatus,
)

from ..auth import AccountContext, Caller
from ..tables import PersonRow
from ..whmcs.events import HookEvent


class AccountsBackend(Protocol):
    def authenticate(
        self, db: Session, request: Request, body: LoginRequest, password_ok: Callable[[], None]
    ) -> PersonRow:
        """The person whose e-mail and password (and second factor) these are, or a 401.
        ``password_ok`` is called once the password is known to be right (before the second
        factor), so the sign-in limits count it as no failure."""
        ...

    def load_account(self, db: Session, caller: Caller, account_id: int) -> AccountContext:
        """The account as this caller reaches it; 404 when they do not reach it at all."""
        ...

    def accounts_of(self, db: Session, caller: Caller) -> list[AccountAccess]:
        """Every account the caller reaches, the ones they own first."""
        ...

    def details(self, db: Session, ctx: AccountContext) -> AccountDetails: ...

    def update(self, db: Session, ctx: AccountContext, change: AccountUpdate) -> AccountDetails:
        """Change the fields sent; 422 ``email_taken`` when the address is another client's."""
        ...


class ServicesBackend(Protocol):
    def list_services(self, db: Session, ctx: AccountContext) -> list[Service]: ...

    def get_service(self, db: Session, ctx: AccountContext, service_id: int) -> ServiceDetail:
        """404 when the service is not this account's."""
        ...


class BillingBackend(Protocol):
    def list_invoices(
        self,
        db: Session,
        ctx: AccountContext,
        status: InvoiceFilter | None,
        limit: int,
        cursor: str | None,
    ) -> Page[Invoice]:
        """Newest first; ``cursor`` from the previous page's ``next_cursor``."""
        ...

    def get_invoice(self, db: Session, ctx: AccountContext, invoice_id: int) -> InvoiceDetail:
        """404 when the invoice is not this account's."""
        ...


class SupportBackend(Protocol):
    def list_departments(self, db: Session, ctx: AccountContext) -> list[Department]: ...

    def list_tickets(
        self, db: Session, ctx: AccountContext, status: TicketStatus | None
    ) -> list[Ticket]:
        """Most recently active first."""
        ...

    def get_ticket(self, db: Session, ctx: AccountContext, ticket_id: int) -> TicketDetail:
        """404 when the ticket is not this account's; never the staff's notes."""
        ...

    def open_ticket(
        self,
        db: Session,
        ctx: AccountContext,
        body: TicketCreate,
        *,
        since: dt.datetime | None = None,
    ) -> TicketDetail:
        """A new ticket of the account (not committed: the route's idempotency store does it).
        422 ``unknown_department``, ``unknown_service``, the attachment codes. ``since`` (only
        on an ``external`` backend): an attempt with the same Idempotency-Key made then may
        have opened it; answer that ticket if so (:mod:`portal.idempotency`'s ``redo``)."""
        ...

    def reply(
        self,
        db: Session,
        ctx: AccountContext,
        ticket_id: int,
        body: TicketReply,
        *,
        since: dt.datetime | None = None,
    ) -> TicketDetail:
        """The client's reply (a Closed ticket is reopened as Customer-Reply); 404 when the
        ticket is not this account's. ``since`` as for :meth:`open_ticket`."""
        ...

    def request_owner_change(
        self,
        db: Session,
        ctx: AccountContext,
        service_id: int,
        body: OwnerChangeRequest,
        *,
        since: dt.datetime | None = None,
    ) -> Ticket:
        """The seed's change of owner: a ticket asking for it, after the checks (409
        ``service_not_active``, ``target_not_found``, ``same_client``, ``overdue_invoices``).
        ``since`` as for :meth:`open_ticket`."""
        ...


class MailBackend(Protocol):
    """The e-mails received: every e-mail sent for an account."""

    def list_emails(
        self, db: Session, ctx: AccountContext, limit: int, cursor: str | None
    ) -> Page[EmailSummary]:
        """Newest first; 422 ``invalid_cursor`` on a cursor this backend did not give."""
        ...

    def get_email(self, db: Session, ctx: AccountContext, email_id: int) -> EmailMessage: ...


@dataclass(frozen=True)
class Alert:
    """One account's alert of an event the billing system posted, with the alert's data."""

    client_id: int
    data: dict[str, str]


class HookEventsBackend(Protocol):
    """Events a billing system posts itself (WHMCS's hook file): what they mean for the
    portal's alerts. Only a backend whose data lives elsewhere has one."""

    def alerts(self, event: HookEvent) -> list[Alert]:
        """The accounts the event concerns, each with its alert's data; 422 when the billing
        system does not know what it names."""
        ...

    def mirror(self, db: Session, client_id: int) -> None:
        """Write (or refresh) the client row the account's alerts hang on."""
        ...


# (method, path under /api/v1) as the routes declare them, e.g. ("GET", "/accounts/{account_id}")
Route = tuple[str, str]


@dataclass(frozen=True)
class Backend:
    name: str
    accounts: AccountsBackend
    services: ServicesBackend
    billing: BillingBackend
    support: SupportBackend
    mail: MailBackend
    # opened by the app's lifespan, on its event loop (a connection pool, an HTTP client)
    running: Callable[[], AbstractAsyncContextManager[None]]
    # the routes this backend serves; None: every route
    served: frozenset[Route] | None = None
    # events the billing system posts (POST /whmcs/events is routed only when there is one)
    hook_events: HookEventsBackend | None = None
    # its writes go to another system, which the portal's transaction cannot roll back: an
    # Idempotency-Key is claimed before such a write (portal.idempotency, claim_first)
    external: bool = False


def backend_of(request: Request) -> Backend:
    backend: Backend = request.app.state.backend
    return backend
