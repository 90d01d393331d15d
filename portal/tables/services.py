"""The catalogue (products and their prices), the services an account holds and their cancellations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, UTCDateTime, utcnow


class ProductRow(Base):
    """A plan of the catalog. Plans of one group are the upgrade/downgrade options of each other."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    product_group: Mapped[str] = mapped_column(String(100), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # False: the systems cannot change this plan by themselves (VPS, SSL): ask by ticket.
    allows_automatic_change: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    prices: Mapped[list[ProductPriceRow]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductPriceRow.id"
    )


class ProductPriceRow(Base):
    __tablename__ = "product_prices"
    __table_args__ = (UniqueConstraint("product_id", "currency", "billing_cycle"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    currency: Mapped[str] = mapped_column(String(3))
    billing_cycle: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Money)

    product: Mapped[ProductRow] = relationship(back_populates="prices")


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


class ServiceCancellationRow(Base):
    """A cancellation request: one per service, ever."""

    __tablename__ = "service_cancellations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("services.id", ondelete="CASCADE"), unique=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    type: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    effective_on: Mapped[dt.date] = mapped_column(Date)
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
