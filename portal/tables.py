"""The portal's database tables (SQLAlchemy 2, typed declarative mapping).

Money columns are ``Numeric(12, 2)``; dates are dates, instants are timezone-aware UTC.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

Money = Numeric(12, 2)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as UTC; SQLite returns naive ones, which are read back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: object
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class PersonRow(Base):
    """Someone who signs in. May reach several client accounts (a reseller) or be staff."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    is_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[MembershipRow]] = relationship(back_populates="person")


class ClientRow(Base):
    """A client account: the billing entity that owns services and invoices."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    company: Mapped[str] = mapped_column(String(100), default="")
    # One e-mail address belongs to one client only (seed: "no pueden existir dos clientes con el
    # mismo email asociado"); stored lower-cased so the check ignores case.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    address1: Mapped[str] = mapped_column(String(100), default="")
    address2: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="AR")
    tax_id: Mapped[str] = mapped_column(String(30), default="")
    language: Mapped[str] = mapped_column(String(2), default="es")
    currency: Mapped[str] = mapped_column(String(3), default="ARS")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[MembershipRow]] = relationship(back_populates="client")


class MembershipRow(Base):
    """A person's access to a client account, with the permissions held there."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("person_id", "client_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    is_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    # comma-separated permission names; the owner's row is ignored (the owner holds all)
    permissions: Mapped[str] = mapped_column(String(300), default="")

    person: Mapped[PersonRow] = relationship(back_populates="memberships")
    client: Mapped[ClientRow] = relationship(back_populates="memberships")


class SessionRow(Base):
    """One sign-in: its refresh token (hashed, rotating) and whether it has ended."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    refresh_hash: Mapped[str] = mapped_column(String(64), unique=True)
    refresh_expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    user_agent: Mapped[str] = mapped_column(String(200), default="")


class UsedRefreshTokenRow(Base):
    """A refresh token already traded in. Seeing it again means it was stolen: end the session."""

    __tablename__ = "used_refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))


class AccessTokenRow(Base):
    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ServiceRow(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    product: Mapped[str] = mapped_column(String(100))
    product_group: Mapped[str] = mapped_column(String(100))
    domain: Mapped[str] = mapped_column(String(253), default="")
    amount: Mapped[Decimal] = mapped_column(Money)
    first_payment_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    billing_cycle: Mapped[str] = mapped_column(String(20))
    registration_date: Mapped[dt.date] = mapped_column(Date)
    next_due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    server: Mapped[str] = mapped_column(String(100), default="")
    username: Mapped[str] = mapped_column(String(100), default="")
    dedicated_ip: Mapped[str] = mapped_column(String(45), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class InvoiceRow(Base):
    __tablename__ = "invoices"
    __table_args__ = (Index("ix_invoices_client_keyset", "client_id", "issued_on", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    paid_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    subtotal: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    credit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(Money)
    amount_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    notes: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[InvoiceItemRow]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceItemRow.id"
    )


class InvoiceItemRow(Base):
    __tablename__ = "invoice_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money)
    taxed: Mapped[bool] = mapped_column(Boolean, default=True)
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("services.id", ondelete="SET NULL"), nullable=True
    )

    invoice: Mapped[InvoiceRow] = relationship(back_populates="items")


class AuditRow(Base):
    """Every change made through the portal, readable by the account."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=True, index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
