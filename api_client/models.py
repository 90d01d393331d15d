"""The wire schema: one set of pydantic models used by the portal to answer and by the client to read.

Amounts are ``Decimal`` and travel as decimal strings with a currency code, never as floats.
Response models ignore fields they do not know, so an older client keeps working against a newer
portal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

T = TypeVar("T")


class WireModel(BaseModel):
    """Base of every response model: tolerant of new server fields."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class RequestModel(BaseModel):
    """Base of every request body: strict, so a typo in a field name is a 422, not silence."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Permission(StrEnum):
    """What a user may do on an account (WHMCS vocabulary)."""

    PROFILE = "profile"
    CONTACTS = "contacts"
    PRODUCTS = "products"
    MANAGE_PRODUCTS = "manageproducts"
    PRODUCT_SSO = "productsso"
    DOMAINS = "domains"
    MANAGE_DOMAINS = "managedomains"
    INVOICES = "invoices"
    QUOTES = "quotes"
    TICKETS = "tickets"
    AFFILIATES = "affiliates"
    EMAILS = "emails"
    ORDERS = "orders"


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


# ---- authentication ---------------------------------------------------------------------------


class LoginRequest(RequestModel):
    email: Annotated[str, StringConstraints(min_length=3, max_length=254)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class RefreshRequest(RequestModel):
    refresh_token: Annotated[str, StringConstraints(min_length=10, max_length=512)]


class TokenPair(WireModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")


# ---- people and accounts ----------------------------------------------------------------------


class Person(WireModel):
    id: int
    email: str
    name: str
    is_staff: bool = False


class AccountAccess(WireModel):
    """One account a person can reach, and what they may do there."""

    id: int
    display_name: str
    company: str = ""
    email: str
    is_owner: bool
    permissions: list[Permission]


class Me(WireModel):
    person: Person
    accounts: list[AccountAccess]


class AccountDetails(WireModel):
    id: int
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    address1: str
    address2: str
    city: str
    state: str
    postcode: str
    country: str = Field(description="ISO 3166-1 alpha-2 code")
    tax_id: str
    language: str
    currency: str
    created_at: dt.datetime


Name = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Short = Annotated[str, StringConstraints(max_length=100)]
Phone = Annotated[str, StringConstraints(max_length=30, pattern=r"^$|^\+?[0-9][0-9 ()\-.]{5,28}$")]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$", to_upper=True)]
Language = Annotated[str, StringConstraints(pattern=r"^(es|en)$")]


class AccountUpdate(RequestModel):
    """A change of account details: only the fields sent are changed."""

    first_name: Name | None = None
    last_name: Name | None = None
    company: Short | None = None
    email: EmailStr | None = None
    phone: Phone | None = None
    address1: Short | None = None
    address2: Short | None = None
    city: Short | None = None
    state: Short | None = None
    postcode: Annotated[str, StringConstraints(max_length=20)] | None = None
    country: Country | None = None
    tax_id: Annotated[str, StringConstraints(max_length=30)] | None = None
    language: Language | None = None


# ---- services ---------------------------------------------------------------------------------


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


# ---- invoices ---------------------------------------------------------------------------------


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


class Page(WireModel, Generic[T]):
    """One page of a keyset-paginated list. ``next_cursor`` is None on the last page."""

    items: list[T]
    next_cursor: str | None = None


# ---- errors -----------------------------------------------------------------------------------


class FieldErrorDetail(WireModel):
    loc: list[str | int]
    msg: str
    type: str


class ErrorBody(WireModel):
    """The body of every error answer except 422, whose ``detail`` is a list of field errors."""

    detail: str
    code: str


class Health(WireModel):
    status: str
    version: str
