"""Services and the catalogue: a service and its detail, upgrades with their quote, cancellations, the
change of owner, orders."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, RowRef, WireModel


class ServiceStatus(StrEnum):
    PENDING = "Pending"
    ACTIVE = "Active"
    SUSPENDED = "Suspended"
    TERMINATED = "Terminated"
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    FRAUD = "Fraud"


class BillingCycle(StrEnum):
    FREE = "Free Account"
    ONE_TIME = "One Time"
    MONTHLY = "Monthly"
    QUARTERLY = "Quarterly"
    SEMI_ANNUALLY = "Semi-Annually"
    ANNUALLY = "Annually"
    BIENNIALLY = "Biennially"
    TRIENNIALLY = "Triennially"


class CancellationType(StrEnum):
    IMMEDIATE = "Immediate"
    END_OF_BILLING_PERIOD = "End of Billing Period"


class Service(WireModel):
    id: int
    product: str
    product_group: str
    domain: str
    amount: Decimal
    currency: str
    billing_cycle: BillingCycle
    registration_date: dt.date
    next_due_date: dt.date | None
    status: ServiceStatus


class ServiceDetail(Service):
    server: str
    username: str
    dedicated_ip: str
    first_payment_amount: Decimal
    notes: str


class ProductPrice(WireModel):
    billing_cycle: BillingCycle
    currency: str
    price: Decimal


class Product(WireModel):
    id: int
    name: str
    product_group: str
    description: str
    allows_automatic_change: bool
    prices: list[ProductPrice]


class UpgradeOption(WireModel):
    product_id: int
    name: str
    description: str
    allows_automatic_change: bool
    is_current: bool
    price: Decimal | None = Field(
        description="Price in the service's currency and billing cycle (None: not offered)"
    )
    prices: list[ProductPrice]


class UpgradeOptions(WireModel):
    service_id: int
    product_group: str
    current_product: str
    billing_cycle: BillingCycle
    currency: str
    allows_automatic_change: bool
    options: list[UpgradeOption]


class UpgradeQuote(WireModel):
    """What a change of plan costs. ``difference`` = new price - price already paid for the
    current cycle (no proration, as the seed's example); a downgrade is not refunded (0)."""

    service_id: int
    current_product: str
    new_product_id: int
    new_product: str
    direction: str = Field(description="upgrade or downgrade")
    billing_cycle: BillingCycle
    currency: str
    current_price: Decimal
    new_price: Decimal
    difference: Decimal
    tax_rate: Decimal
    tax: Decimal
    total_due: Decimal
    next_due_date: dt.date | None


class UpgradeRequest(RequestModel):
    product_id: RowRef


class UpgradeResult(WireModel):
    service: ServiceDetail
    quote: UpgradeQuote
    invoice_id: int | None = Field(description="The invoice for the difference (None: nothing due)")


class CancellationRequest(RequestModel):
    type: CancellationType
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    reason: Annotated[str, StringConstraints(max_length=2000)] = ""


class Cancellation(WireModel):
    service_id: int
    type: CancellationType
    reason: str
    requested_at: dt.datetime
    effective_on: dt.date
    service_status: ServiceStatus
    conditions: list[str] = Field(
        description="Codes of the seed's conditions: no_refund, current_invoices_due, data_deleted"
    )


class CancellationsApplied(WireModel):
    """End of Billing Period cancellations that reached their date and were carried out."""

    service_ids: list[int]


class OwnerChangeRequest(RequestModel):
    target_email: Annotated[str, StringConstraints(min_length=3, max_length=254)]
    message: Annotated[str, StringConstraints(max_length=5000)] = ""


class OrderCreate(RequestModel):
    """A product (``product_id`` + ``billing_cycle``, optional ``domain`` it is for) and/or a
    domain registration (``register_domain`` for ``years``)."""

    product_id: RowRef | None = None
    billing_cycle: BillingCycle | None = None
    domain: Annotated[str, StringConstraints(max_length=253)] = ""
    register_domain: Annotated[str, StringConstraints(max_length=253)] | None = None
    years: int = Field(default=1, ge=1, le=10)


class OrderResult(WireModel):
    invoice_id: int
    service_id: int | None
    domain_id: int | None
    currency: str
    total: Decimal


class DomainAvailability(WireModel):
    name: str
    available: bool
    reason: str | None = Field(default=None, description="taken or reserved when not available")
    price: Decimal | None = Field(
        default=None, description="One year's registration, before VAT, in ``currency``"
    )
    currency: str | None = None
