"""The dashboard: the account's counts, what needs attention, spending by month, and ordering
more (register a domain after an availability check, buy a service from the catalog)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Signal

from api_client import errors
from api_client.models import (
    BillingCycle,
    Dashboard,
    DomainAvailability,
    DomainStatus,
    InvoiceFilter,
    OrderResult,
    Permission,
    Product,
    Spending,
    Ticket,
    TicketStatus,
)
from api_client.overview import OVERVIEW_INVOICES, OVERVIEW_MONTHS

from . import formatting
from .errors import describe, field_messages
from .i18n import QT_TRANSLATE_NOOP, arg
from .session import AccountSession

CONTEXT = "dashboard"
EXPIRING_DAYS = 30
CHART_MONTHS = OVERVIEW_MONTHS
ATTENTION_INVOICES = OVERVIEW_INVOICES  # the overdue invoices the attention list names

_ORDER_CODES = {
    "invalid_domain": QT_TRANSLATE_NOOP("dashboard", "This is not a valid domain name."),
    "unsupported_tld": QT_TRANSLATE_NOOP(
        "dashboard", "Domains with this ending are not sold here."
    ),
    "cycle_not_offered": QT_TRANSLATE_NOOP("dashboard", "This plan is not sold in this cycle."),
    "unknown_product": QT_TRANSLATE_NOOP("dashboard", "This product is no longer sold."),
    "empty_order": QT_TRANSLATE_NOOP("dashboard", "Choose a product or a domain."),
    "missing": QT_TRANSLATE_NOOP("dashboard", "Choose a billing cycle."),
    "domain_unavailable": QT_TRANSLATE_NOOP(
        "dashboard", "This domain is not available: someone has it already."
    ),
}
_REASONS = {
    "taken": QT_TRANSLATE_NOOP("dashboard", "%1 is already registered."),
    "reserved": QT_TRANSLATE_NOOP("dashboard", "%1 is reserved and cannot be registered."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _date(day: dt.date) -> str:
    return formatting.date(day)


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


@dataclass(frozen=True)
class Attention:
    """One thing that needs the user: ``area`` names the tab that shows it."""

    area: str  # "invoices", "domains", "support"
    item_id: int
    text: str
    when: dt.date


@dataclass(frozen=True)
class MonthSpending:
    month: dt.date  # the first day of the month
    amount: Decimal


def last_months(until: dt.date, count: int = CHART_MONTHS) -> list[dt.date]:
    months = []
    year, month = until.year, until.month
    for _ in range(count):
        months.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def spending_by_month(
    paid: list[tuple[dt.date, Decimal]], until: dt.date, count: int = CHART_MONTHS
) -> list[MonthSpending]:
    """Paid totals per month for the ``count`` months ending with ``until``'s month."""
    totals: dict[dt.date, Decimal] = defaultdict(Decimal)
    for day, amount in paid:
        totals[dt.date(day.year, day.month, 1)] += amount
    return [MonthSpending(m, totals.get(m, Decimal("0"))) for m in last_months(until, count)]


def chart_of(answer: Spending, until: dt.date) -> tuple[list[MonthSpending], str]:
    """The chart's months in one currency: the one most recently paid in (an account is billed
    in one currency; another one, from before a change, is left out rather than added up)."""
    if not answer.months:
        return spending_by_month([], until), ""
    latest = max(answer.months, key=lambda m: (m.month, m.amount))
    paid = [(m.month, m.amount) for m in answer.months if m.currency == latest.currency]
    return spending_by_month(paid, until), latest.currency


def _answered(tickets: list[Ticket] | None) -> list[Ticket] | None:
    """The answered ones among every ticket (what ``?status=Answered`` would list)."""
    return None if tickets is None else [t for t in tickets if t.status == TicketStatus.ANSWERED]


def describe_order_error(exc: BaseException) -> str:
    if isinstance(exc, errors.APIStatusError):
        known = _ORDER_CODES.get(exc.code)
        if known is not None:
            return _t(known)
    return describe(exc)


def order_field_messages(exc: errors.ValidationFailedError) -> dict[str, str]:
    out = field_messages(exc)
    for name, problems in exc.field_errors.items():
        lines = [_t(_ORDER_CODES[t]) for t, _ in problems if t in _ORDER_CODES]
        if lines:
            out[name] = "\n".join(lines)
    return out


