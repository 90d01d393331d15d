"""New ticket: department, related service, priority, subject, message and attachments. What is
typed is kept as a draft on disk as the user types, and stays after a failed send."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, arg
from app.models import Department, Service, TicketDetail, TicketPriority
from app.session import AccountSession
from app.tickets import Tickets

from .accessibility import StatusLabel, show_field_errors
from .attachments import DropArea
from .notice import Notice

PRIORITIES = (
    (TicketPriority.LOW, QT_TRANSLATE_NOOP("NewTicketForm", "Low")),
    (TicketPriority.MEDIUM, QT_TRANSLATE_NOOP("NewTicketForm", "Medium")),
    (TicketPriority.HIGH, QT_TRANSLATE_NOOP("NewTicketForm", "High")),
)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("field_error")
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


class NewTicketForm(DropArea):
    sent = Signal(object)  # TicketDetail

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AccountSession | None = None
        self._tickets: Tickets | None = None
        self._filling = False
        self._wanted_department: int | None = None
        self._wanted_service: int | None = None

        self.notice = Notice(self)
        self.department = QComboBox(self)
        self.department.setAccessibleName(self.tr("Department"))
        self.service = QComboBox(self)
        self.service.setAccessibleName(self.tr("Related service"))
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        for value, title in PRIORITIES:
            self.priority.addItem(self.tr(title), value.value)
        self.priority.setCurrentIndex(1)
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setMaxLength(200)
        self.message = QPlainTextEdit(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        self.send_button = QPushButton(self.tr("&Send ticket"), self)
        self.send_button.setAccessibleName(self.tr("Send ticket"))
        self.send_button.setDefault(True)
        self.status = StatusLabel(self)
        self.errors: dict[str, QLabel] = {
            name: _error_label(self)
            for name in ("department_id", "service_id", "priority", "subject", "message")
        }

        form = QFormLayout()
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Department:"), self.department, "department_id"),
            (self.tr("Related se&rvice:"), self.service, "service_id"),
            (self.tr("&Priority:"), self.priority, "priority"),
            (self.tr("S&ubject:"), self.subject, "subject"),
            (self.tr("&Message:"), self.message, "message"),
        ]
        self._fields = {name: widget for _text, widget, name in rows}
        for text, widget, name in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            form.addRow(label, box)
        attach_label = QLabel(self.tr("Attachments:"), self)
        attach_label.setBuddy(self.attachments.list)
        form.addRow(attach_label, self.attachments)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)

        self.department.currentIndexChanged.connect(self._changed)
        self.service.currentIndexChanged.connect(self._changed)
        self.priority.currentIndexChanged.connect(self._changed)
        self.subject.textChanged.connect(self._changed)
        self.message.textChanged.connect(self._changed)
        self.attachments.changed.connect(self._changed)
        self.send_button.clicked.connect(self.send)

    # ---- binding --------------------------------------------------------------------------

    def bind(self, session: AccountSession | None) -> None:
        if self._tickets is not None:
            self._tickets.flush_drafts()
            self._tickets.departments_loaded.disconnect(self._departments)
            self._tickets.opened.disconnect(self._opened)
            self._tickets.open_failed.disconnect(self._open_failed)
        if self._session is not None:
            self._session.services_loaded.disconnect(self._services)
        self._session = session
        self._tickets = session.part(Tickets) if session is not None else None
        self._clear()
        if session is None or self._tickets is None:
            return
        self._tickets.departments_loaded.connect(self._departments)
        self._tickets.opened.connect(self._opened)
        self._tickets.open_failed.connect(self._open_failed)
        session.services_loaded.connect(self._services)
        self._fill(self._tickets.new_ticket_draft())
        self._services(session.services)
        self._departments(self._tickets.departments)
        if not self._tickets.departments:
            self._tickets.load_departments()

    def _clear(self) -> None:
        self._filling = True
        self.notice.clear()
        self.status.say("")
        self.department.clear()
        self.service.clear()
        self.priority.setCurrentIndex(1)
        self.subject.clear()
        self.message.clear()
        self.attachments.clear()
        self._show_errors({})
        self._wanted_department = self._wanted_service = None
        self._filling = False

    def _fill(self, draft: dict[str, Any]) -> None:
        self._filling = True
        self._wanted_department = draft.get("department_id")
        self._wanted_service = draft.get("service_id")
        index = self.priority.findData(draft.get("priority", TicketPriority.MEDIUM.value))
        self.priority.setCurrentIndex(max(index, 0))
        self.subject.setText(str(draft.get("subject", "")))
        self.message.setPlainText(str(draft.get("message", "")))
        self.attachments.set_paths(str(p) for p in draft.get("attachments", []))
        if draft:
            self.status.say(self.tr("Draft restored."))
        self._filling = False

    def _departments(self, departments: list[Department]) -> None:
        self._filling = True
        wanted = self.department.currentData() or self._wanted_department
        self.department.clear()
        for department in departments:
            self.department.addItem(department.name, department.id)
            self.department.setItemData(
                self.department.count() - 1, department.description, Qt.ItemDataRole.ToolTipRole
            )
        index = self.department.findData(wanted) if wanted else -1
        self.department.setCurrentIndex(max(index, 0) if departments else -1)
        self._filling = False

    def _services(self, services: list[Service]) -> None:
        self._filling = True
        wanted = self.service.currentData() or self._wanted_service
        self.service.clear()
        self.service.addItem(self.tr("None"), None)
        for service in services:
            label = f"{service.product} — {service.domain}" if service.domain else service.product
            self.service.addItem(label, service.id)
        index = self.service.findData(wanted) if wanted else 0
        self.service.setCurrentIndex(max(index, 0))
        self._filling = False

    # ---- typing and sending ---------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "department_id": self.department.currentData() or self._wanted_department,
            "service_id": self.service.currentData() or self._wanted_service,
            "priority": self.priority.currentData(),
            "subject": self.subject.text(),
            "message": self.message.toPlainText(),
            "attachments": self.attachments.paths(),
        }

    def _changed(self) -> None:
        if self._filling or self._tickets is None:
            return
        if self.department.currentData():
            self._wanted_department = None
        if self.service.count():
            self._wanted_service = None
        self.status.say("")
        self._tickets.keep_new_ticket_draft(self.values())

    def send(self) -> None:
        if self._tickets is None:
            return
        self.notice.clear()
        self._show_errors({})
        self.send_button.setEnabled(False)
        self.status.say(self.tr("Sending…"))
        self._tickets.open_ticket(self.values())

    def _opened(self, ticket: TicketDetail) -> None:
        self._clear()
        self._services(self._session.services if self._session else [])
        self._departments(self._tickets.departments if self._tickets else [])
        self.send_button.setEnabled(True)
        self.status.say(arg(self.tr("Ticket #%1 sent."), str(ticket.id)))
        self.sent.emit(ticket)

    def _open_failed(self, text: str, fields: dict[str, str]) -> None:
        self.send_button.setEnabled(True)
        self.status.say(self.tr("Not sent. Your draft is kept."))
        self._show_errors(fields)
        if not fields:
            self.notice.show_error(text, self.send)

    def _show_errors(self, fields: dict[str, str]) -> None:
        show_field_errors(
            [
                (self._fields[name], label, fields.get(name, ""))
                for name, label in self.errors.items()
            ]
        )
        self.attachments.show_error(fields.get("attachments", ""))
        unknown = [
            t for name, t in fields.items() if name not in self.errors and name != "attachments"
        ]
        if unknown:
            self.notice.show_error("\n".join(unknown))

    def focus_first(self) -> None:
        (self.subject if self.department.count() else self.department).setFocus()
