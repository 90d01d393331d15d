"""Changes whose answer is lost on the way back: the portal did the work, the app shows a failure,
and the person presses Retry (or sends the kept draft again, even after a restart). The
Idempotency-Key kept with the change makes the portal replay its first answer: one ticket, one
reply, one contact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.contacts import Contacts
from app.tickets import SENDING, Tickets
from portal.server import BackgroundPortal
from portal.tables import ContactRow, TicketMessageRow
from ui.new_ticket import NewTicketForm

from .conftest import Desktop, make_desktop
from .faults import TIMED_OUT, Faults, route_through
from .test_support import fill, idle, open_form, open_support, select_ticket, tickets_of


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Faults:
    made = Faults()
    route_through(monkeypatch, made)
    return made


def tickets_path(desktop: Desktop) -> str:
    session = desktop.area.account
    assert session is not None
    return f"/accounts/{session.account_id}/tickets"


def sending_file(desktop: Desktop, what: str) -> Path:
    session = desktop.area.account
    assert session is not None
    path = session.part(Tickets).draft_path(what + SENDING)
    assert path is not None
    return path


def keys_of(faults: Faults, method: str, path: str) -> list[str | None]:
    return [s.idempotency_key for s in faults.sent if (s.method, s.path) == (method, path)]


def test_a_ticket_whose_answer_was_lost_is_opened_once_by_retry(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, faults: Faults
) -> None:
    form = open_form(desktop, qtbot, portal.url)
    fill(form, qtbot, "El correo rebota", "Los mensajes a gmail vuelven rebotados.")
    path = tickets_path(desktop)
    faults.lose = {("POST", path)}

    form.send_button.click()
    desktop.wait_until(lambda: form.notice.isVisibleTo(form))

    assert form.notice.label.text() == TIMED_OUT
    assert form.status.text() == "Not sent. Your draft is kept."
    assert len(tickets_of(portal, "El correo rebota")) == 1, "the portal has it already"
    kept = json.loads(sending_file(desktop, "new-ticket").read_text(encoding="utf-8"))
    assert kept["key"] == keys_of(faults, "POST", path)[0]

    faults.lose = set()
    form.notice.retry_button.click()
    desktop.wait_until(lambda: form.status.text().endswith(" sent."))

    assert len(tickets_of(portal, "El correo rebota")) == 1, "Retry replayed, not opened again"
    ticket = tickets_of(portal, "El correo rebota")[0]
    assert form.status.text() == f"Ticket #{ticket.id} sent."
    first, again = keys_of(faults, "POST", path)
    assert first is not None and again == first
    assert not sending_file(desktop, "new-ticket").exists()
    idle(desktop)


def test_the_key_stays_with_the_draft_through_a_restart(
    desktop: Desktop,
    qtbot: QtBot,
    portal: BackgroundPortal,
    faults: Faults,
    tmp_path: Path,
    loop: Any,
) -> None:
    form = open_form(desktop, qtbot, portal.url)
    fill(form, qtbot, "Certificado vencido", "El sitio dice que el certificado vencio.")
    path = tickets_path(desktop)
    faults.lose = {("POST", path)}
    form.send_button.click()
    desktop.wait_until(lambda: form.notice.isVisibleTo(form))
    idle(desktop)
    desktop.close()  # the app closes without knowing the ticket was opened
    faults.lose = set()

    again = make_desktop(loop, tmp_path)
    qtbot.addWidget(again.window)
    again.window.welcome.email.clear()  # the app remembers the last e-mail
    restored: NewTicketForm = open_form(again, qtbot, portal.url)
    assert restored.subject.text() == "Certificado vencido"
    restored.send_button.click()
    again.wait_until(lambda: restored.status.text().endswith(" sent."))

    assert len(tickets_of(portal, "Certificado vencido")) == 1
    first, after_restart = keys_of(faults, "POST", path)
    assert first is not None and after_restart == first
    assert not sending_file(again, "new-ticket").exists()
    idle(again)
    again.close()


def test_a_reply_whose_answer_was_lost_is_added_once(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, faults: Faults
) -> None:
    open_support(desktop, qtbot, portal.url)
    view = desktop.window.support_tab.tickets
    ticket_id = select_ticket(desktop, view, "No puedo enviar correos desde Outlook")
    qtbot.keyClicks(view.reply_text, "Sigue sin andar con el 465.")
    path = f"{tickets_path(desktop)}/{ticket_id}/replies"
    faults.lose = {("POST", path)}

    view.reply_button.click()
    desktop.wait_until(lambda: view.thread_status.text() == "Not sent. Your reply is kept.")
    assert view.reply_text.toPlainText() == "Sigue sin andar con el 465."

    faults.lose = set()
    view.reply_button.click()  # the person sends the kept reply again
    desktop.wait_until(lambda: view.thread_status.text() == "Reply sent.")

    with portal.app.state.database.sessions() as db:
        bodies = list(
            db.scalars(
                select(TicketMessageRow.body).where(
                    TicketMessageRow.ticket_id == ticket_id,
                    TicketMessageRow.body == "Sigue sin andar con el 465.",
                )
            )
        )
    assert len(bodies) == 1, "added once"
    first, again = keys_of(faults, "POST", path)
    assert first is not None and again == first
    assert view.thread_view.toPlainText().count("Sigue sin andar con el 465.") == 1
    idle(desktop)


def test_a_contact_whose_answer_was_lost_is_added_once_by_retry(
    desktop: Desktop, qtbot: QtBot, portal: BackgroundPortal, faults: Faults
) -> None:
    open_support(desktop, qtbot, portal.url)  # signed in
    session = desktop.area.account
    assert session is not None
    contacts = session.part(Contacts)
    outcomes: list[str] = []
    contacts.saved.connect(lambda _contact, text: outcomes.append(text))
    contacts.save_failed.connect(lambda text, _fields: outcomes.append(text))
    path = f"/accounts/{session.account_id}/contacts"
    values = {"first_name": "Julián", "last_name": "Paz", "email": "julian.paz@example.com"}
    faults.lose = {("POST", path)}

    contacts.add(values, [])
    desktop.wait_until(lambda: outcomes)
    assert outcomes == [TIMED_OUT]

    faults.lose = set()
    contacts.add(values, [])  # Retry: the same contact
    desktop.wait_until(lambda: len(outcomes) == 2)
    assert outcomes[1] == "Contact Julián Paz added.", "not refused as an address taken"

    with portal.app.state.database.sessions() as db:
        count = db.scalar(
            select(func.count())
            .select_from(ContactRow)
            .where(ContactRow.email == "julian.paz@example.com")
        )
    assert count == 1
    first, again = keys_of(faults, "POST", path)
    assert first is not None and again == first
    idle(desktop)
