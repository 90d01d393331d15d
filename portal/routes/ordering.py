"""The dashboard summary, the product catalog, domain availability and orders.

An order creates an Unpaid invoice and the things ordered in status Pending (a service) or
Pending Registration (a domain); they are provisioned by staff once paid.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from api_client.models import (
    Dashboard,
    DomainAvailability,
    DomainStatus,
    InvoiceStatus,
    OrderCreate,
    OrderResult,
    Permission,
    Product,
    ProductPrice,
    ServiceStatus,
    TicketStatus,
)

from .. import wording
from ..audit import record
from ..auth import DB, AccountContext, require
from ..billing import TLD_PRICES, Line, add_years, create_invoice, run_once, tld_of, today
from ..errors import FieldError, PortalHTTPError
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
from ..tables import DomainRow, InvoiceRow, ProductRow, ServiceRow, TicketRow
from .domains import normalize_host

router = APIRouter(route_class=PortalRoute, tags=["dashboard"])

Products = Annotated[AccountContext, Depends(require(Permission.PRODUCTS))]
Orders = Annotated[AccountContext, Depends(require(Permission.ORDERS))]

EXPIRING_DAYS = 30
# Names that can never be registered here (the company's own, well-known brands).
RESERVED_DOMAINS = frozenset(
    {
        "latinhost.com.ar",
        "latinhost.com",
        "clientdesk.com.ar",
        "google.com",
        "google.com.ar",
        "mercadolibre.com.ar",
        "example.com",
        "example.net",
        "example.org",
    }
)


@router.get("/accounts/{account_id}/dashboard", response_model=Dashboard)
def dashboard(ctx: Products, db: DB) -> Dashboard:
    """Counts for the home page: active services, unpaid and overdue invoices (and the balance),
    tickets not closed, domains expiring within 30 days. Needs ``products``."""
    client_id = ctx.client.id
    on = today()

    def count(query: object) -> int:
        return int(db.scalar(query) or 0)  # type: ignore[call-overload]

    unpaid = (InvoiceRow.client_id == client_id, InvoiceRow.status == InvoiceStatus.UNPAID.value)
    balance = db.scalar(
        select(func.coalesce(func.sum(InvoiceRow.total - InvoiceRow.amount_paid), 0)).where(*unpaid)
    )
    return Dashboard(
        active_services=count(
            select(func.count())
            .select_from(ServiceRow)
            .where(
                ServiceRow.client_id == client_id, ServiceRow.status == ServiceStatus.ACTIVE.value
            )
        ),
        unpaid_invoices=count(select(func.count()).select_from(InvoiceRow).where(*unpaid)),
        overdue_invoices=count(
            select(func.count()).select_from(InvoiceRow).where(*unpaid, InvoiceRow.due_on < on)
        ),
        unpaid_balance=Decimal(balance or 0).quantize(Decimal("0.01")),
        currency=ctx.client.currency,
        open_tickets=count(
            select(func.count())
            .select_from(TicketRow)
            .where(TicketRow.client_id == client_id, TicketRow.status != TicketStatus.CLOSED.value)
        ),
        domains_expiring_soon=count(
            select(func.count())
            .select_from(DomainRow)
            .where(
                DomainRow.client_id == client_id,
                DomainRow.status == DomainStatus.ACTIVE.value,
                DomainRow.expiry_date >= on,
                DomainRow.expiry_date <= on + dt.timedelta(days=EXPIRING_DAYS),
            )
        ),
    )


def product_model(row: ProductRow, currency: str | None = None) -> Product:
    return Product(
        id=row.id,
        name=row.name,
        product_group=row.product_group,
        description=row.description,
        allows_automatic_change=row.allows_automatic_change,
        prices=[
            ProductPrice(billing_cycle=p.billing_cycle, currency=p.currency, price=p.price)
            for p in row.prices
            if currency is None or p.currency == currency
        ],
    )


@router.get("/catalog", response_model=list[Product])
def catalog(
    db: DB,
    currency: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
) -> list[Product]:
    """Public: every product with its prices (only in ``currency`` when given)."""
    rows = db.scalars(
        select(ProductRow)
        .options(selectinload(ProductRow.prices))
        .order_by(ProductRow.sort_order, ProductRow.id)
    )
    return [product_model(r, currency) for r in rows]


def check_domain_name(value: str, field: str) -> tuple[str, str]:
    """(name, ending) of a registrable name, or 422 ``invalid_domain`` / ``unsupported_tld``."""
    name = normalize_host(value)
    if name is None:
        raise FieldError.one(field, "invalid_domain", "This is not a valid domain name")
    ending = tld_of(name)
    if ending is None:
        raise FieldError.one(field, "unsupported_tld", "Domains with this ending are not sold here")
    if name.count(".") != ending.count(".") + 1:
        raise FieldError.one(field, "invalid_domain", "Give the domain itself, without a subdomain")
    return name, ending


def unavailable_reason(db: Session, name: str) -> str | None:
    if name in RESERVED_DOMAINS:
        return "reserved"
    if db.scalar(select(DomainRow.id).where(DomainRow.name == name)) is not None:
        return "taken"
    return None


@router.get("/domains/availability", response_model=DomainAvailability)
def domain_availability(
    db: DB,
    name: Annotated[str, Query(min_length=1, max_length=253)],
    currency: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
) -> DomainAvailability:
    """Public: whether ``name`` can be registered here (taken: already in the portal; reserved:
    never sold), and one year's price of its ending before VAT, in ``currency`` when given and
    sold in it. 422 ``name``: ``invalid_domain``, ``unsupported_tld``."""
    clean, ending = check_domain_name(name, "name")
    reason = unavailable_reason(db, clean)
    price = TLD_PRICES[ending].get(currency) if currency else None
    return DomainAvailability(
        name=clean,
        available=reason is None,
        reason=reason,
        price=price,
        currency=currency if price is not None else None,
    )


@router.post("/accounts/{account_id}/orders", response_model=OrderResult, status_code=201)
def place_order(
    body: OrderCreate,
    ctx: Orders,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Order a product for a billing cycle and/or register a domain for ``years``.

    Needs an ``Idempotency-Key``. 422: ``product_id`` ``empty_order`` (nothing ordered) or
    ``unknown_product``; ``billing_cycle`` ``missing`` or ``cycle_not_offered``; ``domain`` /
    ``register_domain`` ``invalid_domain``, ``unsupported_tld``. 409 ``domain_unavailable``.
    """

    def change() -> OrderResult:
        client = ctx.client
        if body.product_id is None and body.register_domain is None:
            raise FieldError.one("product_id", "empty_order", "Choose a product or a domain")
        lines: list[Line] = []
        service: ServiceRow | None = None
        domain: DomainRow | None = None
        on = today()
        if body.product_id is not None:
            product = db.scalar(
                select(ProductRow)
                .options(selectinload(ProductRow.prices))
                .where(ProductRow.id == body.product_id)
            )
            if product is None:
                raise FieldError.one("product_id", "unknown_product", "No such product")
            if body.billing_cycle is None:
                raise FieldError.one("billing_cycle", "missing", "Choose a billing cycle")
            price = next(
                (
                    p.price
                    for p in product.prices
                    if p.currency == client.currency and p.billing_cycle == body.billing_cycle
                ),
                None,
            )
            if price is None:
                raise FieldError.one(
                    "billing_cycle", "cycle_not_offered", "This plan is not sold in this cycle"
                )
            host = ""
            if body.domain:
                checked = normalize_host(body.domain)
                if checked is None:
                    raise FieldError.one("domain", "invalid_domain", "Not a valid domain name")
                host = checked
            service = ServiceRow(
                client_id=client.id,
                product=product.name,
                product_group=product.product_group,
                domain=host,
                amount=price,
                first_payment_amount=price,
                currency=client.currency,
                billing_cycle=body.billing_cycle.value,
                registration_date=on,
                next_due_date=on,
                status=ServiceStatus.PENDING.value,
            )
            db.add(service)
            db.flush()
            lines.append(
                Line(
                    f"{product.name}{' - ' + host if host else ''} ({body.billing_cycle.value})",
                    price,
                    service.id,
                )
            )
        if body.register_domain is not None:
            name, ending = check_domain_name(body.register_domain, "register_domain")
            if unavailable_reason(db, name) is not None:
                raise PortalHTTPError(409, "domain_unavailable", f"{name} is not available")
            yearly = TLD_PRICES[ending][client.currency]
            domain = DomainRow(
                client_id=client.id,
                name=name,
                status=DomainStatus.PENDING_REGISTRATION.value,
                registration_date=on,
                expiry_date=add_years(on, body.years),
                auto_renew=True,
                transfer_locked=True,
                nameservers="ns1.latinhost.com.ar\nns2.latinhost.com.ar",
                recurring_amount=yearly,
                currency=client.currency,
            )
            db.add(domain)
            try:
                db.flush()
            except IntegrityError as exc:  # registered by someone else a moment ago
                raise PortalHTTPError(
                    409, "domain_unavailable", f"{name} is not available"
                ) from exc
            lines.append(
                Line(
                    wording.domain_registration(name, body.years, client.language),
                    yearly * body.years,
                )
            )
        invoice = create_invoice(db, client, lines)
        record(
            db,
            client.id,
            ctx.person.id,
            "order_placed",
            f"invoice {invoice.number}: service {service.id if service else None}, "
            f"domain {domain.name if domain else None}",
        )
        db.flush()
        return OrderResult(
            invoice_id=invoice.id,
            service_id=service.id if service else None,
            domain_id=domain.id if domain else None,
            currency=invoice.currency,
            total=invoice.total,
        )

    return run_once(db, request, ctx.person.id, idempotency_key, body, change, status_code=201)
