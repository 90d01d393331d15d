"""A small account book for unit tests of the money rules: an in-memory SQLite database with the
portal's tables and a few rows made to measure (no demo data, no server)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from api_client.models import InvoiceStatus, ServiceStatus
from portal.tables import (
    AlertOutboxRow,
    Base,
    ClientRow,
    DomainRow,
    InvoiceItemRow,
    InvoiceRow,
    PaymentRow,
    ServiceRow,
)

_numbers = itertools.count(1)


class Books:
    """The engine and sessions, shaped like ``portal.db.Database`` for a FastAPI app's state."""

    def __init__(self) -> None:
        self.engine = create_engine(
            "sqlite://",
            connect_args={"check_same_thread": False},
            poolclass=StaticPool,
        )

        @event.listens_for(self.engine, "connect")
        def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

        Base.metadata.create_all(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def add_client(db: Session, name: str = "Laura", currency: str = "ARS") -> ClientRow:
    client = ClientRow(
        first_name=name,
        last_name="Prueba",
        email=f"{name.lower()}-{next(_numbers)}@example.com",
        currency=currency,
    )
    db.add(client)
    db.flush()
    return client


def add_service(
    db: Session,
    client: ClientRow,
    status: ServiceStatus = ServiceStatus.ACTIVE,
    product: str = "Hosting Pro",
) -> ServiceRow:
    service = ServiceRow(
        client_id=client.id,
        product=product,
        product_group="Hosting compartido",
        domain=f"sitio{next(_numbers)}.com.ar",
        amount=Decimal("45000.00"),
        first_payment_amount=Decimal("45000.00"),
        currency=client.currency,
        billing_cycle="Annually",
        registration_date=dt.date(2020, 1, 1),
        next_due_date=None,
        status=status.value,
    )
    db.add(service)
    db.flush()
    return service


def add_invoice(
    db: Session,
    client: ClientRow,
    total: str,
    *,
    due_on: dt.date,
    paid: str = "0",
    status: InvoiceStatus = InvoiceStatus.UNPAID,
    services: tuple[ServiceRow, ...] = (),
) -> InvoiceRow:
    invoice = InvoiceRow(
        client_id=client.id,
        number=f"T-{next(_numbers)}",
        issued_on=due_on - dt.timedelta(days=10),
        due_on=due_on,
        status=status.value,
        currency=client.currency,
        subtotal=Decimal(total),
        total=Decimal(total),
        amount_paid=Decimal(paid),
    )
    invoice.items = [
        InvoiceItemRow(description=s.product, amount=Decimal(total), service_id=s.id)
        for s in services
    ] or [InvoiceItemRow(description="Cargo", amount=Decimal(total))]
    db.add(invoice)
    db.flush()
    return invoice


def add_domain(
    db: Session, client: ClientRow, status: str, expiry: dt.date, name: str | None = None
) -> DomainRow:
    domain = DomainRow(
        client_id=client.id,
        name=name or f"dominio{next(_numbers)}.com.ar",
        status=status,
        registration_date=dt.date(2020, 1, 1),
        expiry_date=expiry,
        recurring_amount=Decimal("9500.00"),
        currency=client.currency,
    )
    db.add(domain)
    db.flush()
    return domain


def events(db: Session, client: ClientRow) -> list[str]:
    return list(
        db.scalars(
            select(AlertOutboxRow.event)
            .where(AlertOutboxRow.client_id == client.id)
            .order_by(AlertOutboxRow.id)
        )
    )


def payments(db: Session, invoice: InvoiceRow) -> list[PaymentRow]:
    return list(db.scalars(select(PaymentRow).where(PaymentRow.invoice_id == invoice.id)))


def count(db: Session, table: type[Base]) -> int:
    return int(db.scalar(select(func.count()).select_from(table)) or 0)
