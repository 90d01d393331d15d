"""The portal's own words (e-mails, WhatsApp texts, the invoice PDF) in the account's language,
with money, dates and times as a person in that language reads them: Spanish as in Argentina
("ARS 54.450,00", "07/03/2026", "06:00"), English as in the US ("ARS 54,450.00", "03/07/2026").
No dependency (no Babel): two languages, written out here."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal, InvalidOperation

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


def language_of(value: str | None) -> str:
    code = (value or "").split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def amount(value: Decimal, language: str) -> str:
    """``54.450,00`` (es) or ``54,450.00`` (en), exact."""
    quantized = value.quantize(Decimal("0.01"))
    sign = "-" if quantized < 0 else ""
    whole, _, cents = f"{abs(quantized):.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    thousands, decimal = (".", ",") if language_of(language) == "es" else (",", ".")
    return f"{sign}{thousands.join(groups)}{decimal}{cents}"


def money(value: Decimal, currency: str, language: str) -> str:
    """``ARS 54.450,00``: the ISO code, then the amount; a minus sign before the code."""
    text = amount(value, language)
    if text.startswith("-"):
        return f"-{currency} {text[1:]}"
    return f"{currency} {text}"


def date(day: dt.date | None, language: str) -> str:
    if day is None:
        return "-"
    return day.strftime("%d/%m/%Y" if language_of(language) == "es" else "%m/%d/%Y")


def time(moment: dt.datetime, language: str) -> str:
    """24 hours in Spanish ("06:00"), 12 in English ("6:00 AM")."""
    if language_of(language) == "es":
        return moment.strftime("%H:%M")
    return moment.strftime("%I:%M %p").lstrip("0")


def when(moment: dt.datetime, language: str) -> str:
    """A moment in UTC, said so: the portal does not know the reader's time zone."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{date(moment.date(), language)} {time(moment, language)} UTC"


_INVOICE_STATUS = {
    "Draft": ("Borrador", "Draft"),
    "Unpaid": ("Impaga", "Unpaid"),
    "Paid": ("Pagada", "Paid"),
    "Cancelled": ("Anulada", "Cancelled"),
    "Refunded": ("Reembolsada", "Refunded"),
    "Collections": ("En gestión de cobro", "Collections"),
    "Payment Pending": ("Pago en proceso", "Payment Pending"),
    "Overdue": ("Vencida", "Overdue"),
}


def invoice_status(status: str, language: str) -> str:
    names = _INVOICE_STATUS.get(status)
    if names is None:
        return status
    return names[0] if language_of(language) == "es" else names[1]


def years(count: int, language: str) -> str:
    """``1 año``, ``2 años`` (never "año(s)"); ``1 year``, ``2 years``."""
    if language_of(language) == "es":
        return f"{count} año" if count == 1 else f"{count} años"
    return f"{count} year" if count == 1 else f"{count} years"


def domain_registration(name: str, count: int, language: str) -> str:
    """An invoice line: ``Registro de dominio ejemplo.com.ar - 1 año``."""
    what = "Registro de dominio" if language_of(language) == "es" else "Domain registration"
    return f"{what} {name} - {years(count, language)}"


def domain_renewal(name: str, count: int, start: dt.date, end: dt.date, language: str) -> str:
    """An invoice line: ``Renovación de dominio ejemplo.com - 2 años (07/03/2026 - 07/03/2028)``."""
    what = "Renovación de dominio" if language_of(language) == "es" else "Domain renewal"
    span = f"{date(start, language)} - {date(end, language)}"
    return f"{what} {name} - {years(count, language)} ({span})"


_ACCOUNT_FIELDS = {
    "first_name": ("nombre", "first name"),
    "last_name": ("apellido", "last name"),
    "company": ("empresa", "company"),
    "email": ("e-mail", "e-mail"),
    "phone": ("teléfono", "phone"),
    "address1": ("dirección", "address"),
    "address2": ("dirección (línea 2)", "address (line 2)"),
    "city": ("ciudad", "city"),
    "state": ("provincia", "province / state"),
    "postcode": ("código postal", "postcode"),
    "country": ("país", "country"),
    "tax_id": ("CUIT", "tax ID"),
    "language": ("idioma", "language"),
}


def account_fields(names: str, language: str) -> str:
    """``"city, phone"`` → ``"ciudad, teléfono"``; a name not known here stays as it is."""
    index = 0 if language_of(language) == "es" else 1
    parts = [part.strip() for part in names.split(",") if part.strip()]
    return ", ".join(_ACCOUNT_FIELDS[p][index] if p in _ACCOUNT_FIELDS else p for p in parts)


def readable(data: dict[str, str], language: str) -> dict[str, str]:
    """An event's data (as stored: plain decimals, ISO dates) as the account's reader reads it."""
    values = dict(data)
    if values.get("total"):
        with contextlib.suppress(InvalidOperation):
            values["total"] = amount(Decimal(values["total"]), language)
    if values.get("due_on"):
        # an event stored before dates were ISO was already written for a person: kept
        with contextlib.suppress(ValueError):
            values["due_on"] = date(dt.date.fromisoformat(values["due_on"]), language)
    if values.get("when"):
        with contextlib.suppress(ValueError):
            values["when"] = when(dt.datetime.fromisoformat(values["when"]), language)
    if values.get("fields"):
        values["fields"] = account_fields(values["fields"], language)
    return values