class DashboardData(QObject):
    summary_loaded = Signal(object)  # Dashboard
    summary_failed = Signal(str)
    attention_loaded = Signal(list)  # list[Attention]
    attention_failed = Signal(str)
    spending_loaded = Signal(list, str)  # list[MonthSpending], currency
    spending_failed = Signal(str)
    catalog_loaded = Signal(list)  # list[Product]
    catalog_failed = Signal(str)
    availability_checked = Signal(object)  # DomainAvailability
    availability_failed = Signal(str, dict)
    ordered = Signal(object)  # OrderResult
    order_failed = Signal(str, dict)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self.session = session
        self.summary: Dashboard | None = None
        self.attention: list[Attention] = []
        self.spending: list[MonthSpending] = []
        self.currency = ""
        self.catalog: list[Product] = []
        self._order_key: tuple[object, str] | None = None

    # ---- loading --------------------------------------------------------------------------

    def load(self) -> None:
        s = self.session
        if s.can(Permission.PRODUCTS):
            s.load_cached(
                "dashboard",
                s.from_overview("dashboard", lambda o: o.dashboard, s.client.dashboard.get),
                Dashboard,
                self._summary,
                lambda exc: self.summary_failed.emit(describe(exc)),
            )
        s.runner.run(
            "dashboard-attention",
            self._attention(),
            self._attention_arrived,
            lambda exc: self.attention_failed.emit(describe(exc)),
        )
        if s.can(Permission.INVOICES):
            # summed by the portal: one small answer, not a walk through every paid invoice
            s.load_cached(
                "dashboard-spending",
                s.from_overview(
                    "dashboard-spending",
                    lambda o: o.spending,
                    lambda: s.client.invoices.spending(CHART_MONTHS),
                ),
                Spending,
                self._spending_arrived,
                lambda exc: self.spending_failed.emit(describe(exc)),
            )

    def _summary(self, summary: Dashboard) -> None:
        self.summary = summary
        self.summary_loaded.emit(summary)

    async def _attention(self) -> list[Attention]:
        s, on = self.session, today()
        found: list[Attention] = []
        if s.can(Permission.INVOICES):
            page = await s.from_overview(
                "attention-invoices",
                lambda o: o.overdue_invoices,
                lambda: s.client.invoices.list(
                    status=InvoiceFilter.OVERDUE, limit=ATTENTION_INVOICES
                ),
            )
            for invoice in page.items:
                text = arg(
                    QCoreApplication.translate("dashboard", "Invoice %1 is overdue since %2"),
                    invoice.number,
                    _date(invoice.due_on),
                )
                found.append(Attention("invoices", invoice.id, text, invoice.due_on))
        if s.can(Permission.DOMAINS):
            domains = await s.from_overview(
                "attention-domains", lambda o: o.domains, s.client.domains.list
            )
            for domain in domains:
                days = (domain.expiry_date - on).days
                if domain.status == DomainStatus.ACTIVE and 0 <= days <= EXPIRING_DAYS:
                    text = arg(
                        QCoreApplication.translate(
                            "dashboard", "Domain %1 expires in %n day(s)", None, days
                        ),
                        domain.name,
                    )
                    found.append(Attention("domains", domain.id, text, domain.expiry_date))
        if s.can(Permission.TICKETS):
            answered = await s.from_overview(
                "attention-tickets",
                lambda o: _answered(o.tickets),
                lambda: s.client.tickets.list(status=TicketStatus.ANSWERED),
            )
            for ticket in answered:
                text = arg(
                    QCoreApplication.translate("dashboard", "Ticket #%1 was answered: %2"),
                    str(ticket.id),
                    ticket.subject,
                )
                found.append(Attention("support", ticket.id, text, ticket.last_reply_at.date()))
        return found

    def _attention_arrived(self, items: list[Attention]) -> None:
        self.attention = items
        self.attention_loaded.emit(items)

    def _spending_arrived(self, answer: Spending) -> None:
        self.spending, self.currency = chart_of(answer, today())
        self.spending_loaded.emit(self.spending, self.currency)

    def load_catalog(self) -> None:
        portal = self.session.portal
        if portal is None:
            return
        currency = self.summary.currency if self.summary else None
        self.session.runner.run(
            "catalog",
            portal.public.catalog(currency),
            self._catalog,
            lambda exc: self.catalog_failed.emit(describe(exc)),
        )

    def _catalog(self, products: list[Product]) -> None:
        self.catalog = [p for p in products if p.prices]
        self.catalog_loaded.emit(self.catalog)

    # ---- ordering -------------------------------------------------------------------------

    def check_domain(self, name: str) -> None:
        portal = self.session.portal
        if portal is None:
            return
        self.session.runner.run(
            "domain-availability",
            portal.public.domain_availability(
                name.strip(), self.summary.currency if self.summary else None
            ),
            self.availability_checked.emit,
            self._availability_failed,
        )

    def _availability_failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.ValidationFailedError):
            fields = order_field_messages(exc)
            self.availability_failed.emit(fields.get("name", describe(exc)), fields)
        else:
            self.availability_failed.emit(describe(exc), {})

    @staticmethod
    def unavailable_text(answer: DomainAvailability) -> str:
        reason = _REASONS.get(
            answer.reason or "", QT_TRANSLATE_NOOP("dashboard", "%1 is not available.")
        )
        return arg(_t(reason), answer.name)

    def _key(self, what: object) -> str:
        """One Idempotency-Key per intended order: a retried click never orders twice."""
        if self._order_key is None or self._order_key[0] != what:
            self._order_key = (what, str(uuid.uuid4()))
        return self._order_key[1]

    def order_domain(self, name: str, years: int = 1) -> None:
        key = self._key(("domain", name, years))
        self.session.runner.run(
            "order",
            self.session.client.orders.domain(name, years, idempotency_key=key),
            self._ordered,
            self._order_failed,
        )

    def order_product(self, product_id: int, cycle: BillingCycle, domain: str = "") -> None:
        key = self._key(("product", product_id, cycle, domain))
        self.session.runner.run(
            "order",
            self.session.client.orders.product(
                product_id, cycle, domain=domain.strip(), idempotency_key=key
            ),
            self._ordered,
            self._order_failed,
        )

    def _ordered(self, result: OrderResult) -> None:
        self._order_key = None
        self.ordered.emit(result)
        self.load()
        self.session.refresh()

    def _order_failed(self, exc: BaseException) -> None:
        if isinstance(exc, errors.ValidationFailedError):
            self.order_failed.emit(describe(exc), order_field_messages(exc))
        else:
            self.order_failed.emit(describe_order_error(exc), {})
