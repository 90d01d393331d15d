"""The WHMCS backend's support desk: departments, tickets, replies and the change of owner (as a
ticket), each read back from WHMCS to tell a sent message from a lost answer."""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from api_client.models import (
    AttachmentUpload,
    Department,
    OwnerChangeRequest,
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
from ..auth import AccountContext
from ..errors import (
    FieldError,
    PortalHTTPError,
    not_found,
)
from ..routes.service_changes import owner_change_ticket, service_not_active
from ..routes.tickets import decode_attachments
from .backend import NO_DATE, Whmcs, WhmcsServices, unavailable
from .client import (
    Answer,
    WhmcsError,
    rows,
    to_datetime,
    to_int,
)

log = logging.getLogger("clientdesk.portal.whmcs")


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
