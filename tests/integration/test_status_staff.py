"""The public status page and the staff desk (clients, ticket queue, incidents)."""

from __future__ import annotations

import pytest

from api_client import PortalClient, errors
from api_client.models import (
    ComponentStatus,
    IncidentChange,
    IncidentCreate,
    IncidentImpact,
    IncidentStatus,
    TicketStatus,
)
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL
from portal.server import BackgroundPortal


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_status_page_is_public_with_components_and_incidents(
    portal: BackgroundPortal,
) -> None:
    async with PortalClient(portal.url) as anonymous:
        page = await anonymous.public.status()
    names = [c.name for c in page.components]
    assert "Correo" in names and "DNS" in names
    assert page.overall is ComponentStatus.DEGRADED
    assert page.incidents[0].status is not IncidentStatus.RESOLVED  # open ones first
    assert page.incidents[-1].status is IncidentStatus.RESOLVED
    assert [u.status for u in page.incidents[0].updates] == [
        IncidentStatus.INVESTIGATING,
        IncidentStatus.IDENTIFIED,
    ]


async def test_staff_posts_updates_and_resolves_an_incident(portal: BackgroundPortal) -> None:
    async with PortalClient(portal.url) as anonymous:
        dns = next(c for c in (await anonymous.public.status()).components if c.name == "DNS")
    async with await signed_in(portal, STAFF_EMAIL) as staff:
        posted = await staff.staff.post_incident(
            IncidentCreate(
                title="Resolución DNS lenta",
                impact=IncidentImpact.MAJOR,
                message="Investigamos demoras en la resolución de nombres.",
                component_ids=[dns.id],
                component_status=ComponentStatus.PARTIAL_OUTAGE,
            )
        )
        assert posted.status is IncidentStatus.INVESTIGATING
        page = await staff.public.status()
        assert next(c for c in page.components if c.id == dns.id).status is (
            ComponentStatus.PARTIAL_OUTAGE
        )
        assert page.overall is ComponentStatus.PARTIAL_OUTAGE
        monitoring = await staff.staff.update_incident(
            posted.id, IncidentChange(status=IncidentStatus.MONITORING, message="Aplicamos un fix.")
        )
        assert len(monitoring.updates) == 2
        resolved = await staff.staff.update_incident(
            posted.id, IncidentChange(status=IncidentStatus.RESOLVED, message="Normalizado.")
        )
        assert resolved.resolved_at is not None
        page = await staff.public.status()
        assert next(c for c in page.components if c.id == dns.id).status is (
            ComponentStatus.OPERATIONAL
        )


async def test_staff_finds_clients_by_name_email_domain_or_invoice(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal, STAFF_EMAIL) as staff:
        by_name = await staff.staff.find_clients("pereyra")
        assert [(c.id, c.matched_on) for c in by_name] == [(2, "name")]
        assert [c.id for c in await staff.staff.find_clients("laura@gimenez")] == [1]
        by_domain = await staff.staff.find_clients("tiendalaura")
        assert [(c.id, c.matched_on) for c in by_domain] == [(1, "domain")]
        by_invoice = await staff.staff.find_clients("F-024001")
        assert [(c.id, c.matched_on) for c in by_invoice] == [(1, "invoice")]


async def test_staff_queue_reply_and_status(portal: BackgroundPortal) -> None:
    async with await signed_in(portal, STAFF_EMAIL) as staff:
        queue = await staff.staff.tickets()
        assert TicketStatus.CLOSED not in {t.status for t in queue}
        assert {t.client_id for t in queue} == {1, 2}
        waiting = await staff.staff.tickets(status=TicketStatus.CUSTOMER_REPLY)
        ticket = waiting[0]
        sales = await staff.staff.tickets(department_id=ticket.department_id)
        assert all(t.department_id == ticket.department_id for t in sales)

        answered = await staff.staff.reply(ticket.id, "El sábado a las 9 está perfecto.")
        assert answered.status is TicketStatus.ANSWERED
        assert answered.messages[-1].from_staff
        held = await staff.staff.set_ticket_status(ticket.id, TicketStatus.ON_HOLD)
        assert held.status is TicketStatus.ON_HOLD
    async with await signed_in(portal) as customer:
        seen = await customer.for_account(ticket.client_id).tickets.get(ticket.id)
        assert seen.status is TicketStatus.ON_HOLD
        assert seen.messages[-1].body == "El sábado a las 9 está perfecto."


async def test_non_staff_get_staff_only(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as customer:
        calls = [
            customer.staff.find_clients("laura"),
            customer.staff.tickets(),
            customer.staff.ticket(1),
            customer.staff.reply(1, "hola"),
            customer.staff.set_ticket_status(1, TicketStatus.CLOSED),
            customer.staff.post_incident(
                IncidentCreate(title="x", impact=IncidentImpact.MINOR, message="y")
            ),
            customer.staff.update_incident(
                1, IncidentChange(status=IncidentStatus.RESOLVED, message="y")
            ),
        ]
        for call in calls:
            with pytest.raises(errors.ForbiddenError) as caught:
                await call
            assert caught.value.code == "staff_only"
