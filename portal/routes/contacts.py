"""Secondary contacts of an account and the e-mail categories each receives."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from api_client.models import Contact, ContactCreate, ContactUpdate, EmailCategory, Permission

from ..audit import record
from ..auth import DB, AccountContext, RowId, require
from ..billing import run_once
from ..errors import FieldError, not_found
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
from ..tables import ContactRow

router = APIRouter(route_class=PortalRoute, tags=["contacts"])

Contacts = Annotated[AccountContext, Depends(require(Permission.CONTACTS))]


def _stored(categories: list[EmailCategory]) -> str:
    chosen = set(categories)
    return ",".join(c.value for c in EmailCategory if c in chosen)


def contact(row: ContactRow) -> Contact:
    names = set(row.categories.split(","))
    return Contact(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        company=row.company,
        email=row.email,
        phone=row.phone,
        categories=[c for c in EmailCategory if c.value in names],
        created_at=row.created_at,
    )


def _email_taken() -> FieldError:
    return FieldError.one("email", "email_taken", "Another contact of this account has this e-mail")


def _check_email(db: DB, client_id: int, email: str, contact_id: int | None) -> None:
    query = select(ContactRow.id).where(
        ContactRow.client_id == client_id, func.lower(ContactRow.email) == email
    )
    if contact_id is not None:
        query = query.where(ContactRow.id != contact_id)
    if db.scalar(query) is not None:
        raise _email_taken()


def _commit(db: DB) -> None:
    try:
        db.commit()
    except IntegrityError as exc:  # two requests racing for the same address
        db.rollback()
        raise _email_taken() from exc


@router.get("/accounts/{account_id}/contacts", response_model=list[Contact])
def list_contacts(ctx: Contacts, db: DB) -> list[Contact]:
    rows = db.scalars(
        select(ContactRow).where(ContactRow.client_id == ctx.client.id).order_by(ContactRow.id)
    )
    return [contact(row) for row in rows]


@router.post("/accounts/{account_id}/contacts", response_model=Contact, status_code=201)
def add_contact(
    body: ContactCreate,
    ctx: Contacts,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Errors: 422 ``email_taken`` on ``email`` (one contact per address in an account).

    Honours an ``Idempotency-Key``: the same request sent again with its key (its answer was
    lost) replays the first answer instead of refusing the address as taken."""
    email = str(body.email).lower()

    def change() -> Contact:
        _check_email(db, ctx.client.id, email, None)
        row = ContactRow(
            client_id=ctx.client.id,
            first_name=body.first_name,
            last_name=body.last_name,
            company=body.company,
            email=email,
            phone=body.phone,
            categories=_stored(body.categories),
        )
        db.add(row)
        try:
            db.flush()
        except IntegrityError as exc:  # two requests racing for the same address
            raise _email_taken() from exc
        record(db, ctx.client.id, ctx.person.id, "contact_added", f"{email}: {row.categories}")
        return contact(row)

    return run_once(
        db, request, ctx.person.id, idempotency_key, body, change, status_code=201, required=False
    )


def _own(db: DB, ctx: AccountContext, contact_id: int) -> ContactRow:
    row = db.get(ContactRow, contact_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such contact")
    return row


@router.get("/accounts/{account_id}/contacts/{contact_id}", response_model=Contact)
def get_contact(ctx: Contacts, db: DB, contact_id: RowId) -> Contact:
    return contact(_own(db, ctx, contact_id))


@router.patch("/accounts/{account_id}/contacts/{contact_id}", response_model=Contact)
def update_contact(body: ContactUpdate, ctx: Contacts, db: DB, contact_id: RowId) -> Contact:
    """Only the fields sent change. Errors: 404; 422 ``email_taken``, ``missing`` (a null)."""
    row = _own(db, ctx, contact_id)
    values = body.model_dump(exclude_unset=True)
    nulls = [name for name, value in values.items() if value is None]
    if nulls:
        raise FieldError([(name, "missing", "A value is required") for name in nulls])
    if "email" in values:
        values["email"] = str(values["email"]).lower()
        _check_email(db, ctx.client.id, values["email"], row.id)
    if "categories" in values:
        values["categories"] = _stored(body.categories or [])
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    for name, value in changed.items():
        setattr(row, name, value)
    if changed:
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "contact_updated",
            f"{row.email}: {', '.join(sorted(changed))}",
        )
        _commit(db)
    return contact(row)


@router.delete("/accounts/{account_id}/contacts/{contact_id}", status_code=204)
def remove_contact(ctx: Contacts, db: DB, contact_id: RowId) -> Response:
    row = _own(db, ctx, contact_id)
    db.delete(row)
    record(db, ctx.client.id, ctx.person.id, "contact_removed", row.email)
    db.commit()
    return Response(status_code=204)
