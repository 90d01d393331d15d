"""The WHMCS backend: accounts, services and invoices read from a host's WHMCS through its API.

WHMCS's API is for administrators: one credential reads every client. This backend is what pins
each call to the signed-in person: the client ids come from the person's WHMCS user
(``GetUsers``), every list action is given that client id (WHMCS answers every client's rows
without one), and what an action that takes no client id answers (``GetInvoice``) is checked to
belong to the account before it is shown. Admin-only fields (service passwords and notes, the
client's admin notes) are never copied into the wire models.

The portal's database keeps the person (a row without a usable password: WHMCS checks it), the
sessions and tokens, and everything else WHMCS has no place for.

The routes call this backend from FastAPI's worker threads; each WHMCS call is handed to the
event loop (:func:`anyio.from_thread.run`), where the one HTTP client lives.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import anyio.from_thread
from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.models import (
    AccountAccess,
    AccountDetails,
    AccountUpdate,
    AttachmentUpload,
    BillingCycle,
    Department,
    EmailCategory,
    EmailMessage,
    EmailSummary,
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceItem,
    InvoiceStatus,
    LoginRequest,
    OwnerChangeRequest,
    Page,
    Permission,
    Service,
    ServiceDetail,
    ServiceStatus,
    Ticket,
    TicketCreate,
    TicketDetail,
    TicketMessage,
    TicketPriority,
    TicketReply,
    TicketStatus,
)

from ..audit import record
from ..auth import ALL_PERMISSIONS, AccountContext, Caller, account_disabled
from ..backends import Route
from ..errors import (
    FieldError,
    PortalHTTPError,
    not_found,
    unauthorized,
)
from ..idempotency import OutcomeUnknown
from ..routes.service_changes import owner_change_ticket, service_not_active
from ..routes.tickets import decode_attachments
from ..settings import PortalSettings
from ..tables import ClientRow, PersonRow
from .client import (
    Answer,
    Params,
    WhmcsActionDenied,
    WhmcsClient,
    WhmcsCredentialsRefused,
    WhmcsError,
    WhmcsUnavailable,
    rows,
    to_bool,
    to_date,
    to_datetime,
    to_int,
    to_money,
)

log = logging.getLogger("clientdesk.portal.whmcs")

# a person signed in through WHMCS has no password in the portal: no hash ever matches this
NO_LOCAL_PASSWORD = "!whmcs"

SERVED: frozenset[Route] = frozenset(
    {
        ("POST", "/auth/login"),
        ("POST", "/auth/refresh"),
        ("POST", "/auth/logout"),
        ("GET", "/me"),
        ("GET", "/accounts/{account_id}"),
        ("PATCH", "/accounts/{account_id}"),
        ("GET", "/accounts/{account_id}/services"),
        ("GET", "/accounts/{account_id}/services/{service_id}"),
        ("GET", "/accounts/{account_id}/invoices"),
        ("GET", "/accounts/{account_id}/invoices/{invoice_id}"),
        ("GET", "/accounts/{account_id}/emails"),
        ("GET", "/accounts/{account_id}/emails/{email_id}"),
        ("GET", "/accounts/{account_id}/departments"),
        ("GET", "/accounts/{account_id}/tickets"),
        ("GET", "/accounts/{account_id}/tickets/{ticket_id}"),
        ("POST", "/accounts/{account_id}/tickets"),
        ("POST", "/accounts/{account_id}/tickets/{ticket_id}/replies"),
        ("POST", "/accounts/{account_id}/services/{service_id}/owner-change"),
        # the desktop's events feed: alerts raised from WHMCS's hook file's posts
        ("GET", "/accounts/{account_id}/events"),
        ("POST", "/whmcs/events"),
    }
)


def unavailable() -> PortalHTTPError:
    return PortalHTTPError(
        503,
        "backend_unavailable",
        "Your hosting company's billing system does not answer; try again in a moment",
        {"Retry-After": "10"},
    )


def two_factor_refused() -> PortalHTTPError:
    return unauthorized(
        "Your account uses two-factor authentication, which the app cannot check here. Sign in "
        "to your hosting company's web client area instead, or turn two-factor off there to "
        "use the app",
        "two_factor_unsupported",
    )


@dataclass(frozen=True)
class Reach:
    """One client a WHMCS user reaches, and what they may do there."""

    client_id: int
    is_owner: bool
    permissions: frozenset[Permission]


def parse_permissions(answer: Answer) -> frozenset[Permission]:
    """GetUserPermissions' answer: its reference documents no payload, so a list, a dict of
    index -> name (a flattened list), or a comma-separated string are all read; unknown names
    are dropped."""
    raw: Any = answer.get("permissions", "")
    if isinstance(raw, dict):
        raw = list(raw.values())
    names = raw.split(",") if isinstance(raw, str) else raw if isinstance(raw, list) else []
    known = Permission._value2member_map_
    return frozenset(Permission(str(n).strip()) for n in names if str(n).strip() in known)


_LANGUAGES = {"english": "en", "en": "en"}
_CYCLES = {c.value.lower(): c for c in BillingCycle} | {
    "free": BillingCycle.FREE,
    "onetime": BillingCycle.ONE_TIME,
    "semiannually": BillingCycle.SEMI_ANNUALLY,
}
NO_DATE = dt.date(1970, 1, 1)  # a required date WHMCS left empty (0000-00-00)


def account_details(client_id: int, c: Answer) -> AccountDetails:
    created = to_datetime(c.get("datecreated")) or dt.datetime.combine(NO_DATE, dt.time(), dt.UTC)
    return AccountDetails(
        id=client_id,
        first_name=str(c.get("firstname", "")),
        last_name=str(c.get("lastname", "")),
        company=str(c.get("companyname", "")),
        email=str(c.get("email", "")),
        phone=str(c.get("phonenumber", "")),
        address1=str(c.get("address1", "")),
        address2=str(c.get("address2", "")),
        city=str(c.get("city", "")),
        state=str(c.get("state", "")),
        postcode=str(c.get("postcode", "")),
        country=str(c.get("countrycode") or c.get("country") or ""),
        tax_id=str(c.get("tax_id", "")),
        # WHMCS names languages ("spanish", "english"); empty is the installation's default
        language=_LANGUAGES.get(str(c.get("language", "")).lower(), "es"),
        currency=str(c.get("currency_code", "")),
        created_at=created,
    )


def service(row: Answer, currency: str) -> ServiceDetail:
    cycle = _CYCLES.get(str(row.get("billingcycle", "")).lower().replace(" ", "").replace("-", ""))
    cycle = cycle or _CYCLES.get(str(row.get("billingcycle", "")).lower(), BillingCycle.ONE_TIME)
    return ServiceDetail(
        id=to_int(row.get("id")),
        product=str(row.get("translated_name") or row.get("name") or ""),
        product_group=str(row.get("translated_groupname") or row.get("groupname") or ""),
        domain=str(row.get("domain", "")),
        amount=to_money(row.get("recurringamount")),
        currency=currency,
        billing_cycle=cycle,
        registration_date=to_date(row.get("regdate")) or NO_DATE,
        next_due_date=to_date(row.get("nextduedate")),
        status=ServiceStatus(str(row.get("status", "Pending"))),
        server=str(row.get("servername", "")),
        username=str(row.get("username", "")),
        dedicated_ip=str(row.get("dedicatedip", "")),
        first_payment_amount=to_money(row.get("firstpaymentamount")),
        notes="",  # WHMCS's service notes are the staff's: never shown to the customer
    )


_OPEN = (InvoiceStatus.UNPAID, InvoiceStatus.PAYMENT_PENDING, InvoiceStatus.COLLECTIONS)


def invoice_summary(row: Answer, currency: str, on: dt.date) -> dict[str, Any]:
    status = InvoiceStatus(str(row.get("status", "Unpaid")))
    total = to_money(row.get("total"))
    due = to_date(row.get("duedate")) or NO_DATE
    # GetInvoices has no balance: an open invoice's is its total there (GetInvoice's is exact)
    balance = to_money(row["balance"]) if "balance" in row else total if status in _OPEN else 0
    ident = to_int(row.get("invoiceid", row.get("id")))
    return {
        "id": ident,
        "number": str(row.get("invoicenum") or ident),
        "issued_on": to_date(row.get("date")) or NO_DATE,
        "due_on": due,
        "paid_on": to_date(row.get("datepaid")),
        "status": status,
        "overdue": status == InvoiceStatus.UNPAID and due < on,
        "currency": str(row.get("currencycode") or currency),
        "total": total,
        "balance": balance,
    }


# the wire model's fields as UpdateClient names them (updateclient.md; tax_id is not on that
# 1.0 page: WHMCS takes it since it has tax ids, 7.7)
_UPDATE_FIELDS = {
    "first_name": "firstname",
    "last_name": "lastname",
    "company": "companyname",
    "email": "email",
    "phone": "phonenumber",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "state": "state",
    "postcode": "postcode",
    "country": "country",
    "tax_id": "tax_id",
    "language": "language",
}
# "Default language setting. Provide full name: 'english', 'french', etc..." (updateclient.md)
_WHMCS_LANGUAGES = {"es": "spanish", "en": "english"}


def _update_refused(exc: WhmcsError) -> Exception:
    message = exc.message.lower()
    if "duplicate email" in message:
        return FieldError.one(
            "email", "email_taken", "This e-mail address belongs to another client"
        )
    if "email" in message and "valid" in message:
        return FieldError.one("email", "value_error", "This e-mail address is not valid")
    if "not found" in message:
        return not_found("No such account")
    return PortalHTTPError(
        400, "refused_by_billing_system", f"The billing system refused the change: {exc.message}"
    )


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


class Whmcs:
    """The WHMCS installation as the backend's areas see it: calls made from worker threads,
    and short per-person caches (WHMCS has no rate limits; the portal keeps its calls few)."""

    def __init__(self, settings: PortalSettings) -> None:
        self.settings = settings
        self.client: WhmcsClient | None = None
        self._cache: dict[tuple[str, str], tuple[float, Any]] = {}
        self._lock = threading.Lock()

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        s = self.settings
        self.client = WhmcsClient(
            s.whmcs_url,
            s.whmcs_identifier,
            s.whmcs_secret.get_secret_value(),
            s.whmcs_access_key.get_secret_value() or None,
        )
        try:
            yield
        finally:
            client, self.client = self.client, None
            await client.aclose()

    def _client(self) -> WhmcsClient:
        if self.client is None:
            raise unavailable()
        return self.client

    def _guarded(self, action: str, work: Callable[[], Any]) -> Any:
        try:
            return work()
        except WhmcsCredentialsRefused as exc:
            log.error("WHMCS refused the portal's API credential (%s): check the settings", exc)
            raise unavailable() from exc
        except WhmcsActionDenied as exc:
            log.error("the API role of the portal's credential must allow %s", action)
            raise unavailable() from exc
        except WhmcsUnavailable as exc:
            log.warning("WHMCS did not answer: %s", exc)
            raise unavailable() from exc

    def call(self, action: str, params: Params) -> Answer:
        """One action from a worker thread; WHMCS's own errors (``WhmcsError``) go to the caller,
        the portal's configuration and WHMCS's absence become a 503."""
        client = self._client()
        answer: Answer = self._guarded(
            action, lambda: anyio.from_thread.run(client.call, action, params)
        )
        return answer

    def write(self, action: str, params: Params) -> Answer:
        """An action that changes something in WHMCS, from a change whose Idempotency-Key was
        claimed first: as :meth:`call`, but a request that may have reached WHMCS without its
        answer coming back is :class:`OutcomeUnknown` (the key stays claimed, and a retry
        looks in WHMCS for what was done), never a plain 503 that would let it be made twice."""
        client = self._client()

        def work() -> Answer:
            try:
                answer: Answer = anyio.from_thread.run(client.call, action, params)
            except WhmcsUnavailable as exc:
                if not exc.sent:
                    raise
                log.warning("WHMCS may have done %s without answering: %s", action, exc)
                raise OutcomeUnknown() from exc
            return answer

        done: Answer = self._guarded(action, work)
        return done

    def all_rows(
        self, action: str, plural: str, singular: str | None, params: Params
    ) -> list[Answer]:
        client = self._client()

        async def read() -> list[Answer]:
            return await client.all_rows(action, plural, singular, params)

        found: list[Answer] = self._guarded(action, lambda: anyio.from_thread.run(read))
        return found

    def cached(self, kind: str, key: str, load: Callable[[], Any]) -> Any:
        ttl = self.settings.whmcs_cache_seconds
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get((kind, key))
        if hit is not None and now - hit[0] < ttl:
            return hit[1]
        value = load()
        if ttl > 0:
            with self._lock:
                self._cache[(kind, key)] = (now, value)
        return value

    # ---- what several areas need -----------------------------------------------------------

    def user(self, email: str) -> Answer | None:
        """The WHMCS user with exactly this e-mail (GetUsers' search matches its start)."""
        wanted = email.strip().lower()
        found = self.all_rows("GetUsers", "users", None, {"search": wanted})
        return next((u for u in found if str(u.get("email", "")).lower() == wanted), None)

    def user_id(self, email: str) -> int | None:
        """The id of this person's WHMCS user (cached briefly)."""

        def load() -> int | None:
            user = self.user(email)
            return to_int(user.get("id")) or None if user is not None else None

        found: int | None = self.cached("user", email.strip().lower(), load)
        return found

    def reach(self, email: str) -> dict[int, Reach]:
        """The clients this person reaches, from WHMCS; cached briefly, per person."""

        def load() -> dict[int, Reach]:
            user = self.user(email)
            if user is None:
                return {}
            user_id = to_int(user.get("id"))
            found: dict[int, Reach] = {}
            for link in user.get("clients") or []:
                client_id = to_int(link.get("id"))
                if client_id <= 0:
                    continue
                if to_bool(link.get("isOwner")):
                    found[client_id] = Reach(client_id, True, ALL_PERMISSIONS)
                    continue
                try:
                    answer = self.call(
                        "GetUserPermissions", {"user_id": user_id, "client_id": client_id}
                    )
                except WhmcsError as exc:  # "User is not associated with client": none
                    log.info("no permissions for user %s on client %s: %s", user_id, client_id, exc)
                    continue
                found[client_id] = Reach(client_id, False, parse_permissions(answer))
            return found

        reached: dict[int, Reach] = self.cached("reach", email.strip().lower(), load)
        return reached

    def forget(self, kind: str, key: str) -> None:
        with self._lock:
            self._cache.pop((kind, key), None)

    def client_details(self, client_id: int) -> Answer:
        def load() -> Answer:
            try:
                answer = self.call("GetClientsDetails", {"clientid": client_id})
            except WhmcsError as exc:  # "Client Not Found"
                raise not_found("No such account") from exc
            # the nested client object; WHMCS also repeats its fields at the top level
            client = answer.get("client")
            return client if isinstance(client, dict) else answer

        details: Answer = self.cached("client", str(client_id), load)
        return details


class WhmcsAccounts:
    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def authenticate(
        self, db: Session, request: Request, body: LoginRequest, password_ok: Callable[[], None]
    ) -> PersonRow:
        email = body.email.strip().lower()
        try:
            answer = self.whmcs.call("ValidateLogin", {"email": email, "password2": body.password})
        except WhmcsError as exc:  # "Email or Password Invalid"
            raise unauthorized("Wrong e-mail or password", "invalid_credentials") from exc
        password_ok()
        # no API action checks a TOTP code: a WHMCS user with two-factor cannot be verified here
        if to_bool(answer.get("twoFactorEnabled")):
            raise two_factor_refused()
        user = self.whmcs.user(email)
        if user is None:
            log.warning("ValidateLogin accepted %s but GetUsers does not list it", email)
            raise unauthorized("Wrong e-mail or password", "invalid_credentials")
        name = f"{user.get('firstname', '')} {user.get('lastname', '')}".strip()
        person = db.scalar(select(PersonRow).where(func.lower(PersonRow.email) == email))
        if person is None:
            person = PersonRow(email=email, name=name or email, password_hash=NO_LOCAL_PASSWORD)
            db.add(person)
            db.flush()
        elif person.is_staff:
            # the portal's own staff are not WHMCS users: a WHMCS user with a staff member's
            # e-mail must not sign in as that staff member
            log.warning("WHMCS user %s has the e-mail of a portal staff member: refused", email)
            raise unauthorized("Wrong e-mail or password", "invalid_credentials")
        elif person.disabled_at is not None:
            raise account_disabled()
        else:
            person.name = name or person.name
        return person

    def load_account(self, db: Session, caller: Caller, account_id: int) -> AccountContext:
        reach = self.whmcs.reach(caller.person.email).get(account_id)
        if reach is None:
            raise not_found("No such account")  # the same answer as for no such client
        # the account is WHMCS's: this row is never added to the database, only its id is set
        return AccountContext(caller, ClientRow(id=account_id), reach.is_owner, reach.permissions)

    def accounts_of(self, db: Session, caller: Caller) -> list[AccountAccess]:
        found = []
        for reach in self.whmcs.reach(caller.person.email).values():
            try:
                c = self.whmcs.client_details(reach.client_id)
            except PortalHTTPError:  # the client is gone from WHMCS: not listed
                continue
            found.append(
                AccountAccess(
                    id=reach.client_id,
                    display_name=f"{c.get('firstname', '')} {c.get('lastname', '')}".strip(),
                    company=str(c.get("companyname", "")),
                    email=str(c.get("email", "")),
                    is_owner=reach.is_owner,
                    permissions=sorted(reach.permissions),
                )
            )
        found.sort(key=lambda a: (not a.is_owner, a.company, a.id))
        return found

    def details(self, db: Session, ctx: AccountContext) -> AccountDetails:
        return account_details(ctx.client.id, self.whmcs.client_details(ctx.client.id))

    def update(self, db: Session, ctx: AccountContext, change: AccountUpdate) -> AccountDetails:
        """``UpdateClient`` with the fields that changed. WHMCS keeps one e-mail address per
        client itself ("Duplicate Email Address"); the alert is WHMCS's ClientEdit hook's."""
        client_id = ctx.client.id
        values = change.model_dump(exclude_unset=True)
        none_fields = [name for name, value in values.items() if value is None]
        if none_fields:
            raise FieldError([(name, "missing", "A value is required") for name in none_fields])
        if "email" in values:
            values["email"] = str(values["email"]).lower()
        self.whmcs.forget("client", str(client_id))
        current = account_details(client_id, self.whmcs.client_details(client_id))
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if not changed:
            return current
        params: dict[str, str | int | bool | None] = {"clientid": client_id}
        for name, value in changed.items():
            field = _UPDATE_FIELDS[name]
            params[field] = _WHMCS_LANGUAGES[value] if name == "language" else str(value)
        try:
            self.whmcs.call("UpdateClient", params)
        except WhmcsError as exc:
            raise _update_refused(exc) from exc
        finally:
            self.whmcs.forget("client", str(client_id))
        # the audit row names the client in its text: the client is WHMCS's, not a portal row
        record(
            db,
            None,
            ctx.person.id,
            "account_updated",
            f"client {client_id}: " + ", ".join(sorted(changed)),
        )
        db.commit()
        return account_details(client_id, self.whmcs.client_details(client_id))


class WhmcsServices:
    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def _currency(self, client_id: int) -> str:
        return str(self.whmcs.client_details(client_id).get("currency_code", ""))

    def list_services(self, db: Session, ctx: AccountContext) -> list[Service]:
        client_id = ctx.client.id
        found = self.whmcs.all_rows(
            "GetClientsProducts", "products", "product", {"clientid": client_id}
        )
        currency = self._currency(client_id)
        services: list[Service] = [
            service(row, currency)
            for row in found
            if to_int(row.get("clientid")) == client_id  # never another client's row
        ]
        return sorted(services, key=lambda s: s.id)

    def get_service(self, db: Session, ctx: AccountContext, service_id: int) -> ServiceDetail:
        client_id = ctx.client.id
        answer = self.whmcs.call(
            "GetClientsProducts", {"clientid": client_id, "serviceid": service_id}
        )
        for row in rows(answer, "products", "product"):
            if to_int(row.get("id")) == service_id and to_int(row.get("clientid")) == client_id:
                return service(row, self._currency(client_id))
        raise not_found("No such service")


class WhmcsBilling:
    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def list_invoices(
        self,
        db: Session,
        ctx: AccountContext,
        status: InvoiceFilter | None,
        limit: int,
        cursor: str | None,
    ) -> Page[Invoice]:
        start = _offset(cursor)
        client_id = ctx.client.id
        answer = self.whmcs.call(
            "GetInvoices",
            {
                "userid": client_id,
                "status": status.value if status else None,
                # no default order is documented: newest first, asked for
                "orderby": "date",
                "order": "desc",
                "limitstart": start,
                "limitnum": limit,
            },
        )
        currency = str(self.whmcs.client_details(client_id).get("currency_code", ""))
        on = today()
        found = [
            Invoice.model_validate(invoice_summary(row, currency, on))
            for row in rows(answer, "invoices", "invoice")
            if to_int(row.get("userid")) == client_id
        ]
        total = to_int(answer.get("totalresults"))
        after = start + to_int(answer.get("numreturned"), len(found))
        return Page[Invoice](items=found, next_cursor=str(after) if after < total else None)

    def get_invoice(self, db: Session, ctx: AccountContext, invoice_id: int) -> InvoiceDetail:
        try:
            row = self.whmcs.call("GetInvoice", {"invoiceid": invoice_id})
        except WhmcsError as exc:  # "Invoice ID Not Found"
            raise not_found("No such invoice") from exc
        # GetInvoice takes no client id: any client's invoice comes back; only this one's shows
        if to_int(row.get("userid")) != ctx.client.id:
            raise not_found("No such invoice")
        currency = str(self.whmcs.client_details(ctx.client.id).get("currency_code", ""))
        items = [
            InvoiceItem(
                description=str(item.get("description", "")),
                amount=to_money(item.get("amount")),
                taxed=to_bool(item.get("taxed")),
                service_id=to_int(item.get("relid")) or None
                if str(item.get("type", "")) == "Hosting"
                else None,
            )
            for item in rows(row, "items", "item")
        ]
        return InvoiceDetail.model_validate(
            {
                **invoice_summary(row, currency, today()),
                "items": items,
                "subtotal": to_money(row.get("subtotal")),
                "tax_rate": to_money(row.get("taxrate")),
                "tax": to_money(row.get("tax")) + to_money(row.get("tax2")),
                "credit": to_money(row.get("credit")),
                "notes": str(row.get("notes", "")),
            }
        )


_TICKET_STATUSES = {s.value.lower(): s for s in TicketStatus}
_PRIORITIES = {p.value.lower(): p for p in TicketPriority}


def ticket_status(value: Any) -> TicketStatus:
    """WHMCS lets a host add ticket statuses ("Any configured status", gettickets.md): one the
    portal does not know is shown as In Progress, or Closed when its name says so."""
    text = str(value or "").strip().lower()
    known = _TICKET_STATUSES.get(text)
    if known is not None:
        return known
    return TicketStatus.CLOSED if "clos" in text else TicketStatus.IN_PROGRESS


def related_service(value: Any) -> int | None:
    """GetTicket's ``service``: "Sx for services. Dx for domains" (getticket.md)."""
    text = str(value or "").strip()
    return to_int(text[1:]) or None if text[:1].upper() == "S" else None


def ticket_summary(row: Answer, client_id: int, departments: dict[int, str]) -> Ticket:
    created = to_datetime(row.get("date")) or dt.datetime.combine(NO_DATE, dt.time(), dt.UTC)
    department_id = to_int(row.get("deptid"))
    return Ticket(
        id=to_int(row.get("ticketid", row.get("id"))),
        client_id=client_id,
        subject=str(row.get("subject", "")),
        department_id=department_id,
        department=str(row.get("deptname") or departments.get(department_id, "")),
        service_id=related_service(row.get("service")),
        status=ticket_status(row.get("status")),
        priority=_PRIORITIES.get(str(row.get("priority", "")).lower(), TicketPriority.MEDIUM),
        created_at=created,
        last_reply_at=to_datetime(row.get("lastreply")) or created,
    )


# the department names that receive owner-change requests when the setting names none
OWNER_CHANGE_DEPARTMENTS = frozenset({"facturación", "facturacion", "billing"})
# WHMCS writes dates in its server's time zone, which the API does not say (UTC-12 to UTC+14)
CLOCK_MARGIN = dt.timedelta(days=1)


def _same_text(a: str, b: str) -> bool:
    """The same message, whatever WHMCS did to its line ends and spaces."""
    return a.split() == b.split()


def _has_reply_since(ticket: TicketDetail, message: str, since: dt.datetime) -> bool:
    """Whether the thread has the client's reply ``message`` made since ``since``."""
    return any(
        not m.from_staff and m.created_at >= since - CLOCK_MARGIN and _same_text(m.body, message)
        for m in ticket.messages
    )


def whmcs_attachments(uploads: list[AttachmentUpload]) -> str | None:
    """The uploads checked by the portal's rules (the SQL backend's: types, sizes, content),
    as OpenTicket and AddTicketReply take them: base64 of a JSON list of ``{name, data}``,
    ``data`` base64 (openticket.md's example)."""
    files = decode_attachments(uploads)
    if not files:
        return None
    listed = [{"name": f.filename, "data": base64.b64encode(f.data).decode()} for f in files]
    return base64.b64encode(json.dumps(listed).encode()).decode()


def ticket_refused(exc: WhmcsError) -> Exception:
    """OpenTicket's and AddTicketReply's documented errors ("Error Responses" of their pages)
    as the portal's: nothing was written."""
    message = exc.message.lower()
    if "department" in message:
        return FieldError.one("department_id", "unknown_department", "No such department")
    if "service id" in message:
        return FieldError.one(
            "service_id", "unknown_service", "This service does not belong to the account"
        )
    if "ticket id" in message:
        return not_found("No such ticket")
    if "subject is required" in message:
        return FieldError.one("subject", "missing", "A subject is required")
    if "message is required" in message:
        return FieldError.one("message", "missing", "A message is required")
    if "client id" in message:
        return not_found("No such account")
    log.warning("WHMCS refused %s: %s", exc.action, exc.message)
    return PortalHTTPError(
        400, "refused_by_billing_system", f"The billing system refused it: {exc.message}"
    )


class WhmcsSupport:
    """Tickets read from WHMCS. ``ignore_dept_assignments`` is always passed: without it WHMCS
    answers only the departments the API credential's admin belongs to."""

    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def _departments(self) -> dict[int, str]:
        def load() -> dict[int, str]:
            answer = self.whmcs.call("GetSupportDepartments", {"ignore_dept_assignments": True})
            return {
                to_int(d.get("id")): str(d.get("name", ""))
                for d in rows(answer, "departments", "department")
            }

        found: dict[int, str] = self.whmcs.cached("departments", "", load)
        return found

    def list_departments(self, db: Session, ctx: AccountContext) -> list[Department]:
        return [
            Department(id=i, name=name, description="")
            for i, name in sorted(self._departments().items())
        ]

    def list_tickets(
        self, db: Session, ctx: AccountContext, status: TicketStatus | None
    ) -> list[Ticket]:
        client_id = ctx.client.id
        found = self.whmcs.all_rows(
            "GetTickets",
            "tickets",
            "ticket",
            {"clientid": client_id, "ignore_dept_assignments": True},
        )
        departments = self._departments()
        tickets = [
            ticket_summary(row, client_id, departments)
            for row in found
            if to_int(row.get("userid")) == client_id  # never another client's row
        ]
        if status is not None:  # filtered here: a host's own statuses are mapped first
            tickets = [t for t in tickets if t.status is status]
        return sorted(tickets, key=lambda t: (t.last_reply_at, t.id), reverse=True)

    def get_ticket(self, db: Session, ctx: AccountContext, ticket_id: int) -> TicketDetail:
        return self._ticket(ctx.client.id, ticket_id)

    def _ticket(self, client_id: int, ticket_id: int) -> TicketDetail:
        try:
            row = self.whmcs.call("GetTicket", {"ticketid": ticket_id, "repliessort": "ASC"})
        except WhmcsError as exc:  # "Ticket ID Not Found"
            raise not_found("No such ticket") from exc
        # GetTicket takes no client id: any client's ticket comes back; only this one's shows
        if to_int(row.get("userid")) != client_id:
            raise not_found("No such ticket")
        return self._detail(row, client_id)

    def _detail(self, row: Answer, client_id: int) -> TicketDetail:
        summary = ticket_summary(row, client_id, self._departments())
        messages = [
            TicketMessage(
                id=to_int(reply.get("replyid")),
                author_name=str(reply.get("admin") or reply.get("name") or ""),
                from_staff=bool(str(reply.get("admin") or "").strip()),
                body=str(reply.get("message", "")),
                created_at=to_datetime(reply.get("date")) or summary.created_at,
                attachments=[],  # WHMCS's attachments are not served by the portal yet
            )
            for reply in rows(row, "replies", "reply")
        ]
        # the staff's notes (notes.note[]) are never copied
        return TicketDetail(**summary.model_dump(), messages=messages)

    def open_ticket(
        self,
        db: Session,
        ctx: AccountContext,
        body: TicketCreate,
        *,
        since: dt.datetime | None = None,
    ) -> TicketDetail:
        """``OpenTicket`` for the client, by the person's WHMCS user, after the portal's own
        checks (the department is one of ``GetSupportDepartments``', the service the
        account's, the attachments the portal's rules). ``since``: an attempt with the same
        key, made then, may have opened it: the client's tickets are looked at first."""
        client_id = ctx.client.id
        attachments = whmcs_attachments(body.attachments)
        departments = self._departments()
        if body.department_id not in departments:
            raise FieldError.one("department_id", "unknown_department", "No such department")
        if body.service_id is not None:
            try:
                WhmcsServices(self.whmcs).get_service(db, ctx, body.service_id)
            except PortalHTTPError as exc:
                if exc.status_code != 404:
                    raise
                raise FieldError.one(
                    "service_id", "unknown_service", "This service does not belong to the account"
                ) from exc
        if since is not None:
            earlier = self._opened_since(ctx, body, since)
            if earlier is not None:
                return earlier
        try:
            answer = self.whmcs.write(
                "OpenTicket",
                {
                    "deptid": body.department_id,
                    "subject": body.subject,
                    "message": body.message,
                    "clientid": client_id,
                    # the WHMCS user who writes it (8.5; an older WHMCS ignores it)
                    "userid": self.whmcs.user_id(ctx.person.email),
                    "priority": body.priority.value,
                    "serviceid": body.service_id,
                    "attachments": attachments,
                },
            )
        except WhmcsError as exc:
            raise ticket_refused(exc) from exc
        ticket_id = to_int(answer.get("id"))
        record(db, None, ctx.person.id, "ticket_opened", f"client {client_id}: ticket {ticket_id}")
        now = dt.datetime.now(dt.UTC)
        opened = TicketDetail(
            id=ticket_id,
            client_id=client_id,
            subject=body.subject,
            department_id=body.department_id,
            department=departments[body.department_id],
            service_id=body.service_id,
            status=TicketStatus.OPEN,
            priority=body.priority,
            created_at=now,
            last_reply_at=now,
            messages=[self._message_sent(ctx, body.message, now)],
        )
        return self._read_back(ctx, opened)

    def reply(
        self,
        db: Session,
        ctx: AccountContext,
        ticket_id: int,
        body: TicketReply,
        *,
        since: dt.datetime | None = None,
    ) -> TicketDetail:
        """``AddTicketReply`` as the client (``clientid``: the page takes no user), once the
        ticket is known to be the account's (``GetTicket`` takes no client id). WHMCS leaves
        it Customer-Reply, reopening a Closed one. ``since``: an attempt with the same key,
        made then, may have added it: the thread is looked at first."""
        attachments = whmcs_attachments(body.attachments)
        before = self.get_ticket(db, ctx, ticket_id)  # 404 when not the account's
        if since is not None and _has_reply_since(before, body.message, since):
            return before
        try:
            self.whmcs.write(
                "AddTicketReply",
                {
                    "ticketid": ticket_id,
                    "message": body.message,
                    "clientid": ctx.client.id,
                    "attachments": attachments,
                },
            )
        except WhmcsError as exc:
            raise ticket_refused(exc) from exc
        record(
            db, None, ctx.person.id, "ticket_replied", f"client {ctx.client.id}: ticket {ticket_id}"
        )
        now = dt.datetime.now(dt.UTC)
        replied = before.model_copy(
            update={
                "status": TicketStatus.CUSTOMER_REPLY,
                "last_reply_at": now,
                "messages": [
                    *before.messages,
                    self._message_sent(ctx, body.message, now),
                ],
            }
        )
        return self._read_back(ctx, replied)

    def _message_sent(self, ctx: AccountContext, text: str, at: dt.datetime) -> TicketMessage:
        return TicketMessage(
            id=0,
            author_name=ctx.person.name,
            from_staff=False,
            body=text,
            created_at=at,
            attachments=[],
        )

    def _read_back(self, ctx: AccountContext, written: TicketDetail) -> TicketDetail:
        """The ticket as WHMCS now has it; when WHMCS does not answer that read, what was
        written (the write is done: failing now would let a retry make it twice)."""
        try:
            answer = self.whmcs.call("GetTicket", {"ticketid": written.id, "repliessort": "ASC"})
        except (WhmcsError, PortalHTTPError) as exc:
            log.warning("ticket %s written, not read back: %s", written.id, exc)
            return written
        if to_int(answer.get("userid")) != ctx.client.id:
            log.warning("ticket %s written, read back as another client's", written.id)
            return written
        return self._detail(answer, ctx.client.id)

    def _opened_since(
        self, ctx: AccountContext, body: TicketCreate, since: dt.datetime
    ) -> TicketDetail | None:
        """The client's ticket like ``body`` opened since ``since`` (WHMCS's clock may be in
        any time zone: a day's margin), or None."""
        found = self.whmcs.all_rows(
            "GetTickets",
            "tickets",
            "ticket",
            {"clientid": ctx.client.id, "ignore_dept_assignments": True},
        )
        for row in sorted(found, key=lambda r: to_int(r.get("id")), reverse=True):
            opened = to_datetime(row.get("date"))
            if (
                to_int(row.get("userid")) != ctx.client.id
                or str(row.get("subject", "")) != body.subject
                or to_int(row.get("deptid")) != body.department_id
                or opened is None
                or opened < since - CLOCK_MARGIN
            ):
                continue
            ticket = self._ticket(ctx.client.id, to_int(row.get("id")))
            first = ticket.messages[0] if ticket.messages else None
            if first is not None and _same_text(first.body, body.message):
                return ticket
        return None

    def request_owner_change(
        self,
        db: Session,
        ctx: AccountContext,
        service_id: int,
        body: OwnerChangeRequest,
        *,
        since: dt.datetime | None = None,
    ) -> Ticket:
        """The seed's checks on WHMCS's data (the service is the account's and Active, the new
        owner a WHMCS client found by exact e-mail with ``GetClients``, neither client with an
        Overdue invoice), then the request as a ticket (``OpenTicket``) in the department of
        ``whmcs_owner_change_department``, else the one named Facturación or Billing."""
        service = WhmcsServices(self.whmcs).get_service(db, ctx, service_id)  # 404
        if service.status is not ServiceStatus.ACTIVE:
            raise service_not_active()
        email = body.target_email.strip().lower()
        own = str(self.whmcs.client_details(ctx.client.id).get("email", "")).lower()
        target = self._client_by_email(email)
        if email == own or (target is not None and target == ctx.client.id):
            raise PortalHTTPError(
                409, "same_client", "The service already belongs to the client with this e-mail"
            )
        if target is None:
            raise PortalHTTPError(
                409,
                "target_not_found",
                "No client has this e-mail: the new owner must sign up first",
            )
        for client_id in (ctx.client.id, target):
            if self._has_overdue(client_id):
                raise PortalHTTPError(
                    409,
                    "overdue_invoices",
                    "Both accounts must have no overdue invoice before a service changes owner",
                )
        subject, message = owner_change_ticket(
            service.product, service.domain, service.id, email, body.message
        )
        request = TicketCreate(
            department_id=self._owner_change_department(),
            subject=subject[:200],
            message=message,
            priority=TicketPriority.MEDIUM,
            service_id=service.id,
        )
        opened = self.open_ticket(db, ctx, request, since=since)
        record(
            db,
            None,
            ctx.person.id,
            "service_owner_change_requested",
            f"client {ctx.client.id}: service {service.id} to client {target}, ticket {opened.id}",
        )
        return Ticket.model_validate(opened.model_dump(exclude={"messages"}))

    def _client_by_email(self, email: str) -> int | None:
        """The WHMCS client with exactly this e-mail (GetClients' search matches its start)."""
        found = self.whmcs.all_rows("GetClients", "clients", "client", {"search": email})
        return next(
            (to_int(c.get("id")) for c in found if str(c.get("email", "")).lower() == email), None
        )

    def _has_overdue(self, client_id: int) -> bool:
        answer = self.whmcs.call(
            "GetInvoices", {"userid": client_id, "status": "Overdue", "limitnum": 1}
        )
        mine = [
            r for r in rows(answer, "invoices", "invoice") if to_int(r.get("userid")) == client_id
        ]
        return bool(mine)

    def _owner_change_department(self) -> int:
        departments = self._departments()
        chosen = self.whmcs.settings.whmcs_owner_change_department
        if chosen in departments:
            return chosen
        if not chosen:
            for department_id, name in sorted(departments.items()):
                if name.strip().lower() in OWNER_CHANGE_DEPARTMENTS:
                    return department_id
        log.error(
            "no WHMCS department for owner-change requests: set whmcs_owner_change_department "
            "to one of %s",
            sorted(departments),
        )
        raise unavailable()


class _Text(HTMLParser):
    """The text of an HTML e-mail: tags dropped, lines kept, scripts and styles skipped."""

    BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def text_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def email_message(row: Answer) -> EmailMessage:
    html = str(row.get("message", ""))
    sent = to_datetime(row.get("date")) or dt.datetime.combine(NO_DATE, dt.time(), dt.UTC)
    return EmailMessage(
        id=to_int(row.get("id")),
        subject=str(row.get("subject", "")),
        to=str(row.get("to", "")),
        # GetEmails says nothing of what kind of e-mail it was
        category=EmailCategory.GENERAL,
        sent_at=sent,
        body_text=text_of(html),
        body_html=html,
    )


class WhmcsMail:
    """``GetEmails(clientid)``: no order is documented and no action reads one e-mail, so the
    client's e-mails are read whole (paged), sorted newest first and kept for the cache's time;
    the list pages through that copy by offset, and an e-mail is found in it by its id."""

    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def _emails(self, client_id: int) -> list[EmailMessage]:
        def load() -> list[EmailMessage]:
            found = self.whmcs.all_rows("GetEmails", "emails", "email", {"clientid": client_id})
            mails = [
                email_message(row)
                for row in found
                if to_int(row.get("userid"), client_id) == client_id
            ]
            return sorted(mails, key=lambda m: (m.sent_at, m.id), reverse=True)

        mails: list[EmailMessage] = self.whmcs.cached("emails", str(client_id), load)
        return mails

    def list_emails(
        self, db: Session, ctx: AccountContext, limit: int, cursor: str | None
    ) -> Page[EmailSummary]:
        start = _offset(cursor)
        mails = self._emails(ctx.client.id)
        items = [EmailSummary.model_validate(m.model_dump()) for m in mails[start : start + limit]]
        after = start + len(items)
        return Page[EmailSummary](
            items=items, next_cursor=str(after) if after < len(mails) else None
        )

    def get_email(self, db: Session, ctx: AccountContext, email_id: int) -> EmailMessage:
        for mail in self._emails(ctx.client.id):
            if mail.id == email_id:
                return mail
        raise not_found("No such e-mail")


def _offset(cursor: str | None) -> int:
    """WHMCS pages by offset: the portal's cursor is the offset of the next page."""
    if not cursor:
        return 0
    if not cursor.isdigit() or len(cursor) > 9:
        raise FieldError.one("cursor", "invalid_cursor", "This page cursor is not valid")
    return int(cursor)
