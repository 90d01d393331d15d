"""Live chat with an agent: open a chat over REST, then messages both ways over the portal's
WebSocket. The connection (its protocol, and opening it again with backoff after a drop, the
history fetched so nothing said meanwhile is missed) is ``api_client.chat_socket``'s; this module
turns what it tells into the app's signals. While the socket is down a message goes over REST."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client import errors
from api_client.chat_socket import ChatSocket
from api_client.models import Chat, ChatDetail, ChatMessage, ChatStatus

from .errors import describe
from .idempotency import PendingKeys, fingerprint
from .session import AccountSession

log = logging.getLogger("clientdesk.chat")

CONTEXT = "chat"
SOCKET_TASK = "chat-socket"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_chat_error(exc: BaseException) -> str:
    if isinstance(exc, errors.APIStatusError) and exc.code == "chat_closed":
        return QCoreApplication.translate(
            "chat", "This chat has ended. Start a new one to keep talking."
        )
    return describe(exc)


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
        self._socket: ChatSocket | None = None
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
        self.on_history(detail.messages)

    def _attach(self, chat: Chat) -> None:
        self.chat = chat
        self.messages = []
        self._seen = set()
        self.chat_changed.emit(chat)
        link = self.session.client.chats.live(chat.id, self)
        self.session.runner.run(SOCKET_TASK, link.run(), None, self._fail)

    def _fail(self, exc: BaseException) -> None:
        self.failed.emit(describe_chat_error(exc))

    # ---- the connection (a ChatListener of api_client.chat_socket) -----------------------

    def on_line_refused(self, code: str) -> None:
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

    def wants(self, chat_id: int) -> bool:
        chat = self.chat
        return chat is not None and chat.id == chat_id and chat.status != "Closed"

    def on_connection(self, socket: ChatSocket | None) -> None:
        self._socket = socket
        up = socket is not None
        if up != self.connected:
            self.connected = up
            self.connection_changed.emit(up)

    def on_chat(self, chat: Chat) -> None:
        base = Chat.model_validate(chat.model_dump(exclude={"messages"}))
        self.chat = base
        self.chat_changed.emit(base)

    def on_history(self, messages: list[ChatMessage]) -> None:
        known = [m for m in self.messages if m.id not in {x.id for x in messages}]
        merged = sorted([*messages, *known], key=lambda m: m.id)
        self.messages = merged
        self._seen = {m.id for m in merged}
        self.history_loaded.emit(list(merged))

    def on_message(self, message: ChatMessage) -> None:
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
            if await socket.send(text):
                return
            log.info("chat socket closed while sending; sending over REST")
        key = self._pending.key(what)
        self.on_message(await self.session.client.chats.send(chat_id, text, idempotency_key=key))

    def end(self) -> None:
        chat = self.chat
        if chat is None:
            return
        self.session.runner.run(
            "chat-close", self.session.client.chats.close(chat.id), self._ended, self._fail
        )

    def _ended(self, detail: ChatDetail) -> None:
        self.on_chat(detail)
        self.session.runner.run(SOCKET_TASK, asyncio.sleep(0))  # stops the connection

    def leave(self) -> None:
        """Forget the current chat on this screen (a new one can be started)."""
        self.chat = None
        self.messages = []
        self._seen = set()
        self.session.runner.run(SOCKET_TASK, asyncio.sleep(0))
        self.chat_changed.emit(None)
