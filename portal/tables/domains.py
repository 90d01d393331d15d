"""Domains and their renewals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money


class DomainRow(Base):
    __tablename__ = "domains"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(253), unique=True)
    status: Mapped[str] = mapped_column(String(30))
    registration_date: Mapped[dt.date] = mapped_column(Date)
    expiry_date: Mapped[dt.date] = mapped_column(Date)
    auto_renew: Mapped[bool] = mapped_column(Boolean, default=True)
    transfer_locked: Mapped[bool] = mapped_column(Boolean, default=True)
    # SHA-256 of the EPP (auth) code: shown once, then only its existence is known
    epp_code_hash: Mapped[str] = mapped_column(String(64), default="")
    # one host name per line
    nameservers: Mapped[str] = mapped_column(Text, default="")
    recurring_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))


class DomainRenewalRow(Base):
    """Years of renewal ordered on an invoice; applied to the expiry date when it is paid."""

    __tablename__ = "domain_renewals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domains.id", ondelete="CASCADE"))
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    years: Mapped[int] = mapped_column(Integer)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
