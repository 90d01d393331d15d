"""The staff desk (shown to people with the staff role): find a client and open their account,
the ticket queue (reply as staff, change status), the live chat console, and service status
incidents (post, update, resolve)."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.staff import (
    Chat,
    ChatDetail,
    ChatStatus,
    ClientMatch,
    ComponentStatus,
    Incident,
    IncidentImpact,
    IncidentStatus,
    ServiceStatusPage,
    StaffDesk,
    Ticket,
    TicketDetail,
    TicketPriority,
    TicketStatus,
)

from . import dialogs, formatting, tables
from .notice import Notice
from .table_models import ROW_ROLE, Column, ListTableModel

CONTEXT = "StaffView"

NAMES = {
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("StaffView", "Open"),
    TicketStatus.ANSWERED: QT_TRANSLATE_NOOP("StaffView", "Answered"),
    TicketStatus.CUSTOMER_REPLY: QT_TRANSLATE_NOOP("StaffView", "Customer reply"),
    TicketStatus.ON_HOLD: QT_TRANSLATE_NOOP("StaffView", "On hold"),
    TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("StaffView", "In progress"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("StaffView", "Closed"),
    TicketPriority.LOW: QT_TRANSLATE_NOOP("StaffView", "Low"),
    TicketPriority.MEDIUM: QT_TRANSLATE_NOOP("StaffView", "Medium"),
    TicketPriority.HIGH: QT_TRANSLATE_NOOP("StaffView", "High"),
    ChatStatus.WAITING: QT_TRANSLATE_NOOP("StaffView", "Waiting"),
    ChatStatus.ACTIVE: QT_TRANSLATE_NOOP("StaffView", "In conversation"),
    IncidentStatus.INVESTIGATING: QT_TRANSLATE_NOOP("StaffView", "Investigating"),
    IncidentStatus.IDENTIFIED: QT_TRANSLATE_NOOP("StaffView", "Identified"),
    IncidentStatus.MONITORING: QT_TRANSLATE_NOOP("StaffView", "Monitoring"),
    IncidentStatus.RESOLVED: QT_TRANSLATE_NOOP("StaffView", "Resolved"),
    IncidentImpact.NONE: QT_TRANSLATE_NOOP("StaffView", "No impact"),
    IncidentImpact.MINOR: QT_TRANSLATE_NOOP("StaffView", "Minor"),
    IncidentImpact.MAJOR: QT_TRANSLATE_NOOP("StaffView", "Major"),
    IncidentImpact.CRITICAL: QT_TRANSLATE_NOOP("StaffView", "Critical"),
    ComponentStatus.OPERATIONAL: QT_TRANSLATE_NOOP("StaffView", "Operational"),
    ComponentStatus.DEGRADED: QT_TRANSLATE_NOOP("StaffView", "Degraded performance"),
    ComponentStatus.PARTIAL_OUTAGE: QT_TRANSLATE_NOOP("StaffView", "Partial outage"),
    ComponentStatus.MAJOR_OUTAGE: QT_TRANSLATE_NOOP("StaffView", "Major outage"),
    ComponentStatus.MAINTENANCE: QT_TRANSLATE_NOOP("StaffView", "Maintenance"),
}
# IncidentImpact.NONE and the others share values with nothing else; ChatStatus.CLOSED is
# TicketStatus.CLOSED's text ("Closed"), and ChatStatus.ACTIVE would be "Active": named apart.
MATCHED_ON = {
    "name": QT_TRANSLATE_NOOP("StaffView", "name"),
    "email": QT_TRANSLATE_NOOP("StaffView", "e-mail"),
    "domain": QT_TRANSLATE_NOOP("StaffView", "domain"),
    "invoice": QT_TRANSLATE_NOOP("StaffView", "invoice"),
}


def name(value: str) -> str:
    """A status, priority or impact in the user's language."""
    return QCoreApplication.translate(CONTEXT, NAMES.get(value, value))  # type: ignore[call-overload]


