"""What a customer does with one service: see its detail, change plan with the portal's quote,
ask for a cancellation, ask for a change of owner; and, when a plan cannot change automatically,
open a ticket instead.

The portal decides everything; this view-model runs the calls, keeps the ``Idempotency-Key`` of
a change until it succeeds (a retry after a failure reuses it, so nothing is charged twice), and
turns the portal's refusal codes into sentences.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client import errors
from api_client.models import (
    Cancellation,
    CancellationType,
    ServiceDetail,
    Ticket,
    TicketDetail,
    UpgradeResult,
)

from .errors import describe
from .i18n import QT_TRANSLATE_NOOP
from .idempotency import PendingKeys, fingerprint
from .portal_codes import PortalCodes, code_of
from .session import AccountSession

CONTEXT = "ServiceActions"

# The portal's refusal codes for service changes, as a person reads them.
_REFUSALS = {
    "upgrade_not_automatic": QT_TRANSLATE_NOOP(
        "ServiceActions",
        "This plan cannot be changed automatically. Your account executive does it: open a "
        "ticket and they will get back to you.",
    ),
    "service_not_active": QT_TRANSLATE_NOOP(
        "ServiceActions", "Only an active service can do this."
    ),
    "cancellation_already_requested": QT_TRANSLATE_NOOP(
        "ServiceActions", "A cancellation was already requested for this service."
    ),
    "service_not_cancellable": QT_TRANSLATE_NOOP(
        "ServiceActions", "This service is already cancelled or terminated."
    ),
    "overdue_invoices": QT_TRANSLATE_NOOP(
        "ServiceActions",
        "Both accounts must have no overdue invoice before a service changes owner. Pay the "
        "overdue invoices first.",
    ),
    "target_not_found": QT_TRANSLATE_NOOP(
        "ServiceActions",
        "No client has this e-mail address. The new owner must sign up as a client first.",
    ),
    "same_client": QT_TRANSLATE_NOOP(
        "ServiceActions",
        "The service already belongs to the client with this e-mail address. Give the new "
        "owner's e-mail: the two accounts must have different e-mail addresses.",
    ),
}

# Field error types of these forms.
_FIELD_TYPES = {
    "wrong_password": QT_TRANSLATE_NOOP("ServiceActions", "The password is not correct."),
    "same_product": QT_TRANSLATE_NOOP("ServiceActions", "This is the current plan."),
    "other_group": QT_TRANSLATE_NOOP(
        "ServiceActions", "Only plans of the same group can be chosen."
    ),
    "unknown_product": QT_TRANSLATE_NOOP("ServiceActions", "This plan no longer exists."),
    "cycle_not_offered": QT_TRANSLATE_NOOP(
        "ServiceActions", "This plan is not offered in the service's billing cycle."
    ),
}

_PORTAL_CODES = PortalCodes(CONTEXT, {**_REFUSALS, **_FIELD_TYPES}, _FIELD_TYPES)

# The seed's cancellation conditions, by the portal's code.
CONDITIONS = {
    "no_refund": QT_TRANSLATE_NOOP(
        "ServiceActions", "Nothing you have paid is refunded when a service is cancelled."
    ),
    "current_invoices_due": QT_TRANSLATE_NOOP(
        "ServiceActions",
        "Invoices for the current period must still be paid: a cancellation has to be asked "
        "for before new invoices or renewals are generated.",
    ),
    "data_deleted": QT_TRANSLATE_NOOP(
        "ServiceActions",
        "When the cancellation takes effect, every file of the service is deleted from the "
        "server: website, e-mails, FTP and the rest.",
    ),
}
CONDITION_CODES = ("no_refund", "current_invoices_due", "data_deleted")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def condition_text(code: str) -> str:
    source = CONDITIONS.get(code)
    return _t(source) if source is not None else code


class ServiceActions(QObject):
    """Detail and changes of the account's services (``session.part(ServiceActions)``)."""

    detail_loaded = Signal(object)  # ServiceDetail
    detail_failed = Signal(int, str)  # service id, text
    cancellation_loaded = Signal(int, object)  # service id, Cancellation | None
    cancellation_failed = Signal(int, str)

    options_loaded = Signal(object)  # UpgradeOptions
    options_failed = Signal(str, bool)  # text, offer a ticket
    quote_loaded = Signal(object)  # UpgradeQuote
    quote_failed = Signal(str, bool)  # text, offer a ticket
    upgraded = Signal(object)  # UpgradeResult
    upgrade_failed = Signal(str, bool)  # text, offer a ticket

    departments_loaded = Signal(list)  # list[Department]
    departments_failed = Signal(str)
    ticket_opened = Signal(object)  # TicketDetail
    ticket_failed = Signal(str, dict)  # text, {field: text}

    cancellation_requested = Signal(object)  # Cancellation
    cancellation_refused = Signal(str, dict)  # text, {field: text}

    owner_change_requested = Signal(object)  # Ticket
    owner_change_refused = Signal(str, dict)  # text, {field: text}

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.detail: ServiceDetail | None = None
        self.cancellation: Cancellation | None = None
        # Idempotency-Keys of changes not yet confirmed by the portal: a retry reuses its key.
        self._upgrade_keys: dict[tuple[int, int], str] = {}
        self._cancel_keys: dict[int, str] = {}
        self._ticket_keys = PendingKeys()

    # ---- detail ---------------------------------------------------------------------------

    def load(self, service_id: int) -> None:
        """The service's detail and its cancellation request, if any."""
        client = self.session.client
        self.session.runner.run(
            "service-detail",
            client.services.get(service_id),
            self._detail_arrived,
            lambda exc: self.detail_failed.emit(service_id, describe(exc)),
        )
        self.session.runner.run(
            "service-cancellation",
            self._cancellation_of(service_id),
            lambda found: self._cancellation_arrived(service_id, found),
            lambda exc: self.cancellation_failed.emit(service_id, describe(exc)),
        )

    async def _cancellation_of(self, service_id: int) -> Cancellation | None:
        try:
            return await self.session.client.service_actions.cancellation(service_id)
        except errors.NotFoundError:
            return None

    def _detail_arrived(self, detail: ServiceDetail) -> None:
        self.detail = detail
        self.detail_loaded.emit(detail)

    def _cancellation_arrived(self, service_id: int, found: Cancellation | None) -> None:
        self.cancellation = found
        self.cancellation_loaded.emit(service_id, found)

    def _changed(self, service_id: int) -> None:
        self.session.load_services()
        self.load(service_id)

    # ---- upgrade / downgrade --------------------------------------------------------------

    def load_options(self, service_id: int) -> None:
        self.session.runner.run(
            "upgrade-options",
            self.session.client.service_actions.upgrade_options(service_id),
            self.options_loaded.emit,
            lambda exc: self.options_failed.emit(_PORTAL_CODES.explain(exc), _offers_ticket(exc)),
        )

    def load_quote(self, service_id: int, product_id: int) -> None:
        self.session.runner.run(
            "upgrade-quote",
            self.session.client.service_actions.upgrade_quote(service_id, product_id),
            self.quote_loaded.emit,
            lambda exc: self.quote_failed.emit(_PORTAL_CODES.explain(exc), _offers_ticket(exc)),
        )

    def upgrade_key(self, service_id: int, product_id: int) -> str:
        """The Idempotency-Key of this plan change: the same until the portal confirms it."""
        return self._upgrade_keys.setdefault((service_id, product_id), str(uuid.uuid4()))

    def pending_upgrade_key(self, service_id: int, product_id: int) -> str | None:
        return self._upgrade_keys.get((service_id, product_id))

    def upgrade(self, service_id: int, product_id: int) -> None:
        key = self.upgrade_key(service_id, product_id)
        self.session.runner.run(
            "upgrade",
            self.session.client.service_actions.upgrade(
                service_id, product_id, idempotency_key=key
            ),
            lambda result: self._upgraded(service_id, product_id, result),
            lambda exc: self.upgrade_failed.emit(_PORTAL_CODES.explain(exc), _offers_ticket(exc)),
        )

    def _upgraded(self, service_id: int, product_id: int, result: UpgradeResult) -> None:
        self._upgrade_keys.pop((service_id, product_id), None)
        self.upgraded.emit(result)
        self._changed(service_id)

    # ---- a ticket instead -----------------------------------------------------------------

    def load_departments(self) -> None:
        self.session.runner.run(
            "departments",
            self.session.from_overview(
                "service-departments",
                lambda o: o.departments,
                self.session.client.tickets.departments,
            ),
            self.departments_loaded.emit,
            lambda exc: self.departments_failed.emit(describe(exc)),
        )

    def open_ticket(
        self, department_id: int, subject: str, message: str, service_id: int | None
    ) -> None:
        # one key per ticket asked for: a Retry after a lost answer does not open a second one
        what = fingerprint("ticket", department_id, subject, message, service_id)
        key = self._ticket_keys.key(what)

        def opened(ticket: TicketDetail) -> None:
            self._ticket_keys.done(what)
            self.ticket_opened.emit(ticket)

        def failed(exc: BaseException) -> None:
            self._ticket_keys.failed(what, exc)
            self.ticket_failed.emit(_PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc))

        self.session.runner.run(
            "open-ticket",
            self.session.client.tickets.open(
                department_id=department_id,
                subject=subject,
                message=message,
                service_id=service_id,
                idempotency_key=key,
            ),
            opened,
            failed,
        )

    # ---- cancellation ---------------------------------------------------------------------

    def pending_cancel_key(self, service_id: int) -> str | None:
        return self._cancel_keys.get(service_id)

    def request_cancellation(
        self, service_id: int, type_: CancellationType, password: str, reason: str = ""
    ) -> None:
        key = self._cancel_keys.setdefault(service_id, str(uuid.uuid4()))
        self.session.runner.run(
            "cancel-service",
            self.session.client.service_actions.cancel(
                service_id, type_, password, reason=reason, idempotency_key=key
            ),
            lambda done: self._cancelled(service_id, done),
            lambda exc: self.cancellation_refused.emit(
                _PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc)
            ),
        )

    def _cancelled(self, service_id: int, done: Cancellation) -> None:
        self._cancel_keys.pop(service_id, None)
        self.cancellation = done
        self.cancellation_requested.emit(done)
        self._changed(service_id)

    # ---- change of owner ------------------------------------------------------------------

    def request_owner_change(self, service_id: int, target_email: str, message: str = "") -> None:
        what = ("owner-change", service_id, target_email.strip().lower(), message)
        key = self._ticket_keys.key(what)  # a Retry after a lost answer opens no second ticket

        def requested(ticket: Ticket) -> None:
            self._ticket_keys.done(what)
            self.owner_change_requested.emit(ticket)

        def failed(exc: BaseException) -> None:
            self._ticket_keys.failed(what, exc)
            self.owner_change_refused.emit(_PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc))

        self.session.runner.run(
            "owner-change",
            self.session.client.service_actions.request_owner_change(
                service_id, target_email.strip(), message, idempotency_key=key
            ),
            requested,
            failed,
        )


def _offers_ticket(exc: BaseException) -> bool:
    return code_of(exc) == "upgrade_not_automatic"
