"""Sign-in, token refresh (rotating), sign-out, and who the caller is."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import delete, select

from api_client.models import LoginRequest, Me, Person, RefreshRequest, TokenPair

from ..attempts import (
    AttemptLimiter,
    TooManyAttempts,
    address_key,
    email_key,
)
from ..audit import record
from ..auth import (
    DB,
    CurrentCaller,
    account_disabled,
    client_address,
    issue_tokens,
    rate_limited,
    token_hash,
)
from ..backends import backend_of
from ..refresh_grace import trade_refresh_token
from ..routing import PortalRoute
from ..settings import PortalSettings
from ..tables import (
    AccessTokenRow,
    PersonRow,
    SessionRow,
    UsedRefreshTokenRow,
    utcnow,
)

router = APIRouter(route_class=PortalRoute, tags=["auth"])


def _settings(request: Request) -> PortalSettings:
    settings: PortalSettings = request.app.state.settings
    return settings


@router.post("/auth/login", response_model=TokenPair)
def login(body: LoginRequest, request: Request, db: DB) -> TokenPair:
    """Errors: 401 ``invalid_credentials``, ``totp_required``, ``invalid_totp``,
    ``account_disabled`` (the host disabled this person); 429 ``rate_limited`` (too many failed
    sign-ins for this e-mail or from this address), ``too_many_attempts`` (too many wrong
    two-factor codes for this person), with Retry-After."""
    limiter: AttemptLimiter = request.app.state.login_limiter
    email = body.email.strip().lower()
    address = client_address(request)
    keys = (email_key(email), address_key(address))
    # refused before the slow hash when already at the limit; then the try is counted first,
    # so that parallel tries cannot pass the limit together
    wait = limiter.retry_after(db, *keys)
    if wait is not None:
        raise rate_limited(wait)
    try:
        attempt = limiter.begin(db, *keys)
    except TooManyAttempts as exc:
        raise rate_limited(exc.retry_after) from None

    def password_ok() -> None:
        # the password is right: not a failure; the e-mail starts again (the address does not,
        # or one account of one's own would reset the count of every other guess from there)
        attempt.succeeded(db, email_key(email))
        db.commit()

    person = backend_of(request).accounts.authenticate(db, request, body, password_ok)
    session = SessionRow(
        person_id=person.id,
        refresh_hash="",
        refresh_expires_at=utcnow(),
        user_agent=request.headers.get("User-Agent", "")[:200],
    )
    db.add(session)
    db.flush()
    pair = issue_tokens(db, session, _settings(request), address=address)
    record(db, None, person.id, "signed_in", session.user_agent)
    db.commit()
    return pair


def _refuse_disabled(db: DB, refresh_token: str) -> None:
    """401 ``account_disabled`` when the refresh token (current or retired) belongs to a session
    of a person the host disabled."""
    digest = token_hash(refresh_token)
    session_id = db.scalar(select(SessionRow.id).where(SessionRow.refresh_hash == digest))
    if session_id is None:
        session_id = db.scalar(
            select(UsedRefreshTokenRow.session_id).where(UsedRefreshTokenRow.token_hash == digest)
        )
    if session_id is None:
        return
    disabled_at = db.scalar(
        select(PersonRow.disabled_at)
        .join(SessionRow, SessionRow.person_id == PersonRow.id)
        .where(SessionRow.id == session_id)
    )
    if disabled_at is not None:
        raise account_disabled()


@router.post("/auth/refresh", response_model=TokenPair)
def refresh(body: RefreshRequest, request: Request, db: DB) -> TokenPair:
    """Trade the refresh token for a new pair (the token rotates). The previous token sent again
    within ``refresh_grace_seconds`` (the answer to it was lost) gets that same pair back; later,
    or once that pair was traded in turn, it is a copy: the session ends. 401 ``session_ended``,
    ``account_disabled``."""
    _refuse_disabled(db, body.refresh_token)
    return trade_refresh_token(
        db, body.refresh_token, _settings(request), address=client_address(request)
    )


@router.post("/auth/logout", status_code=204)
def logout(caller: CurrentCaller, db: DB) -> Response:
    caller.session.ended_at = utcnow()
    db.execute(delete(AccessTokenRow).where(AccessTokenRow.session_id == caller.session.id))
    record(db, None, caller.person.id, "signed_out", "")
    db.commit()
    return Response(status_code=204)


@router.get("/me", response_model=Me)
def me(caller: CurrentCaller, db: DB, request: Request) -> Me:
    accounts = backend_of(request).accounts.accounts_of(db, caller)
    person = caller.person
    return Me(
        person=Person(id=person.id, email=person.email, name=person.name, is_staff=person.is_staff),
        accounts=accounts,
    )
