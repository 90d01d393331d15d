"""Limits on failed attempts, shared by every portal process: each try is a row of
``failed_attempts`` (a key and a time), so the count is the same whichever process answers.

Two limiters live on ``app.state``, both over ``login_window_seconds``:

- ``login_limiter``: ``login_attempts`` failed sign-ins per e-mail and per client address;
- ``secret_limiter``: ``secret_attempts`` wrong answers per person and purpose when a signed-in
  person (or one half-way through signing in) is asked a secret again: the current password
  (changing it, cancelling a service) or a two-factor or recovery code.

A try is counted *before* its answer is known: the row is written and committed, then the rows of
the window are counted, this one included. Two requests racing each other therefore cannot both
slip under the limit, whatever process answers them; past the limit the answer is 429 even when
the password or code is right. A right answer removes its own row (and clears its keys where that
is the rule); a wrong one leaves it, and it counts until it is older than the window.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Literal

from fastapi import Request
from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session

from .errors import PortalHTTPError
from .tables import FailedAttemptRow, utcnow

# What a signed-in person is asked again: the account password, or a second factor (a code of the
# authenticator or a recovery code, at sign-in and when turning two-factor on or off).
Purpose = Literal["password", "second_factor"]


class TooManyAttempts(Exception):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"too many attempts; retry after {retry_after:.0f} s")
        self.retry_after = retry_after


def retry_after_header(seconds: float) -> dict[str, str]:
    return {"Retry-After": str(max(1, int(seconds + 0.999)))}


def too_many_attempts(retry_after: float) -> PortalHTTPError:
    return PortalHTTPError(
        429,
        "too_many_attempts",
        "Too many wrong passwords or codes; try again later",
        retry_after_header(retry_after),
    )


def email_key(email: str) -> str:
    # hashed: whatever was typed as an e-mail (sometimes a password) is not kept in the clear
    return "signin-email:" + hashlib.sha256(email.strip().lower().encode()).hexdigest()


def address_key(address: str) -> str:
    return f"signin-address:{address}"


def secret_key(person_id: int, purpose: Purpose) -> str:
    return f"secret:{person_id}:{purpose}"


@dataclass(frozen=True)
class Attempt:
    """One counted try, not yet known to be right."""

    ids: tuple[int, ...]

    def succeeded(self, db: Session, *clear: str) -> None:
        """The answer was right: this try is not a failure, and the keys in ``clear`` start
        again from nothing. Pending on ``db``: the route's commit writes it."""
        condition: ColumnElement[bool] = FailedAttemptRow.id.in_(self.ids)
        if clear:
            condition = or_(condition, FailedAttemptRow.key.in_(clear))
        db.execute(delete(FailedAttemptRow).where(condition))


@dataclass(frozen=True)
class AttemptLimiter:
    """At most ``attempts`` tries per key whose answer is given, in a sliding window of
    ``window_s`` seconds."""

    attempts: int
    window_s: float

    @property
    def window(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.window_s)

    def retry_after(self, db: Session, *keys: str) -> float | None:
        """Seconds until one of ``keys`` may be tried again, or None when all may be now. Reads
        only: a cheap refusal before any slow work."""
        now = utcnow()
        waits = [wait for key in keys if (wait := self._wait(db, key, now)) is not None]
        return max(waits) if waits else None

    def begin(self, db: Session, *keys: str) -> Attempt:
        """Count one try of ``keys``; raises :class:`TooManyAttempts` (and counts nothing) when
        one of them is at its limit. Commits ``db``: call it before the route writes anything."""
        now = utcnow()
        rows = [FailedAttemptRow(key=key, at=now) for key in keys]
        db.add_all(rows)
        db.commit()
        attempt = Attempt(tuple(row.id for row in rows))
        since = now - self.window
        over = [
            key
            for key in keys
            if (
                db.scalar(
                    select(func.count())
                    .select_from(FailedAttemptRow)
                    .where(FailedAttemptRow.key == key, FailedAttemptRow.at > since)
                )
                or 0
            )
            > self.attempts
        ]
        if not over:
            return attempt
        # refused unanswered: not a try, so hammering at the limit does not extend it
        attempt.succeeded(db)
        db.commit()
        waits = [wait for key in over if (wait := self._wait(db, key, now)) is not None]
        raise TooManyAttempts(max(waits) if waits else 1.0)

    def _wait(self, db: Session, key: str, now: dt.datetime) -> float | None:
        # the attempts-th newest try in the window: once it is out, a try is answered again
        at = db.scalar(
            select(FailedAttemptRow.at)
            .where(FailedAttemptRow.key == key, FailedAttemptRow.at > now - self.window)
            .order_by(FailedAttemptRow.at.desc(), FailedAttemptRow.id.desc())
            .offset(self.attempts - 1)
            .limit(1)
        )
        if at is None:
            return None
        return max(0.0, (at + self.window - now).total_seconds())


def secret_attempt(db: Session, request: Request, person_id: int, purpose: Purpose) -> Attempt:
    """Count one try of a secret asked of ``person_id`` again, before checking it; 429
    ``too_many_attempts`` (with Retry-After) past ``secret_attempts`` wrong ones in the window.
    Commits ``db``: call it before the route writes anything. When the answer is right, call
    ``succeeded(db, secret_key(person_id, purpose))`` on what it returns."""
    limiter: AttemptLimiter = request.app.state.secret_limiter
    try:
        return limiter.begin(db, secret_key(person_id, purpose))
    except TooManyAttempts as exc:
        raise too_many_attempts(exc.retry_after) from None


def check_secret(db: Session, request: Request, person_id: int, purpose: Purpose, ok: bool) -> bool:
    """``ok`` (the answer was right), counted against the limit of ``purpose``: a wrong answer is
    a failure; past the limit the answer is 429 ``too_many_attempts`` even when right; a right
    one clears the count. For checks that change nothing, such as ``verify_password``; commits
    ``db``, so call it before the route writes anything."""
    attempt = secret_attempt(db, request, person_id, purpose)
    if ok:
        attempt.succeeded(db, secret_key(person_id, purpose))
        db.commit()
    return ok


def purge_failed_attempts(db: Session, before: dt.datetime) -> int:
    """Delete the tries older than ``before`` (the jobs command passes now minus the window);
    commits, and answers how many went."""
    result = db.execute(
        delete(FailedAttemptRow)
        .where(FailedAttemptRow.at < before)
        .execution_options(synchronize_session=False)
    )
    db.commit()
    return int(getattr(result, "rowcount", 0) or 0)
