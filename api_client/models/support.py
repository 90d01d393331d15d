"""Support: departments, tickets with their messages and attachments, staff replies, live chat."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, RowRef, WireModel


class TicketStatus(StrEnum):
    OPEN = "Open"
    ANSWERED = "Answered"
    CUSTOMER_REPLY = "Customer-Reply"
    ON_HOLD = "On Hold"
    IN_PROGRESS = "In Progress"
    CLOSED = "Closed"


class TicketPriority(StrEnum):
    LOW = "Low"
    MEDIUM = "Medium"
    HIGH = "High"


class Department(WireModel):
    id: int
    name: str
    description: str


class AttachmentUpload(RequestModel):
    """A file sent with a ticket message, its bytes base64-encoded (at most 2 MB decoded;
    png, jpg, jpeg, pdf, txt, log, zip)."""

    filename: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    content_base64: Annotated[str, StringConstraints(min_length=1, max_length=3_000_000)]


Message = Annotated[str, StringConstraints(min_length=1, max_length=20000)]


class TicketCreate(RequestModel):
    department_id: RowRef
    service_id: RowRef | None = None
    priority: TicketPriority = TicketPriority.MEDIUM
    subject: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    message: Message
    attachments: list[AttachmentUpload] = Field(default_factory=list, max_length=5)


class TicketReply(RequestModel):
    message: Message
    attachments: list[AttachmentUpload] = Field(default_factory=list, max_length=5)


class TicketAttachment(WireModel):
    id: int
    filename: str
    content_type: str
    size: int


class TicketMessage(WireModel):
    id: int
    author_name: str
    from_staff: bool
    body: str
    created_at: dt.datetime
    attachments: list[TicketAttachment]


class Ticket(WireModel):
    id: int
    client_id: int
    subject: str
    department_id: int
    department: str
    service_id: int | None
    status: TicketStatus
    priority: TicketPriority
    created_at: dt.datetime
    last_reply_at: dt.datetime


class TicketDetail(Ticket):
    messages: list[TicketMessage]


class TicketStatusUpdate(RequestModel):
    status: TicketStatus


class StaffReply(RequestModel):
    message: Message


class ChatStatus(StrEnum):
    WAITING = "Waiting"
    ACTIVE = "Active"
    CLOSED = "Closed"


class ChatCreate(RequestModel):
    subject: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    message: Annotated[str, StringConstraints(max_length=5000)] = ""


class ChatMessageCreate(RequestModel):
    body: Annotated[str, StringConstraints(min_length=1, max_length=5000)]


class ChatMessage(WireModel):
    id: int
    author_name: str
    from_staff: bool
    body: str
    created_at: dt.datetime


class Chat(WireModel):
    id: int
    client_id: int
    subject: str
    status: ChatStatus
    agent_name: str | None
    created_at: dt.datetime
    closed_at: dt.datetime | None


class ChatDetail(Chat):
    messages: list[ChatMessage]
