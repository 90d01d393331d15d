"""WHMCS's events as the portal's alerts: which accounts an event concerns, and its data.

The hook file sends ids only (an invoice id, a service and client id, a ticket id, ...); what
the alert says (the invoice's number and total, the service's product, the ticket's subject) is
read here from WHMCS's API, so nothing but ids ever leaves WHMCS unasked, and an event for an id
WHMCS does not know raises no alert.

The portal's alerts (choices, outbox, deliveries) hang on a client row of the portal's
database. On the WHMCS backend that row is a mirror of the WHMCS client: its id, name, e-mail,
language and currency as WHMCS last said, written (and refreshed) when an event for it arrives;
the e-mail channel sends to that address. Nothing else of the client is kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import AlertEvent

from ..backends import Alert
from ..errors import PortalHTTPError
from ..tables import ClientRow
from .backend import _UPDATE_FIELDS, Whmcs
from .client import Answer, WhmcsError, rows, to_bool, to_date, to_int, to_money
from .events import HookEvent

# the hook's ClientEdit field names (WHMCS's) as the portal's account fields, which the alert
# names in the reader's language
_PORTAL_FIELDS = {whmcs: portal for portal, whmcs in _UPDATE_FIELDS.items()} | {
    "currency": "currency"
}
_LANGUAGES = {"english": "en"}


def unknown(what: str) -> PortalHTTPError:
    return PortalHTTPError(
        422, "unknown_subject", f"WHMCS does not know the {what} this event names: no alert"
    )


class WhmcsHookEvents:
    """Reads from WHMCS what each event's alert says; writes the client mirrors."""

    def __init__(self, whmcs: Whmcs) -> None:
        self.whmcs = whmcs

    def alerts(self, event: HookEvent) -> list[Alert]:
        """The accounts ``event`` concerns, each with its alert's data; 422 ``unknown_subject``
        when WHMCS does not know what it names."""
        data = event.data
        kind = event.event
        if kind is AlertEvent.PASSWORD_CHANGED:
            return self._password_changed(to_int(data.get("user_id")), event.occurred_at)
        if kind in (
            AlertEvent.INVOICE_CREATED,
            AlertEvent.INVOICE_CANCELLED,
            AlertEvent.INVOICE_PAID,
        ):
            return [self._invoice(to_int(data.get("invoice_id")))]
        if kind is AlertEvent.QUOTE_AVAILABLE:
            return [self._quote(to_int(data.get("quote_id")))]
        if kind is AlertEvent.TICKET_ANSWERED:
            return [self._ticket(to_int(data.get("ticket_id")))]
        client_id = to_int(data.get("client_id"))
        client = self._client(client_id)
        if kind is AlertEvent.CLIENT_ADDED:
            name = _name(client)
            return [Alert(client_id, {"name": name, "account": client.get("companyname") or name})]
        if kind is AlertEvent.CLIENT_DETAILS_EDITED:
            fields = data.get("fields") or []
            names = [_PORTAL_FIELDS.get(str(f), str(f)) for f in fields if isinstance(f, str)]
            return [
                Alert(
                    client_id,
                    {
                        "account": client.get("companyname") or _name(client),
                        "fields": ",".join(names),
                    },
                )
            ]
        if kind is AlertEvent.DOMAIN_DELETED:
            return [Alert(client_id, {"domain": self._domain_name(client_id, data)})]
        # service suspended, reactivated, terminated
        return [self._service(client_id, to_int(data.get("service_id")))]

    # ---- what each event names ----------------------------------------------------------------

    def _client(self, client_id: int) -> Answer:
        if client_id <= 0:
            raise unknown("client")
        self.whmcs.forget("client", str(client_id))  # an event may be of a change just made
        try:
            return self.whmcs.client_details(client_id)
        except PortalHTTPError as exc:
            raise unknown("client") from exc

    def _call(self, action: str, params: dict[str, Any], what: str) -> Answer:
        try:
            return self.whmcs.call(action, params)
        except WhmcsError as exc:  # "Invoice ID Not Found", "Ticket ID Not Found", ...
            raise unknown(what) from exc

    def _invoice(self, invoice_id: int) -> Alert:
        if invoice_id <= 0:
            raise unknown("invoice")
        row = self._call("GetInvoice", {"invoiceid": invoice_id}, "invoice")
        client_id = to_int(row.get("userid"))
        client = self._client(client_id)
        due = to_date(row.get("duedate"))
        return Alert(
            client_id,
            {
                "number": str(row.get("invoicenum") or invoice_id),
                "total": str(to_money(row.get("total"))),
                # GetInvoice carries no currency: the client's
                "currency": str(row.get("currencycode") or client.get("currency_code", "")),
                "due_on": due.isoformat() if due else "",
                "invoice_id": str(invoice_id),
            },
        )

    def _quote(self, quote_id: int) -> Alert:
        if quote_id <= 0:
            raise unknown("quote")
        answer = self._call("GetQuotes", {"quoteid": quote_id}, "quote")
        row = next(
            (q for q in rows(answer, "quotes", "quote") if to_int(q.get("id")) == quote_id), None
        )
        if row is None:
            raise unknown("quote")
        client_id = to_int(row.get("userid"))
        self._client(client_id)
        # the quote's adminnotes are never copied
        return Alert(
            client_id,
            {
                "number": str(quote_id),
                "subject": str(row.get("subject", "")),
                "quote_id": str(quote_id),
            },
        )

    def _ticket(self, ticket_id: int) -> Alert:
        if ticket_id <= 0:
            raise unknown("ticket")
        row = self._call("GetTicket", {"ticketid": ticket_id}, "ticket")
        client_id = to_int(row.get("userid"))
        self._client(client_id)
        # the ticket's id as the portal shows tickets; the reply's text stays in WHMCS
        return Alert(client_id, {"ticket": str(ticket_id), "subject": str(row.get("subject", ""))})

    def _service(self, client_id: int, service_id: int) -> Alert:
        if service_id <= 0:
            raise unknown("service")
        answer = self._call(
            "GetClientsProducts", {"clientid": client_id, "serviceid": service_id}, "service"
        )
        for row in rows(answer, "products", "product"):
            if to_int(row.get("id")) == service_id and to_int(row.get("clientid")) == client_id:
                return Alert(
                    client_id,
                    {
                        "product": str(row.get("translated_name") or row.get("name") or ""),
                        "domain": str(row.get("domain", "")),
                        "service_id": str(service_id),
                    },
                )
        raise unknown("service")  # not this client's service

    def _domain_name(self, client_id: int, data: dict[str, Any]) -> str:
        """DomainDelete runs once the domain is gone: WHMCS may no longer list it; its id is
        what is left to name it by."""
        domain_id = to_int(data.get("domain_id"))
        try:
            answer = self.whmcs.call(
                "GetClientsDomains", {"clientid": client_id, "domainid": domain_id}
            )
        except WhmcsError:
            answer = {}
        for row in rows(answer, "domains", "domain"):
            if (
                to_int(row.get("id")) == domain_id
                and to_int(row.get("userid"), client_id) == client_id
            ):
                return str(row.get("domainname", ""))
        return f"#{domain_id}"

    def _password_changed(self, user_id: int, occurred_at: str) -> list[Alert]:
        """A WHMCS user's password: every client that user owns is told (as on the SQL
        backend). GetUsers finds users by e-mail or name only, so the users are paged through
        to find this id."""
        if user_id <= 0:
            raise unknown("user")
        users = self.whmcs.all_rows("GetUsers", "users", None, {})
        user = next((u for u in users if to_int(u.get("id")) == user_id), None)
        if user is None:
            raise unknown("user")
        name = f"{user.get('firstname', '')} {user.get('lastname', '')}".strip()
        when = _when(occurred_at)
        owned = [
            to_int(link.get("id"))
            for link in user.get("clients") or []
            if isinstance(link, dict) and to_bool(link.get("isOwner"))
        ]
        found = []
        for client_id in owned:
            self._client(client_id)
            found.append(
                Alert(client_id, {"name": name or str(user.get("email", "")), "when": when})
            )
        return found

    # ---- the portal's mirror of the client ------------------------------------------------------

    def mirror(self, db: Session, client_id: int) -> None:
        """The client row the account's alerts hang on, as WHMCS says the client is now."""
        c = self.whmcs.client_details(client_id)
        email = str(c.get("email", "")).strip().lower()
        # WHMCS keeps one e-mail per client too; a mirror still holding this address is of a
        # client who changed it since: it gets it back at its own next event
        for other in db.scalars(
            select(ClientRow).where(ClientRow.email == email, ClientRow.id != client_id)
        ):
            other.email = f"client-{other.id}.outdated@invalid"
        db.flush()
        row = db.get(ClientRow, client_id)
        if row is None:
            row = ClientRow(id=client_id)
            db.add(row)
        row.first_name = str(c.get("firstname", ""))[:100]
        row.last_name = str(c.get("lastname", ""))[:100]
        row.company = str(c.get("companyname", ""))[:100]
        row.email = email or f"client-{client_id}@invalid"
        row.language = _LANGUAGES.get(str(c.get("language", "")).lower(), "es")
        row.currency = str(c.get("currency_code", ""))[:3] or row.currency or "ARS"
        db.flush()


def _name(client: Answer) -> str:
    return f"{client.get('firstname', '')} {client.get('lastname', '')}".strip()


def _when(occurred_at: str) -> str:
    """The hook's ``occurred_at`` (UTC, ISO 8601), else now, to the minute."""
    try:
        moment = dt.datetime.fromisoformat(occurred_at.replace("Z", "+00:00"))
    except ValueError:
        moment = dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat(timespec="minutes")
