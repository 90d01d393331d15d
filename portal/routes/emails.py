"""The e-mails received: the history of every e-mail sent for an account, newest first."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy import and_, or_, select

from api_client.models import EmailMessage, EmailSummary, Page, Permission

from ..auth import DB, AccountContext, require
from ..errors import FieldError, not_found
from ..tables import EmailMessageRow

router = APIRouter(tags=["emails"])

Emails = Annotated[AccountContext, Depends(require(Permission.EMAILS))]


def encode_cursor(row: EmailMessageRow) -> str:
    raw = f"{row.sent_at.isoformat()}|{row.id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, _, ident = raw.partition("|")
        instant = dt.datetime.fromisoformat(when)
        if instant.tzinfo is None:
            raise ValueError("naive")
        return instant, int(ident)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FieldError.one("cursor", "invalid_cursor", "This page cursor is not valid") from exc


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
    if cursor:
        when, ident = decode_cursor(cursor)
        query = query.where(
            or_(
                EmailMessageRow.sent_at < when,
                and_(EmailMessageRow.sent_at == when, EmailMessageRow.id < ident),
            )
        )
    rows = list(
        db.scalars(
            query.order_by(EmailMessageRow.sent_at.desc(), EmailMessageRow.id.desc()).limit(
                limit + 1
            )
        )
    )
    items = [summary(row) for row in rows[:limit]]
    next_cursor = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
    return Page[EmailSummary](items=items, next_cursor=next_cursor)


@router.get("/accounts/{account_id}/emails/{email_id}", response_model=EmailMessage)
def get_email(ctx: Emails, db: DB, email_id: Annotated[int, Path(ge=1)]) -> EmailMessage:
    row = db.get(EmailMessageRow, email_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such e-mail")
    return EmailMessage.model_validate(row, from_attributes=True)
