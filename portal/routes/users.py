"""User management: the people who reach an account, their permissions, invitations.

Only the account's owner manages users (as in WHMCS); staff may too. Anyone else who reaches the
account gets 403 with code ``owner_only``. The owner holds every permission and can be neither
restricted nor removed (409 ``owner_immutable``).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api_client.models import (
    AccountUser,
    Invitation,
    InvitationAccept,
    InviteOutcome,
    Permission,
    UserInvite,
    UserPermissionsUpdate,
)

from ..alerts import raise_event
from ..audit import record
from ..auth import (
    DB,
    AccountContext,
    CurrentCaller,
    RowId,
    load_account,
    permissions_of,
    token_hash,
)
from ..billing import run_once
from ..errors import PortalHTTPError, not_found
from ..idempotency import IdempotencyKey
from ..mailbox import record_email
from ..passwords import hash_password
from ..routing import PortalRoute
from ..tables import ClientRow, InvitationRow, MembershipRow, PersonRow, utcnow

router = APIRouter(route_class=PortalRoute, tags=["users"])


def owner_only(caller: CurrentCaller, db: DB, account_id: RowId) -> AccountContext:
    """Dependency: the caller is the account's owner (or staff); 404 if they do not reach it."""
    ctx = load_account(db, caller, account_id)
    if not (ctx.is_owner or ctx.person.is_staff):
        raise PortalHTTPError(403, "owner_only", "Only the account's owner manages its users")
    return ctx


Owner = Annotated[AccountContext, Depends(owner_only)]


def _stored(permissions: list[Permission]) -> str:
    chosen = set(permissions)
    return ",".join(p.value for p in Permission if p in chosen)


def _listed(stored: str) -> list[Permission]:
    names = set(stored.split(","))
    return [p for p in Permission if p.value in names]


def account_user(membership: MembershipRow, person: PersonRow) -> AccountUser:
    return AccountUser(
        person_id=person.id,
        name=person.name,
        email=person.email,
        is_owner=membership.is_owner,
        permissions=sorted(permissions_of(membership), key=list(Permission).index),
    )


def invitation(row: InvitationRow) -> Invitation:
    return Invitation(
        id=row.id, email=row.email, permissions=_listed(row.permissions), created_at=row.created_at
    )


def _display(client: ClientRow) -> str:
    return client.company or f"{client.first_name} {client.last_name}".strip()


@router.get("/accounts/{account_id}/users", response_model=list[AccountUser])
def list_users(ctx: Owner, db: DB) -> list[AccountUser]:
    """Everyone who reaches the account, the owner first. Errors: 403 ``owner_only``."""
    rows = db.execute(
        select(MembershipRow, PersonRow)
        .join(PersonRow, PersonRow.id == MembershipRow.person_id)
        .where(MembershipRow.client_id == ctx.client.id)
        .order_by(MembershipRow.is_owner.desc(), PersonRow.name, PersonRow.id)
    ).all()
    return [account_user(m, p) for m, p in rows]


@router.get("/accounts/{account_id}/users/invitations", response_model=list[Invitation])
def list_invitations(ctx: Owner, db: DB) -> list[Invitation]:
    """Invitations sent and not yet accepted or cancelled. Errors: 403 ``owner_only``."""
    rows = db.scalars(
        select(InvitationRow)
        .where(
            InvitationRow.client_id == ctx.client.id,
            InvitationRow.accepted_at.is_(None),
            InvitationRow.cancelled_at.is_(None),
        )
        .order_by(InvitationRow.id)
    )
    return [invitation(row) for row in rows]


def _membership(db: Session, client_id: int, person_id: int) -> MembershipRow | None:
    return db.scalar(
        select(MembershipRow).where(
            MembershipRow.client_id == client_id, MembershipRow.person_id == person_id
        )
    )


def _already_member() -> PortalHTTPError:
    return PortalHTTPError(409, "already_member", "This person already reaches the account")


