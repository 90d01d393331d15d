"""Live chat as a person uses it: start a chat, an agent (played through the staff API) takes it
and writes, the message appears in the window, the customer answers over the WebSocket, and a
dropped connection comes back with what was said meanwhile. The portal's history holds both
sides."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from api_client import PortalClient
from app.chat import LiveChat
from portal.demo import DEMO_PASSWORD, STAFF_EMAIL
from portal.server import BackgroundPortal
from portal.tables import ChatMessageRow, ChatRow
from ui.chat import ChatView

from .conftest import Desktop
from .test_support import idle, open_support


@pytest.fixture
def agent(desktop: Desktop, portal: BackgroundPortal) -> Iterator[PortalClient]:
    """A support agent signed in to the staff API (closed before pytest-qt closes the window:
    running the loop after that would delete the window under the desktop fixture)."""
    client = PortalClient(portal.url)
    desktop.loop.run_until_complete(client.auth.login(STAFF_EMAIL, DEMO_PASSWORD))
    try:
        yield client
    finally:
        if not client._t._http.is_closed:
            desktop.loop.run_until_complete(client.aclose())


def done(desktop: Desktop, agent: PortalClient) -> None:
    desktop.loop.run_until_complete(agent.aclose())


def start_chat(desktop: Desktop, qtbot: QtBot, url: str) -> tuple[ChatView, LiveChat]:
    open_support(desktop, qtbot, url)
    support = desktop.window.support_tab
    support.pages.setCurrentWidget(support.chat)
    view = support.chat
    qtbot.keyClicks(view.subject, "No me llegan los correos")
    qtbot.keyClicks(view.first_message, "Hola, desde hoy no recibo mails.")
    view.start_button.click()
    session = desktop.area.account
    assert session is not None
    chat = session.part(LiveChat)
    desktop.wait_until(lambda: chat.connected)
    assert "waiting for an agent" in view.state.text()
    assert "desde hoy no recibo mails" in view.conversation.toPlainText()
    return view, chat


def history(portal: BackgroundPortal, chat_id: int) -> list[tuple[bool, str]]:
    with portal.app.state.database.sessions() as db:
        rows = db.scalars(
            select(ChatMessageRow)
            .where(ChatMessageRow.chat_id == chat_id)
            .order_by(ChatMessageRow.id)
        )
        return [(r.from_staff, r.body) for r in rows]


def test_agent_and_customer_talk_and_the_portal_keeps_both_sides(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, agent: PortalClient
) -> None:
    view, chat = start_chat(desktop, qtbot, portal.url)
    assert chat.chat is not None
    chat_id = chat.chat.id

    desktop.loop.run_until_complete(agent.staff.chats.take(chat_id))
    desktop.wait_until(lambda: "talking with Soporte LatinHost" in view.state.text())
    desktop.loop.run_until_complete(agent.staff.chats.send(chat_id, "Hola Laura, ¿qué dominio es?"))
    desktop.wait_until(lambda: "¿qué dominio es?" in view.conversation.toPlainText())

    idle(desktop)
    qtbot.keyClicks(view.input, "gimenezdiseno.com.ar")
    view.input.returnPressed.emit()  # Enter sends
    desktop.wait_until(lambda: "gimenezdiseno.com.ar" in view.conversation.toPlainText())
    assert view.input.text() == ""
    assert history(portal, chat_id) == [
        (False, "Hola, desde hoy no recibo mails."),
        (True, "Hola Laura, ¿qué dominio es?"),
        (False, "gimenezdiseno.com.ar"),
    ]
    # what the agent sees came over the live socket, the same line once
    seen = desktop.loop.run_until_complete(agent.staff.chats.history(chat_id))
    assert [m.body for m in seen.messages][-1] == "gimenezdiseno.com.ar"
    assert view.conversation.toPlainText().count("gimenezdiseno.com.ar") == 1
    done(desktop, agent)


def test_a_dropped_connection_comes_back_with_what_was_said_meanwhile(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, agent: PortalClient
) -> None:
    view, chat = start_chat(desktop, qtbot, portal.url)
    assert chat.chat is not None
    chat_id = chat.chat.id
    desktop.loop.run_until_complete(agent.staff.chats.take(chat_id))
    socket = chat._socket
    assert socket is not None

    async def drop_and_talk() -> None:
        await socket.close()  # the connection drops (Wi-Fi gone, portal restarted, ...)
        await agent.staff.chats.send(chat_id, "¿Seguís ahí?")

    desktop.loop.run_until_complete(drop_and_talk())
    desktop.wait_until(lambda: "¿Seguís ahí?" in view.conversation.toPlainText())
    desktop.wait_until(lambda: chat.connected and chat._socket is not socket)
    assert view.connection.text() == "● connected"
    assert view.conversation.toPlainText().count("¿Seguís ahí?") == 1
    done(desktop, agent)


def test_ending_the_chat_closes_it_on_the_portal(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    view, chat = start_chat(desktop, qtbot, portal.url)
    assert chat.chat is not None
    chat_id = chat.chat.id
    idle(desktop)
    view.end_button.click()
    desktop.wait_until(lambda: "this chat has ended" in view.state.text())
    assert not view.input.isEnabled()
    with portal.app.state.database.sessions() as db:
        row = db.get(ChatRow, chat_id)
        assert row is not None and row.status == "Closed"
    view.new_button.click()
    assert view.pages.currentWidget() is view.start_page
