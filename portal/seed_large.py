"""``clientdesk-portal seed-large``: fill a portal database with a large data set, to see how the
app behaves for a reseller with hundreds of accounts.

On top of the demo data (written first when the database is empty) it adds ``--accounts`` client
accounts with services in every status, ``--invoices`` invoices (a few Unpaid, some overdue),
``--domains`` domains expiring from last month to next year and a few open tickets, and one
person, the demo reseller, who reaches every one of those accounts (password: the demo one).

Rows go in with bulk inserts (executemany), one transaction per batch; the reseller's password is
hashed once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from api_client.models import (
    BillingCycle,
    DomainStatus,
    InvoiceStatus,
    Permission,
    ServiceStatus,
    TicketPriority,
    TicketStatus,
)

from .billing import TLD_PRICES
from .db import Database, upgrade_database
from .demo import DEMO_PASSWORD, has_demo_data, seed_demo
from .demo_time import DemoClock
from .passwords import hash_password
from .settings import PortalSettings
from .tables import (
    ClientRow,
    DepartmentRow,
    DomainRow,
    InvoiceItemRow,
    InvoiceRow,
    MembershipRow,
    PersonRow,
    ServiceRow,
    TicketMessageRow,
    TicketRow,
)

RESELLER_EMAIL = "revendedor@latinhost.com.ar"
RESELLER_NAME = "Revendedor Demo"
BATCH = 5000
IVA = Decimal("0.21")

FIRST_NAMES = [
    "Ana",
    "Bruno",
    "Carla",
    "Diego",
    "Elena",
    "Facundo",
    "Gabriela",
    "Hernán",
    "Inés",
    "Joaquín",
    "Karina",
    "Lucas",
    "Mariana",
    "Nicolás",
    "Olivia",
    "Pablo",
    "Quimey",
    "Rocío",
    "Santiago",
    "Tamara",
    "Ulises",
    "Valeria",
    "Walter",
    "Ximena",
    "Yanina",
    "Zoe",
]
LAST_NAMES = [
    "Acosta",
    "Benítez",
    "Castro",
    "Domínguez",
    "Escobar",
    "Fernández",
    "Gómez",
    "Herrera",
    "Ibáñez",
    "Juárez",
    "Kessler",
    "López",
    "Medina",
    "Núñez",
    "Ortiz",
    "Paz",
    "Quiroga",
    "Romero",
    "Sosa",
    "Torres",
    "Uriarte",
    "Vega",
    "Wagner",
    "Zárate",
]
TRADES = [
    "Estudio",
    "Contable",
    "Ferretería",
    "Panadería",
    "Consultora",
    "Librería",
    "Inmobiliaria",
    "Veterinaria",
    "Imprenta",
    "Taller",
    "Agencia",
    "Bodega",
    "Clínica",
    "Escuela",
    "Distribuidora",
]
PRODUCTS = [
    ("Hosting Básico", "Hosting compartido", "18000.00", "15.00", BillingCycle.ANNUALLY),
    ("Hosting Pro", "Hosting compartido", "45000.00", "38.00", BillingCycle.ANNUALLY),
    ("Correo Empresarial 10", "Correo", "3900.00", "4.00", BillingCycle.MONTHLY),
    ("VPS 2 GB", "Servidores virtuales", "12500.00", "11.00", BillingCycle.MONTHLY),
    ("Certificado SSL", "Seguridad", "15000.00", "14.00", BillingCycle.ANNUALLY),
]
SERVICE_STATUSES = [
    ServiceStatus.ACTIVE,
    ServiceStatus.ACTIVE,
    ServiceStatus.ACTIVE,
    ServiceStatus.SUSPENDED,
    ServiceStatus.PENDING,
    ServiceStatus.TERMINATED,
    ServiceStatus.CANCELLED,
]
TLDS = ("com.ar", "com", "ar", "net")


def _next_id(db: Session, table: Any) -> int:
    return int(db.scalar(select(func.coalesce(func.max(table.id), 0))) or 0) + 1


def _batches(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _write(db: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        db.execute(insert(table), list(batch))
        db.commit()


def seed_large(
    db: Session,
    *,
    accounts: int = 500,
    invoices: int = 50_000,
    domains: int = 5_000,
    clock: DemoClock | None = None,
    seed: int = 7,
) -> dict[str, int]:
    """Add the large data set; returns how many rows of each kind were written."""
    clock = clock or DemoClock.at()
    today, now = clock.today, clock.now
    rng = random.Random(seed)
    if not has_demo_data(db):
        seed_demo(db, clock=clock)
    if db.scalar(select(PersonRow.id).where(PersonRow.email == RESELLER_EMAIL)) is not None:
        raise SystemExit("This database already holds the large data set.")
    departments = list(db.scalars(select(DepartmentRow.id)))

    person_id = _next_id(db, PersonRow)
    reseller = {
        "id": person_id,
        "email": RESELLER_EMAIL,
        "name": RESELLER_NAME,
        "password_hash": hash_password(DEMO_PASSWORD),
        "is_staff": False,
        "created_at": now,
    }
    _write(db, PersonRow.__table__, [reseller])  # type: ignore[arg-type]

    client_id = _next_id(db, ClientRow)
    clients: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    managed = ",".join(p.value for p in Permission if p is not Permission.AFFILIATES)
    for index in range(accounts):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company = f"{rng.choice(TRADES)} {last} {index + 1:04d}"
        currency = "USD" if index % 5 == 0 else "ARS"
        clients.append(
            {
                "id": client_id + index,
                "first_name": first,
                "last_name": last,
                "company": company,
                "email": f"cliente{index + 1:04d}@revendedor-demo.com.ar",
                "phone": f"+54 11 4{index:03d}-{rng.randint(1000, 9999)}",
                "address1": f"Calle {rng.randint(1, 9000)}",
                "address2": "",
                "city": "Ciudad Autónoma de Buenos Aires",
                "state": "CABA",
                "postcode": "C1000",
                "country": "AR",
                "tax_id": "",
                "language": "es",
                "currency": currency,
                "created_at": now,
            }
        )
        memberships.append(
            {
                "person_id": person_id,
                "client_id": client_id + index,
                "is_owner": False,
                "permissions": managed,
            }
        )
    _write(db, ClientRow.__table__, clients)  # type: ignore[arg-type]
    _write(db, MembershipRow.__table__, memberships)  # type: ignore[arg-type]

    services: list[dict[str, Any]] = []
    by_client: dict[int, list[dict[str, Any]]] = {}
    service_id = _next_id(db, ServiceRow)
    for client in clients:
        for slot in range(rng.randint(2, 5)):
            product, group, ars, usd, cycle = rng.choice(PRODUCTS)
            status = rng.choice(SERVICE_STATUSES)
            amount = Decimal(usd if client["currency"] == "USD" else ars)
            row = {
                "id": service_id,
                "client_id": client["id"],
                "product": product,
                "product_group": group,
                "domain": f"{client['email'].split('@')[0]}-{slot}.com.ar",
                "amount": amount,
                "first_payment_amount": amount,
                "currency": client["currency"],
                "billing_cycle": cycle.value,
                "registration_date": today - dt.timedelta(days=rng.randint(30, 1500)),
                "next_due_date": None
                if status in (ServiceStatus.TERMINATED, ServiceStatus.CANCELLED)
                else today + dt.timedelta(days=rng.randint(1, 360)),
                "status": status.value,
                "server": "srv20.latinhost.com.ar",
                "username": f"c{client['id']}s{slot}",
                "dedicated_ip": "",
                "notes": "",
            }
            service_id += 1
            services.append(row)
            by_client.setdefault(client["id"], []).append(row)
    _write(db, ServiceRow.__table__, services)  # type: ignore[arg-type]

    invoice_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    invoice_id = _next_id(db, InvoiceRow)
    item_id = _next_id(db, InvoiceItemRow)
    per_client = max(1, invoices // max(1, accounts))
    written = 0
    for client in clients:
        count = min(per_client, invoices - written)
        for index in range(count):
            service = rng.choice(by_client[client["id"]])
            issued = today - dt.timedelta(days=index * 9 + rng.randint(0, 4))
            due = issued + dt.timedelta(days=10)
            subtotal = service["amount"]
            tax = (subtotal * IVA).quantize(Decimal("0.01"))
            total = subtotal + tax
            if index == 0 or (index < 4 and rng.random() < 0.3):
                invoice_status = InvoiceStatus.UNPAID
            elif index % 23 == 0:
                invoice_status = InvoiceStatus.CANCELLED
            else:
                invoice_status = InvoiceStatus.PAID
            invoice_rows.append(
                {
                    "id": invoice_id,
                    "client_id": client["id"],
                    "number": f"R-{invoice_id:07d}",
                    "issued_on": issued,
                    "due_on": due,
                    "paid_on": min(due - dt.timedelta(days=2), today)
                    if invoice_status == InvoiceStatus.PAID
                    else None,
                    "status": invoice_status.value,
                    "currency": client["currency"],
                    "subtotal": subtotal,
                    "tax_rate": Decimal("21.00"),
                    "tax": tax,
                    "credit": Decimal("0"),
                    "total": total,
                    "amount_paid": total if invoice_status == InvoiceStatus.PAID else Decimal("0"),
                    "notes": "",
                }
            )
            item_rows.append(
                {
                    "id": item_id,
                    "invoice_id": invoice_id,
                    "description": f"{service['product']} - {service['domain']}",
                    "amount": subtotal,
                    "taxed": True,
                    "service_id": service["id"],
                }
            )
            invoice_id += 1
            item_id += 1
            written += 1
    _write(db, InvoiceRow.__table__, invoice_rows)  # type: ignore[arg-type]
    _write(db, InvoiceItemRow.__table__, item_rows)  # type: ignore[arg-type]

    domain_rows: list[dict[str, Any]] = []
    domain_id = _next_id(db, DomainRow)
    for index in range(domains):
        client = clients[index % len(clients)]
        tld = TLDS[index % len(TLDS)]
        expires_in = rng.randint(-20, 400)
        domain_status = DomainStatus.ACTIVE if expires_in >= 0 else DomainStatus.GRACE
        expiry = today + dt.timedelta(days=expires_in)
        domain_rows.append(
            {
                "id": domain_id + index,
                "client_id": client["id"],
                "name": f"{client['email'].split('@')[0]}-d{index // len(clients)}.{tld}",
                "status": domain_status.value,
                "registration_date": expiry - dt.timedelta(days=365 * rng.randint(1, 5)),
                "expiry_date": expiry,
                "auto_renew": rng.random() < 0.6,
                "transfer_locked": True,
                "epp_code_hash": "",
                "nameservers": "ns1.latinhost.com.ar\nns2.latinhost.com.ar",
                "recurring_amount": TLD_PRICES[tld][client["currency"]],
                "currency": client["currency"],
            }
        )
    _write(db, DomainRow.__table__, domain_rows)  # type: ignore[arg-type]

    ticket_rows: list[dict[str, Any]] = []
    message_rows: list[dict[str, Any]] = []
    ticket_id = _next_id(db, TicketRow)
    message_id = _next_id(db, TicketMessageRow)
    for client in clients:
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            started = now - dt.timedelta(hours=rng.randint(1, 240))
            ticket_rows.append(
                {
                    "id": ticket_id,
                    "client_id": client["id"],
                    "department_id": rng.choice(departments),
                    "service_id": None,
                    "subject": "Consulta sobre mi servicio",
                    "status": rng.choice((TicketStatus.OPEN, TicketStatus.CUSTOMER_REPLY)).value,
                    "priority": rng.choice(list(TicketPriority)).value,
                    "opened_by": person_id,
                    "created_at": started,
                    "last_reply_at": started,
                }
            )
            message_rows.append(
                {
                    "id": message_id,
                    "ticket_id": ticket_id,
                    "person_id": person_id,
                    "author_name": RESELLER_NAME,
                    "from_staff": False,
                    "body": "Hola, necesito ayuda con este servicio.",
                    "created_at": started,
                }
            )
            ticket_id += 1
            message_id += 1
    _write(db, TicketRow.__table__, ticket_rows)  # type: ignore[arg-type]
    _write(db, TicketMessageRow.__table__, message_rows)  # type: ignore[arg-type]
    return {
        "accounts": len(clients),
        "services": len(services),
        "invoices": len(invoice_rows),
        "domains": len(domain_rows),
        "tickets": len(ticket_rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="clientdesk-portal seed-large",
        description="Fill the portal database (CLIENTDESK_DATABASE_URL) with a large data set "
        "(a reseller with many accounts).",
    )
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--invoices", type=int, default=50_000)
    parser.add_argument("--domains", type=int, default=5_000)
    args = parser.parse_args(argv)
    if args.accounts < 1:
        parser.error("--accounts must be at least 1")
    started = time.perf_counter()
    url = PortalSettings().database_url.get_secret_value()  # CLIENTDESK_DATABASE_URL
    upgrade_database(url)
    database = Database(url)
    try:
        with database.sessions() as db:
            counts = seed_large(
                db, accounts=args.accounts, invoices=args.invoices, domains=args.domains
            )
    finally:
        database.dispose()
    elapsed = time.perf_counter() - started
    written = ", ".join(f"{count} {name}" for name, count in counts.items())
    print(f"wrote {written} in {elapsed:.1f} s; sign in as {RESELLER_EMAIL} / {DEMO_PASSWORD}")
    return 0
