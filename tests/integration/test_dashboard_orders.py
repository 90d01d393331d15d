"""The dashboard summary, the public catalog, domain availability and orders."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from api_client import PortalClient, errors
from api_client.models import (
    BillingCycle,
    DomainStatus,
    InvoiceFilter,
    InvoiceStatus,
    OrderCreate,
    ServiceStatus,
    TicketStatus,
)
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.routes.invoices import first_of_month
from portal.server import BackgroundPortal
from portal.tables import DomainRow, InvoiceRow, ServiceRow


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


async def test_dashboard_counts_match_the_lists(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        board = await account.dashboard.get()
        services = await account.services.list()
        unpaid = [i async for i in account.invoices.iterate(status=InvoiceFilter.UNPAID)]
        overdue = [i async for i in account.invoices.iterate(status=InvoiceFilter.OVERDUE)]
        tickets = await account.tickets.list()
        domains = await account.domains.list()
    assert board.active_services == sum(s.status is ServiceStatus.ACTIVE for s in services) == 2
    assert board.unpaid_invoices == len(unpaid) >= 3
    assert board.overdue_invoices == len(overdue)
    assert board.unpaid_balance == sum((i.balance for i in unpaid), Decimal("0"))
    assert board.currency == "ARS"
    assert board.open_tickets == sum(t.status is not TicketStatus.CLOSED for t in tickets) == 2
    assert board.domains_expiring_soon == 2  # gimenezdiseno.com.ar and lauragimenez.com
    assert board.domains_expiring_soon == sum(
        d.status is DomainStatus.ACTIVE and 0 <= d.days_to_expiry <= 30 for d in domains
    )


async def test_catalog_is_public_and_filters_by_currency(portal: BackgroundPortal) -> None:
    async with PortalClient(portal.url) as anonymous:
        products = await anonymous.public.catalog("USD")
    by_name = {p.name: p for p in products}
    assert {"Hosting Básico", "Hosting Pro", "Hosting Empresa"} <= set(by_name)
    assert all(price.currency == "USD" for p in products for price in p.prices)
    empresa = {p.billing_cycle: p.price for p in by_name["Hosting Empresa"].prices}
    assert empresa[BillingCycle.ANNUALLY] == Decimal("180.00")
    assert by_name["VPS 2 GB"].allows_automatic_change is False
    assert by_name["Certificado SSL Wildcard"].allows_automatic_change is False


async def test_domain_availability(portal: BackgroundPortal) -> None:
    async with PortalClient(portal.url) as anonymous:
        check = anonymous.public.domain_availability
        free = await check("NuevoEstudio.com.ar")
        assert free.available and free.name == "nuevoestudio.com.ar"
        taken = await check("gimenezdiseno.com.ar")
        assert not taken.available and taken.reason == "taken"
        reserved = await check("google.com")
        assert not reserved.available and reserved.reason == "reserved"
        for bad, code in [
            ("no spaces.com", "invalid_domain"),
            ("sitio.xyz", "unsupported_tld"),
            ("www.sitio.com.ar", "invalid_domain"),
        ]:
            with pytest.raises(errors.ValidationFailedError) as caught:
                await check(bad)
            assert caught.value.field_errors["name"][0][0] == code, bad


async def test_order_a_plan_and_a_domain_once(portal: BackgroundPortal) -> None:
    async with PortalClient(portal.url) as anonymous:
        pro = next(p for p in await anonymous.public.catalog("ARS") if p.name == "Hosting Pro")
    async with await signed_in(portal) as client:
        orders = client.for_account(1).orders
        order = OrderCreate(
            product_id=pro.id,
            billing_cycle=BillingCycle.ANNUALLY,
            domain="nuevoestudio.com.ar",
            register_domain="nuevoestudio.com.ar",
            years=2,
        )
        first, second = await asyncio.gather(
            orders.place(order, idempotency_key="order-1"),
            orders.place(order, idempotency_key="order-1"),
        )
        assert first == second
        invoice = await client.for_account(1).invoices.get(first.invoice_id)
        assert invoice.status is InvoiceStatus.UNPAID
        assert [i.amount for i in invoice.items] == [Decimal("45000.00"), Decimal("19000.00")]
        assert invoice.total == Decimal("77440.00")  # 64000 + 21%
        service = await client.for_account(1).services.get(first.service_id or 0)
        assert service.status is ServiceStatus.PENDING
        domain = await client.for_account(1).domains.get(first.domain_id or 0)
        assert domain.status is DomainStatus.PENDING_REGISTRATION
        assert domain.expiry_date.year == dt.date.today().year + 2

        with pytest.raises(errors.ConflictError) as caught:
            await orders.domain("nuevoestudio.com.ar")
        assert caught.value.code == "domain_unavailable"
        with pytest.raises(errors.ValidationFailedError) as invalid:
            await orders.place(OrderCreate())
        assert invalid.value.field_errors["product_id"][0][0] == "empty_order"
        ssl = next(p for p in await client.public.catalog("ARS") if "Wildcard" in p.name)
        with pytest.raises(errors.ValidationFailedError) as invalid:
            await orders.product(ssl.id, BillingCycle.MONTHLY)
        assert invalid.value.field_errors["billing_cycle"][0][0] == "cycle_not_offered"
    with portal.app.state.database.sessions() as db:
        assert (
            db.scalar(
                select(func.count())
                .select_from(DomainRow)
                .where(DomainRow.name == "nuevoestudio.com.ar")
            )
            == 1
        )
        assert (
            db.scalar(
                select(func.count())
                .select_from(ServiceRow)
                .where(ServiceRow.domain == "nuevoestudio.com.ar")
            )
            == 1
        )


async def test_ordering_needs_the_orders_permission(portal: BackgroundPortal) -> None:
    # Laura reaches the Pereyra account without "orders" (the reseller's case in the demo).
    async with await signed_in(portal) as client:
        with pytest.raises(errors.ForbiddenError):
            await client.for_account(2).orders.domain("otro-estudio.com.ar")
    async with await signed_in(portal, OTHER_EMAIL) as owner:
        result = await owner.for_account(2).orders.domain("otro-estudio.com.ar")
        assert result.currency == "USD" and result.total == Decimal("14.52")


def add_invoice(
    portal: BackgroundPortal,
    number: str,
    status: InvoiceStatus,
    currency: str,
    total: str,
    issued: dt.date,
    paid: dt.date | None,
) -> None:
    with portal.app.state.database.sessions() as db:
        db.add(
            InvoiceRow(
                client_id=1,
                number=number,
                issued_on=issued,
                due_on=issued,
                paid_on=paid,
                status=status.value,
                currency=currency,
                subtotal=Decimal(total),
                total=Decimal(total),
                amount_paid=Decimal(total) if paid else Decimal("0"),
            )
        )
        db.commit()


async def test_spending_is_summed_by_the_portal_by_month_and_currency(
    portal: BackgroundPortal,
) -> None:
    today = dt.datetime.now(dt.UTC).date()
    this_month = today.replace(day=1)
    eleven_back = first_of_month(today, 11)
    add_invoice(portal, "T-USD-1", InvoiceStatus.PAID, "USD", "12.50", this_month, this_month)
    add_invoice(portal, "T-USD-2", InvoiceStatus.PAID, "USD", "7.50", this_month, today)
    # issued long ago, paid in the first month counted: counted in the month it was paid
    add_invoice(
        portal, "T-OLD", InvoiceStatus.PAID, "USD", "100.00", dt.date(2001, 1, 1), eleven_back
    )
    add_invoice(
        portal,
        "T-BEFORE",
        InvoiceStatus.PAID,
        "USD",
        "999.00",
        eleven_back,
        eleven_back - dt.timedelta(days=1),
    )
    add_invoice(portal, "T-UNPAID", InvoiceStatus.UNPAID, "USD", "55.00", this_month, None)

    async with await signed_in(portal) as client:
        account = client.for_account(1)
        answer = await account.invoices.spending(12)
        paid = [i async for i in account.invoices.iterate(status=InvoiceFilter.PAID)]

    assert answer.since == eleven_back
    walked: dict[tuple[dt.date, str], Decimal] = {}
    for invoice in paid:
        day = invoice.paid_on or invoice.issued_on
        if day >= eleven_back:
            key = (day.replace(day=1), invoice.currency)
            walked[key] = walked.get(key, Decimal("0")) + invoice.total
    assert {(m.month, m.currency): m.amount for m in answer.months} == walked
    usd = {m.month: m.amount for m in answer.months if m.currency == "USD"}
    assert usd == {this_month: Decimal("20.00"), eleven_back: Decimal("100.00")}
    assert any(m.currency == "ARS" for m in answer.months), "the demo's own payments count too"


async def test_spending_needs_the_invoices_permission_and_the_account(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal, OTHER_EMAIL) as outsider:
        with pytest.raises(errors.NotFoundError):
            await outsider.for_account(1).invoices.spending()
