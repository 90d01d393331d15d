"""Trading a refresh token, and the grace that lets a refresh whose answer was lost be retried.

Refresh tokens rotate on every use and a retired one coming back ends its session (it was
copied). But a client whose refresh answer was lost on the way (a timeout, a dropped connection)
still holds the old token and can only send it again. So, at rotation, the new pair is kept in
``used_refresh_tokens.successor_sealed``, sealed with a key derived from the OLD raw refresh
token; presented again within ``refresh_grace_seconds``, the old token unseals that same pair
and it comes back (nothing new is issued). Later, or once the new pair has itself been traded,
the old token is reuse as before: its session ends.
The sealing itself is :mod:`portal.token_sealing`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api_client.models import TokenPair

from .auth import issue_tokens, token_hash
from .errors import PortalHTTPError, unauthorized
from .settings import PortalSettings
from .tables import AccessTokenRow, SessionRow, UsedRefreshTokenRow, utcnow
from .token_sealing import unseal


def _ended() -> PortalHTTPError:
    return unauthorized("The session has ended; sign in again", "session_ended")


def _replayed(
    db: Session,
    used: UsedRefreshTokenRow,
    old_refresh_token: str,
    settings: PortalSettings,
    now: dt.datetime,
) -> TokenPair | None:
    """The pair that replaced ``used``, when it may be handed again: within the grace window,
    the session alive, that pair still the session's current one and its access token valid."""
    if used.retired_at is None or used.successor_sealed is None:
        return None
    if now - used.retired_at > dt.timedelta(seconds=settings.refresh_grace_seconds):
        return None
    session = db.get(SessionRow, used.session_id)
    if session is None or session.ended_at is not None or session.refresh_expires_at <= now:
        return None
    pair = unseal(old_refresh_token, used.successor_sealed)
    if pair is None or session.refresh_hash != token_hash(pair.refresh_token):
        return None  # the successor was traded in turn: this is a copy coming back
    access = db.get(AccessTokenRow, token_hash(pair.access_token))
    if access is None or access.session_id != session.id or access.expires_at <= now:
        return None
    remaining = int((access.expires_at - now).total_seconds())
    return pair.model_copy(update={"expires_in": max(remaining, 0)})


def trade_refresh_token(
    db: Session,
    refresh_token: str,
    settings: PortalSettings,
    *,
    address: str | None = None,
    attempts: int = 2,
) -> TokenPair:
    """A new pair for a current refresh token; the same pair again for the previous one within
    the grace window; otherwise 401 ``session_ended`` (and a retired token ends its session)."""
    digest = token_hash(refresh_token)
    now = utcnow()
    session = db.scalar(select(SessionRow).where(SessionRow.refresh_hash == digest))
    if session is None:
        used = db.get(UsedRefreshTokenRow, digest)
        if used is None:
            raise _ended()
        pair = _replayed(db, used, refresh_token, settings, now)
        if pair is not None:
            db.rollback()  # nothing changes: the answer that was lost is sent again
            return pair
        # A retired refresh token came back: someone else holds a copy. End that session.
        stolen = db.get(SessionRow, used.session_id)
        if stolen is not None and stolen.ended_at is None:
            stolen.ended_at = now
            db.commit()
        raise _ended()
    if session.ended_at is not None or session.refresh_expires_at <= now:
        raise _ended()
    pair = issue_tokens(
        db, session, settings, previous_refresh_token=refresh_token, address=address
    )
    try:
        db.commit()
    except IntegrityError:
        # The same token traded by a twin request a moment earlier (a retry that overtook its
        # first attempt): ours is undone, and the twin's pair is the answer.
        db.rollback()
        if attempts <= 1:
            raise
        return trade_refresh_token(
            db, refresh_token, settings, address=address, attempts=attempts - 1
        )
    return pair
