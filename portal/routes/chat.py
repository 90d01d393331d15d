"""Live chat: a customer opens a chat, a staff agent takes it, messages flow both ways over a
WebSocket and the history is kept.

REST (account-scoped, permission ``tickets``): open, list, history, post a message, close.
Staff (``/staff/chats``): the queue, take a chat, history, post a message, close.

WebSocket ``/api/v1/chats/{chat_id}/ws``: authenticate with the access token either as the query
parameter ``access_token`` or as the first frame ``{"type": "auth", "access_token": "..."}``.
The server then sends ``{"type": "history", "chat": ChatDetail}``; the peer sends
``{"type": "message", "body": "..."}``; every participant connected to the chat receives
``{"type": "message", "message": ChatMessage}``, ``{"type": "taken", "chat": Chat}`` when an
agent takes it and ``{"type": "closed", "chat": Chat}`` when it ends. A frame the server cannot
use is answered ``{"type": "error", "code": "invalid_message" | "chat_closed"}``. The socket is
closed with 4401 (not signed in), 4403 (not allowed: a customer without ``tickets``, or staff who
did not take the chat) or 4404 (no such chat, or another account's).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import (
    Chat,
    ChatCreate,
    ChatDetail,
    ChatMessage,
    ChatMessageCreate,
    ChatStatus,
    Permission,
)

from ..audit import record
from ..auth import DB, AccountContext, Caller, RowId, permissions_of, require, token_hash
from ..billing import run_once
from ..errors import PortalHTTPError, not_found
from ..idempotency import REPLAYED_HEADER, IdempotencyKey
from ..tables import (
    AccessTokenRow,
    ChatMessageRow,
    ChatRow,
    MembershipRow,
    PersonRow,
    SessionRow,
    utcnow,
)
from .staff import Staff

router = APIRouter(tags=["chat"])

Tickets = Annotated[AccountContext, Depends(require(Permission.TICKETS))]
ChatId = RowId

CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND = 4401, 4403, 4404


class ChatHub:
    """The sockets connected to each chat, and a thread-safe way to send to all of them."""

    def __init__(self) -> None:
        self._sockets: dict[int, set[WebSocket]] = {}
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def join(self, chat_id: int, socket: WebSocket) -> None:
        self._loop = asyncio.get_running_loop()
        with self._lock:
            self._sockets.setdefault(chat_id, set()).add(socket)

    def leave(self, chat_id: int, socket: WebSocket) -> None:
        with self._lock:
            sockets = self._sockets.get(chat_id)
            if sockets is not None:
                sockets.discard(socket)
                if not sockets:
                    del self._sockets[chat_id]

    async def broadcast(self, chat_id: int, payload: dict[str, Any]) -> None:
        with self._lock:
            sockets = list(self._sockets.get(chat_id, ()))
        text = json.dumps(payload, ensure_ascii=False)
        for socket in sockets:
            with contextlib.suppress(Exception):  # a peer that went away misses it
                await socket.send_text(text)

    def publish(self, chat_id: int, payload: dict[str, Any]) -> None:
        """From a worker thread (a REST handler): hand the broadcast to the server's loop."""
        loop = self._loop
        with self._lock:
            anyone = bool(self._sockets.get(chat_id))
        if loop is not None and anyone and not loop.is_closed():
            asyncio.run_coroutine_threadsafe(self.broadcast(chat_id, payload), loop)


def hub_of(app: Any) -> ChatHub:
    hub = getattr(app.state, "chat_hub", None)
    if hub is None:
        hub = app.state.chat_hub = ChatHub()
    return hub


def chat_model(db: Session, row: ChatRow) -> Chat:
    agent = db.get(PersonRow, row.agent_id) if row.agent_id else None
    return Chat(
        id=row.id,
        client_id=row.client_id,
        subject=row.subject,
        status=row.status,
        agent_name=agent.name if agent else None,
        created_at=row.created_at,
        closed_at=row.closed_at,
    )


def message_model(row: ChatMessageRow) -> ChatMessage:
    return ChatMessage.model_validate(row, from_attributes=True)


