"""The Support tab: my tickets (thread, reply, close), a new ticket, live chat with an agent and
the service status, each a page of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.models import TicketDetail
from app.session import AccountSession

from .chat import ChatView
from .new_ticket import NewTicketForm
from .service_status import ServiceStatusView
from .tickets import TicketsView


class SupportTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tickets = TicketsView(self)
        self.new_ticket = NewTicketForm(self)
        self.chat = ChatView(self)
        self.status = ServiceStatusView(self)
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Support"))
        self.pages.addTab(self.tickets, self.tr("My tickets"))
        self.pages.addTab(self.new_ticket, self.tr("New ticket"))
        self.pages.addTab(self.chat, self.tr("Live chat"))
        self.pages.addTab(self.status, self.tr("Service status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.new_ticket.sent.connect(self._sent)

    def bind(self, session: AccountSession | None) -> None:
        for page in (self.tickets, self.new_ticket, self.chat, self.status):
            page.bind(session)

    def refresh(self) -> None:
        current = self.pages.currentWidget()
        if current is self.tickets:
            self.tickets.refresh()
        elif current is self.status:
            self.status.refresh()

    def open_new_ticket(self) -> None:
        self.pages.setCurrentWidget(self.new_ticket)
        self.new_ticket.focus_first()

    def show_ticket(self, ticket_id: int) -> None:
        self.pages.setCurrentWidget(self.tickets)
        self.tickets.select_ticket(ticket_id)

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.tickets)
        self.tickets.focus_search()

    def _sent(self, ticket: TicketDetail) -> None:
        self.pages.setCurrentWidget(self.tickets)
        self.tickets.refresh()
