"""Demo data of the account side: contacts, a saved card, connected apps, alert choices and the
e-mails received (in Spanish, as the seeds)."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.models import AlertEvent, EmailCategory, InvoiceStatus, ServiceStatus

from .demo_time import DemoClock
from .mailbox import record_email
from .tables import (
    AlertPreferenceRow,
    AlertProfileRow,
    ClientRow,
    ContactRow,
    InvoiceRow,
    PaymentMethodRow,
    PersonRow,
    ServiceRow,
    SsoGrantRow,
)


def seed_account_side(
    db: Session, clock: DemoClock, clients: tuple[ClientRow, ...], people: tuple[PersonRow, ...]
) -> None:
    today = clock.today
    db.flush()
    gimenez, pereyra = clients[0], clients[1]
    laura = people[0]
    db.add_all(
        [
            ContactRow(
                client_id=gimenez.id,
                first_name="Carolina",
                last_name="Sosa",
                company="Estudio Contable Sosa",
                email="carolina@contablesosa.com.ar",
                phone="+54 11 4321-0000",
                categories="invoice",
            ),
            ContactRow(
                client_id=gimenez.id,
                first_name="Diego",
                last_name="Ferrari",
                email="diego@gimenezdiseno.com.ar",
                categories="product,domain,support",
            ),
            ContactRow(
                client_id=pereyra.id,
                first_name="Lucía",
                last_name="Pereyra",
                email="lucia@estudiopereyra.com.ar",
                categories="general,invoice",
            ),
            PaymentMethodRow(
                client_id=gimenez.id,
                token=secrets.token_urlsafe(24),
                brand="visa",
                last4="4242",
                exp_month=8,
                exp_year=today.year + 2,
                holder_name="LAURA GIMENEZ",
                is_default=True,
            ),
            SsoGrantRow(
                person_id=laura.id,
                app_name="WordPress Toolkit",
                scopes="clientarea:sso,products:read",
                granted_at=clock.time(today - dt.timedelta(days=200)),
                last_used_at=clock.time(today - dt.timedelta(days=3), 15),
            ),
            SsoGrantRow(
                person_id=laura.id,
                app_name="Softaculous",
                scopes="clientarea:sso",
                granted_at=clock.time(today - dt.timedelta(days=90)),
                last_used_at=None,
            ),
            AlertProfileRow(client_id=gimenez.id, whatsapp_phone="+5491145678910"),
            AlertPreferenceRow(
                client_id=gimenez.id,
                event=AlertEvent.INVOICE_CREATED.value,
                email=True,
                whatsapp=True,
                desktop=True,
            ),
            AlertPreferenceRow(
                client_id=gimenez.id,
                event=AlertEvent.SERVICE_SUSPENDED.value,
                email=True,
                whatsapp=True,
                desktop=True,
            ),
        ]
    )
    for client in (gimenez, pereyra):
        _emails(db, client, clock)


def _emails(db: Session, client: ClientRow, clock: DemoClock) -> None:
    today = clock.today
    name = client.first_name
    welcome = record_email(
        db,
        client.id,
        client.email,
        "Bienvenido/a a LatinHost",
        f"Hola {name}:\n\nGracias por elegirnos. Ya podés ingresar al área de clientes con tu "
        "e-mail y la clave que elegiste.\n\nDesde ahí vas a poder ver tus servicios, pagar tus "
        "facturas y abrir tickets de soporte.\n\nSaludos,\nEl equipo de LatinHost",
    )
    welcome.sent_at = clock.time(today - dt.timedelta(days=900), 8)  # when the account was opened
    invoices = list(
        db.scalars(
            select(InvoiceRow)
            .where(InvoiceRow.client_id == client.id)
            .order_by(InvoiceRow.issued_on.desc(), InvoiceRow.id.desc())
            .limit(8)
        )
    )
    for invoice in reversed(invoices):
        created = record_email(
            db,
            client.id,
            client.email,
            f"Nueva factura {invoice.number}",
            f"Hola {name}:\n\nSe generó la factura {invoice.number} por {invoice.currency} "
            f"{invoice.total}, con vencimiento el {invoice.due_on:%d/%m/%Y}.\n\nPodés pagarla "
            "desde el área de clientes.",
            category=EmailCategory.INVOICE,
        )
        created.sent_at = clock.time(invoice.issued_on, 6)
        if invoice.status == InvoiceStatus.PAID and invoice.paid_on is not None:
            paid = record_email(
                db,
                client.id,
                client.email,
                f"Confirmación de pago de la factura {invoice.number}",
                f"Hola {name}:\n\nRecibimos el pago de la factura {invoice.number} por "
                f"{invoice.currency} {invoice.total}. ¡Gracias!",
                category=EmailCategory.INVOICE,
            )
            paid.sent_at = clock.time(invoice.paid_on, 11)
    suspended = db.scalar(
        select(ServiceRow).where(
            ServiceRow.client_id == client.id, ServiceRow.status == ServiceStatus.SUSPENDED.value
        )
    )
    if suspended is not None:
        notice = record_email(
            db,
            client.id,
            client.email,
            f"Servicio suspendido: {suspended.product} ({suspended.domain})",
            f"Hola {name}:\n\nTe informamos que el servicio {suspended.product} del dominio "
            f"{suspended.domain} fue suspendido por falta de pago.\n\nPara reactivarlo, aboná "
            "la factura pendiente desde el área de clientes: el servicio se reactiva "
            "automáticamente al registrarse el pago.",
            category=EmailCategory.PRODUCT,
        )
        notice.sent_at = clock.time(today - dt.timedelta(days=12), 10)
