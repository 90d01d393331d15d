"""The signed-in person's own security: password, two-factor, connected apps, sessions.

These are about the person, not an account: under ``/me/...``, 401 without a token.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import delete, func, select

from api_client.models import (
    ActiveSession,
    ConnectedApp,
    PasswordChange,
    RecoveryCodes,
    TwoFactorCode,
    TwoFactorSetup,
    TwoFactorStatus,
)

from .. import totp
from ..alerts import raise_event
from ..attempts import check_secret, secret_attempt, secret_key
from ..audit import record
from ..auth import DB, CurrentCaller, RowId
from ..errors import FieldError, PortalHTTPError, not_found
from ..passwords import hash_password, verify_password
from ..routing import PortalRoute
from ..security import accept_second_factor, enabled_totp
from ..tables import (
    AccessTokenRow,
    MembershipRow,
    RecoveryCodeRow,
    SessionRow,
    SsoGrantRow,
    TotpRow,
    utcnow,
)

router = APIRouter(route_class=PortalRoute, tags=["security"])


@router.post("/me/password", status_code=204)
def change_password(
    body: PasswordChange, caller: CurrentCaller, db: DB, request: Request
) -> Response:
    """Change the password; every other session of the person ends.

    Errors (422): ``wrong_password`` on ``current_password``; ``string_too_short`` on
    ``new_password`` (at least 10 characters). 429 ``too_many_attempts`` (with Retry-After)
    after too many wrong current passwords, even for a right one.
    """
    person = caller.person
    ok = verify_password(body.current_password, person.password_hash)
    if not check_secret(db, request, person.id, "password", ok):
        raise FieldError.one("current_password", "wrong_password", "The current password is wrong")
    person.password_hash = hash_password(body.new_password)
    now = utcnow()
    others = list(
        db.scalars(
            select(SessionRow).where(
                SessionRow.person_id == person.id,
                SessionRow.id != caller.session.id,
                SessionRow.ended_at.is_(None),
            )
        )
    )
    for session in others:
        session.ended_at = now
    if others:
        db.execute(
            delete(AccessTokenRow).where(AccessTokenRow.session_id.in_([s.id for s in others]))
        )
    record(db, None, person.id, "password_changed", f"{len(others)} other sessions ended")
    owned = db.scalars(
        select(MembershipRow.client_id).where(
            MembershipRow.person_id == person.id, MembershipRow.is_owner.is_(True)
        )
    )
    for client_id in owned:
        raise_event(
            db,
            client_id,
            "password_changed",
            {"name": person.name, "when": now.isoformat(timespec="minutes")},
        )
    db.commit()
    return Response(status_code=204)


@router.get("/me/two-factor", response_model=TwoFactorStatus)
def two_factor_status(caller: CurrentCaller, db: DB) -> TwoFactorStatus:
    if enabled_totp(db, caller.person.id) is None:
        return TwoFactorStatus(enabled=False)
    left = db.scalar(
        select(func.count())
        .select_from(RecoveryCodeRow)
        .where(RecoveryCodeRow.person_id == caller.person.id, RecoveryCodeRow.used_at.is_(None))
    )
    return TwoFactorStatus(enabled=True, recovery_codes_left=left or 0)


@router.post("/me/two-factor", response_model=TwoFactorSetup)
def start_two_factor(caller: CurrentCaller, db: DB) -> TwoFactorSetup:
    """A new secret, to confirm with a code. Errors: 409 ``totp_already_enabled``."""
    row = db.get(TotpRow, caller.person.id)
    if row is not None and row.enabled:
        raise PortalHTTPError(409, "totp_already_enabled", "Two-factor sign-in is already on")
    secret = totp.new_secret()
    if row is None:
        row = TotpRow(person_id=caller.person.id, secret=secret, enabled=False, last_step=0)
        db.add(row)
    else:
        row.secret, row.last_step, row.created_at = secret, 0, utcnow()
    db.commit()
    return TwoFactorSetup(secret=secret, otpauth_uri=totp.otpauth_uri(secret, caller.person.email))


@router.post("/me/two-factor/confirm", response_model=RecoveryCodes)
def confirm_two_factor(
    body: TwoFactorCode, caller: CurrentCaller, db: DB, request: Request
) -> RecoveryCodes:
    """Turn two-factor on with a code from the authenticator; answers the 10 recovery codes,
    shown this once. Errors: 409 ``totp_not_started``, ``totp_already_enabled``; 422
    ``invalid_code`` on ``code``; 429 ``too_many_attempts`` after too many wrong codes."""
    row = db.get(TotpRow, caller.person.id)
    if row is None:
        raise PortalHTTPError(409, "totp_not_started", "Start two-factor set-up first")
    if row.enabled:
        raise PortalHTTPError(409, "totp_already_enabled", "Two-factor sign-in is already on")
    step = totp.verify(row.secret, body.code, after_step=row.last_step)
    ok = step is not None
    if not check_secret(db, request, caller.person.id, "second_factor", ok) or step is None:
        raise FieldError.one("code", "invalid_code", "This code is not valid")
    row.enabled, row.last_step, row.confirmed_at = True, step, utcnow()
    db.execute(delete(RecoveryCodeRow).where(RecoveryCodeRow.person_id == caller.person.id))
    codes = totp.new_recovery_codes()
    db.add_all(
        RecoveryCodeRow(person_id=caller.person.id, code_hash=totp.recovery_hash(code))
        for code in codes
    )
    record(db, None, caller.person.id, "two_factor_enabled", "")
    db.commit()
    return RecoveryCodes(recovery_codes=codes)


@router.post("/me/two-factor/disable", status_code=204)
def disable_two_factor(
    body: TwoFactorCode, caller: CurrentCaller, db: DB, request: Request
) -> Response:
    """Turn two-factor off with a current code or a recovery code.

    Errors: 409 ``totp_not_enabled``; 422 ``invalid_code`` on ``code``; 429
    ``too_many_attempts`` after too many wrong codes.
    """
    row = enabled_totp(db, caller.person.id)
    if row is None:
        raise PortalHTTPError(409, "totp_not_enabled", "Two-factor sign-in is not on")
    # counted before the check: a right code spends itself (a recovery code is used up)
    attempt = secret_attempt(db, request, caller.person.id, "second_factor")
    if not accept_second_factor(db, row, body.code):
        db.rollback()
        raise FieldError.one("code", "invalid_code", "This code is not valid")
    attempt.succeeded(db, secret_key(caller.person.id, "second_factor"))
    db.delete(row)
    db.execute(delete(RecoveryCodeRow).where(RecoveryCodeRow.person_id == caller.person.id))
    record(db, None, caller.person.id, "two_factor_disabled", "")
    db.commit()
    return Response(status_code=204)


@router.get("/me/apps", response_model=list[ConnectedApp])
def list_apps(caller: CurrentCaller, db: DB) -> list[ConnectedApp]:
    """Third-party applications with single sign-on access (not revoked)."""
    rows = db.scalars(
        select(SsoGrantRow)
        .where(SsoGrantRow.person_id == caller.person.id, SsoGrantRow.revoked_at.is_(None))
        .order_by(SsoGrantRow.id)
    )
    return [
        ConnectedApp(
            id=row.id,
            app_name=row.app_name,
            scopes=[s for s in row.scopes.split(",") if s],
            granted_at=row.granted_at,
            last_used_at=row.last_used_at,
        )
        for row in rows
    ]


@router.delete("/me/apps/{app_id}", status_code=204)
def revoke_app(caller: CurrentCaller, db: DB, app_id: RowId) -> Response:
    """Errors: 404 (not this person's, or already revoked)."""
    row = db.get(SsoGrantRow, app_id)
    if row is None or row.person_id != caller.person.id or row.revoked_at is not None:
        raise not_found("No such application")
    row.revoked_at = utcnow()
    record(db, None, caller.person.id, "app_revoked", row.app_name)
    db.commit()
    return Response(status_code=204)


@router.get("/me/sessions", response_model=list[ActiveSession])
def list_sessions(caller: CurrentCaller, db: DB) -> list[ActiveSession]:
    """Sessions still open (signed in and not ended), the most recently used first."""
    now = utcnow()
    rows = db.scalars(
        select(SessionRow)
        .where(
            SessionRow.person_id == caller.person.id,
            SessionRow.ended_at.is_(None),
            SessionRow.refresh_expires_at > now,
        )
        .order_by(SessionRow.last_used_at.desc(), SessionRow.id.desc())
    )
    return [
        ActiveSession(
            id=row.id,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            user_agent=row.user_agent,
            address=row.address,
            current=row.id == caller.session.id,
        )
        for row in rows
    ]


@router.delete("/me/sessions/{session_id}", status_code=204)
def end_session(caller: CurrentCaller, db: DB, session_id: RowId) -> Response:
    """End one session (its tokens stop working at once). Errors: 404."""
    row = db.get(SessionRow, session_id)
    if row is None or row.person_id != caller.person.id or row.ended_at is not None:
        raise not_found("No such session")
    row.ended_at = utcnow()
    db.execute(delete(AccessTokenRow).where(AccessTokenRow.session_id == row.id))
    record(db, None, caller.person.id, "session_ended", row.user_agent)
    db.commit()
    return Response(status_code=204)
