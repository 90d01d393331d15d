"""Sign-in sessions and tokens, and the dependencies that pin a request to a person and account.

Access tokens are short-lived opaque strings; refresh tokens rotate on every use, and a refresh
token presented a second time ends its session (it was copied). Only SHA-256 hashes of tokens are
stored.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api_client.models import Permission, TokenPair

from .attempts import retry_after_header
from .db import FINISHED_KEY, finish
from .errors import PortalHTTPError, forbidden, not_found, unauthorized
from .settings import PortalSettings
from .tables import (
    AccessTokenRow,
    ClientRow,
    MembershipRow,
    PersonRow,
    SessionRow,
    UsedRefreshTokenRow,
    utcnow,
)
from .token_sealing import seal

ALL_PERMISSIONS = frozenset(Permission)

# Row ids in paths: at most what an INTEGER column holds on every database (a larger number is a
# 422 for the caller, not an overflow inside the database driver).
MAX_ROW_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_tokens(
    db: Session,
    session: SessionRow,
    settings: PortalSettings,
    *,
    previous_refresh_token: str | None = None,
    address: str | None = None,
) -> TokenPair:
    """Give a session a new access token and a new refresh token (the old one is retired).

    With the raw ``previous_refresh_token`` (a refresh), the new pair is also sealed into the
    retired token's row with a key only that token derives (:mod:`portal.token_sealing`), so
    the same token sent again shortly (its answer was lost) gets this pair back. ``address``
    (the client's, at sign-in and refresh) is where the session was last used from."""
    now = utcnow()
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(48)
    pair = TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(settings.access_ttl.total_seconds()),
    )
    if session.refresh_hash:
        sealed = None
        if previous_refresh_token is not None and (
            token_hash(previous_refresh_token) == session.refresh_hash
        ):
            sealed = seal(previous_refresh_token, pair)
        db.add(
            UsedRefreshTokenRow(
                token_hash=session.refresh_hash,
                session_id=session.id,
                retired_at=now,
                successor_sealed=sealed,
            )
        )
    session.refresh_hash = token_hash(refresh)
    session.refresh_expires_at = now + settings.refresh_ttl
    session.last_used_at = now
    if address is not None:
        session.address = address[:45]
    db.add(
        AccessTokenRow(
            token_hash=token_hash(access),
            session_id=session.id,
            expires_at=now + settings.access_ttl,
        )
    )
    return pair


# ---- dependencies -----------------------------------------------------------------------------


async def get_db(request: Request) -> AsyncIterator[Session]:
    """A session for the request. Made on the event loop (it connects only at its first query,
    in a worker thread) and ended in a worker thread, mostly the endpoint's own
    (:mod:`portal.routing`): thread hops fewer per request."""
    session: Session = request.app.state.database.sessions()
    try:
        yield session
    except BaseException:
        await run_in_threadpool(session.close)
        raise
    if not session.info.get(FINISHED_KEY):  # not already by the endpoint (portal.routing)
        await run_in_threadpool(finish, session)


DB = Annotated[Session, Depends(get_db)]


@dataclass
class Caller:
    person: PersonRow
    session: SessionRow


def client_address(request: Request) -> str:
    """The client's address as the portal sees it: behind a trusted proxy, the one it forwarded
    (``ProxyHeadersMiddleware`` in :mod:`portal.app`)."""
    return request.client.host if request.client else "unknown"


def current_caller(request: Request, db: DB) -> Caller:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise unauthorized()
    # one query for the token, its session and its person (they go together: CASCADE)
    found = db.execute(
        select(AccessTokenRow.expires_at, SessionRow, PersonRow)
        .join(SessionRow, SessionRow.id == AccessTokenRow.session_id)
        .join(PersonRow, PersonRow.id == SessionRow.person_id)
        .where(AccessTokenRow.token_hash == token_hash(token.strip()))
    ).first()
    if found is None:
        raise unauthorized("The access token is not valid", "invalid_token")
    expires_at, session, person = found
    if expires_at <= utcnow():
        raise unauthorized("The access token has expired", "token_expired")
    if session.ended_at is not None:
        raise unauthorized("The session has ended", "session_ended")
    if person.disabled_at is not None:
        raise account_disabled()
    return Caller(person=person, session=session)


CurrentCaller = Annotated[Caller, Depends(current_caller)]


@dataclass
class AccountContext:
    """A request pinned to one client account that the caller reaches."""

    caller: Caller
    client: ClientRow
    is_owner: bool
    permissions: frozenset[Permission]

    @property
    def person(self) -> PersonRow:
        return self.caller.person


def permissions_of(membership: MembershipRow) -> frozenset[Permission]:
    if membership.is_owner:
        return ALL_PERMISSIONS
    names = {p for p in membership.permissions.split(",") if p}
    return frozenset(Permission(p) for p in names if p in Permission._value2member_map_)


def load_account(db: Session, caller: Caller, account_id: int) -> AccountContext:
    """The account as this caller reaches it; 404 when they do not reach it at all."""
    found = db.execute(
        select(ClientRow, MembershipRow)
        .outerjoin(
            MembershipRow,
            (MembershipRow.client_id == ClientRow.id)
            & (MembershipRow.person_id == caller.person.id),
        )
        .where(ClientRow.id == account_id)
    ).first()
    if found is None:
        raise not_found("No such account")
    client, membership = found
    if caller.person.is_staff:
        return AccountContext(caller, client, is_owner=False, permissions=ALL_PERMISSIONS)
    if membership is None:
        # The same answer as for an account that does not exist: reveal nothing.
        raise not_found("No such account")
    return AccountContext(caller, client, membership.is_owner, permissions_of(membership))


def require(permission: Permission) -> Callable[..., AccountContext]:
    """Dependency: the caller reaches ``account_id`` and holds ``permission`` there."""

    def dependency(request: Request, db: DB, account_id: RowId) -> AccountContext:
        # the caller looked up here, in the same worker-thread hop as the account
        # through the backend: the SQL one reads memberships, the WHMCS one asks WHMCS
        accounts = request.app.state.backend.accounts
        ctx: AccountContext = accounts.load_account(db, current_caller(request, db), account_id)
        if permission not in ctx.permissions:
            raise forbidden()
        return ctx

    dependency.__name__ = f"require_{permission.value}"
    return dependency


def account_disabled() -> PortalHTTPError:
    """401 for a person the host disabled (``clientdesk-portal disable-person``): at sign-in, at
    refresh and on every request."""
    return unauthorized(
        "This sign-in has been disabled by your hosting company; contact them to use it again",
        "account_disabled",
    )


def rate_limited(retry_after: float) -> PortalHTTPError:
    return PortalHTTPError(
        429,
        "rate_limited",
        "Too many sign-in attempts; try again later",
        retry_after_header(retry_after),
    )