def _when(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return formatting.date_time(value)
    return "—"


CLIENT_COLUMNS: list[Column[ClientMatch]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "Client"), lambda c: c.display_name),
    Column(QT_TRANSLATE_NOOP("StaffView", "Company"), lambda c: c.company),
    Column(QT_TRANSLATE_NOOP("StaffView", "E-mail"), lambda c: c.email),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Found by"),
        lambda c: QCoreApplication.translate(CONTEXT, MATCHED_ON.get(c.matched_on, c.matched_on)),
    ),
]
TICKET_COLUMNS: list[Column[Ticket]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "#"), lambda t: str(t.id), lambda t: t.id),
    Column(QT_TRANSLATE_NOOP("StaffView", "Subject"), lambda t: t.subject),
    Column(QT_TRANSLATE_NOOP("StaffView", "Department"), lambda t: t.department),
    Column(QT_TRANSLATE_NOOP("StaffView", "Status"), lambda t: name(t.status)),
    Column(QT_TRANSLATE_NOOP("StaffView", "Priority"), lambda t: name(t.priority)),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Last activity"),
        lambda t: _when(t.last_reply_at),
        lambda t: t.last_reply_at.timestamp(),
    ),
]
CHAT_COLUMNS: list[Column[Chat]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "#"), lambda c: str(c.id), lambda c: c.id),
    Column(QT_TRANSLATE_NOOP("StaffView", "Subject"), lambda c: c.subject),
    Column(QT_TRANSLATE_NOOP("StaffView", "Status"), lambda c: name(c.status)),
    Column(QT_TRANSLATE_NOOP("StaffView", "Agent"), lambda c: c.agent_name or "—"),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Started"),
        lambda c: _when(c.created_at),
        lambda c: c.created_at.timestamp(),
    ),
]
INCIDENT_COLUMNS: list[Column[Incident]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "Incident"), lambda i: i.title),
    Column(QT_TRANSLATE_NOOP("StaffView", "Status"), lambda i: name(i.status)),
    Column(QT_TRANSLATE_NOOP("StaffView", "Impact"), lambda i: name(i.impact)),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Started"),
        lambda i: _when(i.started_at),
        lambda i: i.started_at.timestamp(),
    ),
    Column(QT_TRANSLATE_NOOP("StaffView", "Resolved"), lambda i: _when(i.resolved_at)),
]


