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

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints, field_validator

T = TypeVar("T")


class WireModel(BaseModel):
    """Base of every response model: tolerant of new server fields."""

    model_config = ConfigDict(extra="ignore", frozen=True)


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple | set):
        return any(_holds_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    return False


class RequestModel(BaseModel):
    """Base of every request body: strict, so a typo in a field name is a 422, not silence.

    No text may hold the NUL character: PostgreSQL cannot store it, and no person types it.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_character(cls, value: object) -> object:
        if _holds_nul(value):
            raise ValueError("Text cannot contain the NUL character")
        return value


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
    totp_code: Annotated[str, StringConstraints(min_length=6, max_length=20)] | None = None


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


# A reference to a row in a request: what an INTEGER column holds on every database.
RowRef = Annotated[int, Field(ge=1, le=2**31 - 1)]
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


# ---- catalog, service changes, domains, billing, support, status, dashboard (helper B) ---------


class CancellationType(StrEnum):
    IMMEDIATE = "Immediate"
    END_OF_BILLING_PERIOD = "End of Billing Period"


class DomainStatus(StrEnum):
    PENDING = "Pending"
    PENDING_REGISTRATION = "Pending Registration"
    PENDING_TRANSFER = "Pending Transfer"
    ACTIVE = "Active"
    GRACE = "Grace"
    REDEMPTION = "Redemption"
    EXPIRED = "Expired"
    TRANSFERRED_AWAY = "Transferred Away"
    CANCELLED = "Cancelled"


class QuoteStage(StrEnum):
    DRAFT = "Draft"
    DELIVERED = "Delivered"
    ON_HOLD = "On Hold"
    ACCEPTED = "Accepted"
    LOST = "Lost"
    DEAD = "Dead"


class TicketStatus(StrEnum):
    OPEN = "Open"
    ANSWERED = "Answered"
    CUSTOMER_REPLY = "Customer-Reply"
    ON_HOLD = "On Hold"
    IN_PROGRESS = "In Progress"
    CLOSED = "Closed"


class TicketPriority(StrEnum):
    LOW = "Low"
    MEDIUM = "Medium"
    HIGH = "High"


class ComponentStatus(StrEnum):
    OPERATIONAL = "Operational"
    DEGRADED = "Degraded Performance"
    PARTIAL_OUTAGE = "Partial Outage"
    MAJOR_OUTAGE = "Major Outage"
    MAINTENANCE = "Maintenance"


class IncidentStatus(StrEnum):
    INVESTIGATING = "Investigating"
    IDENTIFIED = "Identified"
    MONITORING = "Monitoring"
    RESOLVED = "Resolved"


class IncidentImpact(StrEnum):
    NONE = "None"
    MINOR = "Minor"
    MAJOR = "Major"
    CRITICAL = "Critical"


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


class OwnerChangeRequest(RequestModel):
    target_email: Annotated[str, StringConstraints(min_length=3, max_length=254)]
    message: Annotated[str, StringConstraints(max_length=5000)] = ""


class Domain(WireModel):
    id: int
    name: str
    status: DomainStatus
    registration_date: dt.date
    expiry_date: dt.date
    days_to_expiry: int
    auto_renew: bool
    transfer_locked: bool
    recurring_amount: Decimal
    currency: str


class DomainUpdate(RequestModel):
    auto_renew: bool


class DomainRenewRequest(RequestModel):
    years: int = Field(ge=1, le=10)


class DomainRenewal(WireModel):
    domain: Domain
    years: int
    invoice_id: int
    total: Decimal
    currency: str


class Nameservers(WireModel):
    nameservers: list[str]


class NameserversUpdate(RequestModel):
    nameservers: list[Annotated[str, StringConstraints(max_length=300)]] = Field(max_length=20)


class DomainTransferOut(WireModel):
    """The EPP (authorisation) code is shown only in this answer; it is not stored readable."""

    domain: Domain
    epp_code: str


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


class Department(WireModel):
    id: int
    name: str
    description: str


class AttachmentUpload(RequestModel):
    """A file sent with a ticket message, its bytes base64-encoded (at most 2 MB decoded;
    png, jpg, jpeg, pdf, txt, log, zip)."""

    filename: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    content_base64: Annotated[str, StringConstraints(min_length=1, max_length=3_000_000)]


Message = Annotated[str, StringConstraints(min_length=1, max_length=20000)]


class TicketCreate(RequestModel):
    department_id: RowRef
    service_id: RowRef | None = None
    priority: TicketPriority = TicketPriority.MEDIUM
    subject: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    message: Message
    attachments: list[AttachmentUpload] = Field(default_factory=list, max_length=5)


class TicketReply(RequestModel):
    message: Message
    attachments: list[AttachmentUpload] = Field(default_factory=list, max_length=5)


class TicketAttachment(WireModel):
    id: int
    filename: str
    content_type: str
    size: int


class TicketMessage(WireModel):
    id: int
    author_name: str
    from_staff: bool
    body: str
    created_at: dt.datetime
    attachments: list[TicketAttachment]


class Ticket(WireModel):
    id: int
    client_id: int
    subject: str
    department_id: int
    department: str
    service_id: int | None
    status: TicketStatus
    priority: TicketPriority
    created_at: dt.datetime
    last_reply_at: dt.datetime


class TicketDetail(Ticket):
    messages: list[TicketMessage]


class TicketStatusUpdate(RequestModel):
    status: TicketStatus


class StatusComponent(WireModel):
    id: int
    name: str
    group: str
    status: ComponentStatus


class IncidentNote(WireModel):
    status: IncidentStatus
    message: str
    created_at: dt.datetime


class Incident(WireModel):
    id: int
    title: str
    status: IncidentStatus
    impact: IncidentImpact
    component_ids: list[int]
    started_at: dt.datetime
    resolved_at: dt.datetime | None
    updates: list[IncidentNote]


class ServiceStatusPage(WireModel):
    overall: ComponentStatus
    components: list[StatusComponent]
    incidents: list[Incident] = Field(description="Open incidents, then those resolved in 14 days")


class IncidentCreate(RequestModel):
    title: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    impact: IncidentImpact
    status: IncidentStatus = IncidentStatus.INVESTIGATING
    message: Message
    component_ids: list[RowRef] = Field(default_factory=list, max_length=50)
    component_status: ComponentStatus | None = None


class IncidentChange(RequestModel):
    """An update on an incident; status Resolved resolves it (and its components recover)."""

    status: IncidentStatus
    message: Message
    component_status: ComponentStatus | None = None


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


class DomainAvailability(WireModel):
    name: str
    available: bool
    reason: str | None = Field(default=None, description="taken or reserved when not available")
    price: Decimal | None = Field(
        default=None, description="One year's registration, before VAT, in ``currency``"
    )
    currency: str | None = None


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


class ClientMatch(WireModel):
    id: int
    display_name: str
    company: str
    email: str
    matched_on: str = Field(description="name, email, domain or invoice")


class StaffReply(RequestModel):
    message: Message


# ---- account side: users, contacts, auto-debit, security, e-mails, alerts, audit (helper A) -----


class AccountUser(WireModel):
    """A person with access to an account and what they may do there (the owner holds all)."""

    person_id: int
    name: str
    email: str
    is_owner: bool
    permissions: list[Permission]


class Invitation(WireModel):
    id: int
    email: str
    permissions: list[Permission]
    created_at: dt.datetime


class UserInvite(RequestModel):
    email: EmailStr
    permissions: Annotated[list[Permission], Field(min_length=1)]


class InviteOutcome(WireModel):
    """``added``: the address belongs to someone who now reaches the account (``user``);
    ``invited``: an invitation was e-mailed and waits to be accepted (``invitation``)."""

    outcome: str = Field(description="added or invited")
    user: AccountUser | None = None
    invitation: Invitation | None = None


class UserPermissionsUpdate(RequestModel):
    permissions: Annotated[list[Permission], Field(min_length=1)]


class EmailCategory(StrEnum):
    """What kinds of e-mail a contact receives (WHMCS vocabulary)."""

    GENERAL = "general"
    INVOICE = "invoice"
    PRODUCT = "product"
    DOMAIN = "domain"
    SUPPORT = "support"
    AFFILIATE = "affiliate"


class Contact(WireModel):
    id: int
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    categories: list[EmailCategory]
    created_at: dt.datetime


class ContactCreate(RequestModel):
    first_name: Name
    last_name: Short = ""
    company: Short = ""
    email: EmailStr
    phone: Phone = ""
    categories: list[EmailCategory] = Field(default_factory=list)


class ContactUpdate(RequestModel):
    """Only the fields sent are changed."""

    first_name: Name | None = None
    last_name: Short | None = None
    company: Short | None = None
    email: EmailStr | None = None
    phone: Phone | None = None
    categories: list[EmailCategory] | None = None


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


class PasswordChange(RequestModel):
    current_password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    new_password: Annotated[str, StringConstraints(min_length=10, max_length=1024)]


class TwoFactorStatus(WireModel):
    enabled: bool
    recovery_codes_left: int = 0


class TwoFactorSetup(WireModel):
    """The secret to type or scan (``otpauth_uri`` as a QR code), until confirmed with a code."""

    secret: str
    otpauth_uri: str


class TwoFactorCode(RequestModel):
    code: Annotated[str, StringConstraints(min_length=6, max_length=20)]


class RecoveryCodes(WireModel):
    """Shown once: each code signs in once when the authenticator is lost."""

    recovery_codes: list[str]


class ConnectedApp(WireModel):
    """A third-party application with single sign-on access to the billing account."""

    id: int
    app_name: str
    scopes: list[str]
    granted_at: dt.datetime
    last_used_at: dt.datetime | None


class ActiveSession(WireModel):
    id: int
    created_at: dt.datetime
    last_used_at: dt.datetime
    user_agent: str
    address: str = ""  # where it was last used from ("" from a portal that does not say)
    current: bool


class EmailSummary(WireModel):
    id: int
    subject: str
    to: str
    category: EmailCategory
    sent_at: dt.datetime


class EmailMessage(EmailSummary):
    body_text: str
    body_html: str


class AlertEvent(StrEnum):
    """The events that raise an alert (seed list)."""

    CLIENT_ADDED = "client_added"
    PASSWORD_CHANGED = "password_changed"
    INVOICE_CREATED = "invoice_created"
    CLIENT_DETAILS_EDITED = "client_details_edited"
    INVOICE_CANCELLED = "invoice_cancelled"
    INVOICE_PAID = "invoice_paid"
    SERVICE_SUSPENDED = "service_suspended"
    SERVICE_REACTIVATED = "service_reactivated"
    SERVICE_TERMINATED = "service_terminated"
    QUOTE_AVAILABLE = "quote_available"
    DOMAIN_DELETED = "domain_deleted"
    TICKET_ANSWERED = "ticket_answered"  # staff replied to a ticket (WHMCS: Support Ticket Reply)


class AlertChannels(WireModel):
    event: AlertEvent
    email: bool
    whatsapp: bool
    desktop: bool


class AlertPreferences(WireModel):
    whatsapp_phone: str = Field(description="E.164, e.g. +5491155550000; empty: none")
    events: list[AlertChannels]


class AlertChannelsUpdate(RequestModel):
    event: AlertEvent
    email: bool
    whatsapp: bool
    desktop: bool


class AlertPreferencesUpdate(RequestModel):
    """Events not listed keep their current channels."""

    whatsapp_phone: Annotated[str, StringConstraints(max_length=20)] | None = None
    events: list[AlertChannelsUpdate] = Field(default_factory=list)


class AccountEvent(WireModel):
    """An event of the account, for the desktop app's notifications."""

    id: int
    event: AlertEvent
    title: str
    text: str
    data: dict[str, str]
    created_at: dt.datetime


class AccountEvents(WireModel):
    events: list[AccountEvent]
    last_id: int = Field(description="Pass as ?after= to wait for the next ones")


class WhmcsEventReceipt(WireModel):
    """The portal's answer to an event WHMCS's hook file posted (not a desktop resource)."""

    id: str
    duplicate: bool = Field(description="This event id was taken before: nothing done again")
    alerts: int = Field(description="How many accounts were alerted")


class DeliveryChannel(StrEnum):
    EMAIL = "email"
    WHATSAPP = "whatsapp"


class DeliveryStatus(StrEnum):
    """Where one channel's delivery of an alert stands."""

    PENDING = "pending"  # not tried yet
    RETRYING = "retrying"  # a try failed: tried again later
    SENT = "sent"  # accepted by the mail server / by WhatsApp
    DELIVERED = "delivered"  # WhatsApp: on the customer's phone
    READ = "read"  # WhatsApp: the customer opened it
    FAILED = "failed"  # WhatsApp could not deliver it


class AlertDeliveryStatus(WireModel):
    channel: DeliveryChannel
    status: DeliveryStatus
    status_at: dt.datetime | None = Field(description="when it reached this status")
    attempts: int


class SentAlert(WireModel):
    """An alert raised for the account and how each channel delivered it (the desktop channel is
    the events feed and has no delivery)."""

    id: int
    event: AlertEvent
    title: str
    data: dict[str, str]
    created_at: dt.datetime
    deliveries: list[AlertDeliveryStatus]


class AuditEntry(WireModel):
    id: int
    action: str
    detail: str
    person_name: str
    created_at: dt.datetime


class InvitationAccept(RequestModel):
    """Accepting an e-mailed invitation: a new person with the invited address signs up."""

    token: Annotated[str, StringConstraints(min_length=10, max_length=200)]
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    password: Annotated[str, StringConstraints(min_length=10, max_length=1024)]


# ---- live chat (helper B) ------------------------------------------------------------------------


class ChatStatus(StrEnum):
    WAITING = "Waiting"
    ACTIVE = "Active"
    CLOSED = "Closed"


class ChatCreate(RequestModel):
    subject: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    message: Annotated[str, StringConstraints(max_length=5000)] = ""


class ChatMessageCreate(RequestModel):
    body: Annotated[str, StringConstraints(min_length=1, max_length=5000)]


class ChatMessage(WireModel):
    id: int
    author_name: str
    from_staff: bool
    body: str
    created_at: dt.datetime


class Chat(WireModel):
    id: int
    client_id: int
    subject: str
    status: ChatStatus
    agent_name: str | None
    created_at: dt.datetime
    closed_at: dt.datetime | None


class ChatDetail(Chat):
    messages: list[ChatMessage]


# ---- staff actions that raise alerts (helper B) --------------------------------------------------


class QuoteLineCreate(RequestModel):
    description: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    quantity: int = Field(default=1, ge=1, le=1000)
    unit_price: Decimal = Field(ge=0, max_digits=12, decimal_places=2)


class QuoteCreate(RequestModel):
    subject: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    valid_days: int = Field(default=30, ge=1, le=365)
    notes: Annotated[str, StringConstraints(max_length=2000)] = ""
    items: list[QuoteLineCreate] = Field(min_length=1, max_length=50)


class CancellationsApplied(WireModel):
    """End of Billing Period cancellations that reached their date and were carried out."""

    service_ids: list[int]
