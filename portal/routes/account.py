"""Account details: read and change, with one e-mail address per client."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from api_client.models import AccountDetails, AccountUpdate, Permission

from ..alerts import raise_event
from ..audit import record
from ..auth import DB, AccountContext, require
from ..backends import backend_of
from ..backends.sql import account_details
from ..errors import FieldError
from ..tables import ClientRow

router = APIRouter(tags=["account"])

Profile = Annotated[AccountContext, Depends(require(Permission.PROFILE))]


@router.get("/accounts/{account_id}", response_model=AccountDetails)
def get_account(ctx: Profile, db: DB, request: Request) -> AccountDetails:
    return backend_of(request).accounts.details(db, ctx)


def _email_taken(db: DB, email: str, client_id: int) -> FieldError | None:
    other = db.scalar(
        select(ClientRow.id).where(func.lower(ClientRow.email) == email, ClientRow.id != client_id)
    )
    if other is None:
        return None
    return FieldError.one("email", "email_taken", "This e-mail address belongs to another client")


@router.patch("/accounts/{account_id}", response_model=AccountDetails)
def update_account(change: AccountUpdate, ctx: Profile, db: DB) -> AccountDetails:
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
            {"account": client.company or client.first_name, "fields": ", ".join(sorted(changed))},
        )
    try:
        db.commit()
    except IntegrityError as exc:  # two clients racing for the same address
        db.rollback()
        raise FieldError.one(
            "email", "email_taken", "This e-mail address belongs to another client"
        ) from exc
    return account_details(client)
