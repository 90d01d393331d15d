"""Live chat with an agent: open a chat over REST, then messages both ways over the portal's
WebSocket (``websockets`` client, on the qasync loop). A dropped connection is opened again with
backoff and the history fetched, so nothing said meanwhile is missed; while the socket is down a
message goes over REST instead."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from api_client import errors
from api_client.client_area import chat_socket_url
from api_client.models import Chat, ChatDetail, ChatMessage, ChatStatus

from .errors import describe
from .idempotency import PendingKeys, fingerprint
from .session import AccountSession

log = logging.getLogger("clientdesk.chat")

CONTEXT = "chat"
SOCKET_TASK = "chat-socket"
FIRST_DELAY_S = 0.5
MAX_DELAY_S = 15.0
# the portal's close codes (portal/routes/chat.py)
CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND = 4401, 4403, 4404


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_chat_error(exc: BaseException) -> str:
    if isinstance(exc, errors.APIStatusError) and exc.code == "chat_closed":
        return QCoreApplication.translate(
            "chat", "This chat has ended. Start a new one to keep talking."
        )
    return describe(exc)


class _Refused(Exception):
    """The portal closed the socket for good (not allowed, or no such chat)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class LiveChat(QObject):
    """The account's current chat: its messages, its state and the live connection."""

    chat_changed = Signal(object)  # Chat | None: status, agent
    history_loaded = Signal(list)  # list[ChatMessage], the whole conversation
    message_arrived = Signal(object)  # ChatMessage
    connection_changed = Signal(bool)  # the socket is up
    failed = Signal(str)
    send_failed = Signal(str, str)  # message, the text that was not sent

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.chat: Chat | None = None
        self.messages: list[ChatMessage] = []
        self._seen: set[int] = set()
        self._socket: ClientConnection | None = None
        self.connected = False
        self._pending = PendingKeys()  # Idempotency-Keys of a chat or a line not known sent

    # ---- starting -------------------------------------------------------------------------

    def resume(self) -> None:
        """Open again the account's chat that has not ended, if there is one."""
        self.session.runner.run(
            "chat-resume",
            self.session.from_overview("chats", lambda o: o.chats, self.session.client.chats.list),
            self._resume_found,
            self._fail,
        )

    def _resume_found(self, chats: list[Chat]) -> None:
        current = next((c for c in chats if c.status != ChatStatus.CLOSED), None)
        if current is not None and (self.chat is None or self.chat.id != current.id):
            self._attach(current)

    def start(self, subject: str, message: str = "") -> None:
        subject, message = subject.strip(), message.strip()
        # one key per chat asked for: a Retry after a lost answer does not open a second one
        what = fingerprint("chat", subject, message)
        key = self._pending.key(what)

        def opened(detail: ChatDetail) -> None:
            self._pending.done(what)
            self._opened(detail)

        def failed(exc: BaseException) -> None:
            self._pending.failed(what, exc)
            self._fail(exc)

        self.session.runner.run(
            "chat-open",
            self.session.client.chats.open(subject, message, idempotency_key=key),
            opened,
            failed,
        )

    def _opened(self, detail: ChatDetail) -> None:
        self._attach(detail)
        self._history(detail.messages)

    def _attach(self, chat: Chat) -> None:
        self.chat = chat
        self.messages = []
        self._seen = set()
        self.chat_changed.emit(chat)
        self.session.runner.run(SOCKET_TASK, self._keep_connected(chat.id), None, self._fail)

    def _fail(self, exc: BaseException) -> None:
        self.failed.emit(describe_chat_error(exc))

    # ---- the connection -------------------------------------------------------------------

    async def _keep_connected(self, chat_id: int) -> None:
        delay = FIRST_DELAY_S
        while True:
            try:
                # The history over REST also renews an expired access token before the socket.
                self._history((await self.session.client.chats.history(chat_id)).messages)
                await self._listen(chat_id)
                delay = FIRST_DELAY_S
            except _Refused as exc:
                if exc.code == CLOSE_UNAUTHORIZED:
                    log.info("chat socket: token refused, renewing")
                else:
                    raise errors.ForbiddenError(403, "chat refused", "forbidden") from exc
            except (
                OSError,
                ConnectionClosed,
                InvalidHandshake,
                InvalidURI,
                TimeoutError,
                errors.ConnectionFailedError,
                errors.RequestTimeoutError,
                errors.ServerError,
            ) as exc:
                log.info("chat connection lost: %s", type(exc).__name__)
            finally:
                self._set_connected(None)
            if self.chat is None or self.chat.id != chat_id or self.chat.status == "Closed":
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_DELAY_S)

    async def _listen(self, chat_id: int) -> None:
        portal = self.session.portal
        tokens = portal.tokens if portal is not None else None
        if portal is None or tokens is None:
            raise errors.UnauthorizedError(401, "Not signed in", "not_signed_in")
        url = chat_socket_url(portal.base_url, chat_id)
        async with connect(url, open_timeout=10, ping_interval=20) as socket:
            await socket.send(json.dumps({"type": "auth", "access_token": tokens.access_token}))
            self._set_connected(socket)
            try:
                async for raw in socket:
                    if self._frame(json.loads(raw)):
                        return
            except ConnectionClosed:
                pass
            code = socket.close_code
            if code in (CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND):
                raise _Refused(code)
            raise ConnectionError(code)

    def _frame(self, frame: dict[str, Any]) -> bool:
        """Apply one frame from the portal; True when the chat has ended."""
        kind = frame.get("type")
        if kind == "history":
            detail = ChatDetail.model_validate(frame["chat"])
            self._set_chat(detail)
            self._history(detail.messages)
        elif kind == "message":
            self._add(ChatMessage.model_validate(frame["message"]))
        elif kind in ("taken", "closed"):
            self._set_chat(Chat.model_validate(frame["chat"]))
            return bool(kind == "closed")
        elif kind == "error":
            code = frame.get("code", "")
            if code == "chat_closed":
                self.failed.emit(
                    QCoreApplication.translate(
                        "chat", "This chat has ended. Start a new one to keep talking."
                    )
                )
            else:
                self.failed.emit(
                    QCoreApplication.translate("chat", "The portal did not accept the message.")
                )
        return False

    def _set_connected(self, socket: ClientConnection | None) -> None:
        self._socket = socket
        up = socket is not None
        if up != self.connected:
            self.connected = up
            self.connection_changed.emit(up)

    def _set_chat(self, chat: Chat) -> None:
        base = Chat.model_validate(chat.model_dump(exclude={"messages"}))
        self.chat = base
        self.chat_changed.emit(base)

    def _history(self, messages: list[ChatMessage]) -> None:
        known = [m for m in self.messages if m.id not in {x.id for x in messages}]
        merged = sorted([*messages, *known], key=lambda m: m.id)
        self.messages = merged
        self._seen = {m.id for m in merged}
        self.history_loaded.emit(list(merged))

    def _add(self, message: ChatMessage) -> None:
        if message.id in self._seen:
            return
        self._seen.add(message.id)
        self.messages.append(message)
        self.message_arrived.emit(message)

    # ---- talking --------------------------------------------------------------------------

    def send(self, body: str) -> None:
        text = body.strip()
        if not text or self.chat is None:
            return
        chat_id = self.chat.id
        # a line sent again (Retry) after its answer was lost over REST is added once
        what = fingerprint("chat-line", chat_id, text)

        def failed(exc: BaseException) -> None:
            self._pending.failed(what, exc)
            self.send_failed.emit(describe_chat_error(exc), text)

        self.session.runner.run(
            "chat-send",
            self._send(chat_id, text, what),
            lambda _none: self._pending.done(what),
            failed,
        )

    async def _send(self, chat_id: int, text: str, what: str) -> None:
        socket = self._socket
        if socket is not None and self._pending.pending(what) is None:
            try:
                await socket.send(json.dumps({"type": "message", "body": text}))
                return
            except ConnectionClosed:
                log.info("chat socket closed while sending; sending over REST")
        key = self._pending.key(what)
        self._add(await self.session.client.chats.send(chat_id, text, idempotency_key=key))

    def end(self) -> None:
        chat = self.chat
        if chat is None:
            return
        self.session.runner.run(
            "chat-close", self.session.client.chats.close(chat.id), self._ended, self._fail
        )

    def _ended(self, detail: ChatDetail) -> None:
        self._set_chat(detail)
        self.session.runner.run(SOCKET_TASK, asyncio.sleep(0))  # stops the connection

    def leave(self) -> None:
        """Forget the current chat on this screen (a new one can be started)."""
        self.chat = None
        self.messages = []
        self._seen = set()
        self.session.runner.run(SOCKET_TASK, asyncio.sleep(0))
        self.chat_changed.emit(None)