def chat_detail(db: Session, row: ChatRow) -> ChatDetail:
    messages = db.scalars(
        select(ChatMessageRow).where(ChatMessageRow.chat_id == row.id).order_by(ChatMessageRow.id)
    )
    return ChatDetail(
        **chat_model(db, row).model_dump(), messages=[message_model(m) for m in messages]
    )


def _closed() -> PortalHTTPError:
    return PortalHTTPError(409, "chat_closed", "This chat has ended")


def add_chat_message(
    db: Session, chat: ChatRow, person: PersonRow, from_staff: bool, body: str
) -> ChatMessage:
    """Store a message (committed) and return it; 409 ``chat_closed`` on an ended chat."""
    message = stage_chat_message(db, chat, person, from_staff, body)
    db.commit()
    return message


def stage_chat_message(
    db: Session, chat: ChatRow, person: PersonRow, from_staff: bool, body: str
) -> ChatMessage:
    """Add a message to the transaction (flushed, not committed); 409 ``chat_closed``."""
    if chat.status == ChatStatus.CLOSED:
        raise _closed()
    row = ChatMessageRow(
        chat_id=chat.id,
        person_id=person.id,
        author_name=person.name,
        from_staff=from_staff,
        body=body,
        created_at=utcnow(),
    )
    db.add(row)
    db.flush()
    return message_model(row)


def send_once(
    db: Session,
    request: Request,
    person: PersonRow,
    key: str | None,
    chat_id: int,
    body: ChatMessageCreate,
    write: Callable[[], ChatMessage],
) -> Response:
    """Store a message at most once per ``Idempotency-Key``; only a message stored by this
    request (not a replay) reaches the connected peers."""
    sent: list[ChatMessage] = []

    def change() -> ChatMessage:
        message = write()
        sent.append(message)
        return message

    response = run_once(db, request, person.id, key, body, change, status_code=201, required=False)
    if sent and REPLAYED_HEADER not in response.headers:
        hub_of(request.app).publish(
            chat_id, {"type": "message", "message": sent[-1].model_dump(mode="json")}
        )
    return response


