"""The staff desk, for people with the staff role: find a client, the ticket queue (reply as
staff, change status), the live chat console (waiting chats, take, talk, close) and the service
status incidents (post, update, resolve).

One ``StaffDesk`` per signed-in staff person; everything goes through ``PortalClient.staff`` and
the public status page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from api_client import PortalClient
from api_client.models import (
    AccountAccess,
    Chat,
    ChatDetail,
    ChatMessage,
    ChatStatus,
    ClientMatch,
    ComponentStatus,
    Incident,
    IncidentChange,
    IncidentCreate,
    IncidentImpact,
    IncidentStatus,
    Permission,
    ServiceStatusPage,
    Ticket,
    TicketDetail,
    TicketPriority,
    TicketStatus,
)

from .i18n import QT_TRANSLATE_NOOP
from .idempotency import PendingKeys, fingerprint
from .messages import MessageBridge
from .portal_codes import PortalCodes
from .tasks import TaskRunner

# The wire types the staff views read, handed to ``ui`` from here (ui never imports api_client).
__all__ = [
    "Chat",
    "ChatDetail",
    "ChatStatus",
    "ClientMatch",
    "ComponentStatus",
    "Incident",
    "IncidentImpact",
    "IncidentStatus",
    "ServiceStatusPage",
    "StaffDesk",
    "Ticket",
    "TicketDetail",
    "TicketPriority",
    "TicketStatus",
]

log = logging.getLogger("clientdesk.staff")

CONTEXT = "StaffDesk"
CHAT_POLL_MS = 2000  # an open chat is re-read this often (new messages from the client)

# The portal's business error codes of the staff desk, as a person reads them.
CODES = {
    "staff_only": QT_TRANSLATE_NOOP("StaffDesk", "Only staff can do this."),
    "chat_taken": QT_TRANSLATE_NOOP("StaffDesk", "Another agent has already taken this chat."),
    "chat_closed": QT_TRANSLATE_NOOP("StaffDesk", "This chat has ended."),
    "chat_not_taken": QT_TRANSLATE_NOOP("StaffDesk", "Take the chat before writing in it."),
    "unknown_component": QT_TRANSLATE_NOOP("StaffDesk", "One of the components does not exist."),
}

_PORTAL_CODES = PortalCodes(CONTEXT, CODES, CODES)


class StaffDesk(QObject):
    clients_found = Signal(list)  # list[ClientMatch]
    clients_failed = Signal(str)
    tickets_loaded = Signal(list)  # list[Ticket]
    tickets_failed = Signal(str)
    ticket_loaded = Signal(object)  # TicketDetail (opened, answered or moved)
    ticket_failed = Signal(str)
    ticket_change_failed = Signal(str)
    chats_loaded = Signal(list)  # list[Chat]
    chats_failed = Signal(str)
    chat_loaded = Signal(object)  # ChatDetail (taken, re-read, closed)
    chat_failed = Signal(str)
    chat_message_sent = Signal(object)  # ChatMessage
    status_loaded = Signal(object)  # ServiceStatusPage
    status_failed = Signal(str)
    incident_saved = Signal(object)  # Incident
    incident_failed = Signal(str, dict)  # message, {field: text}

    def __init__(
        self, client: PortalClient, messages: MessageBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.runner = TaskRunner(messages, self)
        self.tickets: list[Ticket] = []
        self.ticket: TicketDetail | None = None
        self.chats: list[Chat] = []
        self.chat: ChatDetail | None = None
        self.status: ServiceStatusPage | None = None
        self._ticket_filter: tuple[int | None, TicketStatus | None] = (None, None)
        self._pending = PendingKeys()  # Idempotency-Keys of changes not known to be done
        self._chat_timer = QTimer(self)
        self._chat_timer.setInterval(CHAT_POLL_MS)
        self._chat_timer.timeout.connect(self._poll_chat)

    # ---- clients ------------------------------------------------------------------------------

    def find_clients(self, text: str) -> None:
        """Clients whose name, company, e-mail, domain or invoice number contains ``text``."""
        query = text.strip()
        if len(query) < 2:
            self.clients_failed.emit(
                QCoreApplication.translate("StaffDesk", "Type at least 2 characters.")
            )
            return
        self.runner.run(
            "clients",
            self.client.staff.find_clients(query),
            self.clients_found.emit,
            lambda exc: self.clients_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    # ---- tickets ------------------------------------------------------------------------------

    def load_tickets(
        self, department_id: int | None = None, status: TicketStatus | None = None
    ) -> None:
        """The queue (oldest activity first); without a status, every ticket not Closed."""
        self._ticket_filter = (department_id, status)
        self.runner.run(
            "tickets",
            self.client.staff.tickets(department_id=department_id, status=status),
            self._tickets_arrived,
            lambda exc: self.tickets_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def reload_tickets(self) -> None:
        self.load_tickets(*self._ticket_filter)

    def _tickets_arrived(self, tickets: list[Ticket]) -> None:
        self.tickets = tickets
        self.tickets_loaded.emit(tickets)

    def open_ticket(self, ticket_id: int) -> None:
        self.runner.run(
            "ticket",
            self.client.staff.ticket(ticket_id),
            self._ticket_arrived,
            lambda exc: self.ticket_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _ticket_arrived(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        self.ticket_loaded.emit(ticket)

    def reply(self, ticket_id: int, message: str) -> None:
        """Answer as staff (the ticket becomes Answered); a Retry after a lost answer reuses
        the reply's Idempotency-Key, so the answer is added once."""
        what = fingerprint("staff-reply", ticket_id, message)
        key = self._pending.key(what)

        def replied(ticket: TicketDetail) -> None:
            self._pending.done(what)
            self._ticket_changed(ticket)

        def failed(exc: BaseException) -> None:
            self._pending.failed(what, exc)
            self.ticket_change_failed.emit(_PORTAL_CODES.explain(exc))

        self.runner.run(
            "ticket-change",
            self.client.staff.reply(ticket_id, message, idempotency_key=key),
            replied,
            failed,
        )

    def set_ticket_status(self, ticket_id: int, status: TicketStatus) -> None:
        self.runner.run(
            "ticket-change",
            self.client.staff.set_ticket_status(ticket_id, status),
            self._ticket_changed,
            lambda exc: self.ticket_change_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _ticket_changed(self, ticket: TicketDetail) -> None:
        self._ticket_arrived(ticket)
        self.reload_tickets()

    # ---- live chat ----------------------------------------------------------------------------

    def load_chats(self) -> None:
        """Chats not closed: the waiting ones and those being answered."""
        self.runner.run(
            "chats",
            self.client.staff.chats.queue(),
            self._chats_arrived,
            lambda exc: self.chats_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _chats_arrived(self, chats: list[Chat]) -> None:
        self.chats = chats
        self.chats_loaded.emit(chats)

    def open_chat(self, chat_id: int) -> None:
        self.runner.run(
            "chat",
            self.client.staff.chats.history(chat_id),
            self._chat_arrived,
            lambda exc: self.chat_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def take_chat(self, chat_id: int) -> None:
        self.runner.run(
            "chat",
            self.client.staff.chats.take(chat_id),
            self._chat_changed,
            lambda exc: self.chat_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def send_chat(self, chat_id: int, body: str) -> None:
        what = fingerprint("staff-chat-line", chat_id, body)
        key = self._pending.key(what)

        def sent(message: ChatMessage) -> None:
            self._pending.done(what)
            self._chat_sent(message)

        def failed(exc: BaseException) -> None:
            self._pending.failed(what, exc)
            self.chat_failed.emit(_PORTAL_CODES.explain(exc))

        self.runner.run(
            "chat-send",
            self.client.staff.chats.send(chat_id, body, idempotency_key=key),
            sent,
            failed,
        )

    def close_chat(self, chat_id: int) -> None:
        self.runner.run(
            "chat",
            self.client.staff.chats.close(chat_id),
            self._chat_changed,
            lambda exc: self.chat_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _chat_arrived(self, chat: ChatDetail) -> None:
        self.chat = chat
        # while the chat is live, its new messages are fetched every few seconds
        if chat.status is ChatStatus.CLOSED:
            self._chat_timer.stop()
        else:
            self._chat_timer.start()
        self.chat_loaded.emit(chat)

    def _chat_changed(self, chat: ChatDetail) -> None:
        self._chat_arrived(chat)
        self.load_chats()

    def _chat_sent(self, message: ChatMessage) -> None:
        self.chat_message_sent.emit(message)
        if self.chat is not None:
            self.open_chat(self.chat.id)

    def _poll_chat(self) -> None:
        chat = self.chat
        if chat is None or self.runner.running("chat") or self.runner.running("chat-send"):
            return
        self.open_chat(chat.id)

    def leave_chat(self) -> None:
        self.chat = None
        self._chat_timer.stop()

    # ---- service status -----------------------------------------------------------------------

    def load_status(self) -> None:
        self.runner.run(
            "status",
            self.client.public.status(),
            self._status_arrived,
            lambda exc: self.status_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _status_arrived(self, page: ServiceStatusPage) -> None:
        self.status = page
        self.status_loaded.emit(page)

    def post_incident(
        self,
        title: str,
        impact: IncidentImpact,
        message: str,
        component_ids: list[int],
        component_status: ComponentStatus | None,
    ) -> None:
        try:
            incident = IncidentCreate(
                title=title,
                impact=impact,
                message=message,
                component_ids=component_ids,
                component_status=component_status,
            )
        except ValueError:
            self.incident_failed.emit(
                QCoreApplication.translate("StaffDesk", "Write a title and a message."), {}
            )
            return
        self._save_incident(
            fingerprint("incident", incident.model_dump(mode="json")),
            lambda key: self.client.staff.post_incident(incident, idempotency_key=key),
        )

    def update_incident(
        self,
        incident_id: int,
        status: IncidentStatus,
        message: str,
        component_status: ComponentStatus | None = None,
    ) -> None:
        """Add an update; status Resolved resolves it (its components go back to Operational)."""
        try:
            change = IncidentChange(
                status=status, message=message, component_status=component_status
            )
        except ValueError:
            self.incident_failed.emit(
                QCoreApplication.translate("StaffDesk", "Write a message."), {}
            )
            return
        self._save_incident(
            fingerprint("incident-update", incident_id, change.model_dump(mode="json")),
            lambda key: self.client.staff.update_incident(incident_id, change, idempotency_key=key),
        )

    def _save_incident(
        self, what: str, send: Callable[[str], Coroutine[Any, Any, Incident]]
    ) -> None:
        """One key per incident or update meant: a Retry after a lost answer adds it once."""
        key = self._pending.key(what)

        def saved(incident: Incident) -> None:
            self._pending.done(what)
            self._incident_saved(incident)

        def failed(exc: BaseException) -> None:
            self._pending.failed(what, exc)
            self._incident_failed(exc)

        self.runner.run("incident", send(key), saved, failed)

    def _incident_saved(self, incident: Incident) -> None:
        self.incident_saved.emit(incident)
        self.load_status()

    def _incident_failed(self, exc: BaseException) -> None:
        self.incident_failed.emit(_PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc))

    @staticmethod
    def access_for(match: ClientMatch) -> AccountAccess:
        """How staff reach a client's account they found: every permission (the portal's rule)."""
        return AccountAccess(
            id=match.id,
            display_name=match.display_name,
            company=match.company,
            email=match.email,
            is_owner=False,
            permissions=list(Permission),
        )

    def stop(self) -> None:
        self._chat_timer.stop()
        self.runner.cancel_all()
