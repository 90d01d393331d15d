"""The account's domains: list, renew (the portal invoices it), name servers, transfer out (a new
EPP code, shown once) and auto-renew. A domain cannot be cancelled, only not renewed (the seed),
so there is no cancel here.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client.models import Domain, DomainRenewal, DomainTransferOut

from .errors import describe
from .i18n import QT_TRANSLATE_NOOP
from .portal_codes import PortalCodes
from .session import AccountSession

CONTEXT = "Domains"
EXPIRING_SOON_DAYS = 30  # as the portal's dashboard counts "expiring soon"

_REFUSALS = {
    "domain_not_renewable": QT_TRANSLATE_NOOP(
        "Domains",
        "A domain in this status cannot be renewed (pending, in redemption, transferred away or "
        "cancelled).",
    ),
    "renewal_already_invoiced": QT_TRANSLATE_NOOP(
        "Domains", "A renewal of this domain is already invoiced: pay that invoice."
    ),
    "domain_not_active": QT_TRANSLATE_NOOP("Domains", "Only an active domain can do this."),
    "domains_cannot_be_cancelled": QT_TRANSLATE_NOOP(
        "Domains", "A domain cannot be cancelled, only not renewed: turn auto-renew off."
    ),
}

_FIELD_TYPES = {
    "too_many_years": QT_TRANSLATE_NOOP(
        "Domains", "A domain can be registered 10 years ahead at most."
    ),
    "nameserver_count": QT_TRANSLATE_NOOP("Domains", "Give between 2 and 5 name servers."),
    "invalid_hostname": QT_TRANSLATE_NOOP(
        "Domains", "This is not a valid host name (for example ns1.example.com)."
    ),
    "duplicate_nameserver": QT_TRANSLATE_NOOP("Domains", "This name server is repeated."),
}

_PORTAL_CODES = PortalCodes(CONTEXT, {**_REFUSALS, **_FIELD_TYPES}, _FIELD_TYPES)

NO_CANCEL_NOTE = QT_TRANSLATE_NOOP(
    "Domains",
    "A domain cannot be cancelled: it is paid yearly in advance. To stop it, turn auto-renew off "
    "and it will not be renewed.",
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def no_cancel_note() -> str:
    return _t(NO_CANCEL_NOTE)


class Domains(QObject):
    """``session.part(Domains)``: the list and the changes of the account's domains."""

    loaded = Signal(list)  # list[Domain]
    failed = Signal(str)
    changed = Signal(object)  # Domain (after auto-renew, renewal or transfer out)

    renewed = Signal(object)  # DomainRenewal
    renew_failed = Signal(str, dict)

    nameservers_loaded = Signal(int, list)  # domain id, names
    nameservers_failed = Signal(int, str)
    nameservers_saved = Signal(int, list)
    nameservers_refused = Signal(str, dict)  # text, {"nameservers.N": text}

    transferred = Signal(object)  # DomainTransferOut
    transfer_failed = Signal(str)

    auto_renew_failed = Signal(int, str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.domains: list[Domain] = []
        self._renew_keys: dict[tuple[int, int], str] = {}

    def load(self) -> None:
        self.session.load_cached(
            "domains",
            self.session.from_overview(
                "domains", lambda o: o.domains, self.session.client.domains.list
            ),
            list[Domain],
            self._arrived,
            lambda exc: self.failed.emit(describe(exc)),
        )

    def _arrived(self, domains: list[Domain]) -> None:
        self.domains = domains
        self.loaded.emit(domains)

    def _replace(self, domain: Domain) -> None:
        self.domains = [domain if d.id == domain.id else d for d in self.domains]
        self.changed.emit(domain)

    # ---- auto-renew -----------------------------------------------------------------------

    def set_auto_renew(self, domain_id: int, on: bool) -> None:
        self.session.runner.run(
            f"auto-renew-{domain_id}",
            self.session.client.domains.set_auto_renew(domain_id, on),
            self._replace,
            lambda exc: self.auto_renew_failed.emit(domain_id, _PORTAL_CODES.explain(exc)),
        )

    # ---- renewal --------------------------------------------------------------------------

    def pending_renew_key(self, domain_id: int, years: int) -> str | None:
        return self._renew_keys.get((domain_id, years))

    def renew(self, domain_id: int, years: int) -> None:
        key = self._renew_keys.setdefault((domain_id, years), str(uuid.uuid4()))
        self.session.runner.run(
            "renew-domain",
            self.session.client.domains.renew(domain_id, years, idempotency_key=key),
            lambda done: self._renewed(domain_id, years, done),
            lambda exc: self.renew_failed.emit(
                _PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc)
            ),
        )

    def _renewed(self, domain_id: int, years: int, done: DomainRenewal) -> None:
        self._renew_keys.pop((domain_id, years), None)
        self._replace(done.domain)
        self.renewed.emit(done)

    # ---- name servers ---------------------------------------------------------------------

    def load_nameservers(self, domain_id: int) -> None:
        self.session.runner.run(
            "nameservers",
            self.session.client.domains.nameservers(domain_id),
            lambda names: self.nameservers_loaded.emit(domain_id, names),
            lambda exc: self.nameservers_failed.emit(domain_id, describe(exc)),
        )

    def save_nameservers(self, domain_id: int, names: list[str]) -> None:
        self.session.runner.run(
            "save-nameservers",
            self.session.client.domains.set_nameservers(domain_id, names),
            lambda saved: self.nameservers_saved.emit(domain_id, saved),
            lambda exc: self.nameservers_refused.emit(
                _PORTAL_CODES.explain(exc), _PORTAL_CODES.fields_of(exc)
            ),
        )

    # ---- transfer out ---------------------------------------------------------------------

    def transfer_out(self, domain_id: int) -> None:
        self.session.runner.run(
            "transfer-out",
            self.session.client.domains.transfer_out(domain_id),
            self._transferred,
            lambda exc: self.transfer_failed.emit(_PORTAL_CODES.explain(exc)),
        )

    def _transferred(self, done: DomainTransferOut) -> None:
        self._replace(done.domain)
        self.transferred.emit(done)