def _chat(db: Session, ctx: AccountContext, chat_id: int) -> ChatRow:
    row = db.get(ChatRow, chat_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such chat")
    return row


@router.post("/accounts/{account_id}/chats", response_model=ChatDetail, status_code=201)
def open_chat(
    body: ChatCreate,
    ctx: Tickets,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Open a chat; it waits for an agent. ``message`` (optional) is its first line.
    Honours an ``Idempotency-Key`` (sent again with its key, the chat is opened once)."""

    def change() -> ChatDetail:
        row = ChatRow(
            client_id=ctx.client.id,
            person_id=ctx.person.id,
            subject=body.subject,
            status=ChatStatus.WAITING.value,
            created_at=utcnow(),
        )
        db.add(row)
        db.flush()
        if body.message:
            db.add(
                ChatMessageRow(
                    chat_id=row.id,
                    person_id=ctx.person.id,
                    author_name=ctx.person.name,
                    from_staff=False,
                    body=body.message,
                    created_at=utcnow(),
                )
            )
        record(db, ctx.client.id, ctx.person.id, "chat_opened", f"chat {row.id}")
        db.flush()
        return chat_detail(db, row)

    return run_once(
        db, request, ctx.person.id, idempotency_key, body, change, status_code=201, required=False
    )


@router.get("/accounts/{account_id}/chats", response_model=list[Chat])
def list_chats(ctx: Tickets, db: DB) -> list[Chat]:
    rows = db.scalars(
        select(ChatRow).where(ChatRow.client_id == ctx.client.id).order_by(ChatRow.id.desc())
    )
    return [chat_model(db, r) for r in rows]


@router.get("/accounts/{account_id}/chats/{chat_id}", response_model=ChatDetail)
def chat_history(ctx: Tickets, db: DB, chat_id: ChatId) -> ChatDetail:
    return chat_detail(db, _chat(db, ctx, chat_id))


@router.post(
    "/accounts/{account_id}/chats/{chat_id}/messages", response_model=ChatMessage, status_code=201
)
def post_chat_message(
    body: ChatMessageCreate,
    ctx: Tickets,
    db: DB,
    request: Request,
    chat_id: ChatId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Send a line without a socket (it reaches the connected peers). 409 ``chat_closed``.
    Honours an ``Idempotency-Key`` (sent again with its key, the line is added once)."""

    def write() -> ChatMessage:
        chat = _chat(db, ctx, chat_id)
        return stage_chat_message(db, chat, ctx.person, False, body.body)

    return send_once(db, request, ctx.person, idempotency_key, chat_id, body, write)


@router.post("/accounts/{account_id}/chats/{chat_id}/close", response_model=ChatDetail)
def close_chat(ctx: Tickets, db: DB, request: Request, chat_id: ChatId) -> ChatDetail:
    chat = _chat(db, ctx, chat_id)
    return _end(db, hub_of(request.app), chat, ctx.person.id)


def _end(db: Session, hub: ChatHub, chat: ChatRow, person_id: int) -> ChatDetail:
    if chat.status != ChatStatus.CLOSED:
        chat.status = ChatStatus.CLOSED.value
        chat.closed_at = utcnow()
        record(db, chat.client_id, person_id, "chat_closed", f"chat {chat.id}")
        db.commit()
        hub.publish(
            chat.id, {"type": "closed", "chat": chat_model(db, chat).model_dump(mode="json")}
        )
    return chat_detail(db, chat)


# ---- staff side ------------------------------------------------------------------------------


def _staff_chat(db: Session, chat_id: int) -> ChatRow:
    row = db.get(ChatRow, chat_id)
    if row is None:
        raise not_found("No such chat")
    return row


@router.get("/staff/chats", response_model=list[Chat], tags=["staff"])
def chat_queue(staff: Staff, db: DB, status: ChatStatus | None = None) -> list[Chat]:
    """Chats of every client, oldest first; without a status, those not Closed."""
    query = select(ChatRow)
    if status is None:
        query = query.where(ChatRow.status != ChatStatus.CLOSED.value)
    else:
        query = query.where(ChatRow.status == status.value)
    return [chat_model(db, r) for r in db.scalars(query.order_by(ChatRow.id))]


@router.get("/staff/chats/{chat_id}", response_model=ChatDetail, tags=["staff"])
def staff_chat_history(staff: Staff, db: DB, chat_id: ChatId) -> ChatDetail:
    return chat_detail(db, _staff_chat(db, chat_id))


@router.post("/staff/chats/{chat_id}/take", response_model=ChatDetail, tags=["staff"])
def take_chat(staff: Staff, db: DB, request: Request, chat_id: ChatId) -> ChatDetail:
    """Take a waiting chat. 409 ``chat_taken`` (another agent has it), ``chat_closed``."""
    chat = _staff_chat(db, chat_id)
    if chat.status == ChatStatus.CLOSED:
        raise _closed()
    if chat.agent_id is not None and chat.agent_id != staff.person.id:
        raise PortalHTTPError(409, "chat_taken", "Another agent has taken this chat")
    if chat.agent_id is None:
        chat.agent_id = staff.person.id
        chat.status = ChatStatus.ACTIVE.value
        record(db, chat.client_id, staff.person.id, "chat_taken", f"chat {chat.id}")
        db.commit()
        hub_of(request.app).publish(
            chat.id, {"type": "taken", "chat": chat_model(db, chat).model_dump(mode="json")}
        )
    return chat_detail(db, chat)


def _own(chat: ChatRow, staff: Caller) -> None:
    if chat.agent_id != staff.person.id:
        raise PortalHTTPError(409, "chat_not_taken", "Take the chat before writing in it")


@router.post(
    "/staff/chats/{chat_id}/messages", response_model=ChatMessage, status_code=201, tags=["staff"]
)
def staff_chat_message(
    body: ChatMessageCreate,
    staff: Staff,
    db: DB,
    request: Request,
    chat_id: ChatId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """409 ``chat_not_taken`` (take it first), ``chat_closed``. Honours an
    ``Idempotency-Key`` (sent again with its key, the line is added once)."""

    def write() -> ChatMessage:
        chat = _staff_chat(db, chat_id)
        _own(chat, staff)
        return stage_chat_message(db, chat, staff.person, True, body.body)

    return send_once(db, request, staff.person, idempotency_key, chat_id, body, write)


@router.post("/staff/chats/{chat_id}/close", response_model=ChatDetail, tags=["staff"])
def staff_close_chat(staff: Staff, db: DB, request: Request, chat_id: ChatId) -> ChatDetail:
    return _end(db, hub_of(request.app), _staff_chat(db, chat_id), staff.person.id)


# ---- the socket ------------------------------------------------------------------------------


def _authorize(db: Session, token: str, chat_id: int) -> tuple[int, bool] | int:
    """(person id, is the agent) for a participant, else the close code to use."""
    access = db.get(AccessTokenRow, token_hash(token))
    if access is None or access.expires_at <= utcnow():
        return CLOSE_UNAUTHORIZED
    session = db.get(SessionRow, access.session_id)
    person = db.get(PersonRow, session.person_id) if session else None
    if session is None or session.ended_at is not None or person is None:
        return CLOSE_UNAUTHORIZED
    chat = db.get(ChatRow, chat_id)
    if chat is None:
        return CLOSE_NOT_FOUND
    if person.is_staff:
        return (person.id, True) if chat.agent_id == person.id else CLOSE_FORBIDDEN
    membership = db.scalar(
        select(MembershipRow).where(
            MembershipRow.person_id == person.id, MembershipRow.client_id == chat.client_id
        )
    )
    if membership is None:
        return CLOSE_NOT_FOUND
    if Permission.TICKETS not in permissions_of(membership):
        return CLOSE_FORBIDDEN
    return person.id, False


@router.websocket("/chats/{chat_id}/ws")
async def chat_socket(websocket: WebSocket, chat_id: int) -> None:
    database = websocket.app.state.database
    hub = hub_of(websocket.app)
    await websocket.accept()
    token = websocket.query_params.get("access_token")
    if not token:
        try:
            first = json.loads(await websocket.receive_text())
            token = str(first.get("access_token", "")) if first.get("type") == "auth" else ""
        except (ValueError, AttributeError, WebSocketDisconnect):
            token = ""
    if not token:
        await websocket.close(CLOSE_UNAUTHORIZED)
        return

    def authorize() -> tuple[int, bool] | int:
        with database.sessions() as db:
            return _authorize(db, token, chat_id)

    who = await run_in_threadpool(authorize)
    if isinstance(who, int):
        await websocket.close(who)
        return
    person_id, from_staff = who

    def history() -> dict[str, Any]:
        with database.sessions() as db:
            chat = db.get(ChatRow, chat_id)
            assert chat is not None
            return {"type": "history", "chat": chat_detail(db, chat).model_dump(mode="json")}

    hub.join(chat_id, websocket)
    try:
        await websocket.send_text(json.dumps(await run_in_threadpool(history), ensure_ascii=False))
        while True:
            raw = await websocket.receive_text()
            try:
                frame = json.loads(raw)
                if not isinstance(frame, dict) or frame.get("type") != "message":
                    raise ValueError(raw)
                body = ChatMessageCreate(body=frame.get("body", "")).body
            except (ValueError, ValidationError):
                await websocket.send_text(json.dumps({"type": "error", "code": "invalid_message"}))
                continue

            def store(text: str = body) -> ChatMessage | None:
                with database.sessions() as db:
                    chat = db.get(ChatRow, chat_id)
                    person = db.get(PersonRow, person_id)
                    assert chat is not None and person is not None
                    try:
                        return add_chat_message(db, chat, person, from_staff, text)
                    except PortalHTTPError:
                        return None

            message = await run_in_threadpool(store)
            if message is None:
                await websocket.send_text(json.dumps({"type": "error", "code": "chat_closed"}))
                continue
            await hub.broadcast(
                chat_id, {"type": "message", "message": message.model_dump(mode="json")}
            )
    except (WebSocketDisconnect, RuntimeError):  # the peer went away (Starlette >= 1 raises
        pass  # a RuntimeError subclass once the socket is known to be closed)
    finally:
        hub.leave(chat_id, websocket)
