"""Changes a client asks for on a service: upgrade/downgrade, cancellation, change of owner.

Upgrade/downgrade follows the seed's arithmetic exactly: the amount due is the new plan's price
for the service's billing cycle minus the price already paid for the current cycle (150 - 100 =
50), with no proration by the time left; the next due date does not move. A downgrade is not
refunded: the quote shows 0 to pay and the service's amount drops from the next renewal.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from api_client.models import (
    AlertEvent,
    Cancellation,
    CancellationRequest,
    CancellationType,
    InvoiceStatus,
    OwnerChangeRequest,
    Permission,
    ProductPrice,
    ServiceDetail,
    ServiceStatus,
    Ticket,
    TicketPriority,
    UpgradeOption,
    UpgradeOptions,
    UpgradeQuote,
    UpgradeRequest,
    UpgradeResult,
)

from ..alerts import raise_event
from ..attempts import check_secret
from ..audit import record
from ..auth import DB, MAX_ROW_ID, AccountContext, RowId, require
from ..backends import backend_of
from ..billing import IVA, Line, create_invoice, run_once, tax_of, today
from ..errors import FieldError, PortalHTTPError, not_found
from ..idempotency import IdempotencyKey
from ..passwords import verify_password
from ..routing import PortalRoute
from ..tables import (
    ClientRow,
    InvoiceRow,
    ProductRow,
    ServiceCancellationRow,
    ServiceRow,
)
from .tickets import open_ticket, ticket_summary

router = APIRouter(route_class=PortalRoute, tags=["services"])

ManageProducts = Annotated[AccountContext, Depends(require(Permission.MANAGE_PRODUCTS))]
ServiceId = RowId

CANCELLATION_CONDITIONS = ["no_refund", "current_invoices_due", "data_deleted"]
OWNER_CHANGE_DEPARTMENT = "Facturación"


def _service(db: Session, ctx: AccountContext, service_id: int) -> ServiceRow:
    row = db.get(ServiceRow, service_id)
    if row is None or row.client_id != ctx.client.id:
        raise not_found("No such service")
    return row


def _product_named(db: Session, name: str) -> ProductRow | None:
    return db.scalar(
        select(ProductRow).options(selectinload(ProductRow.prices)).where(ProductRow.name == name)
    )


def _price(product: ProductRow, currency: str, cycle: str) -> Decimal | None:
    for price in product.prices:
        if price.currency == currency and price.billing_cycle == cycle:
            return price.price
    return None


def _prices(product: ProductRow, currency: str) -> list[ProductPrice]:
    return [
        ProductPrice(billing_cycle=p.billing_cycle, currency=p.currency, price=p.price)
        for p in product.prices
        if p.currency == currency
    ]


def _not_automatic() -> PortalHTTPError:
    return PortalHTTPError(
        409,
        "upgrade_not_automatic",
        "This plan cannot be changed automatically: ask your account executive by opening a ticket",
    )


def already_requested() -> PortalHTTPError:
    return PortalHTTPError(
        409,
        "cancellation_already_requested",
        "A cancellation was already requested for this service",
    )


def service_not_active() -> PortalHTTPError:
    return PortalHTTPError(409, "service_not_active", "Only an active service can do this")


@router.get(
    "/accounts/{account_id}/services/{service_id}/upgrade-options", response_model=UpgradeOptions
)
def upgrade_options(ctx: ManageProducts, db: DB, service_id: ServiceId) -> UpgradeOptions:
    """The plans of the service's group with their prices in the account's currency."""
    service = _service(db, ctx, service_id)
    current = _product_named(db, service.product)
    products = list(
        db.scalars(
            select(ProductRow)
            .options(selectinload(ProductRow.prices))
            .where(ProductRow.product_group == service.product_group)
            .order_by(ProductRow.sort_order, ProductRow.id)
        )
    )
    return UpgradeOptions(
        service_id=service.id,
        product_group=service.product_group,
        current_product=service.product,
        billing_cycle=service.billing_cycle,
        currency=service.currency,
        allows_automatic_change=bool(current and current.allows_automatic_change),
        options=[
            UpgradeOption(
                product_id=p.id,
                name=p.name,
                description=p.description,
                allows_automatic_change=p.allows_automatic_change,
                is_current=p.name == service.product,
                price=_price(p, service.currency, service.billing_cycle),
                prices=_prices(p, service.currency),
            )
            for p in products
        ],
    )


def build_quote(
    db: Session, service: ServiceRow, product_id: int
) -> tuple[UpgradeQuote, ProductRow]:
    """Error codes: 409 service_not_active, 409 cancellation_already_requested, 409
    upgrade_not_automatic; 422 product_id:
    unknown_product, same_product, other_group, cycle_not_offered."""
    if service.status != ServiceStatus.ACTIVE:
        raise service_not_active()
    if db.scalar(
        select(ServiceCancellationRow.id).where(ServiceCancellationRow.service_id == service.id)
    ):
        raise already_requested()
    target = db.scalar(
        select(ProductRow)
        .options(selectinload(ProductRow.prices))
        .where(ProductRow.id == product_id)
    )
    if target is None:
        raise FieldError.one("product_id", "unknown_product", "No such product")
    if target.product_group != service.product_group:
        raise FieldError.one(
            "product_id", "other_group", "Only plans of the same group can be chosen"
        )
    if target.name == service.product:
        raise FieldError.one("product_id", "same_product", "This is the current plan")
    current = _product_named(db, service.product)
    if current is None or not current.allows_automatic_change or not target.allows_automatic_change:
        raise _not_automatic()
    new_price = _price(target, service.currency, service.billing_cycle)
    if new_price is None:
        raise FieldError.one(
            "product_id",
            "cycle_not_offered",
            "This plan is not offered in the service's billing cycle",
        )
    current_price = service.amount
    difference = max(new_price - current_price, Decimal("0"))
    tax = tax_of(difference)
    quote = UpgradeQuote(
        service_id=service.id,
        current_product=service.product,
        new_product_id=target.id,
        new_product=target.name,
        direction="upgrade" if new_price > current_price else "downgrade",
        billing_cycle=service.billing_cycle,
        currency=service.currency,
        current_price=current_price,
        new_price=new_price,
        difference=difference,
        tax_rate=IVA if difference else Decimal("0.00"),
        tax=tax,
        total_due=difference + tax,
        next_due_date=service.next_due_date,
    )
    return quote, target


@router.get(
    "/accounts/{account_id}/services/{service_id}/upgrade-quote", response_model=UpgradeQuote
)
def upgrade_quote(
    ctx: ManageProducts,
    db: DB,
    service_id: ServiceId,
    product_id: Annotated[int, Query(ge=1, le=MAX_ROW_ID)],
) -> UpgradeQuote:
    """What moving to ``product_id`` costs, before confirming.

    409 ``service_not_active``; 409 ``cancellation_already_requested`` (the service is being
    cancelled); 409 ``upgrade_not_automatic`` (open a ticket instead);
    422 ``product_id``: ``unknown_product``, ``other_group``, ``same_product``,
    ``cycle_not_offered``.
    """
    return build_quote(db, _service(db, ctx, service_id), product_id)[0]


@router.post("/accounts/{account_id}/services/{service_id}/upgrade", response_model=UpgradeResult)
def confirm_upgrade(
    body: UpgradeRequest,
    ctx: ManageProducts,
    db: DB,
    request: Request,
    service_id: ServiceId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Change the plan: invoices the difference (if any) and changes the product and amount.

    Needs an ``Idempotency-Key`` (400 ``idempotency_key_required``). Errors as the quote's.
    """

    def change() -> UpgradeResult:
        service = _service(db, ctx, service_id)
        quote, target = build_quote(db, service, body.product_id)
        invoice_id = None
        if quote.difference > 0:
            invoice = create_invoice(
                db,
                ctx.client,
                [
                    Line(
                        f"Upgrade {service.product} → {target.name} - {service.domain} "
                        f"({quote.new_price} - {quote.current_price} ya abonado)",
                        quote.difference,
                        service.id,
                    )
                ],
            )
            invoice_id = invoice.id
        old = service.product
        service.product = target.name
        service.amount = quote.new_price
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "service_plan_changed",
            f"service {service.id}: {old} -> {target.name}, invoice {invoice_id}",
        )
        db.flush()
        return UpgradeResult(
            service=ServiceDetail.model_validate(service, from_attributes=True),
            quote=quote,
            invoice_id=invoice_id,
        )

    return run_once(db, request, ctx.person.id, idempotency_key, body, change)