@router.post("/accounts/{account_id}/users", response_model=InviteOutcome, status_code=201)
def invite_user(
    body: UserInvite,
    ctx: Owner,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Give someone access by e-mail address, with a set of permissions.

    An address that belongs to a person already known to the portal gets the access at once
    (``outcome: added``); any other address gets an invitation e-mail (``outcome: invited``),
    kept in the account's e-mails received.

    Honours an ``Idempotency-Key``: sent again with its key (the answer was lost), the first
    answer comes back instead of ``already_member`` / ``already_invited``, and no second e-mail.

    Errors: 403 ``owner_only``; 409 ``already_member``, ``already_invited``; 422 on ``email`` or
    ``permissions`` (``too_short``: at least one permission).
    """

    def change() -> InviteOutcome:
        email = str(body.email).lower()
        client = ctx.client
        person = db.scalar(select(PersonRow).where(func.lower(PersonRow.email) == email))
        if person is not None:
            if _membership(db, client.id, person.id) is not None:
                raise _already_member()
            membership = MembershipRow(
                person_id=person.id, client_id=client.id, permissions=_stored(body.permissions)
            )
            db.add(membership)
            try:
                db.flush()
            except IntegrityError as exc:  # added by another request a moment ago
                raise _already_member() from exc
            record(db, client.id, ctx.person.id, "user_added", f"{email}: {membership.permissions}")
            raise_event(
                db, client.id, "client_added", {"name": person.name, "account": _display(client)}
            )
            return InviteOutcome(outcome="added", user=account_user(membership, person))

        pending = db.scalar(
            select(InvitationRow.id).where(
                InvitationRow.client_id == client.id,
                func.lower(InvitationRow.email) == email,
                InvitationRow.accepted_at.is_(None),
                InvitationRow.cancelled_at.is_(None),
            )
        )
        if pending is not None:
            raise PortalHTTPError(
                409, "already_invited", "An invitation to this address is pending"
            )
        token = secrets.token_urlsafe(32)
        row = InvitationRow(
            client_id=client.id,
            email=email,
            permissions=_stored(body.permissions),
            token_hash=token_hash(token),
            invited_by=ctx.person.id,
            created_at=utcnow(),
        )
        db.add(row)
        db.flush()
        account = _display(client)
        record_email(
            db,
            client.id,
            email,
            f"Te invitaron a la cuenta {account}",
            f"Hola:\n\n{ctx.person.name} te invitó a administrar la cuenta {account} en el área de "
            f"clientes.\n\nPara aceptar, usá este código de invitación: {token}\n\n"
            "Si no esperabas esta invitación, ignorá este mensaje.",
        )
        record(db, client.id, ctx.person.id, "user_invited", f"{email}: {row.permissions}")
        return InviteOutcome(outcome="invited", invitation=invitation(row))

    return run_once(
        db, request, ctx.person.id, idempotency_key, body, change, status_code=201, required=False
    )


@router.delete("/accounts/{account_id}/users/invitations/{invitation_id}", status_code=204)
def cancel_invitation(ctx: Owner, db: DB, invitation_id: RowId) -> Response:
    """Withdraw a pending invitation. Errors: 403 ``owner_only``; 404."""
    row = db.get(InvitationRow, invitation_id)
    if (
        row is None
        or row.client_id != ctx.client.id
        or row.accepted_at is not None
        or row.cancelled_at is not None
    ):
        raise not_found("No such invitation")
    row.cancelled_at = utcnow()
    record(db, ctx.client.id, ctx.person.id, "invitation_cancelled", row.email)
    db.commit()
    return Response(status_code=204)


def _member(db: Session, ctx: AccountContext, person_id: int) -> tuple[MembershipRow, PersonRow]:
    membership = _membership(db, ctx.client.id, person_id)
    person = db.get(PersonRow, person_id)
    if membership is None or person is None:
        raise not_found("No such user on this account")
    if membership.is_owner:
        raise PortalHTTPError(
            409, "owner_immutable", "The owner holds every permission and cannot be removed"
        )
    return membership, person


@router.put("/accounts/{account_id}/users/{person_id}", response_model=AccountUser)
def change_permissions(
    body: UserPermissionsUpdate, ctx: Owner, db: DB, person_id: RowId
) -> AccountUser:
    """Replace a user's permissions. Errors: 403 ``owner_only``; 404; 409 ``owner_immutable``."""
    membership, person = _member(db, ctx, person_id)
    new = _stored(body.permissions)
    if new != membership.permissions:
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "user_permissions_changed",
            f"{person.email}: {membership.permissions} -> {new}",
        )
        membership.permissions = new
        db.commit()
    return account_user(membership, person)


@router.delete("/accounts/{account_id}/users/{person_id}", status_code=204)
def remove_user(ctx: Owner, db: DB, person_id: RowId) -> Response:
    """Take away a user's access. Errors: 403 ``owner_only``; 404; 409 ``owner_immutable``."""
    membership, person = _member(db, ctx, person_id)
    db.delete(membership)
    record(db, ctx.client.id, ctx.person.id, "user_removed", person.email)
    db.commit()
    return Response(status_code=204)


INVITATION_TTL = dt.timedelta(days=14)


@router.post("/invitations/accept", status_code=204, tags=["users"])
def accept_invitation(body: InvitationAccept, db: DB) -> Response:
    """Sign up with an invitation's code (no sign-in needed): the invited address becomes a
    person who reaches the account with the invited permissions, then signs in as usual.

    Errors: 404 (no such pending invitation); 409 ``invitation_expired`` (older than 14 days),
    ``already_registered`` (the address has an account: ask the owner to invite it again, which
    adds the access at once); 422 ``string_too_short`` on ``password`` (at least 10).
    """
    row = db.scalar(select(InvitationRow).where(InvitationRow.token_hash == token_hash(body.token)))
    if row is None or row.accepted_at is not None or row.cancelled_at is not None:
        raise not_found("No such invitation")
    if row.created_at + INVITATION_TTL < utcnow():
        raise PortalHTTPError(409, "invitation_expired", "This invitation has expired")
    if db.scalar(select(PersonRow.id).where(func.lower(PersonRow.email) == row.email)):
        raise PortalHTTPError(
            409, "already_registered", "This address already signs in: ask for a new invitation"
        )
    person = PersonRow(email=row.email, name=body.name, password_hash=hash_password(body.password))
    db.add(person)
    db.flush()
    db.add(MembershipRow(person_id=person.id, client_id=row.client_id, permissions=row.permissions))
    row.accepted_at = utcnow()
    client = db.get(ClientRow, row.client_id)
    record(db, row.client_id, person.id, "invitation_accepted", row.email)
    raise_event(
        db,
        row.client_id,
        "client_added",
        {"name": person.name, "account": _display(client) if client else ""},
    )
    db.commit()
    return Response(status_code=204)
