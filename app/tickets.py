"""Support tickets of the account: departments, the list (filtered by status), a thread, a new
ticket, replies and closing. New tickets and replies are kept as drafts on disk while typed."""

from __future__ import annotations

import asyncio
import base64
import logging
import uuid
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from api_client import errors
from api_client.models import (
    AttachmentUpload,
    Department,
    Ticket,
    TicketDetail,
    TicketPriority,
    TicketStatus,
)

from .drafts import DraftStore
from .errors import describe, describe_field_error
from .i18n import QT_TRANSLATE_NOOP, arg
from .idempotency import fingerprint, keeps_key
from .session import AccountSession

log = logging.getLogger("clientdesk.tickets")

CONTEXT = "tickets"

# The portal's limits (portal/routes/tickets.py), checked before anything is sent.
MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024
ALLOWED_TYPES = ("png", "jpg", "jpeg", "pdf", "txt", "log", "zip")
DRAFT_DELAY_MS = 400
# Beside a draft being sent, the entry that keeps the Idempotency-Key of that send (and what it
# was sent with): a Retry after a lost answer, even after a restart, replays instead of creating.
SENDING = "-sending"

_FIELD_CODES = {
    "attachment_type_not_allowed": QT_TRANSLATE_NOOP(
        "tickets", "Only png, jpg, pdf, txt, log and zip files can be attached."
    ),
    "attachment_too_large": QT_TRANSLATE_NOOP("tickets", "Each file can be 2 MB at most."),
    "attachment_content_mismatch": QT_TRANSLATE_NOOP(
        "tickets", "The file's content does not match its type."
    ),
    "invalid_base64": QT_TRANSLATE_NOOP("tickets", "The file could not be sent. Attach it again."),
    "unknown_department": QT_TRANSLATE_NOOP("tickets", "Choose a department."),
    "unknown_service": QT_TRANSLATE_NOOP("tickets", "This service is not of this account."),
    "too_long": QT_TRANSLATE_NOOP("tickets", "At most 5 files per message."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def attachment_problem(path: Path) -> str | None:
    """Why the portal would refuse this file (translated), or None when it can be sent."""
    ext = path.suffix.lower().lstrip(".")
    if ext not in ALLOWED_TYPES:
        return arg(
            QCoreApplication.translate(
                "tickets", "%1: only png, jpg, pdf, txt, log and zip files can be attached."
            ),
            path.name,
        )
    try:
        size = path.stat().st_size
    except OSError:
        return arg(QCoreApplication.translate("tickets", "%1: the file cannot be read."), path.name)
    if size > MAX_ATTACHMENT_BYTES:
        return arg(
            QCoreApplication.translate("tickets", "%1: each file can be 2 MB at most."), path.name
        )
    return None


def check_attachments(paths: Sequence[str]) -> list[str]:
    """Every problem of a set of files, as the portal would see them (translated)."""
    problems = [p for p in (attachment_problem(Path(path)) for path in paths) if p]
    if len(paths) > MAX_ATTACHMENTS:
        problems.append(
            arg(
                QCoreApplication.translate("tickets", "At most %1 files per message."),
                str(MAX_ATTACHMENTS),
            )
        )
    return problems


def _read_uploads(paths: Sequence[str]) -> list[AttachmentUpload]:
    uploads = []
    for path in paths:
        data = Path(path).read_bytes()
        uploads.append(
            AttachmentUpload(
                filename=Path(path).name, content_base64=base64.b64encode(data).decode("ascii")
            )
        )
    return uploads


def ticket_field_messages(
    exc: errors.ValidationFailedError, attachments: Sequence[str] = ()
) -> dict[str, str]:
    """The portal's field errors as translated lines; every attachment problem goes under
    ``attachments`` with the file's name."""
    out: dict[str, list[str]] = {}
    for name, problems in exc.field_errors.items():
        parts = name.split(".")
        field = parts[0]
        prefix = ""
        if field == "attachments" and len(parts) > 1 and parts[1].isdigit():
            index = int(parts[1])
            if index < len(attachments):
                prefix = Path(attachments[index]).name + ": "
        for type_, message in problems:
            known = _FIELD_CODES.get(type_)
            text = _t(known) if known else describe_field_error(type_, message)
            out.setdefault(field, []).append(prefix + text)
    return {field: "\n".join(lines) for field, lines in out.items()}


def _draft_prefix(session: AccountSession) -> str:
    portal = session.portal
    host = urlsplit(portal.base_url).hostname if portal is not None else None
    return f"{host or 'portal'}-account{session.account_id}"


class Tickets(QObject):
    """The account's tickets and the drafts of what is being written."""

    departments_loaded = Signal(list)  # list[Department]
    tickets_loaded = Signal(list)  # list[Ticket]
    tickets_failed = Signal(str)
    ticket_loaded = Signal(object)  # TicketDetail
    ticket_failed = Signal(str)
    opened = Signal(object)  # TicketDetail
    open_failed = Signal(str, dict)  # message, {field: text}
    replied = Signal(object)  # TicketDetail
    reply_failed = Signal(int, str, dict)  # ticket id, message, {field: text}
    closed = Signal(object)  # TicketDetail
    close_failed = Signal(int, str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.departments: list[Department] = []
        self.tickets: list[Ticket] = []
        self.status: TicketStatus | None = None
        folder = session.data_folder
        self.drafts = DraftStore(folder / "drafts") if folder is not None else None
        self._prefix = _draft_prefix(session)
        self._pending: dict[str, dict[str, Any]] = {}
        self._send_keys: dict[str, dict[str, Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush_drafts)

    # ---- loading --------------------------------------------------------------------------

    def load_departments(self) -> None:
        self.session.load_cached(
            "ticket-departments",
            self.session.from_overview(
                "ticket-departments",
                lambda o: o.departments,
                self.session.client.tickets.departments,
            ),
            list[Department],
            self._departments_arrived,
            lambda exc: self.tickets_failed.emit(describe(exc)),
        )

    def _departments_arrived(self, departments: list[Department]) -> None:
        self.departments = departments
        self.departments_loaded.emit(departments)

    def load(self, status: TicketStatus | None = None) -> None:
        self.status = status

        def fetch() -> Coroutine[Any, Any, list[Ticket]]:
            return self.session.client.tickets.list(status=status)

        self.session.load_cached(
            "tickets",
            # every status is what the first screen holds
            self.session.from_overview("tickets", lambda o: o.tickets, fetch)
            if status is None
            else fetch(),
            list[Ticket],
            self._tickets_arrived,
            lambda exc: self.tickets_failed.emit(describe(exc)),
            key=f"tickets:{status.value if status is not None else 'all'}",
        )

    def reload(self) -> None:
        self.load(self.status)

    def _tickets_arrived(self, tickets: list[Ticket]) -> None:
        self.tickets = tickets
        self.tickets_loaded.emit(tickets)

    def load_ticket(self, ticket_id: int) -> None:
        self.session.runner.run(
            "ticket",
            self.session.client.tickets.get(ticket_id),
            self.ticket_loaded.emit,
            lambda exc: self.ticket_failed.emit(describe(exc)),
        )

    # ---- drafts ---------------------------------------------------------------------------

    def _key(self, what: str) -> str:
        return f"{self._prefix}-{what}"

    def new_ticket_draft(self) -> dict[str, Any]:
        return self._load_draft("new-ticket")

    def keep_new_ticket_draft(self, values: dict[str, Any]) -> None:
        """Remember the form as typed; written to disk shortly after typing stops."""
        self._keep("new-ticket", values)

    def reply_draft(self, ticket_id: int) -> dict[str, Any]:
        return self._load_draft(f"reply-{ticket_id}")

    def keep_reply_draft(self, ticket_id: int, values: dict[str, Any]) -> None:
        self._keep(f"reply-{ticket_id}", values)

    def draft_path(self, what: str) -> Path | None:
        return self.drafts.path(self._key(what)) if self.drafts is not None else None

    def _load_draft(self, what: str) -> dict[str, Any]:
        pending = self._pending.get(what)
        if pending is not None:
            return dict(pending)
        if self.drafts is None:
            return {}
        return self.drafts.load(self._key(what)) or {}

    def _keep(self, what: str, values: dict[str, Any]) -> None:
        self._pending[what] = dict(values)
        self._timer.start()

    def flush_drafts(self) -> None:
        """Write every draft not yet on disk (also called before sending and on exit)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        if self.drafts is None:
            return
        for what, values in pending.items():
            try:
                if any(values.get(k) for k in ("subject", "message", "attachments")):
                    self.drafts.save(self._key(what), values)
                else:
                    self.drafts.delete(self._key(what))
            except OSError as exc:
                log.warning("draft %s not saved: %s", what, type(exc).__name__)
                self.session.messages.warning(
                    arg(
                        QCoreApplication.translate(
                            "tickets", "The draft could not be saved on this computer: %1"
                        ),
                        exc.strerror or type(exc).__name__,
                    )
                )

    def _discard(self, what: str) -> None:
        self._pending.pop(what, None)
        if self.drafts is not None:
            self.drafts.delete(self._key(what))
        self._send_settled(what)

    # ---- the key of a draft's send --------------------------------------------------------

    def send_key(self, what: str) -> str | None:
        """The Idempotency-Key kept for sending draft ``what`` (None: none is pending)."""
        record = self._send_record(what)
        key = record.get("key") if record else None
        return key if isinstance(key, str) else None

    def _send_record(self, what: str) -> dict[str, Any] | None:
        record = self._send_keys.get(what)
        if record is None and self.drafts is not None:
            record = self.drafts.load(self._key(what + SENDING))
        return record

    def _send_key(self, what: str, digest: str) -> str:
        """The key for sending draft ``what`` as ``digest`` (what the request holds): the one of
        the earlier attempt with the same content whose outcome is unknown, else a new one,
        written beside the draft before the request leaves."""
        record = self._send_record(what)
        if record is not None and record.get("fingerprint") == digest:
            key = record.get("key")
            if isinstance(key, str) and key:
                self._send_keys[what] = record
                return key
        record = {"fingerprint": digest, "key": str(uuid.uuid4())}
        self._send_keys[what] = record
        if self.drafts is not None:
            try:
                self.drafts.save(self._key(what + SENDING), record)
            except OSError as exc:  # the key still holds for this run of the app
                log.warning("send key of %s not saved: %s", what, type(exc).__name__)
        return str(record["key"])

    def _send_settled(self, what: str, exc: BaseException | None = None) -> None:
        """The send succeeded (``exc`` None) or failed: its key goes unless the portal may have
        done it (then a Retry must replay it)."""
        if exc is not None and keeps_key(exc):
            return
        self._send_keys.pop(what, None)
        if self.drafts is not None:
            self.drafts.delete(self._key(what + SENDING))

    # ---- changes --------------------------------------------------------------------------

    def open_ticket(self, values: dict[str, Any]) -> None:
        """Send a new ticket (``department_id``, ``service_id``, ``priority``, ``subject``,
        ``message``, ``attachments`` as file paths). The draft stays until the portal has it."""
        self.keep_new_ticket_draft(values)
        self.flush_drafts()
        paths = [str(p) for p in values.get("attachments", [])]
        fields: dict[str, str] = {}
        required = QCoreApplication.translate("tickets", "This field is required.")
        if not values.get("department_id"):
            fields["department_id"] = QCoreApplication.translate("tickets", "Choose a department.")
        for name in ("subject", "message"):
            if not str(values.get(name, "")).strip():
                fields[name] = required
        problems = check_attachments(paths)
        if problems:
            fields["attachments"] = "\n".join(problems)
        if fields:
            self.open_failed.emit(
                QCoreApplication.translate(
                    "tickets", "Some fields are not valid. Check the marked fields."
                ),
                fields,
            )
            return

        def failed(exc: BaseException) -> None:
            self._send_settled("new-ticket", exc)
            self._failed(exc, paths, self.open_failed.emit)

        self.session.runner.run("ticket-open", self._open(values, paths), self._opened, failed)

    async def _open(self, values: dict[str, Any], paths: list[str]) -> TicketDetail:
        uploads = await asyncio.to_thread(_read_uploads, paths)
        service = values.get("service_id")
        department_id = int(values["department_id"])
        subject = str(values.get("subject", "")).strip()
        message = str(values.get("message", "")).strip()
        priority = TicketPriority(values.get("priority") or TicketPriority.MEDIUM.value)
        service_id = int(service) if service else None
        digest = await asyncio.to_thread(
            fingerprint,
            "ticket",
            department_id,
            subject,
            message,
            priority.value,
            service_id,
            [upload.model_dump() for upload in uploads],
        )
        return await self.session.client.tickets.open(
            department_id=department_id,
            subject=subject,
            message=message,
            priority=priority,
            service_id=service_id,
            attachments=uploads,
            idempotency_key=self._send_key("new-ticket", digest),
        )

    def _opened(self, ticket: TicketDetail) -> None:
        self._discard("new-ticket")
        self.opened.emit(ticket)
        self.reload()

    def _failed(self, exc: BaseException, paths: list[str], emit: Any) -> None:
        if isinstance(exc, errors.ValidationFailedError):
            emit(describe(exc), ticket_field_messages(exc, paths))
        else:
            emit(describe(exc), {})

    def reply(self, ticket_id: int, message: str, attachments: Sequence[str] = ()) -> None:
        values = {"message": message, "attachments": list(attachments)}
        self.keep_reply_draft(ticket_id, values)
        self.flush_drafts()
        paths = [str(p) for p in attachments]
        problems = check_attachments(paths)
        if problems:
            self.reply_failed.emit(
                ticket_id,
                QCoreApplication.translate("tickets", "Some files cannot be attached."),
                {"attachments": "\n".join(problems)},
            )
            return

        def failed(exc: BaseException) -> None:
            self._send_settled(f"reply-{ticket_id}", exc)
            self._failed(
                exc, paths, lambda text, fields: self.reply_failed.emit(ticket_id, text, fields)
            )

        self.session.runner.run(
            f"ticket-reply-{ticket_id}",
            self._reply(ticket_id, message, paths),
            self._replied,
            failed,
        )

    async def _reply(self, ticket_id: int, message: str, paths: list[str]) -> TicketDetail:
        uploads = await asyncio.to_thread(_read_uploads, paths)
        text = message.strip()
        digest = await asyncio.to_thread(
            fingerprint, "reply", ticket_id, text, [upload.model_dump() for upload in uploads]
        )
        return await self.session.client.tickets.reply(
            ticket_id, text, uploads, idempotency_key=self._send_key(f"reply-{ticket_id}", digest)
        )

    def _replied(self, ticket: TicketDetail) -> None:
        self._discard(f"reply-{ticket.id}")
        self.replied.emit(ticket)
        self.ticket_loaded.emit(ticket)
        self.reload()

    def close(self, ticket_id: int) -> None:
        self.session.runner.run(
            f"ticket-close-{ticket_id}",
            self.session.client.tickets.close(ticket_id),
            self._closed,
            lambda exc: self.close_failed.emit(ticket_id, describe(exc)),
        )

    def _closed(self, ticket: TicketDetail) -> None:
        self.closed.emit(ticket)
        self.ticket_loaded.emit(ticket)
        self.reload()
