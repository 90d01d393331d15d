"""The e-mails received: the history of every e-mail sent for an account, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from api_client.models import EmailMessage, EmailSummary, Page, Permission

from ..auth import DB, AccountContext, RowId, require
from ..backends import backend_of
from ..routing import PortalRoute

router = APIRouter(route_class=PortalRoute, tags=["emails"])

Emails = Annotated[AccountContext, Depends(require(Permission.EMAILS))]


@router.get("/accounts/{account_id}/emails", response_model=Page[EmailSummary])
def list_emails(
    ctx: Emails,
    db: DB,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[EmailSummary]:
    """Newest first, keyset-paged. Errors: 422 ``invalid_cursor`` on ``cursor``."""
    return backend_of(request).mail.list_emails(db, ctx, limit, cursor)


@router.get("/accounts/{account_id}/emails/{email_id}", response_model=EmailMessage)
def get_email(ctx: Emails, db: DB, email_id: RowId, request: Request) -> EmailMessage:
    return backend_of(request).mail.get_email(db, ctx, email_id)
