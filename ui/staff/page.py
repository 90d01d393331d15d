"""The staff desk: its four panes, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.staff import StaffDesk

from .chat import ChatPane
from .clients import ClientsPane
from .incidents import IncidentsPane
from .tickets import TicketsPane


class StaffPage(QWidget):
    """The staff desk's four parts, one tab each."""

    open_client = Signal(object)  # ClientMatch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.clients = ClientsPane(self)
        self.tickets = TicketsPane(self)
        self.chats = ChatPane(self)
        self.incidents = IncidentsPane(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("staff_tabs")
        self.tabs.addTab(self.clients, self.tr("Clients"))
        self.tabs.addTab(self.tickets, self.tr("Ticket queue"))
        self.tabs.addTab(self.chats, self.tr("Live chat"))
        self.tabs.addTab(self.incidents, self.tr("Service status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.clients.open_requested.connect(self.open_client)
        self.tabs.currentChanged.connect(self._tab_changed)

    def bind(self, desk: StaffDesk | None) -> None:
        self.desk = desk
        for pane in (self.clients, self.tickets, self.chats, self.incidents):
            pane.bind(desk)
        if desk is not None:
            self.tickets.refresh()
            self.chats.refresh()
            self.incidents.refresh()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.chats:
            self.chats.refresh()
