"""The staff desk (people with ``is_staff``): find a client, the ticket queue, answer and move
tickets, and post incidents on the status page. Anyone else gets 403 ``staff_only``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from api_client.models import (
    ClientMatch,
    ComponentStatus,
    Incident,
    IncidentChange,
    IncidentCreate,
    IncidentStatus,
    StaffReply,
    Ticket,
    TicketDetail,
    TicketStatus,
    TicketStatusUpdate,
)

from ..alerts import raise_event
from ..audit import record
from ..auth import DB, MAX_ROW_ID, Caller, CurrentCaller, RowId
from ..billing import run_once
from ..errors import FieldError, PortalHTTPError, not_found
from ..idempotency import IdempotencyKey
from ..routing import PortalRoute
from ..tables import (
    ClientRow,
    DomainRow,
    IncidentRow,
    IncidentUpdateRow,
    InvoiceRow,
    ServiceRow,
    StatusComponentRow,
    TicketRow,
    utcnow,
)
from .status import component_ids, incident_model, load_incident
from .tickets import add_message, ticket_detail, ticket_summary

router = APIRouter(route_class=PortalRoute, prefix="/staff", tags=["staff"])


def staff_caller(caller: CurrentCaller) -> Caller:
    if not caller.person.is_staff:
        raise PortalHTTPError(403, "staff_only", "Only staff can do this")
    return caller


Staff = Annotated[Caller, Depends(staff_caller)]
TicketId = RowId
IncidentId = RowId


def _display(client: ClientRow) -> str:
    return f"{client.first_name} {client.last_name}".strip()


@router.get("/clients", response_model=list[ClientMatch])
def find_clients(
    staff: Staff, db: DB, q: Annotated[str, Query(min_length=2, max_length=200)]
) -> list[ClientMatch]:
    """Clients whose name, company, e-mail, domain (of a service or a domain) or invoice number
    contains ``q`` (case-insensitive), at most 50."""
    needle = f"%{q.strip().lower()}%"
    found: dict[int, tuple[ClientRow, str]] = {}

    def add(rows: object, how: str) -> None:
        for client in rows:  # type: ignore[attr-defined]
            found.setdefault(client.id, (client, how))

    full_name = func.lower(ClientRow.first_name + " " + ClientRow.last_name)
    add(
        db.scalars(
            select(ClientRow).where(
                or_(full_name.like(needle), func.lower(ClientRow.company).like(needle))
            )
        ),
        "name",
    )
    add(db.scalars(select(ClientRow).where(func.lower(ClientRow.email).like(needle))), "email")
    add(
        db.scalars(
            select(ClientRow).where(
                or_(
                    ClientRow.id.in_(
                        select(DomainRow.client_id).where(func.lower(DomainRow.name).like(needle))
                    ),
                    ClientRow.id.in_(
                        select(ServiceRow.client_id).where(
                            func.lower(ServiceRow.domain).like(needle)
                        )
                    ),
                )
            )
        ),
        "domain",
    )
    add(
        db.scalars(
            select(ClientRow).where(
                ClientRow.id.in_(
                    select(InvoiceRow.client_id).where(func.lower(InvoiceRow.number).like(needle))
                )
            )
        ),
        "invoice",
    )
    return [
        ClientMatch(
            id=c.id, display_name=_display(c), company=c.company, email=c.email, matched_on=how
        )
        for c, how in sorted(found.values(), key=lambda pair: pair[0].id)[:50]
    ]


@router.get("/tickets", response_model=list[Ticket])
def ticket_queue(
    staff: Staff,
    db: DB,
    department_id: Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)] = None,
    status: TicketStatus | None = None,
) -> list[Ticket]:
    """Tickets of every client, oldest activity first (what waits longest on top); without a
    status, every ticket that is not Closed."""
    query = select(TicketRow)
    if department_id is not None:
        query = query.where(TicketRow.department_id == department_id)
    if status is not None:
        query = query.where(TicketRow.status == status.value)
    else:
        query = query.where(TicketRow.status != TicketStatus.CLOSED.value)
    rows = db.scalars(query.order_by(TicketRow.last_reply_at, TicketRow.id))
    return [ticket_summary(db, r) for r in rows]


def _ticket(db: Session, ticket_id: int) -> TicketRow:
    row = db.get(TicketRow, ticket_id)
    if row is None:
        raise not_found("No such ticket")
    return row


@router.get("/tickets/{ticket_id}", response_model=TicketDetail)
def staff_ticket(staff: Staff, db: DB, ticket_id: TicketId) -> TicketDetail:
    _ticket(db, ticket_id)
    return ticket_detail(db, ticket_id)


@router.post("/tickets/{ticket_id}/replies", response_model=TicketDetail, status_code=201)
def staff_reply(
    body: StaffReply,
    staff: Staff,
    db: DB,
    request: Request,
    ticket_id: TicketId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Answer as staff: the ticket becomes Answered. Honours an ``Idempotency-Key`` (sent again
    with its key, the answer is added once)."""

    def change() -> TicketDetail:
        ticket = _ticket(db, ticket_id)
        add_message(db, ticket, staff.person.id, staff.person.name, True, body.message, [])
        ticket.status = TicketStatus.ANSWERED.value
        record(db, ticket.client_id, staff.person.id, "ticket_answered", f"ticket {ticket.id}")
        raise_event(
            db,
            ticket.client_id,
            "ticket_answered",
            {"ticket": ticket.id, "subject": ticket.subject},
        )
        db.flush()
        return ticket_detail(db, ticket.id)

    return run_once(
        db, request, staff.person.id, idempotency_key, body, change, status_code=201, required=False
    )


