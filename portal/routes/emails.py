"""The e-mails received: the history of every e-mail sent for an account, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from api_client.models import EmailMessage, EmailSummary, Page, Permission

from ..auth import DB, AccountContext, RowId, require
from ..errors import not_found
from ..paging import Keyset, aware_datetime
from ..tables import EmailMessageRow

router = APIRouter(tags=["emails"])

Emails = Annotated[AccountContext, Depends(require(Permission.EMAILS))]


NEWEST_FIRST = Keyset(EmailMessageRow.sent_at, EmailMessageRow.id, aware_datetime)


def summary(row: EmailMessageRow) -> EmailSummary:
    return EmailSummary.model_validate(row, from_attributes=True)


@router.get("/accounts/{account_id}/emails", response_model=Page[EmailSummary])
def list_emails(
    ctx: Emails,
    db: DB,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[EmailSummary]:
    """Newest first, keyset-paged. Errors: 422 ``invalid_cursor`` on ``cursor``."""
    query = select(EmailMessageRow).where(EmailMessageRow.client_id == ctx.client.id)
    rows, next_cursor = NEWEST_FIRST.page(
        list(db.scalars(NEWEST_FIRST.apply(query, cursor, limit))),
        limit,
        lambda row: (row.sent_at, row.id),
    )
    items = [summary(row) for row in rows]
    return Page[EmailSummary](items=items, next_cursor=next_cursor)


@router.get("/accounts/{account_id}/emails/{email_id}", response_model=EmailMessage)
def get_email(ctx: Emails, db: DB, email_id: RowId) -> EmailMessage:
    row = db.get(EmailMessageRow, email_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such e-mail")
    return EmailMessage.model_validate(row, from_attributes=True)
