"""Demo data: two client accounts, one person who reaches both, services in every status, and
invoices paid, unpaid and overdue, in pesos and dollars.

Dates are relative to the moment the data is made and never after it (``portal.demo_time``), so
"overdue" and "next due" stay meaningful. The generator is seeded: the same day gives the same data.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.models import BillingCycle, InvoiceStatus, Permission, ServiceStatus

from .demo_account_side import seed_account_side
from .demo_client_area import seed_client_area
from .demo_time import DemoClock
from .passwords import hash_password
from .tables import (
    ClientRow,
    InvoiceItemRow,
    InvoiceRow,
    MembershipRow,
    PersonRow,
    ServiceRow,
)

DEMO_EMAIL = "laura@gimenezdiseno.com.ar"
DEMO_PASSWORD = "demo-clientdesk"
OTHER_EMAIL = "martin@estudiopereyra.com.ar"
STAFF_EMAIL = "soporte@latinhost.com.ar"

IVA = Decimal("21.00")
CENT = Decimal("0.01")

_CYCLE_MONTHS = {
    BillingCycle.MONTHLY: 1,
    BillingCycle.QUARTERLY: 3,
    BillingCycle.SEMI_ANNUALLY: 6,
    BillingCycle.ANNUALLY: 12,
    BillingCycle.BIENNIALLY: 24,
}


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def has_demo_data(db: Session) -> bool:
    return bool(db.scalar(select(func.count()).select_from(PersonRow)))


def seed_demo(
    db: Session, *, clock: DemoClock | None = None, invoices_per_account: int = 120
) -> None:
    """Fill an empty database with the demo data set, dated by ``clock`` (now by default)."""
    clock = clock or DemoClock.at()
    today = clock.today
    rng = random.Random(today.toordinal())

    laura = PersonRow(
        email=DEMO_EMAIL, name="Laura Giménez", password_hash=hash_password(DEMO_PASSWORD)
    )
    martin = PersonRow(
        email=OTHER_EMAIL, name="Martín Pereyra", password_hash=hash_password(DEMO_PASSWORD)
    )
    staff = PersonRow(
        email=STAFF_EMAIL,
        name="Soporte LatinHost",
        is_staff=True,
        password_hash=hash_password(DEMO_PASSWORD),
    )
    db.add_all([laura, martin, staff])

    gimenez = ClientRow(
        first_name="Laura",
        last_name="Giménez",
        company="Giménez Diseño",
        email=DEMO_EMAIL,
        phone="+54 11 4567-8910",
        address1="Av. Corrientes 1234, piso 5",
        city="Ciudad Autónoma de Buenos Aires",
        state="CABA",
        postcode="C1043",
        country="AR",
        tax_id="27-28765432-4",
        language="es",
        currency="ARS",
    )
    pereyra = ClientRow(
        first_name="Martín",
        last_name="Pereyra",
        company="Estudio Pereyra & Asociados",
        email=OTHER_EMAIL,
        phone="+54 351 422-1100",
        address1="Bv. San Juan 450",
        city="Córdoba",
        state="Córdoba",
        postcode="X5000",
        country="AR",
        tax_id="30-71234567-9",
        language="es",
        currency="USD",
    )
    db.add_all([gimenez, pereyra])
    db.flush()

    db.add_all(
        [
            MembershipRow(person_id=laura.id, client_id=gimenez.id, is_owner=True),
            MembershipRow(person_id=martin.id, client_id=pereyra.id, is_owner=True),
            # Laura manages the Pereyra account for them (the reseller's case), without orders.
            MembershipRow(
                person_id=laura.id,
                client_id=pereyra.id,
                permissions=",".join(
                    p.value
                    for p in Permission
                    if p not in (Permission.ORDERS, Permission.AFFILIATES)
                ),
            ),
        ]
    )

    services_a = _services(
        db,
        gimenez,
        "ARS",
        today,
        [
            (
                "Hosting Pro",
                "Hosting compartido",
                "gimenezdiseno.com.ar",
                "45000.00",
                BillingCycle.ANNUALLY,
                ServiceStatus.ACTIVE,
            ),
            (
                "Correo Empresarial 10",
                "Correo",
                "gimenezdiseno.com.ar",
                "3900.00",
                BillingCycle.MONTHLY,
                ServiceStatus.ACTIVE,
            ),
            (
                "Hosting Básico",
                "Hosting compartido",
                "tiendalaura.com.ar",
                "18000.00",
                BillingCycle.ANNUALLY,
                ServiceStatus.SUSPENDED,
            ),
            (
                "Certificado SSL Wildcard",
                "Seguridad",
                "gimenezdiseno.com.ar",
                "52000.00",
                BillingCycle.ANNUALLY,
                ServiceStatus.PENDING,
            ),
            (
                "VPS 2 GB",
                "Servidores virtuales",
                "vps1.gimenezdiseno.com.ar",
                "12500.00",
                BillingCycle.MONTHLY,
                ServiceStatus.TERMINATED,
            ),
            (
                "Hosting Inicial",
                "Hosting compartido",
                "portfolio-laura.com.ar",
                "9000.00",
                BillingCycle.SEMI_ANNUALLY,
                ServiceStatus.CANCELLED,
            ),
        ],
    )
    services_b = _services(
        db,
        pereyra,
        "USD",
        today,
        [
            (
                "Cloud Server 4 GB",
                "Servidores virtuales",
                "srv.estudiopereyra.com.ar",
                "24.00",
                BillingCycle.MONTHLY,
                ServiceStatus.ACTIVE,
            ),
            (
                "Hosting Empresa",
                "Hosting compartido",
                "estudiopereyra.com.ar",
                "180.00",
                BillingCycle.ANNUALLY,
                ServiceStatus.ACTIVE,
            ),
            (
                "Backup Remoto 100 GB",
                "Resguardo",
                "estudiopereyra.com.ar",
                "8.50",
                BillingCycle.MONTHLY,
                ServiceStatus.SUSPENDED,
            ),
            (
                "Correo Empresarial 25",
                "Correo",
                "estudiopereyra.com.ar",
                "15.00",
                BillingCycle.QUARTERLY,
                ServiceStatus.PENDING,
            ),
        ],
    )
    db.flush()
    number = 24000
    for client, services in ((gimenez, services_a), (pereyra, services_b)):
        number = _invoices(db, rng, client, services, today, invoices_per_account, number)
    seed_client_area(db, clock, (gimenez, pereyra), (laura, martin, staff), services_a)
    seed_account_side(db, clock, (gimenez, pereyra), (laura, martin, staff))
    db.commit()


def _services(
    db: Session,
    client: ClientRow,
    currency: str,
    today: dt.date,
    specs: list[tuple[str, str, str, str, BillingCycle, ServiceStatus]],
) -> list[ServiceRow]:
    rows = []
    for index, (product, group, domain, amount, cycle, status) in enumerate(specs):
        registered = add_months(today, -(30 - index * 3))
        months = _CYCLE_MONTHS.get(cycle, 12)
        next_due: dt.date | None = registered
        while next_due is not None and next_due <= today:
            next_due = add_months(next_due, months)
        if status in (ServiceStatus.TERMINATED, ServiceStatus.CANCELLED):
            next_due = None
        row = ServiceRow(
            client_id=client.id,
            product=product,
            product_group=group,
            domain=domain,
            amount=Decimal(amount),
            first_payment_amount=Decimal(amount),
            currency=currency,
            billing_cycle=cycle.value,
            registration_date=registered,
            next_due_date=next_due,
            status=status.value,
            server=f"srv{10 + index}.latinhost.com.ar" if status != ServiceStatus.PENDING else "",
            username=domain.split(".")[0][:8] if status != ServiceStatus.PENDING else "",
            dedicated_ip=f"200.58.{110 + index}.{20 + index * 7}"
            if "VPS" in product or "Cloud" in product
            else "",
            notes="",
        )
        db.add(row)
        rows.append(row)
    return rows


def _invoices(
    db: Session,
    rng: random.Random,
    client: ClientRow,
    services: list[ServiceRow],
    today: dt.date,
    count: int,
    number: int,
) -> int:
    """``count`` invoices, one every few days back in time: the newest unpaid (some overdue)."""
    for index in range(count):
        issued = today - dt.timedelta(days=index * 6 + rng.randint(0, 3))
        due = issued + dt.timedelta(days=10)
        picked = rng.sample(services, k=min(len(services), rng.randint(1, 2)))
        subtotal = sum((s.amount for s in picked), Decimal("0"))
        tax = (subtotal * IVA / 100).quantize(CENT)
        total = subtotal + tax
        if index < 3:
            status = InvoiceStatus.UNPAID  # due soon or overdue
        elif index < 6:
            status = rng.choice([InvoiceStatus.UNPAID, InvoiceStatus.PAID])
        elif index % 17 == 0:
            status = InvoiceStatus.CANCELLED
        elif index % 41 == 0:
            status = InvoiceStatus.REFUNDED
        else:
            status = InvoiceStatus.PAID
        paid_on = (
            min(due - dt.timedelta(days=rng.randint(0, 9)), today)
            if status == InvoiceStatus.PAID
            else None
        )
        number += 1
        invoice = InvoiceRow(
            client_id=client.id,
            number=f"F-{number:06d}",
            issued_on=issued,
            due_on=due,
            paid_on=paid_on,
            status=status.value,
            currency=client.currency,
            subtotal=subtotal,
            tax_rate=IVA,
            tax=tax,
            total=total,
            amount_paid=total if status == InvoiceStatus.PAID else Decimal("0"),
            notes="",
        )
        invoice.items = [
            InvoiceItemRow(
                description=f"{s.product} - {s.domain} ({issued:%d/%m/%Y} - {add_months(issued, 1):%d/%m/%Y})",
                amount=s.amount,
                taxed=True,
                service_id=s.id,
            )
            for s in picked
        ]
        db.add(invoice)
    return number
