"""Support as a person uses it: a new ticket with attachments (picker and drag-and-drop), the
limits checked before sending, the draft that survives an unreachable portal and a restart, the
ticket list and thread, a reply (drafted too), closing, the service status, and the keyboard.
Each test checks what the portal then holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import ui.dialogs
from api_client import PortalClient
from api_client.models import ComponentStatus, IncidentCreate, IncidentImpact, TicketStatus
from app.tickets import Tickets
from portal.demo import DEMO_PASSWORD, STAFF_EMAIL
from portal.server import BackgroundPortal
from portal.tables import (
    StatusComponentRow,
    TicketAttachmentRow,
    TicketMessageRow,
    TicketRow,
)
from ui.new_ticket import NewTicketForm
from ui.tickets import TicketsView

from .conftest import Desktop, make_desktop
from .test_client_area import sign_in

FEED = {"events-feed", "chat-socket"}  # tasks that run as long as the account is open
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def open_support(desktop: Desktop, qtbot: QtBot, url: str) -> None:
    sign_in(desktop, qtbot, url)
    desktop.window.tabs.setCurrentWidget(desktop.window.support_tab)
    idle(desktop)


def open_form(desktop: Desktop, qtbot: QtBot, url: str) -> NewTicketForm:
    open_support(desktop, qtbot, url)
    support = desktop.window.support_tab
    support.pages.setCurrentWidget(support.new_ticket)
    form = support.new_ticket
    desktop.wait_until(lambda: form.department.count() > 0 and form.service.count() > 1)
    idle(desktop)
    return form


def drop_files(widget: Any, paths: list[Path]) -> None:
    """Drag files from the file manager and drop them on ``widget`` (the handlers Qt calls: a
    real drag cannot be started on the offscreen platform)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),  # a drag enters at a whole pixel; a drop lands at a QPointF
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dragEnterEvent(enter)
    assert enter.isAccepted(), "the form takes files"
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(drop)


def idle(desktop: Desktop) -> None:
    """Wait until the loads started by the last step are done (the events feed waits forever):
    what a person sees before acting, and no task resumes outside the loop while Qt is driven."""
    session = desktop.area.account
    assert session is not None
    desktop.wait_until(lambda: set(session.runner._tasks) <= FEED)


def fill(form: NewTicketForm, qtbot: QtBot, subject: str, message: str) -> None:
    form.department.setCurrentIndex(form.department.findText("Facturación"))
    form.service.setCurrentIndex(1)
    form.priority.setCurrentIndex(form.priority.findData("High"))
    qtbot.keyClicks(form.subject, subject)
    qtbot.keyClicks(form.message, message)


def draft_file(desktop: Desktop, what: str = "new-ticket") -> Path:
    session = desktop.area.account
    assert session is not None
    path = session.part(Tickets).draft_path(what)
    assert path is not None
    return path


def tickets_of(portal: BackgroundPortal, subject: str) -> list[TicketRow]:
    with portal.app.state.database.sessions() as db:
        return list(db.scalars(select(TicketRow).where(TicketRow.subject == subject)))


