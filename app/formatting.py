"""How values read for a person, in the user's locale (``QLocale()``, set from the language by
``i18n.install_translators``): money with its currency, plain amounts, dates, times (24 h in
Spanish: "06:00"), and the portal's raw names (statuses, cycles, account fields, permissions) in
the user's language. The one place for it: the views (through ``ui.formatting``), the status bar
messages, the notifications and the CSV export all read the same. QtCore only."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from .i18n import QT_TRANSLATE_NOOP
from .models import BillingCycle, InvoiceStatus, Permission, ServiceStatus

_CURRENCY_SYMBOL = {"ARS": "$", "USD": "US$", "EUR": "€"}


def amount(value: Decimal, decimals: int = 2, *, grouped: bool = True) -> str:
    """``54.450,00`` in Spanish, ``54,450.00`` in English: exact (no float); ``grouped=False``
    leaves out the thousands separators (``54450,00``, for a spreadsheet)."""
    locale = QLocale()
    quantized = value.quantize(Decimal(1).scaleb(-decimals))
    sign = "-" if quantized < 0 else ""
    units, _, fraction = f"{abs(quantized):.{decimals}f}".partition(".")
    text = locale.toString(int(units)) if grouped else units
    if decimals:
        text = f"{text}{locale.decimalPoint()}{fraction}"
    return f"{sign}{text}"


def money(value: Decimal, currency: str) -> str:
    """``$ 45.000,00`` in Spanish, ``US$ 24.00`` in English: the currency is always shown."""
    text = amount(value)
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    return f"{sign}{_CURRENCY_SYMBOL.get(currency, currency)} {text}"


def money_with_code(value: Decimal | str, currency: str) -> str:
    """``ARS 54.450,00``: the ISO code and the amount in the user's format (messages, e-mails)."""
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return f"{currency} {value}".strip()
    return f"{currency} {amount(number)}".strip()


def _spanish() -> bool:
    return QLocale().language() == QLocale.Language.Spanish


def _date_format() -> str:
    """The locale's short date with two-digit day and month and a four-digit year
    (es_AR ``dd/MM/yyyy``, en_US ``MM/dd/yyyy``): one format in lists, details and the CSV."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    text = re.sub(r"(?<!d)d(?!d)", "dd", text)
    text = re.sub(r"(?<!M)M(?!M)", "MM", text)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", text)


def _time_format() -> str:
    # Spanish (Argentina) reads 24-hour times, "06:00"; Qt's es_AR short format says "6:00 a. m."
    if _spanish():
        return "HH:mm"
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date(value: dt.date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), _date_format())


def time(value: dt.time | dt.datetime) -> str:
    """A time of day in the user's format; an aware moment is shown in the computer's zone."""
    if isinstance(value, dt.datetime):
        value = _local(value).time()
    return QLocale().toString(QTime(value.hour, value.minute, value.second), _time_format())


def date_time(value: dt.datetime | None) -> str:
    """``02/12/2026 06:00`` in Spanish; an aware moment is shown in the computer's zone."""
    if value is None:
        return "—"
    local = _local(value)
    return f"{date(local.date())} {time(local.time())}"


