"""Domains: their status, renewal, name servers and transfer away."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, WireModel


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
