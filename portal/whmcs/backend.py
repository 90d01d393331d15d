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

import datetime as dt
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio.from_thread
from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.models import (
    AccountAccess,
    AccountDetails,
    AccountUpdate,
    BillingCycle,
    Invoice,
    InvoiceDetail,
    InvoiceFilter,
    InvoiceItem,
    InvoiceStatus,
    LoginRequest,
    Page,
    Permission,
    Service,
    ServiceDetail,
    ServiceStatus,
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


def _offset(cursor: str | None) -> int:
    """WHMCS pages by offset: the portal's cursor is the offset of the next page."""
    if not cursor:
        return 0
    if not cursor.isdigit() or len(cursor) > 9:
        raise FieldError.one("cursor", "invalid_cursor", "This page cursor is not valid")
    return int(cursor)
