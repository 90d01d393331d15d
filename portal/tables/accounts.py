"""People, client accounts and who reaches which (memberships, invitations), an account's contacts,
the e-mails it received and its audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class PersonRow(Base):
    """Someone who signs in. May reach several client accounts (a reseller) or be staff."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    is_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # set by `clientdesk-portal disable-person`: refused at sign-in, every session ended
    disabled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

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


class InvitationRow(Base):
    """An invitation to reach a client account, sent by e-mail; pending until accepted."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    permissions: Mapped[str] = mapped_column(String(300), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ContactRow(Base):
    """A secondary contact of a client account and the e-mail categories it receives."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("client_id", "email"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    company: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(30), default="")
    # comma-separated e-mail categories: general, invoice, product, domain, support, affiliate
    categories: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class EmailMessageRow(Base):
    """Every e-mail the portal sent on behalf of a client account (the "e-mails received")."""

    __tablename__ = "email_messages"
    __table_args__ = (Index("ix_email_messages_keyset", "client_id", "sent_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    to: Mapped[str] = mapped_column(String(1000))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), default="general")
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


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
