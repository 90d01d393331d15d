"""Alerts: an event raised in the same transaction as the change that causes it (the outbox).

Call :func:`raise_event` where the change happens, before that transaction's commit::

    raise_event(db, invoice.client_id, AlertEvent.INVOICE_PAID,
                {"number": invoice.number, "total": invoice.total, "currency": invoice.currency})

The event is written to ``alert_outbox`` together with one ``alert_deliveries`` row per channel the
account chose for it (e-mail, WhatsApp); the desktop channel is the events feed
(``GET /accounts/{id}/events``). :mod:`portal.alert_worker` delivers the rows later, retrying until
each is delivered once. If the change rolls back, so does the event: nothing is announced that did
not happen.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import AlertEvent, EmailCategory

from .fanout import events_topic, notify
from .tables import (
    AlertDeliveryRow,
    AlertOutboxRow,
    AlertPreferenceRow,
    AlertProfileRow,
    ClientRow,
    ContactRow,
    utcnow,
)
from .wording import DEFAULT_LANGUAGE, language_of, readable

E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")

EMAIL = "email"
WHATSAPP = "whatsapp"


@dataclass(frozen=True)
class Channels:
    email: bool = True
    whatsapp: bool = False
    desktop: bool = True


DEFAULT_CHANNELS = Channels()

# (title, text): Spanish, as the seeds; {placeholders} come from the event's data.
TEXTS: dict[AlertEvent, tuple[str, str]] = {
    AlertEvent.CLIENT_ADDED: (
        "Bienvenido/a a tu área de clientes",
        "Hola {name}: ya tenés acceso a la cuenta {account}. ¡Bienvenido/a!",
    ),
    AlertEvent.PASSWORD_CHANGED: (
        "Cambiaste tu clave",
        "Por seguridad te avisamos que la clave de acceso de {name} se cambió el {when}. "
        "Si no fuiste vos, contactanos enseguida.",
    ),
    AlertEvent.INVOICE_CREATED: (
        "Nueva factura {number}",
        "Se generó la factura {number} por {currency} {total}, con vencimiento el {due_on}.",
    ),
    AlertEvent.CLIENT_DETAILS_EDITED: (
        "Se modificaron tus datos",
        "Se actualizaron los datos de la cuenta {account}: {fields}.",
    ),
    AlertEvent.INVOICE_CANCELLED: (
        "Factura {number} anulada",
        "La factura {number} fue anulada.",
    ),
    AlertEvent.INVOICE_PAID: (
        "Recibimos tu pago",
        "Registramos el pago de la factura {number} por {currency} {total}. ¡Gracias!",
    ),
    AlertEvent.SERVICE_SUSPENDED: (
        "Servicio suspendido",
        "El servicio {product} {domain} fue suspendido.",
    ),
    AlertEvent.SERVICE_REACTIVATED: (
        "Servicio reactivado",
        "El servicio {product} {domain} volvió a estar activo.",
    ),
    AlertEvent.SERVICE_TERMINATED: (
        "Servicio dado de baja",
        "El servicio {product} {domain} fue dado de baja.",
    ),
    AlertEvent.QUOTE_AVAILABLE: (
        "Tenés un presupuesto disponible",
        "El presupuesto {number} ({subject}) está disponible para que lo revises.",
    ),
    AlertEvent.DOMAIN_DELETED: (
        "Dominio eliminado",
        "El dominio {domain} fue eliminado de tu cuenta.",
    ),
    AlertEvent.TICKET_ANSWERED: (
        "Respondimos tu ticket #{ticket}",
        "Hay una respuesta nueva en tu ticket #{ticket} ({subject}). "
        "Podés leerla y contestarla en tu área de clientes.",
    ),
}

# The same in English, for accounts whose language is English.
TEXTS_EN: dict[AlertEvent, tuple[str, str]] = {
    AlertEvent.CLIENT_ADDED: (
        "Welcome to your client area",
        "Hello {name}: you now have access to the account {account}. Welcome!",
    ),
    AlertEvent.PASSWORD_CHANGED: (
        "Your password was changed",
        "For your security: the password of {name} was changed on {when}. "
        "If it was not you, contact us right away.",
    ),
    AlertEvent.INVOICE_CREATED: (
        "New invoice {number}",
        "Invoice {number} for {currency} {total} was created, due on {due_on}.",
    ),
    AlertEvent.CLIENT_DETAILS_EDITED: (
        "Your details were changed",
        "The details of the account {account} were updated: {fields}.",
    ),
    AlertEvent.INVOICE_CANCELLED: (
        "Invoice {number} cancelled",
        "Invoice {number} was cancelled.",
    ),
    AlertEvent.INVOICE_PAID: (
        "We received your payment",
        "We received the payment of invoice {number} for {currency} {total}. Thank you!",
    ),
    AlertEvent.SERVICE_SUSPENDED: (
        "Service suspended",
        "The service {product} {domain} was suspended.",
    ),
    AlertEvent.SERVICE_REACTIVATED: (
        "Service reactivated",
        "The service {product} {domain} is active again.",
    ),
    AlertEvent.SERVICE_TERMINATED: (
        "Service terminated",
        "The service {product} {domain} was terminated.",
    ),
    AlertEvent.QUOTE_AVAILABLE: (
        "A quote is available",
        "Quote {number} ({subject}) is available for you to review.",
    ),
    AlertEvent.DOMAIN_DELETED: (
        "Domain deleted",
        "The domain {domain} was removed from your account.",
    ),
    AlertEvent.TICKET_ANSWERED: (
        "We answered your ticket #{ticket}",
        "There is a new reply on your ticket #{ticket} ({subject}). "
        "You can read it and answer it in your client area.",
    ),
}

CATEGORY: dict[AlertEvent, EmailCategory] = {
    AlertEvent.INVOICE_CREATED: EmailCategory.INVOICE,
    AlertEvent.INVOICE_CANCELLED: EmailCategory.INVOICE,
    AlertEvent.INVOICE_PAID: EmailCategory.INVOICE,
    AlertEvent.QUOTE_AVAILABLE: EmailCategory.INVOICE,
    AlertEvent.SERVICE_SUSPENDED: EmailCategory.PRODUCT,
    AlertEvent.SERVICE_REACTIVATED: EmailCategory.PRODUCT,
    AlertEvent.SERVICE_TERMINATED: EmailCategory.PRODUCT,
    AlertEvent.DOMAIN_DELETED: EmailCategory.DOMAIN,
    AlertEvent.TICKET_ANSWERED: EmailCategory.SUPPORT,
}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def render(
    event: AlertEvent, data: Mapping[str, str], language: str = DEFAULT_LANGUAGE
) -> tuple[str, str]:
    """The event's title and text in ``language`` (the account's), filled with its data as a
    reader of that language reads it: amounts, dates, field names (missing values left blank)."""
    title, text = (TEXTS_EN if language_of(language) == "en" else TEXTS)[event]
    values = _Blank(readable(dict(data), language))
    return (
        " ".join(title.format_map(values).split()),
        " ".join(text.format_map(values).split()),
    )


def _placeholders(text: str) -> list[str]:
    names: list[str] = []
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name and name not in names:
            names.append(name)
    return names


def account_language(db: Session, client_id: int | None) -> str:
    """The language the account reads the portal's texts in (its details' language)."""
    client = db.get(ClientRow, client_id) if client_id is not None else None
    return language_of(client.language if client else None)


def data_names(event: AlertEvent) -> set[str]:
    """What an event's data holds (the names its title and text use)."""
    title, text = TEXTS[event]
    return set(_placeholders(title)) | set(_placeholders(text))


