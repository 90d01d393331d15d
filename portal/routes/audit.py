"""The account's audit log: every change made through the portal, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from api_client.models import AuditEntry, Page, Permission

from ..auth import DB, AccountContext, require
from ..paging import Keyset
from ..routing import PortalRoute
from ..tables import AuditRow, PersonRow

router = APIRouter(route_class=PortalRoute, tags=["audit"])

Profile = Annotated[AccountContext, Depends(require(Permission.PROFILE))]


NEWEST_FIRST = Keyset(AuditRow.id, AuditRow.id, int)


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
    rows, next_cursor = NEWEST_FIRST.page(
        db.execute(NEWEST_FIRST.apply(query, cursor, limit)).all(),
        limit,
        lambda pair: (pair[0].id, pair[0].id),
    )
    items = [
        AuditEntry(
            id=row.id,
            action=row.action,
            detail=row.detail,
            person_name=name or "",
            created_at=row.created_at,
        )
        for row, name in rows
    ]
    return Page[AuditEntry](items=items, next_cursor=next_cursor)
