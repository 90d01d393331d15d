"""Domains: list, renew (invoiced, applied on payment), nameservers, transfer out, auto-renew,
and the refusal to cancel one."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from api_client import PortalClient, errors
from api_client.models import DomainStatus, InvoiceStatus
from portal.billing import add_years
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal
from portal.tables import DomainRenewalRow, DomainRow, PaymentMethodRow


async def signed_in(portal: BackgroundPortal, email: str = DEMO_EMAIL) -> PortalClient:
    client = PortalClient(portal.url)
    await client.auth.login(email, DEMO_PASSWORD)
    return client


def add_card(portal: BackgroundPortal, client_id: int = 1) -> int:
    with portal.app.state.database.sessions() as db:
        card = PaymentMethodRow(
            client_id=client_id,
            token=f"tok_{client_id}_{db.scalar(select(func.count()).select_from(PaymentMethodRow))}",
            brand="visa",
            last4="4242",
            exp_month=12,
            exp_year=dt.date.today().year + 2,
            holder_name="Laura Giménez",
        )
        db.add(card)
        db.commit()
        return card.id


async def test_list_shows_expiry_status_and_auto_renew(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        domains = await client.for_account(1).domains.list()
    by_name = {d.name: d for d in domains}
    assert by_name["gimenezdiseno.com.ar"].status is DomainStatus.ACTIVE
    assert 0 < by_name["gimenezdiseno.com.ar"].days_to_expiry <= 30
    assert by_name["portfolio-laura.com.ar"].status is DomainStatus.GRACE
    assert by_name["portfolio-laura.com.ar"].days_to_expiry < 0
    assert {d.auto_renew for d in domains} == {True, False}
    assert [d.expiry_date for d in domains] == sorted(d.expiry_date for d in domains)
    assert all(d.currency == "ARS" for d in domains)


async def test_renew_invoices_once_and_payment_moves_the_expiry(portal: BackgroundPortal) -> None:
    card = add_card(portal)
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        domain = next(d for d in await account.domains.list() if d.name == "gimenezdiseno.com.ar")
        renewal = await account.domains.renew(domain.id, 2, idempotency_key="renew-1")
        replay = await account.domains.renew(domain.id, 2, idempotency_key="renew-1")
        assert replay.invoice_id == renewal.invoice_id
        invoice = await account.invoices.get(renewal.invoice_id)
        assert invoice.status is InvoiceStatus.UNPAID
        assert invoice.items[0].amount == Decimal("19000.00")  # 2 x 9500
        assert "gimenezdiseno.com.ar" in invoice.items[0].description
        with pytest.raises(errors.ConflictError) as caught:
            await account.domains.renew(domain.id, 1)
        assert caught.value.code == "renewal_already_invoiced"

        await account.billing.pay(renewal.invoice_id, card)
        renewed = await account.domains.get(domain.id)
        assert renewed.expiry_date == add_years(domain.expiry_date, 2)
    with portal.app.state.database.sessions() as db:
        assert db.scalar(select(func.count()).select_from(DomainRenewalRow)) == 1


async def test_renew_limits(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        domains = {d.name: d for d in await account.domains.list()}
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.domains.renew(domains["tiendalaura.com.ar"].id, 10)
        assert caught.value.field_errors["years"][0][0] == "too_many_years"
        with pytest.raises(errors.ConflictError) as conflict:
            await account.domains.renew(domains["disenolaura.com.ar"].id, 1)
        assert conflict.value.code == "domain_not_renewable"
        # a domain in grace can still be renewed
        grace = await account.domains.renew(domains["portfolio-laura.com.ar"].id, 1)
        assert grace.total == Decimal("11495.00")  # 9500 + 21% IVA


async def test_nameservers_read_change_and_per_item_errors(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        domain = next(d for d in await account.domains.list() if d.name == "lauragimenez.com")
        assert await account.domains.nameservers(domain.id) == [
            "ns1.latinhost.com.ar",
            "ns2.latinhost.com.ar",
        ]
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.domains.set_nameservers(
                domain.id, ["ns1.cloudflare.com", "-bad-.example.com", "ns1.cloudflare.com"]
            )
        assert caught.value.field_errors["nameservers.1"][0][0] == "invalid_hostname"
        assert caught.value.field_errors["nameservers.2"][0][0] == "duplicate_nameserver"
        with pytest.raises(errors.ValidationFailedError) as caught:
            await account.domains.set_nameservers(domain.id, ["ns1.cloudflare.com"])
        assert caught.value.field_errors["nameservers"][0][0] == "nameserver_count"
        saved = await account.domains.set_nameservers(
            domain.id, ["NS1.Cloudflare.com.", "ns2.cloudflare.com"]
        )
        assert saved == ["ns1.cloudflare.com", "ns2.cloudflare.com"]
        assert await account.domains.nameservers(domain.id) == saved


async def test_transfer_out_unlocks_and_shows_the_epp_code_once(portal: BackgroundPortal) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        domain = next(d for d in await account.domains.list() if d.status is DomainStatus.ACTIVE)
        assert domain.transfer_locked
        transfer = await account.domains.transfer_out(domain.id)
        assert not transfer.domain.transfer_locked
        assert len(transfer.epp_code) == 16
        again = await account.domains.get(domain.id)
        assert "epp_code" not in again.model_dump()
    with portal.app.state.database.sessions() as db:
        row = db.get(DomainRow, domain.id)
        assert row is not None
        assert row.epp_code_hash == hashlib.sha256(transfer.epp_code.encode()).hexdigest()


async def test_auto_renew_toggles_and_a_domain_cannot_be_cancelled(
    portal: BackgroundPortal,
) -> None:
    async with await signed_in(portal) as client:
        account = client.for_account(1)
        domain = next(d for d in await account.domains.list() if d.auto_renew)
        assert (await account.domains.set_auto_renew(domain.id, False)).auto_renew is False
        assert (await account.domains.get(domain.id)).auto_renew is False
        with pytest.raises(errors.ConflictError) as caught:
            await account.domains.delete(domain.id)
        assert caught.value.code == "domains_cannot_be_cancelled"
        assert (await account.domains.get(domain.id)).name == domain.name
