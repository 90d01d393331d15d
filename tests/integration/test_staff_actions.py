"""Staff actions that the seed's alerts announce, each raising its event with the change, and
End of Billing Period cancellations carried out on their date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from api_client import PortalClient, errors
from api_client.models import (
    CancellationType,
    InvoiceFilter,
    InvoiceStatus,
    QuoteCreate,
    QuoteLineCreate,
    QuoteStage,
    ServiceStatus,
)
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL
from portal.server import BackgroundPortal
from portal.tables import AlertOutboxRow, ServiceCancellationRow


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


def events(portal: BackgroundPortal, client_id: int = 1) -> list[str]:
    with portal.app.state.database.sessions() as db:
        return list(
            db.scalars(
                select(AlertOutboxRow.event)
                .where(AlertOutboxRow.client_id == client_id)
                .order_by(AlertOutboxRow.id)
            )
        )


async def test_service_lifecycle_raises_suspended_reactivated_terminated(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as customer, await signed_in(portal, STAFF_EMAIL) as staff:
        services = await customer.for_account(1).services.list()
        active = next(s for s in services if s.status is ServiceStatus.ACTIVE)
        before = events(portal)
        assert (await staff.staff.suspend_service(active.id)).status is ServiceStatus.SUSPENDED
        with pytest.raises(errors.ConflictError) as caught:
            await staff.staff.suspend_service(active.id)
        assert caught.value.code == "service_not_active"
        assert (await staff.staff.reactivate_service(active.id)).status is ServiceStatus.ACTIVE
        assert (await staff.staff.terminate_service(active.id)).status is ServiceStatus.TERMINATED
        with pytest.raises(errors.ForbiddenError) as forbidden:
            await customer.staff.terminate_service(active.id)
        assert forbidden.value.code == "staff_only"
    assert events(portal)[len(before) :] == [
        "service_suspended",
        "service_reactivated",
        "service_terminated",
    ]


async def test_cancelled_invoice_and_new_quote_are_announced(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as customer, await signed_in(portal, STAFF_EMAIL) as staff:
        unpaid = (await customer.for_account(1).invoices.list(status=InvoiceFilter.UNPAID)).items[0]
        cancelled = await staff.staff.cancel_invoice(unpaid.id)
        assert cancelled.status is InvoiceStatus.CANCELLED
        with pytest.raises(errors.ConflictError) as caught:
            await staff.staff.cancel_invoice(unpaid.id)
        assert caught.value.code == "invoice_not_cancellable"

        quote = await staff.staff.make_quote(
            1,
            QuoteCreate(
                subject="Tienda online",
                items=[
                    QuoteLineCreate(description="Hosting Pro - anual", unit_price=Decimal("45000")),
                    QuoteLineCreate(
                        description="Horas de diseño", quantity=10, unit_price=Decimal("8000")
                    ),
                ],
            ),
        )
        assert quote.stage is QuoteStage.DELIVERED and quote.total == Decimal("151250.00")
        seen = await customer.for_account(1).quotes.get(quote.id)
        assert seen.acceptable and seen.number == quote.number
    assert events(portal)[-2:] == ["invoice_cancelled", "quote_available"]


async def test_only_domains_no_longer_held_are_deleted(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as customer, await signed_in(portal, STAFF_EMAIL) as staff:
        domains = {d.name: d for d in await customer.for_account(1).domains.list()}
        with pytest.raises(errors.ConflictError) as caught:
            await staff.staff.delete_domain(domains["gimenezdiseno.com.ar"].id)
        assert caught.value.code == "domain_still_held"
        await staff.staff.delete_domain(domains["disenolaura.com.ar"].id)
        left = {d.name for d in await customer.for_account(1).domains.list()}
        assert "disenolaura.com.ar" not in left
    assert events(portal)[-1] == "domain_deleted"


async def test_end_of_period_cancellation_is_carried_out_on_its_date(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as customer, await signed_in(portal, STAFF_EMAIL) as staff:
        account = customer.for_account(1)
        service = next(s for s in await account.services.list() if s.product == "Hosting Pro")
        await account.service_actions.cancel(
            service.id, CancellationType.END_OF_BILLING_PERIOD, DEMO_PASSWORD
        )
        assert (await staff.staff.apply_due_cancellations()).service_ids == []
        assert (await account.services.get(service.id)).status is ServiceStatus.ACTIVE
        with portal.app.state.database.sessions() as db:  # the period ends
            db.execute(update(ServiceCancellationRow).values(effective_on=dt.date.today()))
            db.commit()
        assert (await staff.staff.apply_due_cancellations()).service_ids == [service.id]
        assert (await account.services.get(service.id)).status is ServiceStatus.CANCELLED
        assert (await staff.staff.apply_due_cancellations()).service_ids == []
    assert events(portal)[-1] == "service_terminated"