@router.patch("/tickets/{ticket_id}", response_model=TicketDetail)
def staff_ticket_status(
    body: TicketStatusUpdate, staff: Staff, db: DB, ticket_id: TicketId
) -> TicketDetail:
    ticket = _ticket(db, ticket_id)
    if ticket.status != body.status:
        old = ticket.status
        ticket.status = body.status.value
        record(
            db,
            ticket.client_id,
            staff.person.id,
            "ticket_status_changed",
            f"ticket {ticket.id}: {old} -> {body.status.value}",
        )
        db.commit()
    return ticket_detail(db, ticket.id)


def _set_components(db: Session, ids: list[int], status: ComponentStatus) -> None:
    for component_id in ids:
        row = db.get(StatusComponentRow, component_id)
        if row is not None:
            row.status = status.value


@router.post("/incidents", response_model=Incident, status_code=201)
def post_incident(
    body: IncidentCreate,
    staff: Staff,
    db: DB,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Open an incident (422 ``component_ids`` ``unknown_component``); ``component_status``
    marks its components. Honours an ``Idempotency-Key`` (sent again with its key, one incident
    is opened)."""

    def change() -> Incident:
        ids = list(dict.fromkeys(body.component_ids))
        known = set(db.scalars(select(StatusComponentRow.id).where(StatusComponentRow.id.in_(ids))))
        if len(known) != len(ids):
            raise FieldError.one("component_ids", "unknown_component", "No such component")
        now = utcnow()
        row = IncidentRow(
            title=body.title,
            status=body.status.value,
            impact=body.impact.value,
            component_ids=",".join(str(i) for i in ids),
            started_at=now,
            resolved_at=now if body.status is IncidentStatus.RESOLVED else None,
        )
        row.updates = [
            IncidentUpdateRow(status=body.status.value, message=body.message, created_at=now)
        ]
        db.add(row)
        if body.component_status is not None:
            _set_components(db, ids, body.component_status)
        record(db, None, staff.person.id, "incident_posted", body.title)
        db.flush()
        incident = load_incident(db, row.id)
        assert incident is not None
        return incident_model(incident)

    return run_once(
        db, request, staff.person.id, idempotency_key, body, change, status_code=201, required=False
    )


@router.post("/incidents/{incident_id}/updates", response_model=Incident)
def update_incident(
    body: IncidentChange,
    staff: Staff,
    db: DB,
    request: Request,
    incident_id: IncidentId,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Add an update; status Resolved resolves the incident and its components go back to
    Operational unless another open incident still names them. Honours an ``Idempotency-Key``
    (sent again with its key, the update is added once)."""

    def change() -> Incident:
        row = load_incident(db, incident_id)
        if row is None:
            raise not_found("No such incident")
        now = utcnow()
        row.updates.append(
            IncidentUpdateRow(status=body.status.value, message=body.message, created_at=now)
        )
        row.status = body.status.value
        ids = component_ids(row)
        if body.status is IncidentStatus.RESOLVED:
            row.resolved_at = row.resolved_at or now
            others = db.scalars(
                select(IncidentRow).where(
                    IncidentRow.id != row.id, IncidentRow.status != IncidentStatus.RESOLVED.value
                )
            )
            still = {i for other in others for i in component_ids(other)}
            _set_components(db, [i for i in ids if i not in still], ComponentStatus.OPERATIONAL)
        else:
            row.resolved_at = None
            if body.component_status is not None:
                _set_components(db, ids, body.component_status)
        record(db, None, staff.person.id, "incident_updated", f"{row.title}: {body.status.value}")
        db.flush()
        incident = load_incident(db, row.id)
        assert incident is not None
        return incident_model(incident)

    return run_once(db, request, staff.person.id, idempotency_key, body, change, required=False)
