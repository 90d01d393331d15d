"""The SQL backend: every area in the portal's own database (SQLAlchemy). This is the code the
routes held before the seam, moved here unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Request
from sqlalchemy import Row, Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

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
    InvoiceItem,
    InvoiceStatus,
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

from ..alerts import raise_event
from ..attempts import secret_attempt, secret_key
from ..audit import record
from ..auth import AccountContext, Caller, account_disabled, load_account, permissions_of
from ..errors import FieldError, not_found, unauthorized
from ..paging import Keyset, Ts, aware_datetime
from ..passwords import DUMMY_HASH, hash_password, needs_rehash, verify_password
from ..security import accept_second_factor, enabled_totp
from ..tables import (
    ClientRow,
    DepartmentRow,
    EmailMessageRow,
    InvoiceRow,
    MembershipRow,
    PersonRow,
    ServiceRow,
    TicketRow,
)
from . import Backend


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


class SqlAccounts:
    def authenticate(
        self, db: Session, request: Request, body: LoginRequest, password_ok: Callable[[], None]
    ) -> PersonRow:
        email = body.email.strip().lower()
        person = db.scalar(select(PersonRow).where(func.lower(PersonRow.email) == email))
        # Always run the slow hash, so a wrong e-mail takes as long as a wrong password.
        ok = verify_password(body.password, person.password_hash if person else DUMMY_HASH)
        if person is None or not ok:
            raise unauthorized("Wrong e-mail or password", "invalid_credentials")
        password_ok()
        if person.disabled_at is not None:
            raise account_disabled()
        second = enabled_totp(db, person.id)
        if second is not None:
            if body.totp_code is None:
                raise unauthorized("Enter the code from your authenticator app", "totp_required")
            code_attempt = secret_attempt(db, request, person.id, "second_factor")
            if not accept_second_factor(db, second, body.totp_code):
                db.rollback()
                raise unauthorized("The two-factor code is not valid", "invalid_totp")
            code_attempt.succeeded(db, secret_key(person.id, "second_factor"))
        if needs_rehash(person.password_hash):
            # stored with weaker parameters than today's: store it again as it is hashed today
            person.password_hash = hash_password(body.password)
        return person

    def load_account(self, db: Session, caller: Caller, account_id: int) -> AccountContext:
        return load_account(db, caller, account_id)

    def accounts_of(self, db: Session, caller: Caller) -> list[AccountAccess]:
        rows = db.execute(
            select(MembershipRow, ClientRow)
            .join(ClientRow, ClientRow.id == MembershipRow.client_id)
            .where(MembershipRow.person_id == caller.person.id)
            .order_by(MembershipRow.is_owner.desc(), ClientRow.company, ClientRow.id)
        ).all()
        return [
            AccountAccess(
                id=client.id,
                display_name=f"{client.first_name} {client.last_name}".strip(),
                company=client.company,
                email=client.email,
                is_owner=membership.is_owner,
                permissions=sorted(permissions_of(membership)),
            )
            for membership, client in rows
        ]

    def details(self, db: Session, ctx: AccountContext) -> AccountDetails:
        return account_details(ctx.client)

    def update(self, db: Session, ctx: AccountContext, change: AccountUpdate) -> AccountDetails:
        client = ctx.client
        values = change.model_dump(exclude_unset=True)
        if "email" in values and values["email"] is not None:
            values["email"] = str(values["email"]).lower()
            taken = _email_taken(db, values["email"], client.id)
            if taken:
                raise taken
        none_fields = [name for name, value in values.items() if value is None]
        if none_fields:
            raise FieldError([(name, "missing", "A value is required") for name in none_fields])
        changed = {name: value for name, value in values.items() if getattr(client, name) != value}
        for name, value in changed.items():
            setattr(client, name, value)
        if changed:
            record(db, client.id, ctx.person.id, "account_updated", ", ".join(sorted(changed)))
            raise_event(
                db,
                client.id,
                "client_details_edited",
                {
                    "account": client.company or client.first_name,
                    "fields": ", ".join(sorted(changed)),
                },
            )
        try:
            db.commit()
        except IntegrityError as exc:  # two clients racing for the same address
            db.rollback()
            raise FieldError.one(
                "email", "email_taken", "This e-mail address belongs to another client"
            ) from exc
        return account_details(client)


def _email_taken(db: Session, email: str, client_id: int) -> FieldError | None:
    other = db.scalar(
        select(ClientRow.id).where(func.lower(ClientRow.email) == email, ClientRow.id != client_id)
    )
    if other is None:
        return None
    return FieldError.one("email", "email_taken", "This e-mail address belongs to another client")


def account_details(client: ClientRow) -> AccountDetails:
    return AccountDetails.model_validate(client, from_attributes=True)


class SqlServices:
    def list_services(self, db: Session, ctx: AccountContext) -> list[Service]:
        rows = db.scalars(
            select(ServiceRow).where(ServiceRow.client_id == ctx.client.id).order_by(ServiceRow.id)
        )
        return [Service.model_validate(row, from_attributes=True) for row in rows]

    def get_service(self, db: Session, ctx: AccountContext, service_id: int) -> ServiceDetail:
        row = db.get(ServiceRow, service_id)
        if row is None or row.client_id != ctx.client.id:
            raise not_found("No such service")
        return ServiceDetail.model_validate(row, from_attributes=True)


NEWEST_FIRST = Keyset(InvoiceRow.issued_on, InvoiceRow.id, dt.date.fromisoformat)


# what an invoice's line in a list needs: read as plain rows, not as whole ORM objects (about
# half the time of the invoices page went into building and tracking 25 objects it never changed)
INVOICE_SUMMARY_COLUMNS = (
    InvoiceRow.id,
    InvoiceRow.number,
    InvoiceRow.issued_on,
    InvoiceRow.due_on,
    InvoiceRow.paid_on,
    InvoiceRow.status,
    InvoiceRow.currency,
    InvoiceRow.total,
    InvoiceRow.amount_paid,
)


def invoice_summary(row: InvoiceRow | Row[*tuple[Any, ...]], on: dt.date) -> dict[str, object]:
    return {
        "id": row.id,
        "number": row.number,
        "issued_on": row.issued_on,
        "due_on": row.due_on,
        "paid_on": row.paid_on,
        "status": row.status,
        "overdue": row.status == InvoiceStatus.UNPAID and row.due_on < on,
        "currency": row.currency,
        "total": row.total,
        "balance": row.total - row.amount_paid
        if row.status not in (InvoiceStatus.CANCELLED, InvoiceStatus.REFUNDED)
        else 0,
    }


def _filtered(query: Select[*Ts], status: InvoiceFilter | None) -> Select[*Ts]:
    if status is None:
        return query
    if status is InvoiceFilter.OVERDUE:
        return query.where(InvoiceRow.status == InvoiceStatus.UNPAID, InvoiceRow.due_on < today())
    return query.where(InvoiceRow.status == status.value)


class SqlBilling:
    def list_invoices(
        self,
        db: Session,
        ctx: AccountContext,
        status: InvoiceFilter | None,
        limit: int,
        cursor: str | None,
    ) -> Page[Invoice]:
        query = _filtered(
            select(*INVOICE_SUMMARY_COLUMNS).where(InvoiceRow.client_id == ctx.client.id), status
        )
        rows, next_cursor = NEWEST_FIRST.page(
            db.execute(NEWEST_FIRST.apply(query, cursor, limit)).all(),
            limit,
            lambda row: (row.issued_on, row.id),
        )
        on = today()
        items = [Invoice.model_validate(invoice_summary(row, on)) for row in rows]
        return Page[Invoice](items=items, next_cursor=next_cursor)

    def get_invoice(self, db: Session, ctx: AccountContext, invoice_id: int) -> InvoiceDetail:
        row = db.scalar(
            select(InvoiceRow)
            .options(selectinload(InvoiceRow.items))
            .where(InvoiceRow.id == invoice_id)
        )
        if row is None or row.client_id != ctx.client.id:
            raise not_found("No such invoice")
        return InvoiceDetail.model_validate(
            {
                **invoice_summary(row, today()),
                "items": [
                    InvoiceItem.model_validate(item, from_attributes=True) for item in row.items
                ],
                "subtotal": row.subtotal,
                "tax_rate": row.tax_rate,
                "tax": row.tax,
                "credit": row.credit,
                "notes": row.notes,
            }
        )


class SqlSupport:
    """The ticket helpers stay in :mod:`portal.routes.tickets`, with the routes that write
    tickets; they are imported when first used (that module builds on this package)."""

    def list_departments(self, db: Session, ctx: AccountContext) -> list[Department]:
        rows = db.scalars(select(DepartmentRow).order_by(DepartmentRow.id))
        return [Department.model_validate(r, from_attributes=True) for r in rows]

    def list_tickets(
        self, db: Session, ctx: AccountContext, status: TicketStatus | None
    ) -> list[Ticket]:
        from ..routes.tickets import ticket_summary

        query = select(TicketRow).where(TicketRow.client_id == ctx.client.id)
        if status is not None:
            query = query.where(TicketRow.status == status.value)
        rows = db.scalars(query.order_by(TicketRow.last_reply_at.desc(), TicketRow.id.desc()))
        return [ticket_summary(db, r) for r in rows]

    def get_ticket(self, db: Session, ctx: AccountContext, ticket_id: int) -> TicketDetail:
        from ..routes.tickets import ticket_detail

        row = db.get(TicketRow, ticket_id)
        if row is None or row.client_id != ctx.client.id:
            raise not_found("No such ticket")
        return ticket_detail(db, ticket_id)

    # ``since`` is never given here: the SQL backend's writes commit with their key
    def open_ticket(
        self,
        db: Session,
        ctx: AccountContext,
        body: TicketCreate,
        *,
        since: dt.datetime | None = None,
    ) -> TicketDetail:
        from ..routes.tickets import create_in_database

        return create_in_database(db, ctx, body)

    def reply(
        self,
        db: Session,
        ctx: AccountContext,
        ticket_id: int,
        body: TicketReply,
        *,
        since: dt.datetime | None = None,
    ) -> TicketDetail:
        from ..routes.tickets import reply_in_database

        return reply_in_database(db, ctx, ticket_id, body)

    def request_owner_change(
        self,
        db: Session,
        ctx: AccountContext,
        service_id: int,
        body: OwnerChangeRequest,
        *,
        since: dt.datetime | None = None,
    ) -> Ticket:
        from ..routes.service_changes import owner_change_in_database

        return owner_change_in_database(body, ctx, db, service_id)


EMAILS_NEWEST_FIRST = Keyset(EmailMessageRow.sent_at, EmailMessageRow.id, aware_datetime)


class SqlMail:
    def list_emails(
        self, db: Session, ctx: AccountContext, limit: int, cursor: str | None
    ) -> Page[EmailSummary]:
        query = select(EmailMessageRow).where(EmailMessageRow.client_id == ctx.client.id)
        rows, next_cursor = EMAILS_NEWEST_FIRST.page(
            list(db.scalars(EMAILS_NEWEST_FIRST.apply(query, cursor, limit))),
            limit,
            lambda row: (row.sent_at, row.id),
        )
        items = [EmailSummary.model_validate(row, from_attributes=True) for row in rows]
        return Page[EmailSummary](items=items, next_cursor=next_cursor)

    def get_email(self, db: Session, ctx: AccountContext, email_id: int) -> EmailMessage:
        row = db.get(EmailMessageRow, email_id)
        if row is None or row.client_id != ctx.client.id:
            raise not_found("No such e-mail")
        return EmailMessage.model_validate(row, from_attributes=True)


@asynccontextmanager
async def _nothing_to_open() -> AsyncIterator[None]:
    yield  # the database is opened and closed by the app itself


def sql_backend() -> Backend:
    return Backend(
        "sql",
        SqlAccounts(),
        SqlServices(),
        SqlBilling(),
        SqlSupport(),
        SqlMail(),
        running=_nothing_to_open,
    )