def test_new_ticket_with_attachments_reaches_the_portal(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screenshot = tmp_path / "error.png"
    screenshot.write_bytes(PNG)
    log = tmp_path / "mail.log"
    log.write_text("550 relay denied\n", encoding="utf-8")
    monkeypatch.setattr(ui.dialogs, "open_files", lambda *a, **k: [str(screenshot)])

    form = open_form(desktop, qtbot, portal.url)
    fill(form, qtbot, "Error 550 al enviar", "Adjunto captura y el log.")
    form.attachments.attach_button.click()
    drop_files(form, [log])
    assert form.attachments.paths() == [str(screenshot), str(log)]
    service_id = form.service.currentData()
    form.send_button.click()
    desktop.wait_until(lambda: tickets_of(portal, "Error 550 al enviar"))
    desktop.wait_until(lambda: form.status.text().startswith("Ticket #"))

    (ticket,) = tickets_of(portal, "Error 550 al enviar")
    assert (ticket.priority, ticket.status, ticket.service_id) == ("High", "Open", service_id)
    with portal.app.state.database.sessions() as db:
        message = db.scalar(select(TicketMessageRow).where(TicketMessageRow.ticket_id == ticket.id))
        assert message is not None and message.body == "Adjunto captura y el log."
        files = {
            a.filename: a.data
            for a in db.scalars(
                select(TicketAttachmentRow).where(TicketAttachmentRow.message_id == message.id)
            )
        }
    assert files == {"error.png": PNG, "mail.log": b"550 relay denied\n"}
    assert not draft_file(desktop).exists(), "the draft is gone once the portal has the ticket"
    assert form.subject.text() == ""
    tickets = desktop.window.support_tab.tickets
    assert desktop.window.support_tab.pages.currentWidget() is tickets
    desktop.wait_until(lambda: any(t.id == ticket.id for t in tickets.model.rows()))


def test_files_the_portal_would_refuse_are_not_attached(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, tmp_path: Path
) -> None:
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    big = tmp_path / "huge.png"
    big.write_bytes(PNG + b"\0" * (2 * 1024 * 1024))
    form = open_form(desktop, qtbot, portal.url)
    drop_files(form, [program, big])
    assert form.attachments.paths() == []
    error = form.attachments.error.text()
    assert "setup.exe: only png, jpg, pdf, txt, log and zip" in error
    assert "huge.png: each file can be 2 MB at most" in error
    small = [tmp_path / f"note{i}.txt" for i in range(6)]
    for path in small:
        path.write_text("x", encoding="utf-8")
    drop_files(form, small)
    assert len(form.attachments.paths()) == 5
    assert "note5.txt: at most 5 files per message" in form.attachments.error.text()
    # Nothing typed: the send is refused on the form, before the portal, with the fields marked.
    form.send_button.click()
    assert form.errors["subject"].text() == "This field is required."
    assert form.errors["message"].text() == "This field is required."
    assert tickets_of(portal, "") == []


def test_draft_survives_an_unreachable_portal_and_a_restart(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    portal_app: Any,
    tmp_path: Path,
    loop: Any,
) -> None:
    attachment = tmp_path / "factura.pdf"
    attachment.write_bytes(b"%PDF-1.4 test")
    form = open_form(desktop, qtbot, portal.url)
    fill(form, qtbot, "Me cobraron dos veces", "La factura de octubre esta duplicada.")
    form.attachments.add([str(attachment)])
    department = form.department.currentData()
    service = form.service.currentData()
    path = draft_file(desktop)
    desktop.wait_until(lambda: path.exists() and "duplicada" in path.read_text(encoding="utf-8"))

    port = portal.port
    portal.stop()
    form.send_button.click()
    desktop.wait_until(lambda: form.notice.isVisibleTo(form), timeout=30)
    assert form.notice.label.text().startswith("Cannot reach the portal")
    assert form.status.text() == "Not sent. Your draft is kept."
    assert form.subject.text() == "Me cobraron dos veces"
    assert form.message.toPlainText() == "La factura de octubre esta duplicada."
    assert form.attachments.paths() == [str(attachment)]
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {
        "department_id": department,
        "service_id": service,
        "priority": "High",
        "subject": "Me cobraron dos veces",
        "message": "La factura de octubre esta duplicada.",
        "attachments": [str(attachment)],
    }

    # The app closes; the portal comes back; the app starts again and finds the draft.
    desktop.close()
    again_portal = BackgroundPortal(portal_app, port=port)
    again_portal.start()
    try:
        again = make_desktop(loop, tmp_path)
        qtbot.addWidget(again.window)
        again.window.welcome.email.clear()  # the app remembers the last e-mail
        form = open_form(again, qtbot, again_portal.url)
        assert form.subject.text() == "Me cobraron dos veces"
        assert form.message.toPlainText() == "La factura de octubre esta duplicada."
        assert form.attachments.paths() == [str(attachment)]
        assert form.department.currentData() == department
        assert form.service.currentData() == service
        assert form.priority.currentData() == "High"
        assert form.status.text() == "Draft restored."
        form.send_button.click()
        again.wait_until(lambda: tickets_of(again_portal, "Me cobraron dos veces"))
        again.wait_until(lambda: not path.exists())
        again.close()
    finally:
        again_portal.stop()


def select_ticket(desktop: Desktop, view: TicketsView, subject: str) -> int:
    desktop.wait_until(lambda: any(t.subject == subject for t in view.model.rows()))
    ticket = next(t for t in view.model.rows() if t.subject == subject)
    assert view.select_ticket(ticket.id)
    desktop.wait_until(lambda: subject in view.thread_view.toPlainText())
    return ticket.id


def test_reply_is_drafted_then_added_to_the_thread(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    open_support(desktop, qtbot, portal.url)
    view = desktop.window.support_tab.tickets
    ticket_id = select_ticket(desktop, view, "No puedo enviar correos desde Outlook")
    assert "usá el puerto 465" in view.thread_view.toPlainText()
    qtbot.keyClicks(view.reply_text, "Probe con el 465 y sigue igual.")
    path = draft_file(desktop, f"reply-{ticket_id}")
    desktop.wait_until(lambda: path.exists())
    assert json.loads(path.read_text(encoding="utf-8"))["message"] == (
        "Probe con el 465 y sigue igual."
    )
    view.reply_button.click()
    desktop.wait_until(lambda: view.thread_status.text() == "Reply sent.")
    assert "Probe con el 465 y sigue igual." in view.thread_view.toPlainText()
    assert view.reply_text.toPlainText() == ""
    assert not path.exists()
    with portal.app.state.database.sessions() as db:
        ticket = db.get(TicketRow, ticket_id)
        assert ticket is not None and ticket.status == TicketStatus.CUSTOMER_REPLY
        last = db.scalars(
            select(TicketMessageRow)
            .where(TicketMessageRow.ticket_id == ticket_id)
            .order_by(TicketMessageRow.id.desc())
        ).first()
        assert last is not None and last.body == "Probe con el 465 y sigue igual."
        assert not last.from_staff


def test_close_asks_first_and_the_ticket_is_closed(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(ui.dialogs, "confirm", confirm)
    open_support(desktop, qtbot, portal.url)
    view = desktop.window.support_tab.tickets
    ticket_id = select_ticket(desktop, view, "No puedo enviar correos desde Outlook")
    view.close_button.click()
    with portal.app.state.database.sessions() as db:
        assert db.get(TicketRow, ticket_id).status != "Closed"  # type: ignore[union-attr]
    view.close_button.click()
    assert f"Close ticket #{ticket_id}" in asked[0]
    desktop.wait_until(lambda: "— Closed" in view.thread_view.toPlainText())
    assert not view.close_button.isEnabled()
    with portal.app.state.database.sessions() as db:
        assert db.get(TicketRow, ticket_id).status == "Closed"  # type: ignore[union-attr]


def test_status_filter_asks_the_portal_for_that_status(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    open_support(desktop, qtbot, portal.url)
    view = desktop.window.support_tab.tickets
    desktop.wait_until(lambda: view.model.rowCount() > 0)
    with portal.app.state.database.sessions() as db:
        answered = {
            t.id
            for t in db.scalars(
                select(TicketRow).where(TicketRow.client_id == 1, TicketRow.status == "Answered")
            )
        }
    assert answered
    view.status_filter.setCurrentIndex(view.status_filter.findData("Answered"))
    desktop.wait_until(lambda: {t.id for t in view.model.rows()} == answered)
    assert {view.model.index(r, 4).data() for r in range(view.model.rowCount())} == {"Answered"}


def test_service_status_shows_components_and_a_new_incident_on_refresh(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    open_support(desktop, qtbot, portal.url)
    support = desktop.window.support_tab
    support.pages.setCurrentWidget(support.status)
    view = support.status
    with portal.app.state.database.sessions() as db:
        components = list(db.scalars(select(StatusComponentRow).order_by(StatusComponentRow.id)))
    desktop.wait_until(lambda: view.model.rowCount() == len(components))
    assert {c.name for c in view.model.rows()} == {c.name for c in components}

    async def post_incident() -> None:
        async with PortalClient(portal.url) as staff:
            await staff.auth.login(STAFF_EMAIL, DEMO_PASSWORD)
            await staff.staff.post_incident(
                IncidentCreate(
                    title="Demoras en el correo entrante",
                    impact=IncidentImpact.MINOR,
                    message="Estamos revisando una cola de correo lenta.",
                    component_ids=[components[0].id],
                    component_status=ComponentStatus.DEGRADED,
                )
            )

    desktop.loop.run_until_complete(post_incident())
    view.refresh_button.click()
    desktop.wait_until(lambda: "Demoras en el correo entrante" in view.incidents.toPlainText())
    assert "Estamos revisando" in view.incidents.toPlainText()
    first = next(c for c in view.model.rows() if c.id == components[0].id)
    assert first.status == ComponentStatus.DEGRADED
    assert "Some systems have problems" in view.overall.text()


def test_keyboard_ctrl_n_opens_a_new_ticket_and_ctrl_f_the_search(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal
) -> None:
    sign_in(desktop, qtbot, portal.url)
    idle(desktop)
    window = desktop.window
    window.new_ticket_action.trigger()
    support = window.support_tab
    assert window.tabs.currentWidget() is support
    assert support.pages.currentWidget() is support.new_ticket
    assert window.new_ticket_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.find_action.trigger()
    assert support.pages.currentWidget() is support.tickets
    assert QApplication.focusWidget() is support.tickets.search or not window.isActiveWindow()
    desktop.wait_until(lambda: support.tickets.model.rowCount() > 1)
    qtbot.keyClicks(support.tickets.search, "outlook")
    desktop.wait_until(lambda: support.tickets.proxy.rowCount() == 1)
    shown = support.tickets.model.row_object(
        support.tickets.proxy.mapToSource(support.tickets.proxy.index(0, 0)).row()
    )
    assert shown is not None and "Outlook" in shown.subject
