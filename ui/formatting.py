"""How values read on screen: money with its currency, dates in the user's locale, statuses in
the user's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.i18n import QT_TRANSLATE_NOOP
from app.models import BillingCycle, InvoiceStatus, ServiceStatus

_CURRENCY_SYMBOL = {"ARS": "$", "USD": "US$", "EUR": "€"}


def money(amount: Decimal, currency: str) -> str:
    """``$ 45.000,00`` in Spanish, ``US$ 24.00`` in English: the currency is always shown."""
    locale = QLocale()
    quantized = amount.quantize(Decimal("0.01"))
    sign = "-" if quantized < 0 else ""
    units, _, cents = f"{abs(quantized):.2f}".partition(".")
    grouped = locale.toString(int(units))
    text = f"{grouped}{locale.decimalPoint()}{cents}"
    return f"{sign}{_CURRENCY_SYMBOL.get(currency, currency)} {text}"


def date(value: dt.date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def qdate(value: dt.date | None) -> QDate:
    return QDate() if value is None else QDate(value.year, value.month, value.day)


_STATUS = {
    ServiceStatus.PENDING: QT_TRANSLATE_NOOP("status", "Pending"),
    ServiceStatus.ACTIVE: QT_TRANSLATE_NOOP("status", "Active"),
    ServiceStatus.SUSPENDED: QT_TRANSLATE_NOOP("status", "Suspended"),
    ServiceStatus.TERMINATED: QT_TRANSLATE_NOOP("status", "Terminated"),
    ServiceStatus.CANCELLED: QT_TRANSLATE_NOOP("status", "Cancelled"),
    ServiceStatus.COMPLETED: QT_TRANSLATE_NOOP("status", "Completed"),
    ServiceStatus.FRAUD: QT_TRANSLATE_NOOP("status", "Fraud"),
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("status", "Draft"),
    InvoiceStatus.UNPAID: QT_TRANSLATE_NOOP("status", "Unpaid"),
    InvoiceStatus.PAID: QT_TRANSLATE_NOOP("status", "Paid"),
    InvoiceStatus.REFUNDED: QT_TRANSLATE_NOOP("status", "Refunded"),
    InvoiceStatus.COLLECTIONS: QT_TRANSLATE_NOOP("status", "Collections"),
    InvoiceStatus.PAYMENT_PENDING: QT_TRANSLATE_NOOP("status", "Payment Pending"),
    "Overdue": QT_TRANSLATE_NOOP("status", "Overdue"),
}

_CYCLE = {
    BillingCycle.FREE: QT_TRANSLATE_NOOP("cycle", "Free"),
    BillingCycle.ONE_TIME: QT_TRANSLATE_NOOP("cycle", "One time"),
    BillingCycle.MONTHLY: QT_TRANSLATE_NOOP("cycle", "Monthly"),
    BillingCycle.QUARTERLY: QT_TRANSLATE_NOOP("cycle", "Quarterly"),
    BillingCycle.SEMI_ANNUALLY: QT_TRANSLATE_NOOP("cycle", "Semi-annually"),
    BillingCycle.ANNUALLY: QT_TRANSLATE_NOOP("cycle", "Annually"),
    BillingCycle.BIENNIALLY: QT_TRANSLATE_NOOP("cycle", "Biennially"),
    BillingCycle.TRIENNIALLY: QT_TRANSLATE_NOOP("cycle", "Triennially"),
}


def status(value: str) -> str:
    # ServiceStatus.CANCELLED and InvoiceStatus.CANCELLED share the text "Cancelled".
    source = _STATUS.get(value, value)
    return QCoreApplication.translate("status", source)


def cycle(value: BillingCycle) -> str:
    return QCoreApplication.translate("cycle", _CYCLE.get(value, value))
