"""People, the accounts they reach and with which permissions, an account's details, its users and
invitations, contacts, the e-mails it received and its audit log; what staff find of a client."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import EmailStr, Field, StringConstraints

from .common import Country, Language, Name, Phone, RequestModel, Short, WireModel


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


class InvitationAccept(RequestModel):
    """Accepting an e-mailed invitation: a new person with the invited address signs up."""

    token: Annotated[str, StringConstraints(min_length=10, max_length=200)]
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    password: Annotated[str, StringConstraints(min_length=10, max_length=1024)]


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


class EmailSummary(WireModel):
    id: int
    subject: str
    to: str
    category: EmailCategory
    sent_at: dt.datetime


class EmailMessage(EmailSummary):
    body_text: str
    body_html: str


class AuditEntry(WireModel):
    id: int
    action: str
    detail: str
    person_name: str
    created_at: dt.datetime


class ClientMatch(WireModel):
    id: int
    display_name: str
    company: str
    email: str
    matched_on: str = Field(description="name, email, domain or invoice")
