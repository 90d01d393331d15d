"""Live chat: a customer opens it, an agent takes it, messages flow both ways over WebSockets
and the history is kept."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from api_client import PortalClient, errors
from api_client.models import ChatStatus
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL, STAFF_EMAIL
from portal.server import BackgroundPortal


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


def token_of(client: PortalClient) -> str:
    assert client.tokens is not None
    return client.tokens.access_token


async def receive(
    socket: ClientConnection, kind: str, *, from_staff: bool | None = None
) -> dict[str, Any]:
    """The next frame of this type; with ``from_staff``, the next message of that side (the
    echo of one's own line is skipped)."""
    while True:
        frame = json.loads(await asyncio.wait_for(socket.recv(), timeout=5))
        if frame["type"] != kind:
            continue
        if from_staff is not None and frame["message"]["from_staff"] is not from_staff:
            continue
        return frame  # type: ignore[no-any-return]


async def test_customer_and_agent_chat_live_and_the_history_is_kept(
    portal: BackgroundPortal,
) -> None:
    async with (
        await signed_in(portal) as customer,
        await signed_in(portal, STAFF_EMAIL) as agent,
    ):
        chats = customer.for_account(1).chats
        chat = await chats.open("No me llegan los correos", "Hola, ¿me ayudan?")
        assert chat.status is ChatStatus.WAITING
        assert [c.id for c in await agent.staff.chats.queue(ChatStatus.WAITING)] == [chat.id]
        url = chats.socket_url(chat.id)

        # the customer authenticates with the first frame
        async with connect(url) as customer_socket:
            await customer_socket.send(
                json.dumps({"type": "auth", "access_token": token_of(customer)})
            )
            history = await receive(customer_socket, "history")
            assert [m["body"] for m in history["chat"]["messages"]] == ["Hola, ¿me ayudan?"]

            taken = await agent.staff.chats.take(chat.id)
            assert taken.status is ChatStatus.ACTIVE
            assert (await receive(customer_socket, "taken"))["chat"]["agent_name"] == (
                "Soporte LatinHost"
            )

            # the agent authenticates with the query parameter
            async with connect(f"{url}?access_token={token_of(agent)}") as agent_socket:
                await receive(agent_socket, "history")
                await agent_socket.send(
                    json.dumps({"type": "message", "body": "Hola Laura, ¿qué casilla?"})
                )
                line = (await receive(customer_socket, "message"))["message"]
                assert line["body"] == "Hola Laura, ¿qué casilla?" and line["from_staff"]
                mine = (await receive(agent_socket, "message"))["message"]
                assert mine["id"] == line["id"]  # the sender sees its own line once stored

                await customer_socket.send(
                    json.dumps({"type": "message", "body": "ventas@gimenezdiseno.com.ar"})
                )
                line = (await receive(agent_socket, "message", from_staff=False))["message"]
                assert line["body"] == "ventas@gimenezdiseno.com.ar"

                # a line sent over REST reaches the socket too
                await chats.send(chat.id, "¡Gracias!")
                line = (await receive(agent_socket, "message", from_staff=False))["message"]
                assert line["body"] == "¡Gracias!"

                await customer_socket.send("not json")
                assert (await receive(customer_socket, "error"))["code"] == "invalid_message"

                await agent.staff.chats.close(chat.id)
                assert (await receive(customer_socket, "closed"))["chat"]["status"] == "Closed"
                await customer_socket.send(json.dumps({"type": "message", "body": "¿sigue?"}))
                assert (await receive(customer_socket, "error"))["code"] == "chat_closed"

        kept = await chats.history(chat.id)
        assert [(m.from_staff, m.body) for m in kept.messages] == [
            (False, "Hola, ¿me ayudan?"),
            (True, "Hola Laura, ¿qué casilla?"),
            (False, "ventas@gimenezdiseno.com.ar"),
            (False, "¡Gracias!"),
        ]
        assert kept.status is ChatStatus.CLOSED
        with pytest.raises(errors.ConflictError) as caught:
            await chats.send(chat.id, "hola?")
        assert caught.value.code == "chat_closed"


async def close_code(url: str) -> int | None:
    async with connect(url) as socket:
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), timeout=5)
    return closed.value.rcvd.code if closed.value.rcvd else None


async def test_the_socket_admits_only_the_chats_people(portal: BackgroundPortal) -> None:
    async with (
        await signed_in(portal) as customer,
        await signed_in(portal, OTHER_EMAIL) as outsider,
        await signed_in(portal, STAFF_EMAIL) as agent,
    ):
        chats = customer.for_account(1).chats
        chat = await chats.open("Consulta")
        url = chats.socket_url(chat.id)
        assert await close_code(url + "?access_token=nope") == 4401
        assert await close_code(f"{url}?access_token={token_of(outsider)}") == 4404
        # staff who did not take the chat
        assert await close_code(f"{url}?access_token={token_of(agent)}") == 4403
        assert (
            await close_code(chats.socket_url(99999) + f"?access_token={token_of(customer)}")
            == 4404
        )
        with pytest.raises(errors.NotFoundError):
            await outsider.for_account(1).chats.history(chat.id)
        with pytest.raises(errors.ConflictError) as caught:
            await agent.staff.chats.send(chat.id, "hola")
        assert caught.value.code == "chat_not_taken"
        with pytest.raises(errors.ForbiddenError) as forbidden:
            await customer.staff.chats.queue()
        assert forbidden.value.code == "staff_only"
