"""Signing in and staying signed in: sessions, access tokens, retired refresh tokens, failed attempts,
two-factor secrets and recovery codes, single sign-on grants."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


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
    # where the session was last used from: the client's address as the portal sees it (behind a
    # trusted proxy, the one X-Forwarded-For names)
    address: Mapped[str] = mapped_column(String(45), default="", server_default="")


class AccessTokenRow(Base):
    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class UsedRefreshTokenRow(Base):
    """A refresh token already traded in. Seeing it again means it was stolen: end the session."""

    __tablename__ = "used_refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # the pair that replaced it, sealed with a key only the old token's holder can derive:
    # presented again within the grace window (its answer was lost), it gets the same pair back
    successor_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class FailedAttemptRow(Base):
    """One wrong password, code or sign-in, counted per key (an e-mail, an address, a person and
    what was asked) by every portal process: the limits are shared, not per process."""

    __tablename__ = "failed_attempts"
    __table_args__ = (Index("ix_failed_attempts_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class TotpRow(Base):
    """A person's two-factor secret (RFC 6238); enabled once confirmed with a code."""

    __tablename__ = "totp_secrets"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    secret: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # the last time step accepted: a code is good once only
    last_step: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RecoveryCodeRow(Base):
    """A one-time two-factor recovery code, stored as a SHA-256 hash."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SsoGrantRow(Base):
    """A third-party application given single sign-on access to the person's billing account."""

    __tablename__ = "sso_grants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    app_name: Mapped[str] = mapped_column(String(100))
    scopes: Mapped[str] = mapped_column(String(300), default="")
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
