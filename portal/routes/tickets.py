"""Support tickets of an account: departments, open, list, thread, reply, close, attachments.

Attachments travel base64-encoded inside the JSON body (``attachments: [{filename,
content_base64}]``), at most 5 per message and 2 MB each once decoded, of the types png, jpg,
jpeg, pdf, txt, log and zip (judged by the file name, and for binary types by the first bytes).
They are stored in the database and read back through their own endpoint.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from api_client.models import (
    AttachmentUpload,
    Department,
    Permission,
    Ticket,
    TicketAttachment,
    TicketCreate,
    TicketDetail,
    TicketMessage,
    TicketPriority,
    TicketReply,
    TicketStatus,
)

from ..audit import record
from ..auth import DB, AccountContext, RowId, require
from ..backends import backend_of
from ..billing import run_once
from ..errors import FieldError, not_found
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
from ..tables import (
    DepartmentRow,
    ServiceRow,
    TicketAttachmentRow,
    TicketMessageRow,
    TicketRow,
    utcnow,
)

router = APIRouter(route_class=PortalRoute, tags=["tickets"])

Tickets = Annotated[AccountContext, Depends(require(Permission.TICKETS))]
TicketId = RowId

MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024
CONTENT_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "pdf": "application/pdf",
    "txt": "text/plain",
    "log": "text/plain",
    "zip": "application/zip",
}
MAGIC = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "pdf": (b"%PDF",),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
}
OPEN_STATUSES = tuple(s.value for s in TicketStatus if s is not TicketStatus.CLOSED)


def decode_attachments(
    uploads: list[AttachmentUpload], field: str = "attachments"
) -> list[TicketAttachmentRow]:
    """The uploads as rows, or a 422 naming each bad one: ``attachment_type_not_allowed``,
    ``attachment_content_mismatch``, ``invalid_base64``, ``attachment_too_large``."""
    errors: list[tuple[str, str, str]] = []
    rows = []
    for index, upload in enumerate(uploads):
        name = upload.filename.replace("\\", "/").rsplit("/", 1)[-1]
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if ext not in CONTENT_TYPES:
            errors.append(
                (
                    f"{field}.{index}.filename",
                    "attachment_type_not_allowed",
                    "Allowed types: png, jpg, pdf, txt, log, zip",
                )
            )
            continue
        if (len(upload.content_base64) * 3) // 4 > MAX_ATTACHMENT_BYTES + 3:
            errors.append(
                (f"{field}.{index}.content_base64", "attachment_too_large", "At most 2 MB")
            )
            continue
        try:
            data = base64.b64decode(upload.content_base64, validate=True)
        except (binascii.Error, ValueError):
            errors.append((f"{field}.{index}.content_base64", "invalid_base64", "Not valid base64"))
            continue
        if len(data) > MAX_ATTACHMENT_BYTES:
            errors.append(
                (f"{field}.{index}.content_base64", "attachment_too_large", "At most 2 MB")
            )
            continue
        if ext in MAGIC and not data.startswith(MAGIC[ext]):
            errors.append(
                (
                    f"{field}.{index}.content_base64",
                    "attachment_content_mismatch",
                    f"The content is not a .{ext} file",
                )
            )
            continue
        rows.append(
            TicketAttachmentRow(
                filename=name[:200],
                content_type=CONTENT_TYPES[ext],
                size=len(data),
                data=data,
            )
        )
    if errors:
        raise FieldError(errors)
    return rows


def department_by_name(db: Session, name: str) -> DepartmentRow:
    row = db.scalar(select(DepartmentRow).where(DepartmentRow.name == name))
    if row is None:  # the departments are part of the portal's base data
        row = DepartmentRow(name=name, description="")
        db.add(row)
        db.flush()
    return row


def add_message(
    db: Session,
    ticket: TicketRow,
    ctx_person_id: int | None,
    author: str,
    from_staff: bool,
    body: str,
    attachments: list[TicketAttachmentRow],
) -> TicketMessageRow:
    now = utcnow()
    message = TicketMessageRow(
        ticket_id=ticket.id,
        person_id=ctx_person_id,
        author_name=author,
        from_staff=from_staff,
        body=body,
        created_at=now,
    )
    message.attachments = attachments
    db.add(message)
    ticket.last_reply_at = now
    db.flush()
    return message


def open_ticket(
    db: Session,
    ctx: AccountContext,
    *,
    department_name: str | None = None,
    department_id: int | None = None,
    subject: str,
    message: str,
    priority: TicketPriority,
    service_id: int | None,
    attachments: list[TicketAttachmentRow],
) -> TicketRow:
    """A new Open ticket with its first message (not committed)."""
    if department_id is not None:
        department = db.get(DepartmentRow, department_id)
        if department is None:
            raise FieldError.one("department_id", "unknown_department", "No such department")
    else:
        department = department_by_name(db, department_name or "Soporte técnico")
    if service_id is not None:
        service = db.get(ServiceRow, service_id)
        if service is None or service.client_id != ctx.client.id:
            raise FieldError.one(
                "service_id", "unknown_service", "This service does not belong to the account"
            )
    now = utcnow()
    ticket = TicketRow(
        client_id=ctx.client.id,
        department_id=department.id,
        service_id=service_id,
        subject=subject,
        status=TicketStatus.OPEN.value,
        priority=priority.value,
        opened_by=ctx.person.id,
        created_at=now,
        last_reply_at=now,
    )
    db.add(ticket)
    db.flush()
    add_message(db, ticket, ctx.person.id, ctx.person.name, False, message, attachments)
    return ticket


def ticket_summary(db: Session, row: TicketRow) -> Ticket:
    department = db.get(DepartmentRow, row.department_id)
    return Ticket(
        id=row.id,
        client_id=row.client_id,
        subject=row.subject,
        department_id=row.department_id,
        department=department.name if department else "",
        service_id=row.service_id,
        status=row.status,
        priority=row.priority,
        created_at=row.created_at,
        last_reply_at=row.last_reply_at,
    )


def ticket_detail(db: Session, ticket_id: int) -> TicketDetail:
    row = db.scalar(
        select(TicketRow)
        .options(selectinload(TicketRow.messages).selectinload(TicketMessageRow.attachments))
        .where(TicketRow.id == ticket_id)
        .execution_options(populate_existing=True)
    )
    assert row is not None
    return TicketDetail(
        **ticket_summary(db, row).model_dump(),
        messages=[
            TicketMessage(
                id=m.id,
                author_name=m.author_name,
                from_staff=m.from_staff,
                body=m.body,
                created_at=m.created_at,
                attachments=[
                    TicketAttachment(
                        id=a.id, filename=a.filename, content_type=a.content_type, size=a.size
                    )
                    for a in m.attachments
                ],
            )
            for m in row.messages
        ],
    )


def _ticket(db: Session, ctx: AccountContext, ticket_id: int) -> TicketRow:
    row = db.get(TicketRow, ticket_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such ticket")
    return row


@router.get("/accounts/{account_id}/departments", response_model=list[Department])
def list_departments(ctx: Tickets, db: DB, request: Request) -> list[Department]:
    return backend_of(request).support.list_departments(db, ctx)


@router.get("/accounts/{account_id}/tickets", response_model=list[Ticket])
def list_tickets(
    ctx: Tickets, db: DB, request: Request, status: TicketStatus | None = None
) -> list[Ticket]:
    """The account's tickets, most recently active first, optionally of one status."""
    return backend_of(request).support.list_tickets(db, ctx, status)


