"""The service status page: components, incidents and their updates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class StatusComponentRow(Base):
    """A part of the hosting platform shown on the public status page."""

    __tablename__ = "status_components"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    component_group: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(30))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    impact: Mapped[str] = mapped_column(String(30))
    # comma-separated component ids
    component_ids: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

    updates: Mapped[list[IncidentUpdateRow]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentUpdateRow.id"
    )


class IncidentUpdateRow(Base):
    __tablename__ = "incident_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    incident: Mapped[IncidentRow] = relationship(back_populates="updates")
