"""The staff desk on the demo portal, signed in as the demo staff person: find a client and open
their account, answer a ticket and change its status, take a waiting chat, talk and close it,
post and resolve an incident. Each test checks what the portal's database then holds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.staff import ChatStatus, Ticket, TicketStatus
from portal.demo import STAFF_EMAIL
from portal.server import BackgroundPortal
from portal.tables import (
    ChatMessageRow,
    ChatRow,
    ClientRow,
    IncidentRow,
    InvoiceRow,
    PersonRow,
    TicketMessageRow,
    TicketRow,
)
from ui import dialogs
from ui.staff import select_row

from .conftest import Desktop
from .test_reseller import idle, sign_in_as


def staff_desk(desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal) -> None:
    sign_in_as(desktop, qtbot, portal.url, STAFF_EMAIL)
    desks = desktop.window.desks
    assert desks.staff_view.isVisible()
    # the demo staff person reaches no account of their own: the desk is what they see
    assert desktop.window.stack.currentWidget() is desks.staff_page
    idle(desktop)


def click(desktop: Desktop, qtbot: QtBot, button: object, until: Callable[[], object]) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    idle(desktop, until)


def test_find_a_client_by_invoice_number_and_open_the_account(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    staff_desk(desktop, qtbot, portal)
    with portal.app.state.database.sessions() as db:
        number, client_id = db.execute(
            select(InvoiceRow.number, InvoiceRow.client_id)
            .where(InvoiceRow.client_id == 2)
            .limit(1)
        ).one()
        client = db.get(ClientRow, client_id)
        assert client is not None
    pane = desktop.window.desks.staff_page.clients
    qtbot.keyClicks(pane.query, number)
    click(desktop, qtbot, pane.find_button, lambda: pane.model.rowCount() == 1)
    match = pane.model.row_object(0)
    assert match is not None and match.id == client_id and match.matched_on == "invoice"
    click(
        desktop,
        qtbot,
        pane.open_button,
        lambda: desktop.area.account is not None and desktop.area.account.account_id == client_id,
    )
    assert desktop.window.stack.currentWidget() is desktop.window.tabs
    assert desktop.area.account is not None
    assert desktop.area.account.access.email == client.email
    assert desktop.window.tabs.count() >= 3  # staff hold every permission on the account


def _open_ticket(desktop: Desktop, qtbot: QtBot, ticket_id: int) -> None:
    pane = desktop.window.desks.staff_page.tickets
    idle(desktop, lambda: pane.model.rowCount() > 0)
    assert select_row(pane.table, lambda t: isinstance(t, Ticket) and t.id == ticket_id)
    desk = desktop.window.desks.staff
    assert desk is not None
    idle(desktop, lambda: desk.ticket is not None and desk.ticket.id == ticket_id)


def _open_ticket_id(portal: BackgroundPortal) -> int:
    with portal.app.state.database.sessions() as db:
        ticket = db.scalar(
            select(TicketRow.id).where(TicketRow.status != "Closed").order_by(TicketRow.id).limit(1)
        )
        assert ticket is not None
        return int(ticket)


def test_reply_to_a_ticket_as_staff(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    staff_desk(desktop, qtbot, portal)
    desktop.window.desks.staff_page.tabs.setCurrentIndex(1)
    ticket_id = _open_ticket_id(portal)
    _open_ticket(desktop, qtbot, ticket_id)
    pane = desktop.window.desks.staff_page.tickets
    qtbot.keyClicks(pane.reply_edit, "Ya reiniciamos el servicio; proba de nuevo.")
    click(desktop, qtbot, pane.reply_button, lambda: not pane.reply_edit.toPlainText())
    with portal.app.state.database.sessions() as db:
        ticket = db.get(TicketRow, ticket_id)
        assert ticket is not None and ticket.status == "Answered"
        last = db.scalar(
            select(TicketMessageRow)
            .where(TicketMessageRow.ticket_id == ticket_id)
            .order_by(TicketMessageRow.id.desc())
            .limit(1)
        )
        assert last is not None
        assert last.from_staff and last.body == "Ya reiniciamos el servicio; proba de nuevo."
        staff = db.scalar(select(PersonRow.id).where(PersonRow.email == STAFF_EMAIL))
        assert last.person_id == staff
    assert "Ya reiniciamos" in pane.thread_view.toPlainText()


def test_filter_the_queue_and_change_a_ticket_status(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    staff_desk(desktop, qtbot, portal)
    pane = desktop.window.desks.staff_page.tickets
    ticket_id = _open_ticket_id(portal)
    idle(desktop, lambda: pane.model.rowCount() > 0)
    with portal.app.state.database.sessions() as db:
        ticket_row = db.get(TicketRow, ticket_id)
        assert ticket_row is not None
        department, status = ticket_row.department_id, ticket_row.status
    # by department and status: the queue the portal answers
    pane.department.setCurrentIndex(pane.department.findData(department))
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(status))
    pane.refresh()
    idle(desktop)
    shown = [t for t in pane.model.rows()]
    assert shown and all(t.department_id == department and t.status == status for t in shown)
    assert ticket_id in {t.id for t in shown}

    _open_ticket(desktop, qtbot, ticket_id)
    pane.new_status.setCurrentIndex(pane.new_status.findData(TicketStatus.ON_HOLD.value))
    click(desktop, qtbot, pane.status_button, lambda: _status(portal, ticket_id) == "On Hold")
    desk = desktop.window.desks.staff
    assert desk is not None and desk.ticket is not None
    assert desk.ticket.status is TicketStatus.ON_HOLD


def _status(portal: BackgroundPortal, ticket_id: int) -> str:
    with portal.app.state.database.sessions() as db:
        row = db.get(TicketRow, ticket_id)
        return row.status if row else ""


def test_take_a_waiting_chat_talk_and_close_it(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    with portal.app.state.database.sessions() as db:
        laura = db.scalar(select(PersonRow).where(PersonRow.email == "laura@gimenezdiseno.com.ar"))
        assert laura is not None
        chat = ChatRow(
            client_id=1, person_id=laura.id, subject="No me llegan los correos", status="Waiting"
        )
        db.add(chat)
        db.flush()
        db.add(
            ChatMessageRow(
                chat_id=chat.id,
                person_id=laura.id,
                author_name=laura.name,
                from_staff=False,
                body="Hola, desde esta mañana no recibo correos.",
            )
        )
        db.commit()
        chat_id = chat.id
    staff_desk(desktop, qtbot, portal)
    page = desktop.window.desks.staff_page
    page.tabs.setCurrentWidget(page.chats)
    pane = page.chats
    idle(desktop, lambda: any(c.id == chat_id for c in pane.model.rows()))
    desk = desktop.window.desks.staff
    assert desk is not None
    assert select_row(pane.table, lambda c: getattr(c, "id", None) == chat_id)
    idle(desktop, lambda: desk.chat is not None and desk.chat.id == chat_id)
    assert "no recibo correos" in pane.transcript.toPlainText()
    assert pane.take_button.isEnabled() and not pane.send_button.isEnabled()

    click(desktop, qtbot, pane.take_button, lambda: pane.send_button.isEnabled())
    with portal.app.state.database.sessions() as db:
        row = db.get(ChatRow, chat_id)
        staff = db.scalar(select(PersonRow.id).where(PersonRow.email == STAFF_EMAIL))
        assert row is not None and row.agent_id == staff and row.status == "Active"

    qtbot.keyClicks(pane.message, "Hola Laura, ya lo estamos revisando.")
    click(
        desktop,
        qtbot,
        pane.send_button,
        lambda: "ya lo estamos revisando" in pane.transcript.toPlainText(),
    )
    with portal.app.state.database.sessions() as db:
        bodies = list(
            db.scalars(
                select(ChatMessageRow.body).where(
                    ChatMessageRow.chat_id == chat_id, ChatMessageRow.from_staff.is_(True)
                )
            )
        )
    assert bodies == ["Hola Laura, ya lo estamos revisando."]

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    click(
        desktop,
        qtbot,
        pane.close_button,
        lambda: desk.chat is not None and desk.chat.status is ChatStatus.CLOSED,
    )
    assert asked
    with portal.app.state.database.sessions() as db:
        row = db.get(ChatRow, chat_id)
        assert row is not None and row.status == "Closed" and row.closed_at is not None
    desk.leave_chat()


def test_post_an_incident_then_resolve_it(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    staff_desk(desktop, qtbot, portal)
    page = desktop.window.desks.staff_page
    page.tabs.setCurrentWidget(page.incidents)
    pane = page.incidents
    idle(desktop, lambda: pane.components.count() > 0)
    dns = next(
        i
        for i in range(pane.components.count())
        if pane.components.item(i).text().startswith("DNS")
    )
    pane.components.item(dns).setCheckState(Qt.CheckState.Checked)
    dns_id = int(pane.components.item(dns).data(Qt.ItemDataRole.UserRole))
    pane.component_status.setCurrentIndex(pane.component_status.findData("Partial Outage"))
    qtbot.keyClicks(pane.title, "Resolucion DNS lenta")
    qtbot.keyClicks(pane.first_message, "Algunas consultas DNS tardan varios segundos.")
    click(
        desktop,
        qtbot,
        pane.post_button,
        lambda: any(i.title == "Resolucion DNS lenta" for i in pane.model.rows()),
    )
    with portal.app.state.database.sessions() as db:
        row = db.scalar(select(IncidentRow).where(IncidentRow.title == "Resolucion DNS lenta"))
        assert row is not None and row.status == "Investigating" and row.resolved_at is None
        assert row.component_ids == str(dns_id)
        incident_id = row.id

    assert select_row(pane.table, lambda i: getattr(i, "id", None) == incident_id)
    qtbot.keyClicks(pane.update_message, "Se normalizo la resolucion.")
    click(
        desktop,
        qtbot,
        pane.resolve_button,
        lambda: any(i.id == incident_id and i.status == "Resolved" for i in pane.model.rows()),
    )
    with portal.app.state.database.sessions() as db:
        row = db.get(IncidentRow, incident_id)
        assert row is not None and row.status == "Resolved" and row.resolved_at is not None
        assert [u.message for u in row.updates][-1] == "Se normalizo la resolucion."
