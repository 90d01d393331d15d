"""The service status page: components, incidents and their notes."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, RowRef, WireModel
from .support import Message


class ComponentStatus(StrEnum):
    OPERATIONAL = "Operational"
    DEGRADED = "Degraded Performance"
    PARTIAL_OUTAGE = "Partial Outage"
    MAJOR_OUTAGE = "Major Outage"
    MAINTENANCE = "Maintenance"


class IncidentStatus(StrEnum):
    INVESTIGATING = "Investigating"
    IDENTIFIED = "Identified"
    MONITORING = "Monitoring"
    RESOLVED = "Resolved"


class IncidentImpact(StrEnum):
    NONE = "None"
    MINOR = "Minor"
    MAJOR = "Major"
    CRITICAL = "Critical"


class StatusComponent(WireModel):
    id: int
    name: str
    group: str
    status: ComponentStatus


class IncidentNote(WireModel):
    status: IncidentStatus
    message: str
    created_at: dt.datetime


class Incident(WireModel):
    id: int
    title: str
    status: IncidentStatus
    impact: IncidentImpact
    component_ids: list[int]
    started_at: dt.datetime
    resolved_at: dt.datetime | None
    updates: list[IncidentNote]


class ServiceStatusPage(WireModel):
    overall: ComponentStatus
    components: list[StatusComponent]
    incidents: list[Incident] = Field(description="Open incidents, then those resolved in 14 days")


class IncidentCreate(RequestModel):
    title: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    impact: IncidentImpact
    status: IncidentStatus = IncidentStatus.INVESTIGATING
    message: Message
    component_ids: list[RowRef] = Field(default_factory=list, max_length=50)
    component_status: ComponentStatus | None = None


class IncidentChange(RequestModel):
    """An update on an incident; status Resolved resolves it (and its components recover)."""

    status: IncidentStatus
    message: Message
    component_status: ComponentStatus | None = None
