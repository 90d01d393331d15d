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
from collections.abc import Callable
from dataclasses import dataclass
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
from ..fanout import chat_topic, notify
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
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

router = APIRouter(route_class=PortalRoute, tags=["chat"])

Tickets = Annotated[AccountContext, Depends(require(Permission.TICKETS))]
ChatId = RowId

CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND = 4401, 4403, 4404


@dataclass
class Seen:
    """What one socket has been sent: messages up to an id, and the chat's state."""

    last_message_id: int
    status: str
    agent_id: int | None


class ChatHub:
    """This process's sockets, by chat. A chat with a socket here has one pump: it waits for the
    chat's topic (woken by a commit in any process, see ``portal.fanout``) and sends each socket
    what it has not seen yet, read from the database."""

    def __init__(self, database: Any, safety_seconds: float) -> None:
        self._database = database
        self._safety_seconds = safety_seconds
        self._peers: dict[int, dict[WebSocket, Seen | None]] = {}
        self._pumps: dict[int, asyncio.Task[None]] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    def join(self, chat_id: int, socket: WebSocket) -> None:
        """Count the socket in before its history is read: a message committed meanwhile is
        sent once the history is (see :meth:`ready`)."""
        self._peers.setdefault(chat_id, {})[socket] = None
        if chat_id not in self._pumps:
            self._locks[chat_id] = asyncio.Lock()
            self._pumps[chat_id] = asyncio.create_task(self._pump(chat_id))

    async def ready(self, chat_id: int, socket: WebSocket, seen: Seen) -> None:
        """The socket has its history up to ``seen``: from now on it gets what follows."""
        peers = self._peers.get(chat_id)
        if peers is not None and socket in peers:
            peers[socket] = seen
            await self.deliver(chat_id)

    def leave(self, chat_id: int, socket: WebSocket) -> None:
        peers = self._peers.get(chat_id)
        if peers is None:
            return
        peers.pop(socket, None)
        if not peers:
            del self._peers[chat_id]
            pump = self._pumps.pop(chat_id, None)
            self._locks.pop(chat_id, None)
            if pump is not None:
                pump.cancel()

    async def _pump(self, chat_id: int) -> None:
        with self._database.wakeups.watch(chat_topic(chat_id)) as watch:
            while chat_id in self._peers:
                await watch.wait(self._safety_seconds)
                with contextlib.suppress(Exception):  # a read that failed: the next wake retries
                    await self.deliver(chat_id)

    async def deliver(self, chat_id: int) -> None:
        lock = self._locks.get(chat_id)
        if lock is None:
            return
        async with lock:  # one delivery at a time per chat: nothing is sent twice
            peers = {s: seen for s, seen in self._peers.get(chat_id, {}).items() if seen}
            if not peers:
                return
            since = min(seen.last_message_id for seen in peers.values())
            chat, messages = await run_in_threadpool(self._read, chat_id, since)
            for socket, seen in peers.items():
                frames = [
                    {"type": "message", "message": m.model_dump(mode="json")}
                    for m in messages
                    if m.id > seen.last_message_id
                ]
                if (chat.status, chat.agent_id) != (seen.status, seen.agent_id):
                    kind = "closed" if chat.status == ChatStatus.CLOSED else "taken"
                    frames.append({"type": kind, "chat": chat.model.model_dump(mode="json")})
                for frame in frames:
                    with contextlib.suppress(Exception):  # a peer that went away misses it
                        await socket.send_text(json.dumps(frame, ensure_ascii=False))
                seen.last_message_id = max([seen.last_message_id, *(m.id for m in messages)])
                seen.status, seen.agent_id = chat.status, chat.agent_id

    def _read(self, chat_id: int, since: int) -> tuple[ChatState, list[ChatMessage]]:
        with self._database.sessions() as db:
            row = db.get(ChatRow, chat_id)
            assert row is not None
            messages = db.scalars(
                select(ChatMessageRow)
                .where(ChatMessageRow.chat_id == chat_id, ChatMessageRow.id > since)
                .order_by(ChatMessageRow.id)
            )
            state = ChatState(chat_model(db, row), row.status, row.agent_id)
            return state, [message_model(m) for m in messages]


@dataclass(frozen=True)
class ChatState:
    model: Chat
    status: str
    agent_id: int | None


def hub_of(app: Any) -> ChatHub:
    hub = getattr(app.state, "chat_hub", None)
    if hub is None:
        hub = app.state.chat_hub = ChatHub(
            app.state.database, app.state.settings.wake_safety_seconds
        )
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
    notify(db, chat_topic(chat.id))  # every process's sockets on this chat get it at commit
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
    request (not a replay) reaches the connected peers: storing it notifies them."""
    return run_once(db, request, person.id, key, body, write, status_code=201, required=False)


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
    return _end(db, chat, ctx.person.id)


def _end(db: Session, chat: ChatRow, person_id: int) -> ChatDetail:
    if chat.status != ChatStatus.CLOSED:
        chat.status = ChatStatus.CLOSED.value
        chat.closed_at = utcnow()
        record(db, chat.client_id, person_id, "chat_closed", f"chat {chat.id}")
        notify(db, chat_topic(chat.id))  # the sockets, in every process, hear "closed"
        db.commit()
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
        notify(db, chat_topic(chat.id))  # the sockets, in every process, hear "taken"
        db.commit()
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
    return _end(db, _staff_chat(db, chat_id), staff.person.id)


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

    def history() -> tuple[dict[str, Any], Seen]:
        with database.sessions() as db:
            chat = db.get(ChatRow, chat_id)
            assert chat is not None
            detail = chat_detail(db, chat)
            last = max((m.id for m in detail.messages), default=0)
            frame = {"type": "history", "chat": detail.model_dump(mode="json")}
            return frame, Seen(last, chat.status, chat.agent_id)

    hub.join(chat_id, websocket)
    try:
        frame, seen = await run_in_threadpool(history)
        await websocket.send_text(json.dumps(frame, ensure_ascii=False))
        await hub.ready(chat_id, websocket, seen)
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
            # a stored message reaches every socket, this one too, through its commit's wake
    except (WebSocketDisconnect, RuntimeError):  # the peer went away (Starlette >= 1 raises
        pass  # a RuntimeError subclass once the socket is known to be closed)
    finally:
        hub.leave(chat_id, websocket)