@router.post("/accounts/{account_id}/tickets", response_model=TicketDetail, status_code=201)
def create_ticket(
    body: TicketCreate,
    ctx: Tickets,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Open a ticket. 422: ``department_id`` ``unknown_department``; ``service_id``
    ``unknown_service``; attachments as described in the module (``attachments.N.filename``
    ``attachment_type_not_allowed``, ``attachments.N.content_base64`` ``attachment_too_large``,
    ``invalid_base64``, ``attachment_content_mismatch``).

    Honours an ``Idempotency-Key``: sent again with the same key (its answer was lost), the
    ticket is not opened twice and the first answer comes back."""

    backend = backend_of(request)
    return run_once(
        db,
        request,
        ctx.person.id,
        idempotency_key,
        body,
        lambda: backend.support.open_ticket(db, ctx, body),
        status_code=201,
        required=False,
        claim_first=backend.external,
        redo=lambda since: backend.support.open_ticket(db, ctx, body, since=since),
    )


def create_in_database(db: Session, ctx: AccountContext, body: TicketCreate) -> TicketDetail:
    """The SQL backend's new ticket (not committed)."""
    attachments = decode_attachments(body.attachments)
    ticket = open_ticket(
        db,
        ctx,
        department_id=body.department_id,
        subject=body.subject,
        message=body.message,
        priority=body.priority,
        service_id=body.service_id,
        attachments=attachments,
    )
    record(db, ctx.client.id, ctx.person.id, "ticket_opened", f"ticket {ticket.id}")
    db.flush()
    return ticket_detail(db, ticket.id)


@router.get("/accounts/{account_id}/tickets/{ticket_id}", response_model=TicketDetail)
def get_ticket(ctx: Tickets, db: DB, ticket_id: TicketId, request: Request) -> TicketDetail:
    return backend_of(request).support.get_ticket(db, ctx, ticket_id)


@router.post(
    "/accounts/{account_id}/tickets/{ticket_id}/replies",
    response_model=TicketDetail,
    status_code=201,
)
def reply_ticket(
    body: TicketReply,
    ctx: Tickets,
    db: DB,
    request: Request,
    ticket_id: TicketId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The client's reply: the ticket becomes Customer-Reply (a Closed ticket is reopened).
    422 attachment codes as when opening. Honours an ``Idempotency-Key`` (a reply sent again
    with the same key is added once)."""

    backend = backend_of(request)
    return run_once(
        db,
        request,
        ctx.person.id,
        idempotency_key,
        body,
        lambda: backend.support.reply(db, ctx, ticket_id, body),
        status_code=201,
        required=False,
        claim_first=backend.external,
        redo=lambda since: backend.support.reply(db, ctx, ticket_id, body, since=since),
    )


def reply_in_database(
    db: Session, ctx: AccountContext, ticket_id: int, body: TicketReply
) -> TicketDetail:
    """The SQL backend's reply (not committed)."""
    ticket = _ticket(db, ctx, ticket_id)
    attachments = decode_attachments(body.attachments)
    add_message(db, ticket, ctx.person.id, ctx.person.name, False, body.message, attachments)
    ticket.status = TicketStatus.CUSTOMER_REPLY.value
    record(db, ctx.client.id, ctx.person.id, "ticket_replied", f"ticket {ticket.id}")
    db.flush()
    return ticket_detail(db, ticket.id)


@router.post("/accounts/{account_id}/tickets/{ticket_id}/close", response_model=TicketDetail)
def close_ticket(ctx: Tickets, db: DB, ticket_id: TicketId) -> TicketDetail:
    """Close the ticket (closing a Closed ticket changes nothing)."""
    ticket = _ticket(db, ctx, ticket_id)
    if ticket.status != TicketStatus.CLOSED:
        ticket.status = TicketStatus.CLOSED.value
        record(db, ctx.client.id, ctx.person.id, "ticket_closed", f"ticket {ticket.id}")
        db.commit()
    return ticket_detail(db, ticket.id)


@router.get(
    "/accounts/{account_id}/tickets/{ticket_id}/attachments/{attachment_id}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_attachment(
    ctx: Tickets, db: DB, ticket_id: TicketId, attachment_id: RowId
) -> Response:
    ticket = _ticket(db, ctx, ticket_id)
    row = db.get(TicketAttachmentRow, attachment_id)
    message = db.get(TicketMessageRow, row.message_id) if row else None
    if row is None or message is None or message.ticket_id != ticket.id:
        raise not_found("No such attachment")
    safe = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in row.filename)
    return Response(
        row.data,
        media_type=row.content_type,
        headers={"Content-Disposition": f'attachment; filename="{safe}"'},
    )
