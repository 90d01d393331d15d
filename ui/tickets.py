"""My tickets: the account's tickets filtered by status, the selected ticket's thread, a reply
(kept as a draft per ticket while typed) and closing a ticket."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import Ticket, TicketDetail, TicketPriority, TicketStatus
from app.session import AccountSession
from app.tickets import Tickets

from . import dialogs, formatting, tables
from .accessibility import StatusLabel, allow
from .attachments import DropArea
from .empty_state import empty_state
from .notice import Notice
from .table_models import Column, ListTableModel

CONTEXT = "TicketsView"

TICKET_STATUS = {
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("TicketsView", "Open"),
    TicketStatus.ANSWERED: QT_TRANSLATE_NOOP("TicketsView", "Answered"),
    TicketStatus.CUSTOMER_REPLY: QT_TRANSLATE_NOOP("TicketsView", "Customer reply"),
    TicketStatus.ON_HOLD: QT_TRANSLATE_NOOP("TicketsView", "On hold"),
    TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("TicketsView", "In progress"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("TicketsView", "Closed"),
}
TICKET_PRIORITY = {
    TicketPriority.LOW: QT_TRANSLATE_NOOP("TicketsView", "Low"),
    TicketPriority.MEDIUM: QT_TRANSLATE_NOOP("TicketsView", "Medium"),
    TicketPriority.HIGH: QT_TRANSLATE_NOOP("TicketsView", "High"),
}


def ticket_status(status: TicketStatus) -> str:
    return QCoreApplication.translate(CONTEXT, TICKET_STATUS.get(status, status))


def ticket_priority(priority: TicketPriority) -> str:
    return QCoreApplication.translate(CONTEXT, TICKET_PRIORITY.get(priority, priority))


def _when(t: Ticket) -> str:
    return formatting.date_time(t.last_reply_at)


COLUMNS: list[Column[Ticket]] = [
    Column(QT_TRANSLATE_NOOP("TicketsView", "#"), lambda t: str(t.id), lambda t: t.id),
    Column(QT_TRANSLATE_NOOP("TicketsView", "Subject"), lambda t: t.subject),
    Column(QT_TRANSLATE_NOOP("TicketsView", "Department"), lambda t: t.department),
    Column(
        QT_TRANSLATE_NOOP("TicketsView", "Priority"),
        lambda t: ticket_priority(t.priority),
        lambda t: list(TicketPriority).index(t.priority),
    ),
    Column(QT_TRANSLATE_NOOP("TicketsView", "Status"), lambda t: ticket_status(t.status)),
    Column(
        QT_TRANSLATE_NOOP("TicketsView", "Last reply"),
        _when,
        lambda t: t.last_reply_at.timestamp(),
    ),
]
SUBJECT_COLUMN = 1


def thread_html(ticket: TicketDetail, heading: str) -> str:
    parts = [f"<h3>{html.escape(heading)}</h3>"]
    for message in ticket.messages:
        when = formatting.date_time(message.created_at)
        colour = "#eaf2fb" if message.from_staff else "#f4f4f4"
        body = html.escape(message.body).replace("\n", "<br>")
        files = "".join(
            f"<div>📎 {html.escape(a.filename)} ({a.size // 1024 or 1} KB)</div>"
            for a in message.attachments
        )
        parts.append(
            f'<table width="100%" cellpadding="6" style="background:{colour}; margin-bottom:6px">'
            f"<tr><td><b>{html.escape(message.author_name)}</b> — {when}<br>{body}{files}"
            "</td></tr></table>"
        )
    return "".join(parts)


class TicketsView(DropArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AccountSession | None = None
        self._tickets: Tickets | None = None
        self._current: TicketDetail | None = None
        self._filling = False

        self.model: ListTableModel[Ticket] = ListTableModel(CONTEXT, COLUMNS, self)
        self.proxy = tables.sorted_proxy(self, self.model)
        self.proxy.setFilterKeyColumn(SUBJECT_COLUMN)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show tickets with status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status, title in TICKET_STATUS.items():
            self.status_filter.addItem(self.tr(title), status.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search subject (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search tickets by subject"))
        self.search.setClearButtonEnabled(True)
        self.notice = Notice(self)
        self.table = tables.table(
            self,
            "tickets_table",
            self.proxy,
            accessible=self.tr("Tickets"),
            main=SUBJECT_COLUMN,
            sort=(5, Qt.SortOrder.DescendingOrder),
        )
        self.empty_state = empty_state(self.table, self.tr("No tickets to show."))
        self.thread_view = QTextBrowser(self)
        self.thread_view.setAccessibleName(self.tr("Ticket thread"))
        self.thread_view.setOpenLinks(False)
        self.reply_text = QPlainTextEdit(self)
        self.reply_text.setAccessibleName(self.tr("Reply"))
        self.reply_text.setPlaceholderText(self.tr("Write your reply…"))
        self.reply_text.setTabChangesFocus(True)
        self.reply_text.setMaximumHeight(110)
        self.reply_error = QLabel(self)
        self.reply_error.setStyleSheet("color: #c0392b;")
        self.reply_error.setWordWrap(True)
        self.reply_error.hide()
        self.reply_button = QPushButton(self.tr("&Reply"), self)
        self.reply_button.setAccessibleName(self.tr("Send reply"))
        self.close_button = QPushButton(self.tr("C&lose ticket"), self)
        self.close_button.setAccessibleName(self.tr("Close ticket"))
        self.thread_status = StatusLabel(self)

        top = QHBoxLayout()
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_filter)
        top.addWidget(status_label)
        top.addWidget(self.status_filter)
        top.addWidget(self.search, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.thread_view, 1)
        right_layout.addWidget(self.reply_text)
        right_layout.addWidget(self.reply_error)
        right_layout.addWidget(self.attachments)
        buttons = QHBoxLayout()
        buttons.addWidget(self.thread_status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reply_button)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.status_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.reply_text.textChanged.connect(self._reply_changed)
        self.attachments.changed.connect(self._reply_changed)
        self.reply_button.clicked.connect(self.send_reply)
        self.close_button.clicked.connect(self.close_ticket)
        self._show_thread(None)

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        if self._tickets is not None:
            self._tickets.flush_drafts()
            t = self._tickets
            t.tickets_loaded.disconnect(self._loaded)
            t.tickets_failed.disconnect(self._failed)
            t.ticket_loaded.disconnect(self._ticket_loaded)
            t.ticket_failed.disconnect(self._ticket_failed)
            t.replied.disconnect(self._replied)
            t.reply_failed.disconnect(self._reply_failed)
            t.close_failed.disconnect(self._close_failed)
        self._session = session
        self._tickets = session.part(Tickets) if session is not None else None
        self.notice.clear()
        self.model.set_rows([])
        self._show_thread(None)
        if self._tickets is None:
            return
        t = self._tickets
        t.tickets_loaded.connect(self._loaded)
        t.tickets_failed.connect(self._failed)
        t.ticket_loaded.connect(self._ticket_loaded)
        t.ticket_failed.connect(self._ticket_failed)
        t.replied.connect(self._replied)
        t.reply_failed.connect(self._reply_failed)
        t.close_failed.connect(self._close_failed)
        self.refresh()

    def refresh(self) -> None:
        if self._tickets is not None:
            value = self.status_filter.currentData()
            self._tickets.load(TicketStatus(value) if value else None)

    def _filter(self) -> None:
        self.refresh()

    def _loaded(self, tickets: list[Ticket]) -> None:
        self.notice.clear()
        selected = self._current.id if self._current else None
        self.model.set_rows(tickets)
        if selected is not None:
            self.select_ticket(selected)

    def _failed(self, text: str) -> None:
        self.notice.show_error(text, self.refresh)

    def select_ticket(self, ticket_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            source = self.model.row_object(self.proxy.mapToSource(index).row())
            if source is not None and source.id == ticket_id:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> None:
        index = self.table.currentIndex()
        ticket = (
            self.model.row_object(self.proxy.mapToSource(index).row()) if index.isValid() else None
        )
        if ticket is None or self._tickets is None:
            return
        if self._current is None or self._current.id != ticket.id:
            self._tickets.load_ticket(ticket.id)

    # ---- the thread -----------------------------------------------------------------------

    def _ticket_loaded(self, ticket: TicketDetail) -> None:
        self._show_thread(ticket)

    def _ticket_failed(self, text: str) -> None:
        self.thread_status.say(text)

    def _show_thread(self, ticket: TicketDetail | None) -> None:
        changed = ticket is None or self._current is None or self._current.id != ticket.id
        self._current = ticket
        choose = "" if ticket is not None else self.tr("Choose a ticket in the list first.")
        for widget in (self.reply_text, self.reply_button, self.attachments):
            allow(widget, choose)
        closed = ticket is not None and ticket.status == TicketStatus.CLOSED
        allow(self.close_button, choose or (self.tr("This ticket is closed.") if closed else ""))
        if ticket is None:
            hint = self.tr("Choose a ticket to read its messages.")
            self.thread_view.setHtml(f"<p>{html.escape(hint)}</p>")
            self.thread_status.say("")
            self._fill_reply({})
            return
        heading = arg(
            self.tr("#%1 %2 — %3"), str(ticket.id), ticket.subject, ticket_status(ticket.status)
        )
        self.thread_view.setHtml(thread_html(ticket, heading))
        bar = self.thread_view.verticalScrollBar()
        bar.setValue(bar.maximum())
        if changed and self._tickets is not None:
            self.thread_status.say("")
            self._fill_reply(self._tickets.reply_draft(ticket.id))

    def _fill_reply(self, draft: dict[str, Any]) -> None:
        self._filling = True
        self.reply_text.setPlainText(str(draft.get("message", "")))
        self.attachments.set_paths(str(p) for p in draft.get("attachments", []))
        self.attachments.show_error("")
        self.reply_error.hide()
        self._filling = False

    def _reply_changed(self) -> None:
        if self._filling or self._tickets is None or self._current is None:
            return
        self._tickets.keep_reply_draft(
            self._current.id,
            {"message": self.reply_text.toPlainText(), "attachments": self.attachments.paths()},
        )

    def send_reply(self) -> None:
        if self._tickets is None or self._current is None:
            return
        text = self.reply_text.toPlainText()
        if not text.strip():
            self.reply_error.setText(self.tr("Write the reply first."))
            self.reply_error.show()
            return
        self.reply_error.hide()
        allow(self.reply_button, self.tr("Sending…"))
        self.thread_status.say(self.tr("Sending…"))
        self._tickets.reply(self._current.id, text, self.attachments.paths())

    def _replied(self, ticket: TicketDetail) -> None:
        allow(self.reply_button, "")
        self._fill_reply({})
        self.thread_status.say(self.tr("Reply sent."))

    def _reply_failed(self, ticket_id: int, text: str, fields: dict[str, str]) -> None:
        allow(self.reply_button, "")
        if self._current is None or self._current.id != ticket_id:
            return
        self.thread_status.say(self.tr("Not sent. Your reply is kept."))
        message = fields.get("message", "" if fields else text)
        self.reply_error.setText(message)
        self.reply_error.setVisible(bool(message))
        self.attachments.show_error(fields.get("attachments", ""))

    def close_ticket(self) -> None:
        ticket = self._current
        if ticket is None or self._tickets is None:
            return
        text = arg(
            self.tr("Close ticket #%1 “%2”? You can still reply later: a reply opens it again."),
            str(ticket.id),
            ticket.subject,
        )
        if dialogs.confirm(self, self.tr("Close ticket"), text, self.tr("Close ticket")):
            self.thread_status.say(self.tr("Closing…"))
            self._tickets.close(ticket.id)

    def _close_failed(self, ticket_id: int, text: str) -> None:
        if self._current is not None and self._current.id == ticket_id:
            self.thread_status.say(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
