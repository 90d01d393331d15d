"""The portal's own bookkeeping, shared by every area: idempotency keys, claims on periodic work, and
the WHMCS events already taken."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class IdempotencyKeyRow(Base):
    """The first answer to a request sent with an ``Idempotency-Key``; a retry replays it."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("person_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    # "POST /api/v1/accounts/1/invoices/7/pay"
    method_path: Mapped[str] = mapped_column(String(400))
    # SHA-256 of the canonical JSON of the request body
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class JobClaimRow(Base):
    """Work done once whatever runs it: ``clientdesk-portal jobs`` claims a name (such as
    "autocharge:invoice:7:2026-12") by inserting it; a second run at the same time cannot."""

    __tablename__ = "job_claims"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(500), default="")


class WhmcsEventRow(Base):
    """An event WHMCS's hook file posted, by its id: the same event posted again (a retry, a
    replay within the signature's five minutes) is answered without alerting twice. Kept a
    day; older posts are refused by their signed timestamp anyway."""

    __tablename__ = "whmcs_events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event: Mapped[str] = mapped_column(String(40))
    whmcs_hook: Mapped[str] = mapped_column(String(40), default="")
    alerts: Mapped[int] = mapped_column(Integer, default=0)  # the accounts alerted
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
