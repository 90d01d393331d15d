"""Alerts: what each person wants to hear of and where, and the outbox of alerts to send and their
deliveries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class AlertPreferenceRow(Base):
    """How one event notifies one account; absent rows mean the defaults (e-mail and desktop)."""

    __tablename__ = "alert_preferences"
    __table_args__ = (UniqueConstraint("client_id", "event"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(40))
    email: Mapped[bool] = mapped_column(Boolean, default=True)
    whatsapp: Mapped[bool] = mapped_column(Boolean, default=False)
    desktop: Mapped[bool] = mapped_column(Boolean, default=True)


class AlertProfileRow(Base):
    """Per-account alert settings that are not per event: the WhatsApp number (E.164)."""

    __tablename__ = "alert_profiles"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    whatsapp_phone: Mapped[str] = mapped_column(String(20), default="")


class AlertOutboxRow(Base):
    """An event raised in the same transaction as the change that caused it."""

    __tablename__ = "alert_outbox"
    __table_args__ = (Index("ix_alert_outbox_feed", "client_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    desktop: Mapped[bool] = mapped_column(Boolean, default=True)  # shown in the events feed
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    deliveries: Mapped[list[AlertDeliveryRow]] = relationship(
        cascade="all, delete-orphan", order_by="AlertDeliveryRow.id"
    )


class AlertDeliveryRow(Base):
    """One channel's delivery of one outbox event: retried with backoff until delivered."""

    __tablename__ = "alert_deliveries"
    __table_args__ = (
        UniqueConstraint("outbox_id", "channel"),
        Index("ix_alert_deliveries_due", "delivered_at", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("alert_outbox.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))  # email | whatsapp
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # a worker holds a delivery until this instant while sending it
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    # what the provider said of it since (WhatsApp's webhook: sent, delivered, read, failed)
    provider_id: Mapped[str] = mapped_column(String(200), default="", server_default="", index=True)
    provider_status: Mapped[str] = mapped_column(String(20), default="", server_default="")
    provider_status_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
