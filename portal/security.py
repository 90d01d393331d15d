"""Two-factor checks shared by sign-in and the security routes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import totp
from .tables import RecoveryCodeRow, TotpRow, utcnow


def enabled_totp(db: Session, person_id: int) -> TotpRow | None:
    row = db.get(TotpRow, person_id)
    return row if row is not None and row.enabled else None


def accept_second_factor(db: Session, row: TotpRow, code: str) -> bool:
    """A current authenticator code (each accepted once) or an unused recovery code (then spent).

    Marks what was used on ``db``; the caller commits.
    """
    step = totp.verify(row.secret, code, after_step=row.last_step)
    if step is not None:
        row.last_step = step
        return True
    recovery = db.scalar(
        select(RecoveryCodeRow).where(
            RecoveryCodeRow.person_id == row.person_id,
            RecoveryCodeRow.code_hash == totp.recovery_hash(code),
            RecoveryCodeRow.used_at.is_(None),
        )
    )
    if recovery is None:
        return False
    recovery.used_at = utcnow()
    return True
