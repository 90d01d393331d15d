"""The staff desk's ticket queue: the tickets waiting, a ticket's thread, a reply as staff, a change
of status, department or priority."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.staff import StaffDesk, Ticket, TicketDetail, TicketStatus

from ..notice import Notice
from ..table_models import ROW_ROLE, Column, ListTableModel
from .common import CONTEXT, name, select_row, selected, table_of, thread_html, when

TICKET_COLUMNS: list[Column[Ticket]] = [
    Column(QT_TRANSLATE_NOOP("StaffView", "#"), lambda t: str(t.id), lambda t: t.id),
    Column(QT_TRANSLATE_NOOP("StaffView", "Subject"), lambda t: t.subject),
    Column(QT_TRANSLATE_NOOP("StaffView", "Department"), lambda t: t.department),
    Column(QT_TRANSLATE_NOOP("StaffView", "Status"), lambda t: name(t.status)),
    Column(QT_TRANSLATE_NOOP("StaffView", "Priority"), lambda t: name(t.priority)),
    Column(
        QT_TRANSLATE_NOOP("StaffView", "Last activity"),
        lambda t: when(t.last_reply_at),
        lambda t: t.last_reply_at.timestamp(),
    ),
]


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
        self.table, self.proxy = table_of(
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
        current = selected(self.table)
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
            thread_html(
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
