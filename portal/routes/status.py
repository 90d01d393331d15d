"""The public service status page: components and incidents (no sign-in)."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from api_client.models import (
    ComponentStatus,
    Incident,
    IncidentNote,
    IncidentStatus,
    ServiceStatusPage,
    StatusComponent,
)

from ..auth import DB
from ..routing import PortalRoute
from ..tables import IncidentRow, StatusComponentRow, utcnow

router = APIRouter(route_class=PortalRoute, tags=["status"])

SEVERITY = [
    ComponentStatus.OPERATIONAL,
    ComponentStatus.MAINTENANCE,
    ComponentStatus.DEGRADED,
    ComponentStatus.PARTIAL_OUTAGE,
    ComponentStatus.MAJOR_OUTAGE,
]
RECENT = dt.timedelta(days=14)


def component_ids(row: IncidentRow) -> list[int]:
    return [int(part) for part in row.component_ids.split(",") if part]


def incident_model(row: IncidentRow) -> Incident:
    return Incident(
        id=row.id,
        title=row.title,
        status=row.status,
        impact=row.impact,
        component_ids=component_ids(row),
        started_at=row.started_at,
        resolved_at=row.resolved_at,
        updates=[
            IncidentNote(status=u.status, message=u.message, created_at=u.created_at)
            for u in row.updates
        ],
    )


def load_incident(db: Session, incident_id: int) -> IncidentRow | None:
    return db.scalar(
        select(IncidentRow)
        .options(selectinload(IncidentRow.updates))
        .where(IncidentRow.id == incident_id)
        .execution_options(populate_existing=True)
    )


@router.get("/status", response_model=ServiceStatusPage)
def service_status(db: DB) -> ServiceStatusPage:
    """Public: every component's status, the open incidents and those resolved in 14 days."""
    components = [
        StatusComponent(id=c.id, name=c.name, group=c.component_group, status=c.status)
        for c in db.scalars(
            select(StatusComponentRow).order_by(
                StatusComponentRow.sort_order, StatusComponentRow.id
            )
        )
    ]
    incidents = db.scalars(
        select(IncidentRow)
        .options(selectinload(IncidentRow.updates))
        .where(
            or_(
                IncidentRow.status != IncidentStatus.RESOLVED.value,
                IncidentRow.resolved_at >= utcnow() - RECENT,
            )
        )
        .order_by(IncidentRow.started_at.desc(), IncidentRow.id.desc())
    )
    ordered = sorted(
        incidents, key=lambda i: (i.status == IncidentStatus.RESOLVED, -i.started_at.timestamp())
    )
    worst = max((SEVERITY.index(c.status) for c in components), default=0)
    return ServiceStatusPage(
        overall=SEVERITY[worst],
        components=components,
        incidents=[incident_model(i) for i in ordered],
    )
