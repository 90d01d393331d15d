"""Upgrade/downgrade with a quote, cancellation requests and change of owner, through the async
client against the real portal."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from api_client import PortalClient, errors
from api_client.models import CancellationType, InvoiceStatus, ServiceStatus
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from portal.server import BackgroundPortal
from portal.tables import (
    AlertOutboxRow,
    InvoiceItemRow,
    InvoiceRow,
    ProductRow,
    ServiceRow,
    TicketRow,
)


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


def product_id(portal: BackgroundPortal, name: str) -> int:
    with portal.app.state.database.sessions() as db:
        return int(db.scalar(select(ProductRow.id).where(ProductRow.name == name)))


async def service_named(client: PortalClient, account: int, product: str) -> int:
    services = await client.for_account(account).services.list()
    return next(s.id for s in services if s.product == product)


def clear_overdue(portal: BackgroundPortal) -> None:
    with portal.app.state.database.sessions() as db:
        db.execute(
            update(InvoiceRow)
            .where(InvoiceRow.status == InvoiceStatus.UNPAID.value)
            .values(due_on=dt.date.today() + dt.timedelta(days=5))
        )
        db.commit()


async def test_upgrade_options_list_the_group_with_prices_in_the_account_currency(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        sid = await service_named(client, 1, "Hosting Pro")
        options = await client.for_account(1).service_actions.upgrade_options(sid)
    assert options.currency == "ARS"
    names = [o.name for o in options.options]
    assert names == ["Hosting Inicial", "Hosting Básico", "Hosting Pro", "Hosting Empresa"]
    current = next(o for o in options.options if o.is_current)
    assert current.price == Decimal("45000.00")
    assert all(p.currency == "ARS" for o in options.options for p in o.prices)


async def test_upgrade_quote_charges_the_seeds_difference_and_confirm_invoices_it_once(
    portal: BackgroundPortal,
) -> None:
    empresa = product_id(portal, "Hosting Empresa")
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        sid = await service_named(client, 1, "Hosting Pro")
        quote = await account.service_actions.upgrade_quote(sid, empresa)
        # The seed: paid 100/year, moves to 150 → 150 - 100 = 50, whatever the day of the year.
        assert quote.direction == "upgrade"
        assert quote.current_price == Decimal("45000.00")
        assert quote.new_price == Decimal("90000.00")
        assert quote.difference == Decimal("45000.00")
        assert quote.tax == Decimal("9450.00")
        assert quote.total_due == Decimal("54450.00")

        first, again = await asyncio.gather(
            account.service_actions.upgrade(sid, empresa, idempotency_key="upgrade-1"),
            account.service_actions.upgrade(sid, empresa, idempotency_key="upgrade-1"),
        )
        assert first.invoice_id is not None and again.invoice_id == first.invoice_id
        assert first.service.product == "Hosting Empresa"
        assert first.service.amount == Decimal("90000.00")
        invoice = await account.invoices.get(first.invoice_id)
        assert invoice.status is InvoiceStatus.UNPAID
        assert invoice.total == Decimal("54450.00")
        assert invoice.items[0].service_id == sid
        service = await account.services.get(sid)
        assert service.product == "Hosting Empresa"
    with portal.app.state.database.sessions() as db:
        upgrade_lines = db.scalars(
            select(InvoiceItemRow).where(InvoiceItemRow.description.startswith("Upgrade"))
        ).all()
        assert len(upgrade_lines) == 1, "the same key charged twice"
        events = db.scalars(select(AlertOutboxRow.event).where(AlertOutboxRow.client_id == 1)).all()
        assert "invoice_created" in events


async def test_downgrade_is_not_refunded_and_creates_no_invoice(portal: BackgroundPortal) -> None:
    basico = product_id(portal, "Hosting Básico")
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        sid = await service_named(client, 1, "Hosting Pro")
        quote = await account.service_actions.upgrade_quote(sid, basico)
        assert quote.direction == "downgrade"
        assert quote.difference == Decimal("0") and quote.total_due == Decimal("0")
        result = await account.service_actions.upgrade(sid, basico)
        assert result.invoice_id is None
        assert result.service.amount == Decimal("18000.00")


async def test_plans_that_cannot_change_automatically_send_the_client_to_a_ticket(
    portal: BackgroundPortal,
) -> None:
    cloud8 = product_id(portal, "Cloud Server 8 GB")
    async with await signed_in(portal) as client:
        account = client.for_account(2)
        sid = await service_named(client, 2, "Cloud Server 4 GB")
        options = await account.service_actions.upgrade_options(sid)
        assert options.allows_automatic_change is False
        with pytest.raises(errors.ConflictError) as caught:
            await account.service_actions.upgrade_quote(sid, cloud8)
        assert caught.value.code == "upgrade_not_automatic"
        with pytest.raises(errors.ConflictError):
            await account.service_actions.upgrade(sid, cloud8)


async def test_quote_refusals(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        pro = await service_named(client, 1, "Hosting Pro")
        suspended = await service_named(client, 1, "Hosting Básico")
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.service_actions.upgrade_quote(pro, product_id(portal, "Hosting Pro"))
        assert caught.value.field_errors["product_id"][0][0] == "same_product"
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.service_actions.upgrade_quote(pro, product_id(portal, "VPS 4 GB"))
        assert caught.value.field_errors["product_id"][0][0] == "other_group"
        with pytest.raises(errors.ConflictError) as conflict:
            await account.service_actions.upgrade_quote(
                suspended, product_id(portal, "Hosting Pro")
            )
        assert conflict.value.code == "service_not_active"


async def test_cancellation_needs_the_password_and_is_asked_once(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        sid = await service_named(client, 1, "Hosting Pro")
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.service_actions.cancel(
                sid, CancellationType.END_OF_BILLING_PERIOD, "not-my-password"
            )
        assert caught.value.field_errors["password"][0][0] == "wrong_password"

        done = await account.service_actions.cancel(
            sid, CancellationType.END_OF_BILLING_PERIOD, DEMO_PASSWORD, reason="Cierro el local"
        )
        service = await account.services.get(sid)
        assert done.effective_on == service.next_due_date
        assert done.service_status is ServiceStatus.ACTIVE  # works until the period ends
        assert done.conditions == ["no_refund", "current_invoices_due", "data_deleted"]
        assert (await account.service_actions.cancellation(sid)).reason == "Cierro el local"

        with pytest.raises(errors.ConflictError) as conflict:
            await account.service_actions.cancel(sid, CancellationType.IMMEDIATE, DEMO_PASSWORD)
        assert conflict.value.code == "cancellation_already_requested"
        with pytest.raises(errors.ConflictError) as conflict:  # no plan change while leaving
            await account.service_actions.upgrade_quote(sid, product_id(portal, "Hosting Empresa"))
        assert conflict.value.code == "cancellation_already_requested"


async def test_immediate_cancellation_cancels_today_and_not_twice(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        sid = await service_named(client, 1, "Correo Empresarial 10")
        done = await account.service_actions.cancel(sid, CancellationType.IMMEDIATE, DEMO_PASSWORD)
        assert done.service_status is ServiceStatus.CANCELLED
        assert done.effective_on == dt.datetime.now(dt.UTC).date()
        assert (await account.services.get(sid)).status is ServiceStatus.CANCELLED

        terminated = await service_named(client, 1, "VPS 2 GB")
        with pytest.raises(errors.ConflictError) as conflict:
            await account.service_actions.cancel(
                terminated, CancellationType.IMMEDIATE, DEMO_PASSWORD
            )
        assert conflict.value.code == "service_not_cancellable"
    with portal.app.state.database.sessions() as db:
        events = db.scalars(select(AlertOutboxRow.event).where(AlertOutboxRow.client_id == 1))
        assert "service_terminated" in list(events)


async def test_owner_change_refusals_then_a_ticket(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        sid = await service_named(client, 1, "Hosting Pro")
        pending = await service_named(client, 1, "Certificado SSL Wildcard")

        async def refused(service_id: int, email: str) -> str:
            with pytest.raises(errors.ConflictError) as caught:
                await account.service_actions.request_owner_change(service_id, email)
            return caught.value.code

        # the demo has overdue invoices on both accounts
        assert await refused(sid, OTHER_EMAIL) == "overdue_invoices"
        clear_overdue(portal)
        assert await refused(pending, OTHER_EMAIL) == "service_not_active"
        assert await refused(sid, "nadie@example.com") == "target_not_found"
        assert await refused(sid, DEMO_EMAIL.upper()) == "same_client"

        ticket = await account.service_actions.request_owner_change(
            sid, OTHER_EMAIL, "Lo vendí al estudio"
        )
        assert ticket.department == "Facturación"
        assert ticket.service_id == sid
        detail = await account.tickets.get(ticket.id)
        assert OTHER_EMAIL in detail.messages[0].body
        assert "Lo vendí al estudio" in detail.messages[0].body
        # a request, not an instant move
        assert (await account.services.get(sid)).status is ServiceStatus.ACTIVE
    with portal.app.state.database.sessions() as db:
        moved = db.get(ServiceRow, sid)
        assert moved is not None and moved.client_id == 1
        assert db.scalar(select(TicketRow.id).where(TicketRow.id == ticket.id)) is not None


async def test_a_cancellation_retried_with_its_key_replays_even_concurrently(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        sid = await service_named(client, 1, "Hosting Pro")
        answers = await asyncio.gather(
            *(
                account.service_actions.cancel(
                    sid, CancellationType.IMMEDIATE, DEMO_PASSWORD, idempotency_key="cancel-1"
                )
                for _ in range(3)
            )
        )
    assert all(answer == answers[0] for answer in answers)
    assert answers[0].service_status is ServiceStatus.CANCELLED
