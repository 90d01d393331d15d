"""The live chat's WebSocket (``websockets`` client): the one place that speaks its protocol.

The first frame authenticates (``{"type": "auth", "access_token": ...}``); the portal then sends
``history``, ``message``, ``taken``, ``closed`` and ``error`` frames, and closes with 4401 (token
refused), 4403 (not this person's chat) or 4404 (no such chat) — see ``portal/routes/chat.py``.
A dropped connection is opened again after the ``ReconnectPolicy``'s delay, the history fetched
over REST first (which also renews an expired access token), so nothing said meanwhile is
missed. What happens is told to a ``ChatListener``; nothing here knows Qt.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Protocol

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from . import errors
from .models import Chat, ChatDetail, ChatMessage, ChatStatus
from .tls import ssl_context
from .transport import ReconnectPolicy, Transport

log = logging.getLogger("clientdesk.chat")

# the portal's close codes (portal/routes/chat.py)
CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND = 4401, 4403, 4404
OPEN_TIMEOUT_S = 10
PING_INTERVAL_S = 20

# a connection that dropped or could not be made: opened again after a delay
_LOST = (
    OSError,
    ConnectionClosed,
    InvalidHandshake,
    InvalidURI,
    TimeoutError,
    errors.ConnectionFailedError,
    errors.RequestTimeoutError,
    errors.ServerError,
)


class ChatEndpoints(Protocol):
    """What the link asks of the chats' HTTP side (``client_area.ChatsAPI``)."""

    async def history(self, chat_id: int) -> ChatDetail: ...

    def socket_url(self, chat_id: int) -> str: ...


class ChatListener(Protocol):
    """Who is told what the chat's connection brings."""

    def on_history(self, messages: list[ChatMessage]) -> None:
        """The whole conversation so far (at every connection, and when the portal sends it)."""

    def on_chat(self, chat: Chat) -> None:
        """The chat's state changed (an agent took it, it was closed)."""

    def on_message(self, message: ChatMessage) -> None:
        """A line from either side (one's own lines come back too)."""

    def on_line_refused(self, code: str) -> None:
        """The portal did not take a line sent over the socket (``chat_closed``, ...)."""

    def on_connection(self, socket: ChatSocket | None) -> None:
        """The socket is up (and can send), or down (None)."""

    def wants(self, chat_id: int) -> bool:
        """Whether a dropped connection to this chat should be opened again."""


class ChatSocket:
    """One open, authenticated connection to a chat."""

    def __init__(self, connection: ClientConnection) -> None:
        self._connection = connection

    async def send(self, body: str) -> bool:
        """Send a line; False when the connection had closed (send it over REST instead)."""
        try:
            await self._connection.send(json.dumps({"type": "message", "body": body}))
        except ConnectionClosed:
            return False
        return True

    async def close(self) -> None:
        await self._connection.close()


class _Refused(Exception):
    """The portal closed the socket for good (not allowed, or no such chat), or refused the
    token (4401)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class ChatLink:
    """Keeps one chat connected until it ends or the listener no longer wants it."""

    def __init__(
        self,
        chats: ChatEndpoints,
        transport: Transport,
        chat_id: int,
        listener: ChatListener,
        policy: ReconnectPolicy | None = None,
    ) -> None:
        self._chats = chats
        self._t = transport
        self.chat_id = chat_id
        self._listener = listener
        self.policy = policy or ReconnectPolicy()
        self._heard = False  # the current connection brought a frame

    async def run(self) -> None:
        """Returns when the chat has ended or is no longer wanted. Raises ``ForbiddenError``
        when the socket refuses this person the chat for good, and what the REST history raised
        when that is not a lost connection (``NotFoundError``, ...)."""
        attempt = 0
        while True:
            self._heard = False
            try:
                self._listener.on_history((await self._chats.history(self.chat_id)).messages)
                if await self._listen():
                    return
            except _Refused as exc:
                if exc.code != CLOSE_UNAUTHORIZED:
                    raise errors.ForbiddenError(403, "chat refused", "forbidden") from exc
                log.info("chat socket: token refused, renewing")
            except _LOST as exc:
                log.info("chat connection lost: %s", type(exc).__name__)
            finally:
                self._listener.on_connection(None)
            if not self._listener.wants(self.chat_id):
                return
            # a connection the portal spoke on starts the backoff again; one that never got
            # that far waits longer each time
            attempt = 0 if self._heard else attempt + 1
            await asyncio.sleep(self.policy.delay(attempt))

    async def _listen(self) -> bool:
        """One connection; True when the chat ended, else raises what ended the connection."""
        tokens = self._t.tokens
        if tokens is None:
            raise errors.UnauthorizedError(401, "Not signed in", "not_signed_in")
        url = self._chats.socket_url(self.chat_id)
        tls = ssl_context() if url.startswith("wss://") else None
        async with connect(
            url, open_timeout=OPEN_TIMEOUT_S, ping_interval=PING_INTERVAL_S, ssl=tls
        ) as connection:
            await connection.send(json.dumps({"type": "auth", "access_token": tokens.access_token}))
            self._listener.on_connection(ChatSocket(connection))
            try:
                async for raw in connection:
                    self._heard = True
                    if self._frame(json.loads(raw)):
                        return True
            except ConnectionClosed:
                pass
            code = connection.close_code
            if code in (CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND):
                raise _Refused(code)
            raise ConnectionError(code)

    def _frame(self, frame: dict[str, Any]) -> bool:
        """Apply one frame from the portal; True when the chat has ended."""
        kind = frame.get("type")
        if kind == "history":
            detail = ChatDetail.model_validate(frame["chat"])
            self._listener.on_chat(detail)
            self._listener.on_history(detail.messages)
            # closed before this socket joined: no "closed" frame will follow
            return detail.status == ChatStatus.CLOSED
        elif kind == "message":
            self._listener.on_message(ChatMessage.model_validate(frame["message"]))
        elif kind in ("taken", "closed"):
            self._listener.on_chat(Chat.model_validate(frame["chat"]))
            return bool(kind == "closed")
        elif kind == "error":
            self._listener.on_line_refused(str(frame.get("code", "")))
        return False
