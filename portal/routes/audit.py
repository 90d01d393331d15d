"""The account's audit log: every change made through the portal, newest first."""

from __future__ import annotations

import base64
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from api_client.models import AuditEntry, Page, Permission

from ..auth import DB, AccountContext, require
from ..errors import FieldError
from ..tables import AuditRow, PersonRow

router = APIRouter(tags=["audit"])

Profile = Annotated[AccountContext, Depends(require(Permission.PROFILE))]


def encode_cursor(entry_id: int) -> str:
    return base64.urlsafe_b64encode(f"a{entry_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not raw.startswith("a"):
            raise ValueError(raw)
        return int(raw[1:])
    except (ValueError, UnicodeDecodeError) as exc:
        raise FieldError.one("cursor", "invalid_cursor", "This page cursor is not valid") from exc


@router.get("/accounts/{account_id}/audit", response_model=Page[AuditEntry])
def list_audit(
    ctx: Profile,
    db: DB,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[AuditEntry]:
    """Keyset-paged, newest first. Errors: 422 ``invalid_cursor`` on ``cursor``."""
    query = (
        select(AuditRow, PersonRow.name)
        .outerjoin(PersonRow, PersonRow.id == AuditRow.person_id)
        .where(AuditRow.client_id == ctx.client.id)
    )
    if cursor:
        query = query.where(AuditRow.id < decode_cursor(cursor))
    rows = db.execute(query.order_by(AuditRow.id.desc()).limit(limit + 1)).all()
    items = [
        AuditEntry(
            id=row.id,
            action=row.action,
            detail=row.detail,
            person_name=name or "",
            created_at=row.created_at,
        )
        for row, name in rows[:limit]
    ]
    next_cursor = encode_cursor(items[-1].id) if len(rows) > limit else None
    return Page[AuditEntry](items=items, next_cursor=next_cursor)