def _local(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:  # the portal answers in UTC
        value = value.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    day, clock = moment.date(), moment.time()
    return dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


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


# An invoice is cancelled in the feminine ("Anulada", beside "Pagada"); a service in the masculine.
_INVOICE_CANCELLED = QT_TRANSLATE_NOOP("invoice status", "Cancelled")


def invoice_status(value: str, overdue: bool = False) -> str:
    """An invoice's status as a person reads it: Overdue when unpaid past its due date."""
    if overdue:
        return status("Overdue")
    if value == InvoiceStatus.CANCELLED:
        return QCoreApplication.translate("invoice status", _INVOICE_CANCELLED)
    return status(value)


def cycle(value: BillingCycle) -> str:
    return QCoreApplication.translate("cycle", _CYCLE.get(value, value))


# The account's fields (the portal's names) as the Details tab labels them.
ACCOUNT_FIELDS_CONTEXT = "AccountDetailsTab"
ACCOUNT_FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("AccountDetailsTab", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("AccountDetailsTab", "Last name")),
    ("company", QT_TRANSLATE_NOOP("AccountDetailsTab", "Company")),
    ("email", QT_TRANSLATE_NOOP("AccountDetailsTab", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("AccountDetailsTab", "Phone")),
    ("address1", QT_TRANSLATE_NOOP("AccountDetailsTab", "Address")),
    ("address2", QT_TRANSLATE_NOOP("AccountDetailsTab", "Address (line 2)")),
    ("city", QT_TRANSLATE_NOOP("AccountDetailsTab", "City")),
    ("state", QT_TRANSLATE_NOOP("AccountDetailsTab", "Province / state")),
    ("postcode", QT_TRANSLATE_NOOP("AccountDetailsTab", "Postcode")),
    ("country", QT_TRANSLATE_NOOP("AccountDetailsTab", "Country (ISO code)")),
    ("tax_id", QT_TRANSLATE_NOOP("AccountDetailsTab", "Tax ID (CUIT)")),
    ("language", QT_TRANSLATE_NOOP("AccountDetailsTab", "Language")),
)
_ACCOUNT_FIELDS = dict(ACCOUNT_FIELDS)

PERMISSIONS_CONTEXT = "users"
# The 13 WHMCS permissions, in the portal's order, as a person reads them.
PERMISSION_NAMES: dict[Permission, str] = {
    Permission.PROFILE: QT_TRANSLATE_NOOP("users", "Account details and settings"),
    Permission.CONTACTS: QT_TRANSLATE_NOOP("users", "Contacts"),
    Permission.PRODUCTS: QT_TRANSLATE_NOOP("users", "See services"),
    Permission.MANAGE_PRODUCTS: QT_TRANSLATE_NOOP("users", "Manage services"),
    Permission.PRODUCT_SSO: QT_TRANSLATE_NOOP("users", "Single sign-on to services"),
    Permission.DOMAINS: QT_TRANSLATE_NOOP("users", "See domains"),
    Permission.MANAGE_DOMAINS: QT_TRANSLATE_NOOP("users", "Manage domains"),
    Permission.INVOICES: QT_TRANSLATE_NOOP("users", "Invoices and payments"),
    Permission.QUOTES: QT_TRANSLATE_NOOP("users", "Quotes"),
    Permission.TICKETS: QT_TRANSLATE_NOOP("users", "Support tickets"),
    Permission.AFFILIATES: QT_TRANSLATE_NOOP("users", "Affiliates"),
    Permission.EMAILS: QT_TRANSLATE_NOOP("users", "E-mails received"),
    Permission.ORDERS: QT_TRANSLATE_NOOP("users", "Place orders"),
}


def account_field(name: str) -> str:
    """``phone`` → "Teléfono"; a field this version does not know is shown as it comes."""
    label = _ACCOUNT_FIELDS.get(name)
    return QCoreApplication.translate(ACCOUNT_FIELDS_CONTEXT, label) if label else name


def permission(name: str) -> str:
    try:
        source = PERMISSION_NAMES[Permission(name)]
    except ValueError:
        return name
    return QCoreApplication.translate(PERMISSIONS_CONTEXT, source)


def names(values: Iterable[str]) -> str:
    """A list read as a list in the user's language: "Teléfono, Ciudad"."""
    return ", ".join(values)


def _known_name(raw: str) -> str | None:
    if raw in _ACCOUNT_FIELDS:
        return account_field(raw)
    if raw in Permission._value2member_map_:
        return permission(raw)
    return None


def portal_words(text: str) -> str:
    """A portal's free text (an audit detail, an event's list of fields) with its lists of raw
    names in the user's language: "laura@x.com: profile,tickets" → "laura@x.com: Account details
    and settings, Support tickets". Only a part (between ": " and "; ") made wholly of known names
    is changed, so a domain or an address that happens to contain one is left alone."""
    parts = re.split(r"(: |; )", text)
    for index in range(0, len(parts), 2):
        items = [item.strip() for item in parts[index].split(",")]
        known = [_known_name(item) for item in items]
        if items and all(known):
            parts[index] = names(name for name in known if name)
    return "".join(parts)