def _table(
    parent: QWidget,
    object_name: str,
    accessible: str,
    model: QAbstractTableModel,
    main: int = 0,
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = tables.sorted_proxy(parent, model)
    # the header's own first sort (column 0, descending), as these lists have always been shown
    sort = (0, Qt.SortOrder.DescendingOrder)
    return tables.table(
        parent, object_name, proxy, accessible=accessible, main=main, sort=sort
    ), proxy


def _selected(table: QTableView) -> object:
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def select_row(table: QTableView, predicate: object) -> bool:
    """Select the first row whose object satisfies ``predicate`` (tests and keyboard use)."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if predicate(index.data(ROW_ROLE)):  # type: ignore[operator]
            table.setCurrentIndex(index)
            table.selectRow(row)
            return True
    return False


def _thread_html(heading: str, messages: list[tuple[str, bool, str, object]]) -> str:
    parts = [f"<h3>{html.escape(heading)}</h3>"]
    for author, from_staff, body, when in messages:
        colour = "#e8f0fe" if from_staff else "#f4f4f4"
        text = html.escape(body).replace("\n", "<br>")
        parts.append(
            f"<table width='100%' cellpadding='6' style='background:{colour}; margin-bottom:6px'>"
            f"<tr><td><b>{html.escape(author)}</b> — {_when(when)}<br>{text}</td></tr></table>"
        )
    return "".join(parts)


class ClientsPane(QWidget):
    open_requested = Signal(object)  # ClientMatch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name, e-mail, domain or invoice number"))
        self.query.setAccessibleName(self.tr("Find a client"))
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAccessibleName(self.tr("Find clients"))
        self.open_button = QPushButton(self.tr("&Open account"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected client's account"))
        self.model: ListTableModel[ClientMatch] = ListTableModel(CONTEXT, CLIENT_COLUMNS, self)
        self.table, self.proxy = _table(
            self, "staff_clients_table", self.tr("Clients found"), self.model
        )
        self.notice = Notice(self)
        self.summary = QLabel(self)
        label = QLabel(self.tr("Fin&d:"), self)
        label.setBuddy(self.query)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.query.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(self._open)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.clients_found.disconnect(self._found)
            self.desk.clients_failed.disconnect(self._failed)
        self.desk = desk
        self.model.set_rows([])
        self.notice.clear()
        self.summary.clear()
        if desk is not None:
            desk.clients_found.connect(self._found)
            desk.clients_failed.connect(self._failed)

    def search(self) -> None:
        if self.desk is not None:
            self.notice.clear()
            self.desk.find_clients(self.query.text())

    def _found(self, matches: list[ClientMatch]) -> None:
        self.model.set_rows(matches)
        self.summary.setText(
            QCoreApplication.translate("StaffView", "%n client(s) found.", None, len(matches))
        )
        if matches:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.search)

    def _open_selected(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        match = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(match, ClientMatch):
            self.open_requested.emit(match)


class TicketsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self._departments: dict[int, str] = {}
        self.department = QComboBox(self)
        self.department.setAccessibleName(self.tr("Department"))
        self.department.addItem(self.tr("All departments"), 0)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show tickets with status"))
        self.status_filter.addItem(self.tr("Not closed"), "")
        for status in TicketStatus:
            self.status_filter.addItem(name(status), status.value)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the ticket queue"))
        self.model: ListTableModel[Ticket] = ListTableModel(CONTEXT, TICKET_COLUMNS, self)
        self.table, self.proxy = _table(
            self, "staff_tickets_table", self.tr("Ticket queue"), self.model, main=1
        )
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # what waits longest on top
        self.notice = Notice(self)
        self.thread_view = QTextBrowser(self)
        self.thread_view.setAccessibleName(self.tr("Ticket thread"))
        self.reply_edit = QPlainTextEdit(self)
        self.reply_edit.setAccessibleName(self.tr("Reply as staff"))
        self.reply_edit.setPlaceholderText(self.tr("Write the answer the client will receive"))
        self.reply_error = QLabel(self)
        self.reply_error.setStyleSheet("color: #c0392b")
        self.reply_button = QPushButton(self.tr("Send &reply"), self)
        self.reply_button.setAccessibleName(self.tr("Send the reply as staff"))
        self.new_status = QComboBox(self)
        self.new_status.setAccessibleName(self.tr("New status of the ticket"))
        for status in TicketStatus:
            self.new_status.addItem(name(status), status.value)
        self.status_button = QPushButton(self.tr("Change &status"), self)
        self.status_button.setAccessibleName(self.tr("Change the ticket's status"))
        self.ticket_notice = Notice(self)

        filters = QHBoxLayout()
        department_label = QLabel(self.tr("De&partment:"), self)
        department_label.setBuddy(self.department)
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_filter)
        filters.addWidget(department_label)
        filters.addWidget(self.department)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.ticket_notice)
        right_layout.addWidget(self.thread_view, 3)
        right_layout.addWidget(self.reply_edit, 1)
        right_layout.addWidget(self.reply_error)
        actions = QHBoxLayout()
        actions.addWidget(self.reply_button)
        actions.addStretch(1)
        actions.addWidget(self.new_status)
        actions.addWidget(self.status_button)
        right_layout.addLayout(actions)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.department.activated.connect(self.refresh)
        self.status_filter.activated.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.reply_button.clicked.connect(self.send_reply)
        self.status_button.clicked.connect(self.change_status)
        self._set_ticket_enabled(False)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.tickets_loaded.disconnect(self._loaded)
            self.desk.tickets_failed.disconnect(self._failed)
            self.desk.ticket_loaded.disconnect(self._ticket_loaded)
            self.desk.ticket_failed.disconnect(self._ticket_failed)
            self.desk.ticket_change_failed.disconnect(self._change_failed)
        self.desk = desk
        self.model.set_rows([])
        self.thread_view.clear()
        self.reply_edit.clear()
        self.reply_error.clear()
        self.notice.clear()
        self.ticket_notice.clear()
        self._set_ticket_enabled(False)
        if desk is not None:
            desk.tickets_loaded.connect(self._loaded)
            desk.tickets_failed.connect(self._failed)
            desk.ticket_loaded.connect(self._ticket_loaded)
            desk.ticket_failed.connect(self._ticket_failed)
            desk.ticket_change_failed.connect(self._change_failed)

    def refresh(self) -> None:
        if self.desk is None:
            return
        department = int(self.department.currentData() or 0) or None
        value = self.status_filter.currentData()
        self.notice.clear()
        self.desk.load_tickets(department, TicketStatus(value) if value else None)

    def _loaded(self, tickets: list[Ticket]) -> None:
        current = _selected(self.table)
        self.model.set_rows(tickets)
        for ticket in tickets:
            if ticket.department_id not in self._departments:
                self._departments[ticket.department_id] = ticket.department
                self.department.addItem(ticket.department, ticket.department_id)
        if isinstance(current, Ticket):
            select_row(self.table, lambda t: isinstance(t, Ticket) and t.id == current.id)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ticket = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(ticket, Ticket) and self.desk is not None:
            if self.desk.ticket is None or self.desk.ticket.id != ticket.id:
                self.reply_edit.clear()
            self.reply_error.clear()
            self.ticket_notice.clear()
            self.desk.open_ticket(ticket.id)

    def _ticket_loaded(self, ticket: TicketDetail) -> None:
        heading = f"#{ticket.id} {ticket.subject} — {name(ticket.status)}"
        self.thread_view.setHtml(
            _thread_html(
                heading,
                [(m.author_name, m.from_staff, m.body, m.created_at) for m in ticket.messages],
            )
        )
        self.thread_view.verticalScrollBar().setValue(
            self.thread_view.verticalScrollBar().maximum()
        )
        index = self.new_status.findData(ticket.status.value)
        if index >= 0:
            self.new_status.setCurrentIndex(index)
        self._set_ticket_enabled(True)

    def _ticket_failed(self, text: str) -> None:
        self.ticket_notice.show_error(text)

    def _change_failed(self, text: str) -> None:
        self._set_ticket_enabled(True)
        self.ticket_notice.show_error(text)

    def _set_ticket_enabled(self, enabled: bool) -> None:
        for widget in (self.reply_edit, self.reply_button, self.new_status, self.status_button):
            widget.setEnabled(enabled)

    def send_reply(self) -> None:
        desk = self.desk
        ticket = desk.ticket if desk else None
        if desk is None or ticket is None:
            return
        text = self.reply_edit.toPlainText().strip()
        if not text:
            self.reply_error.setText(self.tr("Write the reply first."))
            return
        self.reply_error.clear()
        self._set_ticket_enabled(False)
        desk.ticket_loaded.connect(self._sent, Qt.ConnectionType.SingleShotConnection)
        desk.reply(ticket.id, text)

    def _sent(self, _ticket: TicketDetail) -> None:
        self.reply_edit.clear()

    def change_status(self) -> None:
        desk = self.desk
        ticket = desk.ticket if desk else None
        if desk is None or ticket is None:
            return
        status = TicketStatus(self.new_status.currentData())
        if status == ticket.status:
            return
        self._set_ticket_enabled(False)
        desk.set_ticket_status(ticket.id, status)


class ChatPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.model: ListTableModel[Chat] = ListTableModel(CONTEXT, CHAT_COLUMNS, self)
        self.table, self.proxy = _table(
            self,
            "staff_chats_table",
            self.tr("Chats waiting or in conversation"),
            self.model,
            main=1,
        )
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the chat queue"))
        self.take_button = QPushButton(self.tr("&Take chat"), self)
        self.take_button.setAccessibleName(self.tr("Take the selected chat"))
        self.transcript = QTextBrowser(self)
        self.transcript.setAccessibleName(self.tr("Chat conversation"))
        self.message = QLineEdit(self)
        self.message.setAccessibleName(self.tr("Message to the client"))
        self.message.setPlaceholderText(self.tr("Write a message and press Enter"))
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.close_button = QPushButton(self.tr("&End chat"), self)
        self.close_button.setAccessibleName(self.tr("End the chat"))
        self.notice = Notice(self)
        self.chat_notice = Notice(self)

        queue_buttons = QHBoxLayout()
        queue_buttons.addWidget(self.refresh_button)
        queue_buttons.addStretch(1)
        queue_buttons.addWidget(self.take_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(queue_buttons)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chat_notice)
        right_layout.addWidget(self.transcript, 1)
        line = QHBoxLayout()
        line.addWidget(self.message, 1)
        line.addWidget(self.send_button)
        line.addWidget(self.close_button)
        right_layout.addLayout(line)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.refresh_button.clicked.connect(self.refresh)
        self.take_button.clicked.connect(self.take)
        self.send_button.clicked.connect(self.send)
        self.message.returnPressed.connect(self.send)
        self.close_button.clicked.connect(self.end_chat)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._set_chat_enabled(None)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.chats_loaded.disconnect(self._loaded)
            self.desk.chats_failed.disconnect(self._failed)
            self.desk.chat_loaded.disconnect(self._chat_loaded)
            self.desk.chat_failed.disconnect(self._chat_failed)
            self.desk.leave_chat()
        self.desk = desk
        self.model.set_rows([])
        self.transcript.clear()
        self.message.clear()
        self.notice.clear()
        self.chat_notice.clear()
        self._set_chat_enabled(None)
        if desk is not None:
            desk.chats_loaded.connect(self._loaded)
            desk.chats_failed.connect(self._failed)
            desk.chat_loaded.connect(self._chat_loaded)
            desk.chat_failed.connect(self._chat_failed)

    def refresh(self) -> None:
        if self.desk is not None:
            self.notice.clear()
            self.desk.load_chats()

    def _loaded(self, chats: list[Chat]) -> None:
        current = _selected(self.table)
        self.model.set_rows(chats)
        if isinstance(current, Chat):
            select_row(self.table, lambda c: isinstance(c, Chat) and c.id == current.id)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chat = current.data(ROW_ROLE) if current.isValid() else None
        desk = self.desk
        if (
            isinstance(chat, Chat)
            and desk is not None
            and (desk.chat is None or desk.chat.id != chat.id)
        ):
            self.chat_notice.clear()
            desk.open_chat(chat.id)

    def _chat_loaded(self, chat: ChatDetail) -> None:
        heading = f"#{chat.id} {chat.subject} — {name(chat.status)}"
        self.transcript.setHtml(
            _thread_html(
                heading,
                [(m.author_name, m.from_staff, m.body, m.created_at) for m in chat.messages],
            )
        )
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._set_chat_enabled(chat)

    def _chat_failed(self, text: str) -> None:
        self.chat_notice.show_error(text)
        desk = self.desk
        self._set_chat_enabled(desk.chat if desk else None)

    def _set_chat_enabled(self, chat: ChatDetail | None) -> None:
        live = chat is not None and chat.status is not ChatStatus.CLOSED
        mine = live and chat is not None and chat.status is ChatStatus.ACTIVE
        self.take_button.setEnabled(chat is not None and chat.status is ChatStatus.WAITING)
        self.message.setEnabled(mine)
        self.send_button.setEnabled(mine)
        self.close_button.setEnabled(live)

    def take(self) -> None:
        desk = self.desk
        chat = _selected(self.table)
        if desk is not None and isinstance(chat, Chat):
            desk.take_chat(chat.id)

    def send(self) -> None:
        desk = self.desk
        text = self.message.text().strip()
        if desk is None or desk.chat is None or not text:
            return
        desk.send_chat(desk.chat.id, text)
        self.message.clear()

    def end_chat(self) -> None:
        desk = self.desk
        if desk is None or desk.chat is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("End chat"),
            self.tr(
                "End this chat? The client can no longer write in it; the conversation is kept."
            ),
            self.tr("&End chat"),
        ):
            return
        desk.close_chat(desk.chat.id)


class IncidentsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: StaffDesk | None = None
        self.model: ListTableModel[Incident] = ListTableModel(CONTEXT, INCIDENT_COLUMNS, self)
        self.table, self.proxy = _table(
            self, "staff_incidents_table", self.tr("Incidents"), self.model
        )
        self.notice = Notice(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the service status"))

        # a new incident
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Incident title"))
        self.impact = QComboBox(self)
        self.impact.setAccessibleName(self.tr("Impact"))
        for impact in IncidentImpact:
            self.impact.addItem(name(impact), impact.value)
        self.impact.setCurrentIndex(1)
        self.components = QListWidget(self)
        self.components.setAccessibleName(self.tr("Affected components"))
        self.components.setMaximumHeight(110)
        self.component_status = QComboBox(self)
        self.component_status.setAccessibleName(self.tr("Status of the affected components"))
        self.component_status.addItem(self.tr("Leave as they are"), "")
        for status in ComponentStatus:
            self.component_status.addItem(name(status), status.value)
        self.first_message = QPlainTextEdit(self)
        self.first_message.setAccessibleName(self.tr("What is happening"))
        self.first_message.setMaximumHeight(70)
        self.post_button = QPushButton(self.tr("&Post incident"), self)
        self.post_button.setAccessibleName(self.tr("Post the incident on the status page"))
        self.form_error = QLabel(self)
        self.form_error.setStyleSheet("color: #c0392b")

        # an update to the selected one
        self.update_status = QComboBox(self)
        self.update_status.setAccessibleName(self.tr("New status of the incident"))
        for step in IncidentStatus:
            self.update_status.addItem(name(step), step.value)
        self.update_message = QLineEdit(self)
        self.update_message.setAccessibleName(self.tr("Update message"))
        self.update_button = QPushButton(self.tr("&Add update"), self)
        self.update_button.setAccessibleName(self.tr("Add the update to the selected incident"))
        self.resolve_button = QPushButton(self.tr("Re&solve"), self)
        self.resolve_button.setAccessibleName(self.tr("Resolve the selected incident"))
        self.update_error = QLabel(self)
        self.update_error.setStyleSheet("color: #c0392b")

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Impact:"), self.impact)
        form.addRow(self.tr("&Components:"), self.components)
        form.addRow(self.tr("Component stat&us:"), self.component_status)
        form.addRow(self.tr("&Message:"), self.first_message)
        form.addRow("", self.post_button)
        form.addRow("", self.form_error)
        update = QHBoxLayout()
        update.addWidget(self.update_status)
        update.addWidget(self.update_message, 1)
        update.addWidget(self.update_button)
        update.addWidget(self.resolve_button)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(self.tr("Open incidents and those resolved in the last 14 days"), self)
        )
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(update)
        left_layout.addWidget(self.update_error)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>New incident</b>"), self))
        right_layout.addLayout(form)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.refresh_button.clicked.connect(self.refresh)
        self.post_button.clicked.connect(self.post)
        self.update_button.clicked.connect(self.add_update)
        self.resolve_button.clicked.connect(self.resolve)

    def bind(self, desk: StaffDesk | None) -> None:
        if self.desk is not None:
            self.desk.status_loaded.disconnect(self._loaded)
            self.desk.status_failed.disconnect(self._failed)
            self.desk.incident_saved.disconnect(self._saved)
            self.desk.incident_failed.disconnect(self._save_failed)
        self.desk = desk
        self.model.set_rows([])
        self.components.clear()
        self.notice.clear()
        self.form_error.clear()
        self.update_error.clear()
        if desk is not None:
            desk.status_loaded.connect(self._loaded)
            desk.status_failed.connect(self._failed)
            desk.incident_saved.connect(self._saved)
            desk.incident_failed.connect(self._save_failed)

    def refresh(self) -> None:
        if self.desk is not None:
            self.notice.clear()
            self.desk.load_status()

    def _loaded(self, page: ServiceStatusPage) -> None:
        current = _selected(self.table)
        checked = self.checked_components()
        self.model.set_rows(page.incidents)
        self.components.clear()
        for component in page.components:
            item = QListWidgetItem(f"{component.name} ({name(component.status)})", self.components)
            item.setData(Qt.ItemDataRole.UserRole, component.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = component.id in checked
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        if isinstance(current, Incident):
            select_row(self.table, lambda i: isinstance(i, Incident) and i.id == current.id)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    def checked_components(self) -> list[int]:
        found = []
        for row in range(self.components.count()):
            item = self.components.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def post(self) -> None:
        desk = self.desk
        if desk is None:
            return
        self.form_error.clear()
        self._pending = "post"
        value = self.component_status.currentData()
        desk.post_incident(
            self.title.text(),
            IncidentImpact(self.impact.currentData()),
            self.first_message.toPlainText(),
            self.checked_components(),
            ComponentStatus(value) if value else None,
        )

    def add_update(self) -> None:
        self._update(IncidentStatus(self.update_status.currentData()))

    def resolve(self) -> None:
        if not self.update_message.text().strip():
            self.update_message.setText(self.tr("Resolved."))
        self._update(IncidentStatus.RESOLVED)

    def _update(self, status: IncidentStatus) -> None:
        desk = self.desk
        incident = _selected(self.table)
        self.update_error.clear()
        if desk is None:
            return
        if not isinstance(incident, Incident):
            self.update_error.setText(self.tr("Select an incident first."))
            return
        self._pending = "update"
        desk.update_incident(incident.id, status, self.update_message.text())

    _pending = ""

    def _saved(self, incident: Incident) -> None:
        if self._pending == "post":
            self.title.clear()
            self.first_message.clear()
        else:
            self.update_message.clear()
        self._pending = ""
        self.form_error.clear()
        self.update_error.clear()

    def _save_failed(self, text: str, fields: dict[str, str]) -> None:
        target = self.form_error if self._pending == "post" else self.update_error
        detail = "\n".join(fields.values())
        target.setText(f"{text}\n{detail}" if detail else text)


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