@router.post(
    "/accounts/{account_id}/services/{service_id}/cancellation",
    response_model=Cancellation,
    status_code=201,
)
def request_cancellation(
    body: CancellationRequest,
    ctx: ManageProducts,
    db: DB,
    request: Request,
    service_id: ServiceId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Ask to cancel a service, confirmed with the signed-in person's password.

    Immediate: the service is Cancelled today. End of Billing Period: the request is recorded
    and takes effect on the next due date; the service keeps working until then.
    422 ``password``: ``wrong_password``; 409 ``cancellation_already_requested``;
    409 ``service_not_cancellable`` (already Cancelled or Terminated). An ``Idempotency-Key`` is
    honoured when sent.
    """

    def change() -> Cancellation:
        service = _service(db, ctx, service_id)
        # counted with the other wrong passwords of this person: 429 past the limit
        ok = verify_password(body.password, ctx.person.password_hash)
        if not check_secret(db, request, ctx.person.id, "password", ok):
            raise FieldError.one("password", "wrong_password", "The password is not correct")
        existing = db.scalar(
            select(ServiceCancellationRow).where(ServiceCancellationRow.service_id == service.id)
        )
        if existing is not None:
            raise already_requested()
        if service.status in (ServiceStatus.CANCELLED, ServiceStatus.TERMINATED):
            raise PortalHTTPError(
                409, "service_not_cancellable", "This service is already cancelled or terminated"
            )
        on = today()
        if body.type is CancellationType.IMMEDIATE or service.next_due_date is None:
            effective_on = on
        else:
            effective_on = max(service.next_due_date, on)
        row = ServiceCancellationRow(
            service_id=service.id,
            person_id=ctx.person.id,
            type=body.type.value,
            reason=body.reason,
            effective_on=effective_on,
        )
        db.add(row)
        try:
            db.flush()
        except IntegrityError as exc:  # another request for this service committed first
            raise already_requested() from exc
        if body.type is CancellationType.IMMEDIATE:
            service.status = ServiceStatus.CANCELLED.value
            service.next_due_date = None
            raise_event(
                db,
                ctx.client.id,
                AlertEvent.SERVICE_TERMINATED,
                {"product": service.product, "domain": service.domain},
            )
        record(
            db,
            ctx.client.id,
            ctx.person.id,
            "service_cancellation_requested",
            f"service {service.id}: {body.type.value}, effective {effective_on.isoformat()}",
        )
        db.flush()
        return Cancellation(
            service_id=service.id,
            type=body.type,
            reason=row.reason,
            requested_at=row.requested_at,
            effective_on=effective_on,
            service_status=service.status,
            conditions=list(CANCELLATION_CONDITIONS),
        )

    return run_once(
        db, request, ctx.person.id, idempotency_key, body, change, status_code=201, required=False
    )


@router.get(
    "/accounts/{account_id}/services/{service_id}/cancellation", response_model=Cancellation
)
def get_cancellation(
    ctx: Annotated[AccountContext, Depends(require(Permission.PRODUCTS))],
    db: DB,
    service_id: ServiceId,
) -> Cancellation:
    """The cancellation requested for this service; 404 ``not_found`` when there is none."""
    service = _service(db, ctx, service_id)
    row = db.scalar(
        select(ServiceCancellationRow).where(ServiceCancellationRow.service_id == service.id)
    )
    if row is None:
        raise not_found("No cancellation was requested for this service")
    return Cancellation(
        service_id=service.id,
        type=row.type,
        reason=row.reason,
        requested_at=row.requested_at,
        effective_on=row.effective_on,
        service_status=service.status,
        conditions=list(CANCELLATION_CONDITIONS),
    )


def owner_change_ticket(
    product: str, domain: str, service_id: int, target_email: str, note: str
) -> tuple[str, str]:
    """The subject and message of the ticket that asks for a change of owner: the seed's
    "solicitando y autorizando el cambio hacia la nueva cuenta" (staff read it; the seed's
    language)."""
    message = (
        f"Solicito y autorizo el cambio de titular del servicio {product} "
        f"({domain}, #{service_id}) a la cuenta del cliente {target_email}."
    )
    if note:
        message += "\n\n" + note
    return f"Cambio de titular: {product} ({domain})", message


def _has_overdue(db: Session, client_id: int) -> bool:
    return bool(
        db.scalar(
            select(func.count())
            .select_from(InvoiceRow)
            .where(
                InvoiceRow.client_id == client_id,
                InvoiceRow.status == InvoiceStatus.UNPAID.value,
                InvoiceRow.due_on < today(),
            )
        )
    )


@router.post(
    "/accounts/{account_id}/services/{service_id}/owner-change",
    response_model=Ticket,
    status_code=201,
)
def request_owner_change(
    body: OwnerChangeRequest,
    ctx: ManageProducts,
    db: DB,
    request: Request,
    service_id: ServiceId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Ask to move a service to another client (given by that client's e-mail).

    It opens a ticket in Facturación that records the request; staff make the move. Refusals,
    409: ``service_not_active``, ``target_not_found``, ``same_client`` (this client, or the same
    e-mail), ``overdue_invoices`` (either account has an overdue invoice). Honours an
    ``Idempotency-Key``: sent again with its key (its answer was lost), the ticket is opened once.
    """
    backend = backend_of(request)
    return run_once(
        db,
        request,
        ctx.person.id,
        idempotency_key,
        body,
        lambda: backend.support.request_owner_change(db, ctx, service_id, body),
        status_code=201,
        required=False,
        claim_first=backend.external,
        redo=lambda since: backend.support.request_owner_change(
            db, ctx, service_id, body, since=since
        ),
    )


def owner_change_in_database(
    body: OwnerChangeRequest, ctx: AccountContext, db: Session, service_id: int
) -> Ticket:
    service = _service(db, ctx, service_id)
    if service.status != ServiceStatus.ACTIVE:
        raise service_not_active()
    email = body.target_email.strip().lower()
    if email == ctx.client.email.lower():
        raise PortalHTTPError(
            409, "same_client", "The service already belongs to the client with this e-mail"
        )
    target = db.scalar(select(ClientRow).where(func.lower(ClientRow.email) == email))
    if target is None:
        raise PortalHTTPError(
            409, "target_not_found", "No client has this e-mail: the new owner must sign up first"
        )
    if target.id == ctx.client.id:
        raise PortalHTTPError(409, "same_client", "The service already belongs to this client")
    for client_id in (ctx.client.id, target.id):
        if _has_overdue(db, client_id):
            raise PortalHTTPError(
                409,
                "overdue_invoices",
                "Both accounts must have no overdue invoice before a service changes owner",
            )
    subject, message = owner_change_ticket(
        service.product, service.domain, service.id, target.email, body.message
    )
    ticket = open_ticket(
        db,
        ctx,
        department_name=OWNER_CHANGE_DEPARTMENT,
        subject=subject,
        message=message,
        priority=TicketPriority.MEDIUM,
        service_id=service.id,
        attachments=[],
    )
    record(
        db,
        ctx.client.id,
        ctx.person.id,
        "service_owner_change_requested",
        f"service {service.id} to client {target.id}, ticket {ticket.id}",
    )
    db.commit()
    return ticket_summary(db, ticket)
