"""Alerts: what a person wants to hear of and where, the account's events, the alerts sent and their
delivery, the receipt of a WHMCS event."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, WireModel


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
