"""Sign-in, token refresh (rotating), sign-out, and who the caller is."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import delete, func, select

from api_client.models import AccountAccess, LoginRequest, Me, Person, RefreshRequest, TokenPair

from ..audit import record
from ..auth import (
    DB,
    CurrentCaller,
    LoginLimiter,
    issue_tokens,
    permissions_of,
    rate_limited,
)
from ..errors import unauthorized
from ..passwords import DUMMY_HASH, verify_password
from ..refresh_grace import trade_refresh_token
from ..security import accept_second_factor, enabled_totp
from ..settings import PortalSettings
from ..tables import (
    AccessTokenRow,
    ClientRow,
    MembershipRow,
    PersonRow,
    SessionRow,
    utcnow,
)

router = APIRouter(tags=["auth"])


def _settings(request: Request) -> PortalSettings:
    settings: PortalSettings = request.app.state.settings
    return settings


@router.post("/auth/login", response_model=TokenPair)
def login(body: LoginRequest, request: Request, db: DB) -> TokenPair:
    limiter: LoginLimiter = request.app.state.login_limiter
    email = body.email.strip().lower()
    address = request.client.host if request.client else "unknown"
    keys = (f"email:{email}", f"addr:{address}")
    wait = limiter.retry_after(*keys)
    if wait is not None:
        raise rate_limited(wait)
    person = db.scalar(select(PersonRow).where(func.lower(PersonRow.email) == email))
    # Always run the slow hash, so a wrong e-mail takes as long as a wrong password.
    ok = verify_password(body.password, person.password_hash if person else DUMMY_HASH)
    if person is None or not ok:
        limiter.failed(*keys)
        raise unauthorized("Wrong e-mail or password", "invalid_credentials")
    second = enabled_totp(db, person.id)
    if second is not None:
        if body.totp_code is None:
            raise unauthorized("Enter the code from your authenticator app", "totp_required")
        if not accept_second_factor(db, second, body.totp_code):
            db.rollback()
            limiter.failed(*keys)
            raise unauthorized("The two-factor code is not valid", "invalid_totp")
    limiter.succeeded(f"email:{email}")
    session = SessionRow(
        person_id=person.id,
        refresh_hash="",
        refresh_expires_at=utcnow(),
        user_agent=request.headers.get("User-Agent", "")[:200],
    )
    db.add(session)
    db.flush()
    pair = issue_tokens(db, session, _settings(request))
    record(db, None, person.id, "signed_in", session.user_agent)
    db.commit()
    return pair


@router.post("/auth/refresh", response_model=TokenPair)
def refresh(body: RefreshRequest, request: Request, db: DB) -> TokenPair:
    """Trade the refresh token for a new pair (the token rotates). The previous token sent again
    within ``refresh_grace_seconds`` (the answer to it was lost) gets that same pair back; later,
    or once that pair was traded in turn, it is a copy: the session ends. 401 ``session_ended``."""
    return trade_refresh_token(db, body.refresh_token, _settings(request))


@router.post("/auth/logout", status_code=204)
def logout(caller: CurrentCaller, db: DB) -> Response:
    caller.session.ended_at = utcnow()
    db.execute(delete(AccessTokenRow).where(AccessTokenRow.session_id == caller.session.id))
    record(db, None, caller.person.id, "signed_out", "")
    db.commit()
    return Response(status_code=204)


@router.get("/me", response_model=Me)
def me(caller: CurrentCaller, db: DB) -> Me:
    rows = db.execute(
        select(MembershipRow, ClientRow)
        .join(ClientRow, ClientRow.id == MembershipRow.client_id)
        .where(MembershipRow.person_id == caller.person.id)
        .order_by(MembershipRow.is_owner.desc(), ClientRow.company, ClientRow.id)
    ).all()
    accounts = [
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
    person = caller.person
    return Me(
        person=Person(id=person.id, email=person.email, name=person.name, is_staff=person.is_staff),
        accounts=accounts,
    )
