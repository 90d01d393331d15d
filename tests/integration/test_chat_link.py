"""The chat's live connection in api_client (no Qt): against the real portal on loopback, it
authenticates, tells its listener what the portal sends, opens itself again after a drop with
what was said meanwhile, ends with the chat, and gives up for good when refused the chat."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from api_client import PortalClient, errors
from api_client.chat_socket import ChatSocket
from api_client.models import Chat, ChatMessage, ChatStatus
from api_client.transport import ReconnectPolicy
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL, STAFF_EMAIL
from portal.server import BackgroundPortal

QUICK = ReconnectPolicy(initial_delay=0.01, max_delay=0.05)
# long enough for the agent to write while the customer's socket is down
PATIENT = ReconnectPolicy(initial_delay=1.0, max_delay=1.0)
WAIT_S = 10.0


class Recorder:
    """A ChatListener that keeps what it was told and wakes the test on each change."""

    def __init__(self) -> None:
        self.histories: list[list[str]] = []
        self.states: list[ChatStatus] = []
        self.lines: list[str] = []
        self.refused: list[str] = []
        self.sockets: list[ChatSocket | None] = []
        self.wanted = True
        self._changed = asyncio.Event()

    def on_history(self, messages: list[ChatMessage]) -> None:
        self.histories.append([m.body for m in messages])
        self._changed.set()

    def on_chat(self, chat: Chat) -> None:
        self.states.append(chat.status)
        self._changed.set()

    def on_message(self, message: ChatMessage) -> None:
        self.lines.append(message.body)
        self._changed.set()

    def on_line_refused(self, code: str) -> None:
        self.refused.append(code)
        self._changed.set()

    def on_connection(self, socket: ChatSocket | None) -> None:
        self.sockets.append(socket)
        self._changed.set()

    def wants(self, chat_id: int) -> bool:
        return self.wanted

    @property
    def socket(self) -> ChatSocket | None:
        return self.sockets[-1] if self.sockets else None

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(WAIT_S):
            while not condition():
                self._changed.clear()
                await self._changed.wait()


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_the_link_talks_comes_back_after_a_drop_and_ends_with_the_chat(
    portal: BackgroundPortal,
) -> None:
    async with (
        await signed_in(portal) as customer,
        await signed_in(portal, STAFF_EMAIL) as agent,
    ):
        chats = customer.for_account(1).chats
        chat = await chats.open("No me llegan los correos", "Hola, ¿me ayudan?")
        heard = Recorder()
        running = asyncio.create_task(chats.live(chat.id, heard, PATIENT).run())
        await heard.until(lambda: heard.socket is not None)
        assert heard.histories[0] == ["Hola, ¿me ayudan?"]  # over REST, before the socket

        await agent.staff.chats.take(chat.id)
        await heard.until(lambda: ChatStatus.ACTIVE in heard.states)
        await agent.staff.chats.send(chat.id, "Hola, ¿qué dominio es?")
        await heard.until(lambda: "Hola, ¿qué dominio es?" in heard.lines)

        first = heard.socket
        assert first is not None
        assert await first.send("gimenezdiseno.com.ar")
        await heard.until(lambda: "gimenezdiseno.com.ar" in heard.lines)  # its echo

        await first.close()  # the connection drops
        await heard.until(lambda: heard.socket is None)  # told; opened again in 0.5 s to 1 s
        await agent.staff.chats.send(chat.id, "¿Seguís ahí?")
        await heard.until(lambda: heard.socket is not None and heard.socket is not first)
        assert any("¿Seguís ahí?" in history for history in heard.histories), (
            "what was said while down came with the history"
        )
        assert not await first.send("por el socket viejo"), "a closed socket says so"

        await agent.staff.chats.close(chat.id)
        await asyncio.wait_for(running, 10)  # the link ends with the chat
        assert heard.states[-1] is ChatStatus.CLOSED
        assert heard.socket is None
        seen = await chats.history(chat.id)
    assert [m.body for m in seen.messages] == [
        "Hola, ¿me ayudan?",
        "Hola, ¿qué dominio es?",
        "gimenezdiseno.com.ar",
        "¿Seguís ahí?",
    ]


async def test_a_link_no_longer_wanted_is_not_opened_again(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as customer:
        chats = customer.for_account(1).chats
        chat = await chats.open("Consulta")
        heard = Recorder()
        running = asyncio.create_task(chats.live(chat.id, heard, QUICK).run())
        await heard.until(lambda: heard.socket is not None)
        heard.wanted = False
        socket = heard.socket
        assert socket is not None
        await socket.close()
        await asyncio.wait_for(running, 10)
    assert heard.sockets == [socket, None]


async def test_a_chat_the_portal_refuses_ends_the_link_with_forbidden(
    portal: BackgroundPortal,
) -> None:
    async with (
        await signed_in(portal) as customer,
        await signed_in(portal, OTHER_EMAIL) as outsider,
    ):
        chat = await customer.for_account(1).chats.open("Consulta")
        # the outsider's own account: the socket refuses them someone else's chat (4404),
        # after the REST history did
        heard = Recorder()
        link = outsider.for_account(1).chats.live(chat.id, heard, QUICK)
        with pytest.raises(errors.NotFoundError):
            await asyncio.wait_for(link.run(), 10)
        assert heard.sockets == [None]