def template_parameters(event: AlertEvent) -> list[str]:
    """The default WhatsApp template's parameters: the data its text names, in that order."""
    return _placeholders(TEXTS[event][1])


def template_body(event: AlertEvent) -> str:
    """The default template's body, to register in WhatsApp Manager: the text, with ``{{1}}``,
    ``{{2}}``, ... where the data goes."""
    numbers = {name: f"{{{{{n}}}}}" for n, name in enumerate(template_parameters(event), 1)}
    return TEXTS[event][1].format_map(numbers)


def category_of(event: AlertEvent) -> EmailCategory:
    return CATEGORY.get(event, EmailCategory.GENERAL)


def channels_for(db: Session, client_id: int) -> dict[AlertEvent, Channels]:
    """Every event's channels for an account (defaults where the account chose nothing)."""
    chosen = {
        row.event: Channels(row.email, row.whatsapp, row.desktop)
        for row in db.scalars(
            select(AlertPreferenceRow).where(AlertPreferenceRow.client_id == client_id)
        )
    }
    return {event: chosen.get(event.value, DEFAULT_CHANNELS) for event in AlertEvent}


def whatsapp_phone(db: Session, client_id: int) -> str:
    profile = db.get(AlertProfileRow, client_id)
    return profile.whatsapp_phone if profile else ""


def email_recipients(db: Session, client_id: int, category: EmailCategory) -> list[str]:
    """The account's own address, then every contact that receives this category."""
    client = db.get(ClientRow, client_id)
    recipients = [client.email] if client else []
    for contact in db.scalars(
        select(ContactRow).where(ContactRow.client_id == client_id).order_by(ContactRow.id)
    ):
        if category.value in contact.categories.split(",") and contact.email not in recipients:
            recipients.append(contact.email)
    return recipients


def raise_event(
    db: Session, client_id: int, event: AlertEvent | str, data: Mapping[str, object]
) -> AlertOutboxRow:
    """Record ``event`` for the account in the current transaction (the caller commits)."""
    event = AlertEvent(event)
    # no flush here: the caller's pending change (and its constraint errors) stay for its commit
    with db.no_autoflush:
        channels = channels_for(db, client_id)[event]
        phone = whatsapp_phone(db, client_id)
    row = AlertOutboxRow(
        client_id=client_id,
        event=event.value,
        data=json.dumps({k: str(v) for k, v in data.items()}, ensure_ascii=False),
        desktop=channels.desktop,
        created_at=utcnow(),
    )
    if channels.email:
        row.deliveries.append(AlertDeliveryRow(channel=EMAIL, next_attempt_at=utcnow()))
    if channels.whatsapp and phone:
        row.deliveries.append(AlertDeliveryRow(channel=WHATSAPP, next_attempt_at=utcnow()))
    db.add(row)
    if channels.desktop:
        notify(db, events_topic(client_id))  # wakes the desktops' long polls at commit
    return row
