"""Billing: invoices and their items, payments, quotes, saved cards and auto-debit, the dashboard's
figures and spending."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, RowRef, Short, WireModel


class InvoiceStatus(StrEnum):
    DRAFT = "Draft"
    UNPAID = "Unpaid"
    PAID = "Paid"
    CANCELLED = "Cancelled"
    REFUNDED = "Refunded"
    COLLECTIONS = "Collections"
    PAYMENT_PENDING = "Payment Pending"


class InvoiceFilter(StrEnum):
    """Status filter of the invoice list: every stored status, plus Overdue (Unpaid past due)."""

    DRAFT = "Draft"
    UNPAID = "Unpaid"
    OVERDUE = "Overdue"
    PAID = "Paid"
    CANCELLED = "Cancelled"
    REFUNDED = "Refunded"
    COLLECTIONS = "Collections"
    PAYMENT_PENDING = "Payment Pending"


class Invoice(WireModel):
    id: int
    number: str
    issued_on: dt.date
    due_on: dt.date
    paid_on: dt.date | None
    status: InvoiceStatus
    overdue: bool
    currency: str
    total: Decimal
    balance: Decimal


class InvoiceItem(WireModel):
    description: str
    amount: Decimal
    taxed: bool
    service_id: int | None = None


class InvoiceDetail(Invoice):
    items: list[InvoiceItem]
    subtotal: Decimal
    tax_rate: Decimal
    tax: Decimal
    credit: Decimal
    notes: str


class PayRequest(RequestModel):
    payment_method_id: RowRef


class Payment(WireModel):
    id: int
    invoice_id: int
    payment_method_id: int | None
    amount: Decimal
    currency: str
    transaction_id: str
    created_at: dt.datetime


class PaymentResult(WireModel):
    payment: Payment
    invoice: Invoice


class QuoteStage(StrEnum):
    DRAFT = "Draft"
    DELIVERED = "Delivered"
    ON_HOLD = "On Hold"
    ACCEPTED = "Accepted"
    LOST = "Lost"
    DEAD = "Dead"


class QuoteItem(WireModel):
    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


class Quote(WireModel):
    id: int
    number: str
    subject: str
    stage: QuoteStage
    created_on: dt.date
    valid_until: dt.date
    currency: str
    total: Decimal
    acceptable: bool


class QuoteDetail(Quote):
    items: list[QuoteItem]
    subtotal: Decimal
    tax_rate: Decimal
    tax: Decimal
    notes: str
    invoice_id: int | None


class QuoteLineCreate(RequestModel):
    description: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    quantity: int = Field(default=1, ge=1, le=1000)
    unit_price: Decimal = Field(ge=0, max_digits=12, decimal_places=2)


class QuoteCreate(RequestModel):
    subject: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    valid_days: int = Field(default=30, ge=1, le=365)
    notes: Annotated[str, StringConstraints(max_length=2000)] = ""
    items: list[QuoteLineCreate] = Field(min_length=1, max_length=50)


class CardBrand(StrEnum):
    VISA = "visa"
    MASTERCARD = "mastercard"
    AMEX = "amex"
    DISCOVER = "discover"
    DINERS = "diners"
    JCB = "jcb"
    MAESTRO = "maestro"
    CABAL = "cabal"
    NARANJA = "naranja"


class PaymentMethod(WireModel):
    """A saved card as the portal keeps it: never the number, only brand, last 4 and expiry."""

    id: int
    brand: CardBrand
    last4: str
    exp_month: int
    exp_year: int
    holder_name: str
    is_default: bool
    created_at: dt.datetime


class CardCreate(RequestModel):
    """A new card. The number is checked and forgotten: the portal keeps a random token only."""

    number: Annotated[str, StringConstraints(min_length=1, max_length=30)]
    exp_month: Annotated[int, Field(ge=1, le=12)]
    exp_year: Annotated[int, Field(ge=2000, le=2100)]
    holder_name: Short = ""
    make_default: bool = False

    def __repr__(self) -> str:  # never show the number, not even in a traceback
        return f"CardCreate(number='****', exp_month={self.exp_month}, exp_year={self.exp_year})"

    __str__ = __repr__


class AutoCharge(WireModel):
    enabled: bool


class AutoChargeUpdate(RequestModel):
    enabled: bool


class Dashboard(WireModel):
    active_services: int
    unpaid_invoices: int
    overdue_invoices: int
    unpaid_balance: Decimal
    currency: str
    open_tickets: int
    domains_expiring_soon: int = Field(description="Domains expiring within 30 days")


class SpendingMonth(WireModel):
    month: dt.date = Field(description="The first day of the month")
    currency: str
    amount: Decimal = Field(description="Paid invoices' totals in that month and currency")


class Spending(WireModel):
    """What the account paid, by month and currency (by the day each invoice was paid); months
    and currencies with nothing paid are left out."""

    since: dt.date = Field(description="The first day of the first month counted")
    months: list[SpendingMonth]
